using MlDerivations.Formatting;

namespace MlDerivations.Probability;

/// <summary>
/// Boundary checks shared by the probability and learning-theory types. Each throws an
/// <see cref="ArgumentException"/> (or subclass) whose ParamName is the parameter and whose message
/// reads "{Type}.{Parameter} must be {rule}; got {value}.".
/// </summary>
internal static class Validate
{
    /// <summary>"Gaussian" + "variance" → "Gaussian.Variance".</summary>
    public static string Name(string type, string parameter) =>
        $"{type}.{char.ToUpperInvariant(parameter[0])}{parameter[1..]}";

    public static ArgumentOutOfRangeException OutOfRange(string type, string parameter, string rule, string got) =>
        new(parameter, $"{Name(type, parameter)} must be {rule}; got {got}.");

    public static double Finite(double value, string type, string parameter)
    {
        if (!double.IsFinite(value)) throw OutOfRange(type, parameter, "finite", Html.Number(value));
        return value;
    }

    public static double Positive(double value, string type, string parameter)
    {
        if (!(value > 0) || double.IsInfinity(value)) throw OutOfRange(type, parameter, "finite and > 0", Html.Number(value));
        return value;
    }

    public static double NonNegative(double value, string type, string parameter)
    {
        if (!(value >= 0) || double.IsInfinity(value)) throw OutOfRange(type, parameter, "finite and ≥ 0", Html.Number(value));
        return value;
    }

    public static double UnitInterval(double value, string type, string parameter)
    {
        if (!(value >= 0 && value <= 1)) throw OutOfRange(type, parameter, "in [0, 1]", Html.Number(value));
        return value;
    }

    public static double OpenUnitInterval(double value, string type, string parameter)
    {
        if (!(value > 0 && value < 1)) throw OutOfRange(type, parameter, "in (0, 1)", Html.Number(value));
        return value;
    }

    public static int AtLeast(int value, int minimum, string type, string parameter)
    {
        if (value < minimum) throw OutOfRange(type, parameter, $"≥ {minimum}", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return value;
    }

    public static int InRange(int value, int minimum, int maximum, string type, string parameter)
    {
        if (value < minimum || value > maximum)
            throw OutOfRange(type, parameter, $"in {{{minimum}, …, {maximum}}}", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return value;
    }

    public static T NotNull<T>(T? value, string type, string parameter) where T : class =>
        value ?? throw new ArgumentNullException(parameter, $"{Name(type, parameter)} must be given; got null.");

    /// <summary>A non-empty list of finite numbers.</summary>
    public static IReadOnlyList<double> FiniteSample(IReadOnlyList<double>? values, string type, string parameter)
    {
        NotNull(values, type, parameter);
        if (values!.Count == 0) throw new ArgumentException($"{Name(type, parameter)} must hold at least one value; got none.", parameter);
        for (int i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{Name(type, parameter)} must be finite everywhere; got {Html.Number(values[i])} at index {i}.", parameter);
        return values;
    }

    /// <summary>A non-empty list of integers, each in [min, max].</summary>
    public static IReadOnlyList<int> Outcomes(IReadOnlyList<int>? values, int min, int max, string type, string parameter)
    {
        NotNull(values, type, parameter);
        if (values!.Count == 0) throw new ArgumentException($"{Name(type, parameter)} must hold at least one outcome; got none.", parameter);
        for (int i = 0; i < values.Count; i++)
            if (values[i] < min || values[i] > max)
            {
                string range = max == int.MaxValue ? $"≥ {min}" : $"in {{{min}, …, {max}}}";
                throw new ArgumentOutOfRangeException(parameter,
                    $"{Name(type, parameter)} must hold outcomes {range}; got {values[i]} at index {i}.");
            }
        return values;
    }

    /// <summary>A probability vector: at least one entry, each in [0, 1], summing to 1 within 1e-9.</summary>
    public static IReadOnlyList<double> ProbabilityVector(IReadOnlyList<double>? p, string type, string parameter)
    {
        NotNull(p, type, parameter);
        if (p!.Count == 0) throw new ArgumentException($"{Name(type, parameter)} must hold at least one probability; got none.", parameter);
        for (int k = 0; k < p.Count; k++)
            if (!(p[k] >= 0 && p[k] <= 1))
                throw new ArgumentOutOfRangeException(parameter, $"{Name(type, parameter)} must be in [0, 1] each; got {Html.Number(p[k])} at index {k}.");
        double sum = p.Sum();
        if (Math.Abs(sum - 1) > 1e-9)
            throw new ArgumentException($"{Name(type, parameter)} must sum to 1; got a sum of {Html.Number(sum)}.", parameter);
        return p;
    }
}
