using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Bench.Regression;

/// <summary>
/// Loads the regression benchmark data from bench/data (written once by make_regression_data.py),
/// and writes our solutions to bench/data/out so bench/sklearn/regression.py can measure agreement.
/// </summary>
internal static class RegressionData
{
    public const string OlsFile = "regression_ols_200000x50.csv";
    public const string LassoFile = "regression_lasso_20000x200.csv";

    /// <summary>The ridge penalty λ used by both sides.</summary>
    public const double RidgeLambda = 10.0;

    /// <summary>The lasso path: 50 λ down to 1e-3·λ_max, duality-gap tolerance 1e-6 on both sides.</summary>
    public const int PathLength = 50;
    public const double PathTolerance = 1e-6;

    public static (Matrix<double> X, Vector<double> Y) Load(string file)
    {
        string path = Path.Combine(DataDirectory(), file);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} is missing: run /usr/bin/python3 bench/data/make_regression_data.py first.");
        var lines = File.ReadAllLines(path);
        int n = lines.Length - 1, columns = lines[0].Split(',').Length, d = columns - 1;
        var x = new double[n * d]; // column-major
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            var fields = lines[i + 1].AsSpan();
            for (int j = 0; j < columns; j++)
            {
                int comma = fields.IndexOf(',');
                var field = comma < 0 ? fields : fields[..comma];
                double value = double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (j < d) x[j * n + i] = value; else y[i] = value;
                fields = comma < 0 ? default : fields[(comma + 1)..];
            }
        }
        return (Matrix<double>.Build.Dense(n, d, x), Vector<double>.Build.Dense(y));
    }

    /// <summary>Writes one row per coefficient vector: intercept first, then w (17 significant digits).</summary>
    public static void WriteSolution(string name, IEnumerable<(double Intercept, Vector<double> W)> rows)
    {
        string dir = Path.Combine(DataDirectory(), "out");
        Directory.CreateDirectory(dir);
        var text = rows.Select(r => string.Join(",",
            new[] { r.Intercept }.Concat(r.W).Select(v => v.ToString("G17", CultureInfo.InvariantCulture))));
        File.WriteAllLines(Path.Combine(dir, name), text);
    }

    private static string DataDirectory()
    {
        if (Environment.GetEnvironmentVariable("ML_BENCH_DATA") is { Length: > 0 } fromEnvironment) return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "data");
            if (File.Exists(Path.Combine(candidate, "make_regression_data.py"))) return candidate;
        }
        throw new DirectoryNotFoundException($"bench/data not found above {AppContext.BaseDirectory}; set ML_BENCH_DATA.");
    }
}
