using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;

namespace MlDerivations.Data;

/// <summary>
/// The real data sets committed in the repository's data/ folder (see data/README.md for sources,
/// licences and columns), each as a Microsoft.Data.Analysis <see cref="DataFrame"/> read by
/// <see cref="Csv.Load"/> (numeric columns double, text columns string, null where missing); the
/// bridge to MathNet is <see cref="DataFrameBridge"/> (ToMatrix, Numeric, Categorical). Each loader finds data/ by walking up from the current directory to the
/// folder that holds ml-derivations.sln, so it works from notebooks/ (where a notebook runs) and
/// from the repository root; or it takes the data folder explicitly.
/// </summary>
public static class Datasets
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "ml-derivations.sln";

    /// <summary>
    /// The data/ folder of the repository that contains <paramref name="startDirectory"/> (default:
    /// the current directory, then the folder of this library's DLL, which is built inside the
    /// repository).
    /// </summary>
    public static string FindDataDirectory(string? startDirectory = null)
    {
        if (startDirectory is not null && !Directory.Exists(startDirectory))
            throw new ArgumentException(
                $"Datasets.StartDirectory must be an existing folder; got '{startDirectory}'.", nameof(startDirectory));
        string[] starts = startDirectory is not null
            ? [startDirectory]
            : [Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Path.GetDirectoryName(typeof(Datasets).Assembly.Location) ?? ""];
        foreach (string start in starts.Where(s => s.Length > 0))
            if (FindRoot(start) is string root) return Path.Combine(root, "data");
        throw new DirectoryNotFoundException(
            $"No folder holding {SolutionFileName} lies above {string.Join(" or ", starts.Where(s => s.Length > 0))}; "
            + "run from inside the repository or pass the data folder explicitly.");
    }

    /// <summary>Loads data/<paramref name="fileName"/> (e.g. "iris.csv") with <see cref="Csv.Load"/>.</summary>
    public static DataFrame Load(string fileName, string? dataDirectory = null, CsvLoadOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(fileName))
            throw new ArgumentException($"Datasets.FileName must be a file name such as 'iris.csv'; got '{fileName}'.", nameof(fileName));
        if (dataDirectory is not null && !Directory.Exists(dataDirectory))
            throw new ArgumentException(
                $"Datasets.DataDirectory must be an existing folder; got '{dataDirectory}'.", nameof(dataDirectory));
        return Csv.Load(Path.Combine(dataDirectory ?? FindDataDirectory(), fileName), options);
    }

    /// <summary>Diabetes (Efron et al. 2004), raw units: 442 × 11, age, sex, bmi, bp, s1…s6, target.</summary>
    public static DataFrame Diabetes(string? dataDirectory = null) => Load("diabetes.csv", dataDirectory);

    /// <summary>Longley (1967), the NIST StRD certified regression set: 16 × 7, TOTEMP, GNPDEFL, GNP, UNEMP, ARMED, POP, YEAR.</summary>
    public static DataFrame Longley(string? dataDirectory = null) => Load("longley.csv", dataDirectory);

    /// <summary>Auto MPG (UCI/StatLib): 406 × 9, name and origin categorical; 8 missing mpg, 6 missing horsepower.</summary>
    public static DataFrame AutoMpg(string? dataDirectory = null) => Load("auto-mpg.csv", dataDirectory);

    /// <summary>Old Faithful eruptions: 272 × 2, eruptions and waiting (minutes).</summary>
    public static DataFrame OldFaithful(string? dataDirectory = null) => Load("old-faithful.csv", dataDirectory);

    /// <summary>Fisher's iris: 150 × 6, four measurements in cm, target 0–2 and species.</summary>
    public static DataFrame Iris(string? dataDirectory = null) => Load("iris.csv", dataDirectory);

    /// <summary>UCI wine: 178 × 15, thirteen chemical measurements, target 0–2 and cultivar.</summary>
    public static DataFrame Wine(string? dataDirectory = null) => Load("wine.csv", dataDirectory);

    /// <summary>Breast Cancer Wisconsin (Diagnostic): 569 × 32, thirty features, target (0 malignant, 1 benign) and diagnosis.</summary>
    public static DataFrame BreastCancer(string? dataDirectory = null) => Load("breast-cancer.csv", dataDirectory);

    /// <summary>8×8 handwritten digits (UCI): 1,797 × 65, pixel_0_0 … pixel_7_7 (0–16, row-major) and target 0–9.</summary>
    public static DataFrame Digits(string? dataDirectory = null) => Load("digits.csv.gz", dataDirectory);

    /// <summary>
    /// SciPy's "ascent" photograph (public domain) as a 256×256 matrix of grey levels 0 (black) to 255
    /// (white), the 512×512 original averaged over 2×2 blocks. Entry (i, j) is image row i from the top,
    /// pixel column j from the left, so plotting it needs a y axis that runs downwards.
    /// </summary>
    public static Matrix<double> AscentImage(string? dataDirectory = null) =>
        Load("ascent.csv.gz", dataDirectory).ToMatrix();

    private static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName))) return folder.FullName;
        return null;
    }
}
