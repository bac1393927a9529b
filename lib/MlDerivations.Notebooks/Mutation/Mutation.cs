namespace MlDerivations.Notebooks.Mutation;

/// <summary>
/// One planted mistake: in code cell <see cref="CellId"/>, the text <see cref="Find"/> (which occurs
/// exactly once there) becomes <see cref="Replace"/>. A chapter's claims are sharp when every such
/// mistake makes the notebook fail on a claim (notebooks/AUTHORING.md).
/// </summary>
public sealed record Mutation
{
    /// <summary>Kebab-case, unique in its list, e.g. <c>hoeffding-width-not-squared</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The nbformat 4.5 id of the code cell to edit.</summary>
    public required string CellId { get; init; }

    /// <summary>The exact text to replace; it must occur exactly once in the cell's source.</summary>
    public required string Find { get; init; }

    /// <summary>What <see cref="Find"/> becomes.</summary>
    public required string Replace { get; init; }

    /// <summary>The plausible mistake, in one line.</summary>
    public required string Mistake { get; init; }

    /// <summary>When set, the failing claim's label must contain this text for the mutation to count as caught.</summary>
    public string? Claim { get; init; }
}
