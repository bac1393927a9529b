using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Tests.Regression;

/// <summary>
/// Reads the reference fixtures in Regression/Fixtures: scikit-learn 1.2.1 values written by
/// make_fixtures.py, NIST's certified Longley values, and mpmath solutions for columns of scale 1 to 1e8
/// written by scaled_columns.py. Found by walking up from the test
/// binaries to the source tree, so no copy step is needed.
/// </summary>
internal static class RegressionFixtures
{
    private static readonly Lazy<JsonElement> SklearnRoot = new(() => Load("sklearn_regression.json"));
    private static readonly Lazy<JsonElement> LongleyRoot = new(() => Load("nist_longley.json"));
    private static readonly Lazy<JsonElement> ScaledColumnsRoot = new(() => Load("scaled_columns.json"));

    public static JsonElement Sklearn => SklearnRoot.Value;
    public static JsonElement Longley => LongleyRoot.Value;
    public static JsonElement ScaledColumns => ScaledColumnsRoot.Value;

    public static Matrix<double> X => Matrix(Sklearn.GetProperty("data").GetProperty("X"));
    public static Vector<double> Y => Vector(Sklearn.GetProperty("data").GetProperty("y"));

    public static JsonElement Section(string name) => Sklearn.GetProperty(name);

    public static Matrix<double> Matrix(JsonElement rows)
    {
        var data = rows.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        return Matrix<double>.Build.DenseOfRowArrays(data);
    }

    public static Vector<double> Vector(JsonElement values) =>
        Vector<double>.Build.DenseOfEnumerable(values.EnumerateArray().Select(v => v.GetDouble()));

    /// <summary>Longley as (X: 16 × 6, y: 16).</summary>
    public static (Matrix<double> X, Vector<double> Y) LongleyData()
    {
        var all = Matrix(Longley.GetProperty("rows"));
        return (all.SubMatrix(0, all.RowCount, 1, 6), all.Column(0));
    }

    private static JsonElement Load(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "MlDerivations.Tests", "Regression", "Fixtures", file);
            if (File.Exists(path)) return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
        }
        throw new FileNotFoundException($"Fixture {file} not found above {AppContext.BaseDirectory}.");
    }
}
