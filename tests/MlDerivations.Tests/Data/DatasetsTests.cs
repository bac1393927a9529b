using Microsoft.Data.Analysis;
using MlDerivations.Data;

namespace MlDerivations.Tests.Data;

/// <summary>
/// The committed data sets: shape, kinds and values checked against the sources named in
/// data/README.md (the first rows as printed in the original files; the NIST StRD listing for
/// Longley; R's summary of faithful; the class counts documented with each UCI set).
/// </summary>
public sealed class DatasetsTests
{
    private static (long Rows, int Columns) Shape(DataFrame t) => (t.Rows.Count, t.Columns.Count);

    private static string[] Names(DataFrame t) => t.Columns.Select(c => c.Name).ToArray();

    private static string RepositoryRoot() => Path.GetDirectoryName(Datasets.FindDataDirectory())!;

    [Fact]
    public void FindDataDirectory_WalksUpToTheFolderHoldingTheSolution()
    {
        string root = RepositoryRoot();
        Assert.True(File.Exists(Path.Combine(root, Datasets.SolutionFileName)));
        string nested = Path.Combine(root, "lib", "MlDerivations", "Data");
        Assert.Equal(Path.Combine(root, "data"), Datasets.FindDataDirectory(nested));
        Assert.Equal(Path.Combine(root, "data"), Datasets.FindDataDirectory(root));
    }

    [Fact]
    public void Loaders_WorkFromAnyFolderWhenGivenTheDataFolder()
    {
        string data = Datasets.FindDataDirectory();
        Assert.Equal(16, Datasets.Longley(data).Rows.Count);
    }

    [Fact]
    public void FindDataDirectory_ThrowsOutsideTheRepository()
    {
        using var folder = new TempFolder();
        Assert.Throws<DirectoryNotFoundException>(() => Datasets.FindDataDirectory(folder.Path));
    }

    [Theory]
    [InlineData("startDirectory")]
    public void FindDataDirectory_RejectsAFolderThatDoesNotExist(string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => Datasets.FindDataDirectory(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
        Assert.Equal(parameter, error.ParamName);
    }

    public static TheoryData<Action, string> InvalidLoads() => new()
    {
        { () => Datasets.Load(null!), "fileName" },
        { () => Datasets.Load(" "), "fileName" },
        { () => Datasets.Load("iris.csv", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))), "dataDirectory" },
        { () => Datasets.Diabetes(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))), "dataDirectory" },
    };

    [Theory]
    [MemberData(nameof(InvalidLoads))]
    public void Load_RejectsInvalidArguments(Action call, string parameter)
    {
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(call).ParamName);
    }

    [Fact]
    public void Diabetes_Has442RawRowsAndTheFirstPatientOfTheSourceFile()
    {
        DataFrame t = Datasets.Diabetes();
        Assert.Equal((442L, 11), Shape(t));
        Assert.Equal(new[] { "age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6", "target" }, Names(t));
        Assert.All(t.Columns, c => Assert.Equal((typeof(DoubleDataFrameColumn), 0L), (c.GetType(), c.NullCount)));
        // diabetes_data_raw.csv.gz line 1 and diabetes_target.csv.gz line 1
        Assert.Equal(new[] { 59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87, 151 }, t.ToMatrix().Row(0).ToArray());
    }

    [Fact]
    public void Longley_MatchesTheNistListing()
    {
        DataFrame t = Datasets.Longley();
        Assert.Equal((16L, 7), Shape(t));
        Assert.Equal(new[] { "TOTEMP", "GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR" }, Names(t));
        // NIST StRD Longley.dat, data lines 1 and 16: y x1 … x6
        Assert.Equal(new[] { 60323, 83.0, 234289, 2356, 1590, 107608, 1947 }, t.ToMatrix().Row(0).ToArray());
        Assert.Equal(new[] { 70551, 116.9, 554894, 4007, 2827, 130081, 1962 }, t.ToMatrix().Row(15).ToArray());
    }

    [Fact]
    public void AutoMpg_Has406CarsWithTheKnownMissingValues()
    {
        DataFrame t = Datasets.AutoMpg();
        Assert.Equal((406L, 9), Shape(t));
        Assert.Equal(("mpg", typeof(DoubleDataFrameColumn), 8L), (t.Columns[1].Name, t.Columns[1].GetType(), t.Columns[1].NullCount));
        Assert.Equal(("horsepower", typeof(DoubleDataFrameColumn), 6L), (t.Columns[4].Name, t.Columns[4].GetType(), t.Columns[4].NullCount));
        Assert.IsType<StringDataFrameColumn>(t.Columns[0]);
        Assert.Equal("chevrolet chevelle malibu", t.Categorical("name")[0]);
        Assert.Equal(new[] { 18.0, 8, 307, 130, 3504, 12, 1970 },
            t.Head(1).ToMatrix("mpg", "cylinders", "displacement", "horsepower", "weight", "acceleration", "year").Row(0).ToArray());
        Assert.Equal(new[] { "Europe", "Japan", "USA" }, t.Categorical("origin").Distinct().Order());
        Assert.Equal(392, t.DropMissing().Rows.Count); // the 392-car version used in ISLR
    }

    [Fact]
    public void OldFaithful_HasRsMeans()
    {
        DataFrame t = Datasets.OldFaithful();
        Assert.Equal((272L, 2), Shape(t));
        Assert.Equal((3.6, 79.0), (t.Numeric("eruptions")[0], t.Numeric("waiting")[0]));
        // R: mean(faithful$eruptions) = 3.487783, mean(faithful$waiting) = 70.89706
        Assert.Equal(3.487783, t.Numeric("eruptions").Average(), 6);
        Assert.Equal(70.89706, t.Numeric("waiting").Average(), 5);
    }

    [Fact]
    public void Iris_HasFiftyOfEachSpecies()
    {
        DataFrame t = Datasets.Iris();
        Assert.Equal((150L, 6), Shape(t));
        Assert.Equal(new[] { 5.1, 3.5, 1.4, 0.2, 0 }, t.ToMatrix().Row(0).ToArray());
        Assert.All(t.Categorical("species").GroupBy(s => s), g => Assert.Equal(50, g.Count()));
        Assert.Equal(5.843333, t.Numeric("sepal_length_cm").Average(), 6); // Fisher's table
    }

    [Fact]
    public void Wine_HasTheThreeCultivarCounts()
    {
        DataFrame t = Datasets.Wine();
        Assert.Equal((178L, 15), Shape(t));
        Assert.Equal((14.23, 1065.0), (t.Numeric("alcohol")[0], t.Numeric("proline")[0]));
        Assert.Equal(new[] { 59, 71, 48 }, t.Categorical("cultivar").GroupBy(c => c).OrderBy(g => g.Key).Select(g => g.Count()));
    }

    [Fact]
    public void BreastCancer_Has212MalignantAnd357Benign()
    {
        DataFrame t = Datasets.BreastCancer();
        Assert.Equal((569L, 32), Shape(t));
        Assert.Equal((17.99, 0.1189), (t.Numeric("mean_radius")[0], t.Numeric("worst_fractal_dimension")[0]));
        Assert.Equal(212, t.Filter(t["diagnosis"].ElementwiseEquals("malignant")).Rows.Count);
        Assert.Equal(357, t.Numeric("target").Sum()); // 1 = benign
    }

    [Fact]
    public void Digits_HasTheFirstImageOfTheSourceFile()
    {
        DataFrame t = Datasets.Digits();
        Assert.Equal((1797L, 65), Shape(t));
        Assert.Equal("pixel_7_7", t.Columns[63].Name);
        Assert.Equal(new[] { 0.0, 0, 5, 13, 9, 1, 0, 0 }, t.ToMatrix().Row(0).SubVector(0, 8).ToArray());
        Assert.Equal((0.0, 8.0), (t.Numeric("target")[0], t.Numeric("target")[1796]));
        Assert.Equal(new[] { 178, 182, 177, 183, 181, 182, 181, 179, 174, 180 },
            t.Numeric("target").GroupBy(d => d).OrderBy(g => g.Key).Select(g => g.Count()));
    }
}
