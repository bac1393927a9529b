using MathNet.Numerics.LinearAlgebra;
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

    [Fact]
    public void TableTransform_StandardisesTheFittedColumnsOnlyAndKeepsMissingValues()
    {
        Table train = Table.FromColumns(("a", new[] { 1.0, 2.0, 3.0, 6.0 }), ("b", new[] { 0.0, 0.0, 0.0, 0.0 }), ("l", new string?[] { "p", "q", "r", "s" }));
        Standardizer s = Standardizer.Fit(train, "a");
        Assert.Equal(new[] { "a" }, s.Columns);
        Table test = Table.FromColumns(("a", new[] { 3.0, double.NaN }), ("b", new[] { 9.0, 9.0 }), ("l", new string?[] { "x", null }));
        Table z = s.Transform(test);
        Assert.Equal(0.0, z.Numeric("a")[0]);
        Assert.True(double.IsNaN(z.Numeric("a")[1]));
        Assert.Equal(new[] { 9.0, 9.0 }, z.Numeric("b").ToArray());
        Assert.Equal(new[] { 3.0 }, s.InverseTransform(z).DropMissing().Numeric("a").ToArray());
    }

    [Fact]
    public void FitOnTable_WithoutNamesTakesEveryNumericColumn()
    {
        Table t = Table.FromColumns(("a", new[] { 1.0, 3.0 }), ("l", new string?[] { "p", "q" }), ("b", new[] { 2.0, 2.0 }));
        Assert.Equal(new[] { "a", "b" }, Standardizer.Fit(t).Columns);
    }

    [Fact]
    public void Fit_AgreesWithScikitLearnsStandardScalerOnDiabetes()
    {
        // Fixtures/standard_scaler_diabetes.csv was written by the .py script next to it.
        string root = Path.GetDirectoryName(Datasets.FindDataDirectory())!;
        Table expected = Table.Load(Path.Combine(root, "tests", "MlDerivations.Tests", "Data", "Fixtures", "standard_scaler_diabetes.csv"));
        Table diabetes = Datasets.Diabetes();
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
        { () => Standardizer.Fit((Table)null!), "table" },
        { () => Standardizer.Fit(Table.FromColumns(("a", new[] { 1.0 })), null!), "columns" },
        { () => Standardizer.Fit(Table.FromColumns(("a", new[] { 1.0, double.NaN })), "a"), "columns" },
        { () => Standardizer.Fit(Table.FromColumns(("a", new[] { 1.0 })), "b"), "columns" },
        { () => Standardizer.Fit(X).Transform((Matrix<double>)null!), "x" },
        { () => Standardizer.Fit(X).Transform(Matrix<double>.Build.Dense(3, 3)), "x" },
        { () => Standardizer.Fit(X).InverseTransform((Matrix<double>)null!), "z" },
        { () => Standardizer.Fit(X).InverseTransform(Matrix<double>.Build.Dense(3, 1)), "z" },
        { () => Standardizer.Fit(Table.FromColumns(("a", new[] { 1.0 })), "a").Transform((Table)null!), "table" },
        { () => Standardizer.Fit(Table.FromColumns(("a", new[] { 1.0 })), "a").Transform(Table.FromColumns(("b", new[] { 1.0 }))), "table" },
        { () => Standardizer.Fit(Table.FromColumns(("a", new[] { 1.0 })), "a").InverseTransform(Table.FromColumns(("b", new[] { 1.0 }))), "table" },
    };

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public void PublicEntries_RejectInvalidInputNamingTheParameter(Action call, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void TableTransform_NeedsAStandardizerFittedOnATable()
    {
        Assert.Throws<InvalidOperationException>(() => Standardizer.Fit(X).Transform(Table.FromColumns(("a", new[] { 1.0 }))));
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
