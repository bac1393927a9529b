namespace MlDerivations.Notebooks.Mutation;

/// <summary>
/// A mutation list that cannot be used: not JSON, a field missing or mistyped, a duplicate name, an
/// unknown cell id, a <c>find</c> that is absent or not unique. The message names the file, the
/// mutation (when one is at fault) and what is wrong.
/// </summary>
public sealed class MutationListException : Exception
{
    public MutationListException(string file, string? mutation, string problem, Exception? inner = null)
        : base(mutation is null ? $"{file}: {problem}" : $"{file}: mutation \"{mutation}\": {problem}", inner)
    {
        File = file;
        MutationName = mutation;
        Problem = problem;
    }

    /// <summary>The list file (or the name it was given).</summary>
    public string File { get; }

    /// <summary>The mutation at fault; null when the problem is the file as a whole.</summary>
    public string? MutationName { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
