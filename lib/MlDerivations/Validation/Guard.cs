using System.Globalization;
using MlDerivations.Formatting;

namespace MlDerivations.Validation;

/// <summary>
/// The library's one set of boundary checks. Every check takes (value, type, parameter) first, then
/// the rule's own arguments; it returns the value when it passes and otherwise throws an
/// <see cref="ArgumentException"/> (or subclass) whose ParamName is the parameter and whose message,
/// built by <see cref="Message"/>, reads "{Type}.{Parameter} must be {rule}; got {value}.".
/// </summary>
internal static partial class Guard
{
    /// <summary>"Gaussian" + "variance" → "Gaussian.Variance": the parameter capitalised after the type.</summary>
    public static string Name(string type, string parameter) => $"{type}.{Capitalise(parameter)}";

    /// <summary>"start" → "Start"; already capitalised names (option properties) are unchanged.</summary>
    public static string Capitalise(string parameter) =>
        parameter.Length == 0 ? parameter : char.ToUpperInvariant(parameter[0]) + parameter[1..];

    /// <summary>
    /// The one message shape: "{Type}.{Parameter} must {requirement}; got {got}.", where
    /// <paramref name="requirement"/> is the words after "must" ("be finite and &gt; 0",
    /// "have length 3 to match x").
    /// </summary>
    public static string Message(string type, string parameter, string requirement, string got) =>
        $"{Name(type, parameter)} must {requirement}; got {got}.";

    /// <summary>An <see cref="ArgumentException"/> for a value of the wrong shape or content.</summary>
    public static ArgumentException Invalid(string type, string parameter, string requirement, string got) =>
        new(Message(type, parameter, requirement, got), parameter);

    /// <summary>An <see cref="ArgumentOutOfRangeException"/> for a value outside its allowed range.</summary>
    public static ArgumentOutOfRangeException OutOfRange(
        string type, string parameter, string requirement, string got, object? actual = null) =>
        new(parameter, actual, Message(type, parameter, requirement, got));

    /// <summary>An <see cref="ArgumentNullException"/>: "{Type}.{Parameter} must {requirement}; got null.".</summary>
    public static ArgumentNullException Null(string type, string parameter, string requirement = "not be null") =>
        new(parameter, Message(type, parameter, requirement, "null"));

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    public static T NotNull<T>(T? value, string type, string parameter) where T : class =>
        value ?? throw Null(type, parameter);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="holds"/> is false; <paramref name="rule"/> follows "must be".</summary>
    public static double Satisfies(double value, string type, string parameter, bool holds, string rule) =>
        holds ? value : throw OutOfRange(type, parameter, "be " + rule, Html.Number(value), value);

    /// <summary>A number that is not NaN or ±∞.</summary>
    public static double Finite(double value, string type, string parameter) =>
        Satisfies(value, type, parameter, double.IsFinite(value), "finite");

    /// <summary>A number with 0 &lt; value &lt; ∞ (a variance, a rate, a tolerance).</summary>
    public static double Positive(double value, string type, string parameter) =>
        Satisfies(value, type, parameter, value > 0 && double.IsFinite(value), "finite and > 0");

    /// <summary>A number with 0 ≤ value &lt; ∞ (a penalty weight).</summary>
    public static double NonNegative(double value, string type, string parameter) =>
        Satisfies(value, type, parameter, value >= 0 && double.IsFinite(value), "finite and ≥ 0");

    /// <summary>A number in [0, 1] (a probability, an opacity).</summary>
    public static double UnitInterval(double value, string type, string parameter) =>
        Satisfies(value, type, parameter, value >= 0 && value <= 1, "in [0, 1]");

    /// <summary>A number in (0, 1) (a confidence level δ).</summary>
    public static double OpenUnitInterval(double value, string type, string parameter) =>
        Satisfies(value, type, parameter, value > 0 && value < 1, "in (0, 1)");

    /// <summary>An integer ≥ <paramref name="minimum"/>.</summary>
    public static int AtLeast(int value, string type, string parameter, int minimum) =>
        value >= minimum ? value
            : throw OutOfRange(type, parameter, $"be ≥ {Integer(minimum)}", Integer(value), value);

    /// <summary>An integer in {<paramref name="minimum"/>, …, <paramref name="maximum"/>}.</summary>
    public static int InRange(int value, string type, string parameter, int minimum, int maximum) =>
        value >= minimum && value <= maximum ? value
            : throw OutOfRange(type, parameter, $"be in {{{Integer(minimum)}, …, {Integer(maximum)}}}", Integer(value), value);

    /// <summary>An integer written with the invariant culture.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
