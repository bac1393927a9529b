using System.Globalization;
using MlDerivations.Formatting;

namespace MlDerivations.Plotting;

/// <summary>
/// Argument checks for the plotting surface. Every message reads
/// "{Type}.{Parameter} must be {rule}; got {value}." and ParamName is the parameter.
/// </summary>
internal static class Require
{
    public static T NotNull<T>(T? value, string type, string parameter) where T : class =>
        value ?? throw new ArgumentNullException(parameter, $"{type}.{Pascal(parameter)} must not be null; got null.");

    /// <summary>Copies the data, so later changes to the caller's array do not change the figure.</summary>
    public static double[] Data(IEnumerable<double>? values, string type, string parameter) =>
        NotNull(values, type, parameter).ToArray();

    public static double[] SameLength(IEnumerable<double>? values, double[] reference, string referenceName, string type, string parameter)
    {
        double[] data = Data(values, type, parameter);
        if (data.Length != reference.Length)
            throw new ArgumentException(
                $"{type}.{Pascal(parameter)} must have as many values as {referenceName}; got {referenceName} of length {reference.Length} and {parameter} of length {data.Length}.",
                parameter);
        return data;
    }

    public static string Text(string? value, string type, string parameter)
    {
        NotNull(value, type, parameter);
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"{type}.{Pascal(parameter)} must be non-empty text; got \"{value}\".", parameter);
        return value!;
    }

    public static string OneOf(string? value, IReadOnlyCollection<string> allowed, string type, string parameter)
    {
        NotNull(value, type, parameter);
        if (!allowed.Contains(value!))
            throw new ArgumentOutOfRangeException(parameter, value,
                $"{type}.{Pascal(parameter)} must be one of {string.Join(", ", allowed.Select(a => "\"" + a + "\""))}; got \"{value}\".");
        return value!;
    }

    public static double Positive(double value, string type, string parameter)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(parameter, value,
                $"{type}.{Pascal(parameter)} must be positive and finite; got {Html.Number(value)}.");
        return value;
    }

    public static double Finite(double value, string type, string parameter)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(parameter, value,
                $"{type}.{Pascal(parameter)} must be finite; got {Html.Number(value)}.");
        return value;
    }

    public static double Fraction(double value, string type, string parameter)
    {
        if (!(value >= 0 && value <= 1))
            throw new ArgumentOutOfRangeException(parameter, value,
                $"{type}.{Pascal(parameter)} must be in [0, 1]; got {Html.Number(value)}.");
        return value;
    }

    public static int AtLeast(int value, int minimum, string type, string parameter)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(parameter, value,
                $"{type}.{Pascal(parameter)} must be ≥ {minimum.ToString(CultureInfo.InvariantCulture)}; got {value.ToString(CultureInfo.InvariantCulture)}.");
        return value;
    }

    public static (double Min, double Max) Range((double Min, double Max) range, string type, string parameter)
    {
        if (!double.IsFinite(range.Min) || !double.IsFinite(range.Max) || !(range.Min < range.Max))
            throw new ArgumentOutOfRangeException(parameter, range,
                $"{type}.{Pascal(parameter)} must be finite with min < max; got ({Html.Number(range.Min)}, {Html.Number(range.Max)}).");
        return range;
    }

    public static void Ordered(double low, double high, string type, string lowName, string highName)
    {
        Finite(low, type, lowName);
        Finite(high, type, highName);
        if (!(low < high))
            throw new ArgumentOutOfRangeException(highName, high,
                $"{type}.{Pascal(highName)} must be greater than {lowName} ({Html.Number(low)}); got {Html.Number(high)}.");
    }

    public static string Pascal(string parameter) =>
        parameter.Length == 0 ? parameter : char.ToUpperInvariant(parameter[0]) + parameter[1..];
}
