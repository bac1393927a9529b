using MlDerivations.Notebooks.Execution;

namespace MlDerivations.Notebooks.Mutation;

/// <summary>
/// Judges a mutated run: caught when its first error is a failed claim (and, when the mutation names
/// a claim, that claim's label contains the text); otherwise missed, saying which way.
/// </summary>
public static class MutationClassifier
{
    public static MutationOutcome Classify(Mutation mutation, RunResult run)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(run);
        var error = run.Error;
        if (error is null)
        {
            return run.Succeeded
                ? Outcome(MutationVerdict.CleanRun, "")
                : Outcome(MutationVerdict.OtherException, "a claim failed in a cell tagged raises-exception: " + (run.ErrorMessage ?? ""));
        }
        string where = $"cell {error.CellIndex + 1}";
        if (error.TimedOut) return Outcome(MutationVerdict.Timeout, $"{where}: {error.Message}");
        if (error.IsCompilationError) return Outcome(MutationVerdict.CompileError, $"{where}: {FirstLine(error.Message)}");
        if (!error.IsClaimFailure) return Outcome(MutationVerdict.OtherException, $"{where}: {error.ExceptionType}: {FirstLine(error.Message)}");
        string claim = error.FailedClaim ?? "";
        if (mutation.Claim is { } expected && !claim.Contains(expected, StringComparison.Ordinal))
            return Outcome(MutationVerdict.OtherClaim, $"expected a claim containing \"{expected}\"; {where}: {FirstLine(error.Message)}");
        return Outcome(MutationVerdict.Caught, $"{where}: {FirstLine(error.Message)}");

        MutationOutcome Outcome(MutationVerdict verdict, string detail) => new(mutation, verdict, detail, run.Elapsed);
    }

    private static string FirstLine(string text)
    {
        string line = text.Split('\n')[0].TrimEnd('\r');
        return line.Length <= 240 ? line : line[..237] + "...";
    }
}
