using MlDerivations.Claims;

namespace MlDerivations.Tests.Validation;

/// <summary>
/// Every public entry of the library has its invalid-input row (issue 12, item 6), found by
/// reflection rather than listed by hand, so an entry added later is held to it without anyone
/// remembering: each constructor and method is called with small valid arguments, then with one
/// argument replaced by null, an empty collection, a non-finite number or a non-positive count.
/// Null must be refused with an <see cref="ArgumentNullException"/> (or another
/// <see cref="ArgumentException"/>) naming that parameter; for the others the entry may answer, or
/// refuse with an <see cref="ArgumentException"/> naming one of its own parameters, but never with a
/// crash from inside (index out of range, null reference, MathNet's dimension errors, …).
/// </summary>
public sealed class InvalidInputContractTests
{
    [Fact]
    public void EveryEntry_RefusesNull_NamingTheParameter()
    {
        var problems = new List<string>();
        foreach (var probe in EntryProbe.All)
        {
            var parameters = probe.Parameters;
            for (int i = 0; i < parameters.Length; i++)
            {
                if (!EntryProbe.IsNonNullableReference(parameters[i]))
                    continue;
                var thrown = probe.Invoke(probe.With(i, null));
                if (thrown is ArgumentException a && a.ParamName == parameters[i].Name)
                    continue;
                problems.Add($"{probe.Name} with {parameters[i].Name} = null: " + Describe(thrown));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryEntry_AnswersEmptyCollections_OrRefusesThemByName() =>
        AssertAnswersOrRefuses(p => EntryProbe.Empty(p.ParameterType) is { } empty ? [("empty", empty)] : []);

    [Fact]
    public void EveryEntry_AnswersNonFiniteNumbers_OrRefusesThemByName() =>
        AssertAnswersOrRefuses(p => p.ParameterType == typeof(double)
            ? [("NaN", double.NaN), ("+∞", double.PositiveInfinity), ("−∞", double.NegativeInfinity)]
            : []);

    [Fact]
    public void EveryEntry_AnswersZeroAndNegativeCounts_OrRefusesThemByName() =>
        AssertAnswersOrRefuses(p => p.ParameterType == typeof(int) ? [("0", 0), ("−1", -1), ("int.MinValue", int.MinValue)] : []);

    [Fact]
    public void TheProbe_ReachesMostOfTheLibrary()
    {
        // A floor, so a change to the samples that silently stops probing fails here.
        Assert.True(EntryProbe.All.Count >= 160, $"only {EntryProbe.All.Count} entries probed; left out:\n" + string.Join("\n", EntryProbe.Unprobed));
        Assert.True(EntryProbe.Unprobed.Count <= EntryProbe.All.Count / 4, "left out:\n" + string.Join("\n", EntryProbe.Unprobed));
    }

    private static void AssertAnswersOrRefuses(Func<System.Reflection.ParameterInfo, (string Label, object Value)[]> invalid)
    {
        var problems = new List<string>();
        foreach (var probe in EntryProbe.All)
        {
            var parameters = probe.Parameters;
            var names = parameters.Select(p => p.Name).ToHashSet();
            for (int i = 0; i < parameters.Length; i++)
            {
                foreach (var (label, value) in invalid(parameters[i]))
                {
                    var thrown = probe.Invoke(probe.With(i, value));
                    bool fine = thrown is null
                        || (thrown is ArgumentException a && names.Contains(a.ParamName))
                        || thrown is ClaimFailedException // a claim fails on a NaN: that is its answer
                        || thrown is NotSupportedException;
                    if (!fine)
                        problems.Add($"{probe.Name} with {parameters[i].Name} = {label}: " + Describe(thrown));
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Describe(Exception? thrown) => thrown switch
    {
        null => "no exception",
        ArgumentException a => $"{a.GetType().Name} naming '{a.ParamName}': {a.Message.Split('\n')[0]}",
        _ => $"{thrown.GetType().Name}: {thrown.Message.Split('\n')[0]}",
    };
}
