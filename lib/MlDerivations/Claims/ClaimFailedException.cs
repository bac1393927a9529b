namespace MlDerivations.Claims;

/// <summary>
/// Thrown by <see cref="Claim"/> when a claim made by a derivation does not hold numerically. The
/// message names the claim, the numbers compared and the tolerance, so a failing notebook cell says
/// exactly which statement of the text is false.
/// </summary>
public sealed class ClaimFailedException : Exception
{
    public ClaimFailedException(string label, string detail)
        : base($"✗ {label}: {detail}")
    {
        Label = label;
        Detail = detail;
    }

    /// <summary>The claim, as the notebook states it, e.g. "(5.7) normal equations = QR".</summary>
    public string Label { get; }

    /// <summary>The numbers that contradict it.</summary>
    public string Detail { get; }
}
