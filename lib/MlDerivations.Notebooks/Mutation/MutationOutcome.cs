using System.Globalization;

namespace MlDerivations.Notebooks.Mutation;

/// <summary>What became of one mutation: the verdict, the claim or error that decided it, and the run time.</summary>
public sealed record MutationOutcome(Mutation Mutation, MutationVerdict Verdict, string Detail, TimeSpan Elapsed)
{
    /// <summary>True when the mutation was caught by a claim.</summary>
    public bool Caught => Verdict == MutationVerdict.Caught;

    /// <summary>Why, in a few words: "by a claim", "clean run, every claim held", "compile error", …</summary>
    public string Why => Verdict switch
    {
        MutationVerdict.Caught => "by a claim",
        MutationVerdict.OtherClaim => "another claim failed first",
        MutationVerdict.CleanRun => "clean run, every claim held",
        MutationVerdict.CompileError => "compile error",
        MutationVerdict.OtherException => "an exception other than a claim",
        MutationVerdict.Timeout => "timeout",
        _ => Verdict.ToString(),
    };

    /// <summary>One line for the console: "caught  name  (3.1 s)  by a claim — cell 6: ✗ (1.1) …".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Caught ? "caught" : "MISSED"),-6}  {Mutation.Name}  ({Elapsed.TotalSeconds:0.0} s)  {Why}{(Detail.Length > 0 ? " — " + Detail : "")}");
}
