using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Claims;

/// <summary>
/// Checks a claim of the derivation numerically. Each method returns a <see cref="ClaimResult"/> that
/// renders as "✓ label, evidence" when the claim holds, and throws <see cref="ClaimFailedException"/>
/// naming the claim, the numbers and the tolerance when it does not. NaN never passes.
/// Labels start with the equation they check, e.g. "(5.7) normal equations = QR".
/// </summary>
public static class Claim
{
    /// <summary>Claims |actual − expected| ≤ tolerance.</summary>
    public static ClaimResult Close(string label, double actual, double expected, double tolerance)
    {
        Validate(label, tolerance);
        double delta = Math.Abs(actual - expected);
        return Decide(label, delta <= tolerance,
            $"|Δ| = {Html.Number(delta, 3)} ≤ {Html.Number(tolerance, 3)} ({Html.Number(actual, 10)} vs {Html.Number(expected, 10)})",
            $"{Html.Number(actual, 17)} differs from {Html.Number(expected, 17)} by {Html.Number(delta, 3)}, more than the tolerance {Html.Number(tolerance, 3)}");
    }

    /// <summary>Claims max_i |actual_i − expected_i| ≤ tolerance for two vectors of one length.</summary>
    public static ClaimResult Close(string label, Vector<double> actual, Vector<double> expected, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        if (actual.Count != expected.Count)
            throw new ArgumentException(
                $"Claim.Expected must have the length of actual ({actual.Count}); got length {expected.Count}.",
                nameof(expected));
        return CloseElementwise(label, actual.ToArray(), expected.ToArray(), tolerance);
    }

    /// <summary>Claims max_ij |actual_ij − expected_ij| ≤ tolerance for two matrices of one shape.</summary>
    public static ClaimResult Close(string label, Matrix<double> actual, Matrix<double> expected, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        if (actual.RowCount != expected.RowCount || actual.ColumnCount != expected.ColumnCount)
            throw new ArgumentException(
                $"Claim.Expected must have the shape of actual ({actual.RowCount}×{actual.ColumnCount}); got {expected.RowCount}×{expected.ColumnCount}.",
                nameof(expected));
        return CloseElementwise(label, actual.ToColumnMajorArray(), expected.ToColumnMajorArray(), tolerance);
    }

    /// <summary>
    /// Claims |actual − expected| ≤ relativeTolerance·|expected|, i.e. agreement to about
    /// −log10(relativeTolerance) significant digits.
    /// </summary>
    public static ClaimResult RelativelyClose(string label, double actual, double expected, double relativeTolerance)
    {
        Validate(label, relativeTolerance, nameof(relativeTolerance));
        double relative = Math.Abs(actual - expected) / Math.Abs(expected);
        if (expected == 0) relative = actual == 0 ? 0 : double.PositiveInfinity;
        return Decide(label, relative <= relativeTolerance,
            $"relative |Δ| = {Html.Number(relative, 3)} ≤ {Html.Number(relativeTolerance, 3)}",
            $"{Html.Number(actual, 17)} differs from {Html.Number(expected, 17)} by a relative {Html.Number(relative, 3)}, more than {Html.Number(relativeTolerance, 3)}");
    }

    /// <summary>Claims actual ≤ bound (e.g. a simulated probability under a concentration bound).</summary>
    public static ClaimResult AtMost(string label, double actual, double bound)
    {
        ValidateLabel(label);
        return Decide(label, actual <= bound,
            $"{Html.Number(actual, 6)} ≤ {Html.Number(bound, 6)}",
            $"{Html.Number(actual, 17)} exceeds the bound {Html.Number(bound, 17)}");
    }

    /// <summary>Claims actual ≥ bound.</summary>
    public static ClaimResult AtLeast(string label, double actual, double bound)
    {
        ValidateLabel(label);
        return Decide(label, actual >= bound,
            $"{Html.Number(actual, 6)} ≥ {Html.Number(bound, 6)}",
            $"{Html.Number(actual, 17)} is below the bound {Html.Number(bound, 17)}");
    }

    /// <summary>Claims a condition; <paramref name="detail"/> states the evidence either way.</summary>
    public static ClaimResult True(string label, bool condition, string detail)
    {
        ValidateLabel(label);
        ArgumentNullException.ThrowIfNull(detail);
        return Decide(label, condition, detail, detail);
    }

    private static ClaimResult CloseElementwise(string label, double[] actual, double[] expected, double tolerance)
    {
        Validate(label, tolerance);
        if (actual.Length == 0)
            throw new ArgumentException("Claim.Actual must hold at least one element; got none.", nameof(actual));
        double worst = 0;
        int at = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            double delta = Math.Abs(actual[i] - expected[i]);
            if (double.IsNaN(delta) || delta > worst) { worst = delta; at = i; }
            if (double.IsNaN(delta)) break;
        }
        return Decide(label, worst <= tolerance,
            $"max |Δ| = {Html.Number(worst, 3)} ≤ {Html.Number(tolerance, 3)} over {actual.Length} entries",
            $"entry {at} is {Html.Number(actual[at], 17)} against {Html.Number(expected[at], 17)}: max |Δ| = {Html.Number(worst, 3)} exceeds the tolerance {Html.Number(tolerance, 3)}");
    }

    private static ClaimResult Decide(string label, bool holds, string evidence, string failure)
    {
        if (!holds)
        {
            ClaimLog.Record(label, passed: false, failure);
            throw new ClaimFailedException(label, failure);
        }
        var result = new ClaimResult(label, evidence);
        ClaimLog.Record(label, passed: true, result.ToString());
        return result;
    }

    private static void Validate(string label, double tolerance, string parameter = "tolerance")
    {
        ValidateLabel(label);
        Guard.NonNegative(tolerance, nameof(Claim), parameter);
    }

    private static void ValidateLabel(string label)
    {
        if (string.IsNullOrWhiteSpace(label))
            throw Guard.Invalid(nameof(Claim), nameof(label), "name the claim", $"\"{label}\"");
    }
}
