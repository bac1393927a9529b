namespace MlDerivations.Probability;

/// <summary>Terms of log-probabilities that need the convention 0·log 0 = 0.</summary>
internal static class LogTerms
{
    /// <summary>x·ln y, taken as 0 when x = 0 (even for y = 0), as entropy and pmfs require.</summary>
    public static double XLogY(double x, double y) => x == 0 ? 0 : x * Math.Log(y);
}
