namespace MlDerivations.Notebooks.Mutation;

/// <summary>How a mutated notebook's run ended; only <see cref="Caught"/> counts as caught.</summary>
public enum MutationVerdict
{
    /// <summary>The first error was a failed claim (whose label contains the mutation's <c>claim</c>, when given).</summary>
    Caught,

    /// <summary>A claim failed first, but not the one the mutation names.</summary>
    OtherClaim,

    /// <summary>Every cell ran and every claim held: the mistake went unnoticed.</summary>
    CleanRun,

    /// <summary>The mutated cell (or a later one) did not compile: the mistake is not plausible as written.</summary>
    CompileError,

    /// <summary>An exception other than a failed claim stopped the run.</summary>
    OtherException,

    /// <summary>A cell ran past its time limit.</summary>
    Timeout,
}
