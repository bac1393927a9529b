using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using MlDerivations.Data;
using MlDerivations.Tests.Probability;

namespace MlDerivations.Tests.Data;

public sealed class StandardizerTests
{
    // Hand computation: column 0 = 1, 2, 3, 6 → μ = 3, Σ(x−μ)² = 4+1+0+9 = 14, σ = √(14/4) = √3.5.
    // Column 1 = 5, 5, 5, 5 → μ = 5, σ = 0, scale 1.
    private static readonly Matrix<double> X = Matrix<double>.Build.DenseOfArray(new[,]
    {
        { 1.0, 5.0 }, { 2.0, 5.0 }, { 3.0, 5.0 }, { 6.0, 5.0 },
    });

    [Fact]
    public void Fit_UsesTheMeanAndThePopulationStandardDeviation()
    {
        Standardizer s = Standardizer.Fit(X);
        Assert.Equal(new[] { 3.0, 5.0 }, s.Mean.ToArray());
        Assert.Equal(Math.Sqrt(3.5), s.StandardDeviation[0], 15);
        Assert.Equal(0.0, s.StandardDeviation[1]);
        Assert.Equal(new[] { Math.Sqrt(3.5), 1.0 }, s.Scale.ToArray());
    }

    [Fact]
    public void Transform_MatchesTheHandComputationAndInverseRestoresX()
    {
        Standardizer s = Standardizer.Fit(X);
        Matrix<double> z = s.Transform(X);
        double r = Math.Sqrt(3.5);
        var expected = Matrix<double>.Build.DenseOfArray(new[,] { { -2 / r, 0.0 }, { -1 / r, 0.0 }, { 0.0, 0.0 }, { 3 / r, 0.0 } });
        Assert.True((z - expected).Enumerate().All(d => Math.Abs(d) < 1e-15));
        Assert.True((s.InverseTransform(z) - X).Enumerate().All(d => Math.Abs(d) < 1e-14));
        Assert.Equal(1.0, z.Column(0).PointwisePower(2).Sum() / 4, 14); // (1/n) Σ z² = 1
    }

    [Fact]
    public void Transform_UsesTheTrainingStatisticsOnNewRows()
    {
        Standardizer s = Standardizer.Fit(X);
        Matrix<double> z = s.Transform(Matrix<double>.Build.DenseOfArray(new[,] { { 3 + Math.Sqrt(3.5), 7.0 } }));
        Assert.Equal(1.0, z[0, 0], 14);
        Assert.Equal(2.0, z[0, 1]);
    }

    private static DataFrame Frame(params DataFrameColumn[] columns) => new(columns);

    private static DoubleDataFrameColumn Doubles(string name, params double?[] values) => new(name, values);

    [Fact]
    public void FrameTransform_StandardisesTheFittedColumnsOnlyAndKeepsMissingValues()
    {
        DataFrame train = Frame(Doubles("a", 1, 2, 3, 6), Doubles("b", 0, 0, 0, 0), new StringDataFrameColumn("l", new[] { "p", "q", "r", "s" }));
        Standardizer s = Standardizer.Fit(train, "a");
        Assert.Equal(new[] { "a" }, s.Columns);
        DataFrame test = Frame(Doubles("a", 3, null), Doubles("b", 9, 9), new StringDataFrameColumn("l", new[] { "x", null }));
        DataFrame z = s.Transform(test);
        Assert.Equal(new[] { "a", "b", "l" }, z.Columns.Select(c => c.Name));
        Assert.Equal(0.0, z["a"][0]);   // (3 − μ) / σ with μ = 3
        Assert.Null(z["a"][1]);
        Assert.Equal(new[] { 9.0, 9.0 }, z.Numeric("b").ToArray());
        Assert.Equal(new[] { 3.0 }, s.InverseTransform(z).DropMissing().Numeric("a").ToArray());
        Assert.Equal(3.0, test["a"][0]);   // the input frame is not changed
    }

    [Fact]
    public void FitOnFrame_WithoutNamesTakesEveryNumericColumn()
    {
        DataFrame t = Frame(Doubles("a", 1, 3), new StringDataFrameColumn("l", new[] { "p", "q" }), new Int32DataFrameColumn("b", new[] { 2, 2 }));
        Assert.Equal(new[] { "a", "b" }, Standardizer.Fit(t).Columns);
    }

    [Fact]
    public void Fit_AgreesWithScikitLearnsStandardScalerOnDiabetes()
    {
        // Fixtures/standard_scaler_diabetes.csv was written by the .py script next to it.
        string root = Path.GetDirectoryName(Datasets.FindDataDirectory())!;
        DataFrame expected = Csv.Load(Path.Combine(root, "tests", "MlDerivations.Tests", "Data", "Fixtures", "standard_scaler_diabetes.csv"));
        DataFrame diabetes = Datasets.Diabetes();
        Standardizer s = Standardizer.Fit(diabetes);
        Assert.Equal(expected.Categorical("column").Cast<string>(), s.Columns);
        double[] z0 = s.Transform(diabetes.ToMatrix()).Row(0).ToArray();
        for (int j = 0; j < 11; j++)
        {
            Assert.Equal(expected.Numeric("mean")[j], s.Mean[j], 1e-12 * Math.Abs(expected.Numeric("mean")[j]));
            Assert.Equal(expected.Numeric("scale")[j], s.Scale[j], 1e-12 * expected.Numeric("scale")[j]);
            Assert.Equal(expected.Numeric("z_row0")[j], z0[j], 1e-12);
        }
    }

    public static TheoryData<Action, string> InvalidCalls() => new()
    {
        { () => Standardizer.Fit((Matrix<double>)null!), "x" },
        { () => Standardizer.Fit(Matrix<double>.Build.Dense(0, 2)), "x" },
        { () => Standardizer.Fit(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0 }, { double.NaN } })), "x" },
        { () => Standardizer.Fit(Matrix<double>.Build.DenseOfArray(new[,] { { double.PositiveInfinity } })), "x" },
        { () => Standardizer.Fit((DataFrame)null!), "frame" },
        { () => Standardizer.Fit(Frame(Doubles("a", 1)), null!), "columns" },
        { () => Standardizer.Fit(Frame(Doubles("a", 1, null)), "a"), "columns" },
        { () => Standardizer.Fit(Frame(Doubles("a", 1)), "b"), "columns" },
        { () => Standardizer.Fit(X).Transform((Matrix<double>)null!), "x" },
        { () => Standardizer.Fit(X).Transform(Matrix<double>.Build.Dense(3, 3)), "x" },
        { () => Standardizer.Fit(X).InverseTransform((Matrix<double>)null!), "z" },
        { () => Standardizer.Fit(X).InverseTransform(Matrix<double>.Build.Dense(3, 1)), "z" },
        { () => Standardizer.Fit(Frame(Doubles("a", 1)), "a").Transform((DataFrame)null!), "frame" },
        { () => Standardizer.Fit(Frame(Doubles("a", 1)), "a").Transform(Frame(Doubles("b", 1))), "frame" },
        { () => Standardizer.Fit(Frame(Doubles("a", 1)), "a").Transform(Frame(new StringDataFrameColumn("a", new[] { "x" }))), "frame" },
        { () => Standardizer.Fit(Frame(Doubles("a", 1)), "a").InverseTransform(Frame(Doubles("b", 1))), "frame" },
    };

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public void PublicEntries_RejectInvalidInputNamingTheParameter(Action call, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void FrameTransform_NeedsAStandardizerFittedOnAFrame()
    {
        Assert.Throws<InvalidOperationException>(() => Standardizer.Fit(X).Transform(Frame(Doubles("a", 1))));
    }

    [Fact]
    public void Fit_OnValuesNear1e9WithSpread1e3_GivesTheExactMeanAndStandardDeviation()
    {
        // Column 0 near 1e9 with spread 1e-3 (exact statistics known by construction), column 1 a plain one.
        // σ = √(variance): its relative error is half the variance's, at most (n + 2)ε/2 + ε (see EstimatorTests);
        // the mean is within one unit of the last place of 1e9 (u = 2⁻²³) of the exact mean.
        double[] values = LargeOffsetSample.Values(2000, seed: 7);
        var x = Matrix<double>.Build.Dense(values.Length, 2, (i, j) => j == 0 ? values[i] : i % 7);
        Standardizer s = Standardizer.Fit(x);

        double sd = Math.Sqrt(LargeOffsetSample.ExactVariance(values));
        Assert.True(Math.Abs(s.StandardDeviation[0] - sd) <= (values.Length / 2.0 + 2) * 2.220446049250313e-16 * sd,
            $"σ = {s.StandardDeviation[0]:R}, exact {sd:R}");
        Assert.True(Math.Abs(s.Mean[0] - LargeOffsetSample.ExactMean(values)) <= Math.ScaleB(1.0, -23),
            $"μ = {s.Mean[0]:R}, exact {LargeOffsetSample.ExactMean(values):R}");
    }
}
