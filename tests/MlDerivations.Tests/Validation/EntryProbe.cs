using System.Reflection;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using MlDerivations.Optimization;
using MlDerivations.Probability;

namespace MlDerivations.Tests.Validation;

/// <summary>
/// Calls to the library's public entries built from small valid arguments, so a test can replace one
/// argument by an invalid one (null, empty, NaN) and see how the entry answers. An entry whose
/// arguments cannot all be made here is left out; <see cref="Unprobed"/> lists them.
/// </summary>
internal sealed record EntryProbe(MethodBase Entry, object? Target, object?[] Arguments)
{
    private static readonly NullabilityInfoContext Nullability = new();

    public ParameterInfo[] Parameters => Entry.GetParameters();

    public string Name =>
        $"{Entry.DeclaringType!.Name}.{(Entry is ConstructorInfo ? "new" : Entry.Name)}" +
        $"({string.Join(", ", Parameters.Select(p => p.Name))})";

    /// <summary>Runs the entry with <paramref name="arguments"/>; returns what it threw, or null.</summary>
    public Exception? Invoke(object?[] arguments)
    {
        try
        {
            if (Entry is ConstructorInfo constructor) constructor.Invoke(arguments);
            else Entry.Invoke(Target, arguments);
            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
    }

    /// <summary>The arguments with the one at <paramref name="index"/> replaced.</summary>
    public object?[] With(int index, object? value)
    {
        var arguments = (object?[])Arguments.Clone();
        arguments[index] = value;
        return arguments;
    }

    public static bool IsNonNullableReference(ParameterInfo p) =>
        !p.ParameterType.IsValueType && !p.ParameterType.IsByRef && Nullability.Create(p).WriteState == NullabilityState.NotNull;

    private static readonly (List<EntryProbe> Probes, List<string> Unprobed) Built = Build();

    /// <summary>Every public constructor, static method and (on types with a sample instance) instance method of the library.</summary>
    public static IReadOnlyList<EntryProbe> All => Built.Probes;

    /// <summary>The entries left out and why, for the report of a failing test.</summary>
    public static IReadOnlyList<string> Unprobed => Built.Unprobed;

    private static (List<EntryProbe>, List<string>) Build()
    {
        var unprobed = new List<string>();
        var probes = new List<EntryProbe>();
        foreach (var type in typeof(MlDerivations.Claims.Claim).Assembly.GetExportedTypes())
        {
            if (type.IsGenericTypeDefinition || typeof(Delegate).IsAssignableFrom(type) || typeof(Exception).IsAssignableFrom(type))
                continue;
            object? instance = Sample(type);
            var entries = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Concat(instance is null ? [] : type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly));
            foreach (var entry in entries)
            {
                if ((entry.IsSpecialName && entry is not ConstructorInfo) || entry.ContainsGenericParameters || entry.GetParameters().Length == 0)
                    continue;
                if (IsRecordMember(type, entry))
                    continue;
                var parameters = entry.GetParameters();
                var arguments = parameters.Select(p => p.HasDefaultValue ? p.DefaultValue : Sample(p.ParameterType)).ToArray();
                var probe = new EntryProbe(entry, entry.IsStatic || entry is ConstructorInfo ? null : instance, arguments);
                if (parameters.Where((p, i) => arguments[i] is null && !p.HasDefaultValue).Any())
                    unprobed.Add(probe.Name + ": no sample argument");
                else if (probe.Invoke(arguments) is { } thrown)
                    unprobed.Add(probe.Name + ": the sample arguments are refused: " + thrown.Message);
                else
                    probes.Add(probe);
            }
        }
        return (probes, unprobed);
    }

    // A record's (class or struct) constructor, Deconstruct and equality are data plumbing, not entries.
    private static bool IsRecordMember(Type type, MethodBase entry) =>
        type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance) is not null
        && (entry is ConstructorInfo || entry.Name is "Deconstruct" or "Equals");

    /// <summary>A small valid value of <paramref name="type"/>, or null when none is known.</summary>
    public static object? Sample(Type type)
    {
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        if (type == typeof(double)) return 0.5;
        if (type == typeof(int)) return 2;
        if (type == typeof(long)) return 2L;
        if (type == typeof(bool)) return false;
        if (type == typeof(string)) return "x";
        if (type == typeof(Vector<double>)) return Vector<double>.Build.DenseOfArray([0.25, 0.5]);
        if (type == typeof(Matrix<double>)) return Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0.5 }, { 0.5, 1 } });
        if (type == typeof(double[,])) return new double[,] { { 2, 0.5 }, { 0.5, 1 } };
        if (type == typeof(double[][])) return new[] { new[] { 1.0, 0.0 }, new[] { 0.0, 1.0 } };
        if (type == typeof(Random)) return new Random(1);
        if (type == typeof(Gaussian)) return new Gaussian(0, 1);
        if (type == typeof(Beta)) return new Beta(2, 3);
        if (type == typeof(Dirichlet)) return new Dirichlet([1.0, 2.0]);
        if (type == typeof(NormalGamma)) return new NormalGamma(0, 1, 2, 1);
        if (type == typeof(IObjective)) return Objective.Quadratic(Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0.5 }, { 0.5, 1 } }), Vector<double>.Build.DenseOfArray([1.0, -1.0]));
        if (type == typeof(DataFrame)) return new DataFrame(new DoubleDataFrameColumn("x", [1.0, 2.0, 3.0, 4.0]), new DoubleDataFrameColumn("y", [2.0, 1.0, 4.0, 3.0]));
        if (type == typeof(Func<double, double>)) return (Func<double, double>)(x => x * x);
        if (type == typeof(Func<Vector<double>, double>)) return (Func<Vector<double>, double>)(v => v.DotProduct(v));
        if (type == typeof(Func<Vector<double>, Vector<double>>)) return (Func<Vector<double>, Vector<double>>)(v => 2 * v);
        if (type == typeof(Func<double, double, double>)) return (Func<double, double, double>)((x, y) => x * y);
        var element = ElementType(type);
        if (element == typeof(double)) return Collection(type, new[] { 0.25, 0.5, 0.25 });
        if (element == typeof(int)) return Collection(type, new[] { 0, 1, 1 });
        if (element == typeof(bool)) return Collection(type, new[] { false, true, true });
        if (element == typeof(string)) return Collection(type, new[] { "x", "y" });
        return null;
    }

    /// <summary>An empty value of a collection type (array, list, vector, matrix), or null for other types.</summary>
    public static object? Empty(Type type)
    {
        if (type == typeof(Vector<double>)) return Vector<double>.Build.Dense(0);
        if (type == typeof(Matrix<double>)) return Matrix<double>.Build.Dense(0, 0);
        if (type == typeof(double[,])) return new double[0, 0];
        var element = ElementType(type);
        return element is null || element == typeof(char) ? null : Collection(type, Array.CreateInstance(element, 0));
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray && type.GetArrayRank() == 1) return type.GetElementType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>)
                || definition == typeof(IList<>) || definition == typeof(List<>)))
            return type.GetGenericArguments()[0];
        return null;
    }

    private static object? Collection(Type type, Array items)
    {
        if (type.IsAssignableFrom(items.GetType())) return items;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            return Activator.CreateInstance(type, items);
        return null;
    }
}
