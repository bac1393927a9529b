using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Regression;

namespace MlDerivations.Tests.Regression;

public sealed class LinearRegressionTests
{
    private static Matrix<double> M(double[,] a) => Matrix<double>.Build.DenseOfArray(a);
    private static Vector<double> V(params double[] a) => Vector<double>.Build.Dense(a);

    /// <summary>−log10 of the relative error: the number of significant digits that agree.</summary>
    private static double Digits(double actual, double certified) =>
        -Math.Log10(Math.Abs(actual - certified) / Math.Abs(certified));

    [Fact]
    public void Fit_OnLongley_MatchesNistCertifiedCoefficientsToTwelveDigits()
    {
        var (x, y) = RegressionFixtures.LongleyData();
        var certified = RegressionFixtures.Longley.GetProperty("certified");
        var model = LinearRegression.Fit(x, y);

        Assert.True(Digits(model.Intercept, certified.GetProperty("intercept").GetDouble()) >= 12, // measured: 13.9 or more
            $"intercept {model.Intercept:R}");
        var expected = RegressionFixtures.Vector(certified.GetProperty("coefficients"));
        for (int j = 0; j < 6; j++)
            Assert.True(Digits(model.Coefficients[j], expected[j]) >= 12, $"β{j + 1} = {model.Coefficients[j]:R}, certified {expected[j]:R}");
    }

    [Fact]
    public void Fit_OnLongley_MatchesNistCertifiedResidualSumOfSquares()
    {
        var (x, y) = RegressionFixtures.LongleyData();
        var certified = RegressionFixtures.Longley.GetProperty("certified");
        var model = LinearRegression.Fit(x, y);

        Assert.True(Digits(model.ResidualSumOfSquares, certified.GetProperty("residual_sum_of_squares").GetDouble()) >= 9);
        Assert.True(Digits(Math.Sqrt(model.ResidualSumOfSquares / 9), certified.GetProperty("residual_standard_deviation").GetDouble()) >= 9);
        Assert.Equal(model.ResidualSumOfSquares / 16, model.NoiseVarianceMle, 12);
    }

    [Fact]
    public void Fit_ByNormalEquations_OnLongley_StillMatchesNistToSevenDigitsThanksToCentring()
    {
        var (x, y) = RegressionFixtures.LongleyData();
        var certified = RegressionFixtures.Vector(RegressionFixtures.Longley.GetProperty("certified").GetProperty("coefficients"));
        var model = LinearRegression.Fit(x, y, new LinearRegressionOptions { Solver = LeastSquaresSolver.NormalEquations });

        Assert.Equal(LeastSquaresSolver.NormalEquations, model.Solver);
        for (int j = 0; j < 6; j++)
            Assert.True(Digits(model.Coefficients[j], certified[j]) >= 7, $"β{j + 1} = {model.Coefficients[j]:R}");
    }

    [Fact]
    public void Fit_WithoutCentring_NormalEquationsLoseDigitsThatQrKeeps()
    {
        // Longley with an explicit column of ones and no centring: κ(X) ≈ 5e9, so κ(XᵀX) ≈ 2e19 > 1/ε.
        var (x, y) = RegressionFixtures.LongleyData();
        var design = x.InsertColumn(0, Vector<double>.Build.Dense(16, 1.0));
        var certified = RegressionFixtures.Longley.GetProperty("certified");
        double b6 = RegressionFixtures.Vector(certified.GetProperty("coefficients"))[5];

        var qr = LinearRegression.Fit(design, y, new LinearRegressionOptions { FitIntercept = false });
        Assert.True(Digits(qr.Coefficients[6], b6) >= 7, $"QR β6 = {qr.Coefficients[6]:R}");
        Assert.True(LinearRegression.ConditionNumber(design, fitIntercept: false) > 1e9);

        double normalDigits;
        try
        {
            var ne = LinearRegression.Fit(design, y, new LinearRegressionOptions { FitIntercept = false, Solver = LeastSquaresSolver.NormalEquations });
            normalDigits = Digits(ne.Coefficients[6], b6);
        }
        catch (RankDeficientException)
        {
            normalDigits = 0; // Cholesky broke down: XᵀX is not numerically positive definite
        }
        Assert.True(normalDigits < Digits(qr.Coefficients[6], b6) - 2, $"normal equations kept {normalDigits:F1} digits");
    }

    [Fact]
    public void Fit_MatchesScikitLearnLinearRegression()
    {
        var expected = RegressionFixtures.Section("linear_regression");
        var model = LinearRegression.Fit(RegressionFixtures.X, RegressionFixtures.Y);

        var coef = RegressionFixtures.Vector(expected.GetProperty("coef"));
        for (int j = 0; j < coef.Count; j++) Assert.Equal(coef[j], model.Coefficients[j], 1e-10);
        Assert.Equal(expected.GetProperty("intercept").GetDouble(), model.Intercept, 1e-9);
    }

    [Fact]
    public void Fit_RecoversHandWorkedLineAndResiduals()
    {
        // x = 0..3, y = (1, 2, 2, 4): Sxy = 4.5, Sxx = 5, so w = 0.9, b = 2.25 − 0.9·1.5 = 0.9;
        // residuals (0.1, 0.2, −0.7, 0.4), RSS = 0.7, σ̂² = 0.7/4 (5.7).
        var model = LinearRegression.Fit(M(new double[,] { { 0 }, { 1 }, { 2 }, { 3 } }), V(1, 2, 2, 4));

        Assert.Equal(0.9, model.Coefficients[0], 14);
        Assert.Equal(0.9, model.Intercept, 14);
        var expected = new[] { 0.1, 0.2, -0.7, 0.4 };
        for (int i = 0; i < 4; i++) Assert.Equal(expected[i], model.Residuals[i], 14);
        Assert.Equal(0.7, model.ResidualSumOfSquares, 14);
        Assert.Equal(0.175, model.NoiseVarianceMle, 14);
    }

    [Theory]
    [InlineData(LeastSquaresSolver.Qr)]
    [InlineData(LeastSquaresSolver.NormalEquations)]
    public void Fit_LeavesResidualsOrthogonalToEveryColumnAndToOnes(LeastSquaresSolver solver)
    {
        var x = RegressionFixtures.X;
        var model = LinearRegression.Fit(x, RegressionFixtures.Y, new LinearRegressionOptions { Solver = solver });
        var r = model.Residuals;

        Assert.Equal(0, r.Sum(), 9);
        for (int j = 0; j < x.ColumnCount; j++)
            Assert.Equal(0, x.Column(j).DotProduct(r) / (x.Column(j).L2Norm() * r.L2Norm()), 11);
    }

    [Fact]
    public void Fit_OnMoreRowsThanOneBlock_AgreesWithMathNetQrOnTheExplicitDesign()
    {
        // 1,500 rows spans three 512-row blocks of the tall-skinny QR.
        var random = new Random(5);
        var x = Matrix<double>.Build.Dense(1500, 4, (_, _) => random.NextDouble() * 10 - 3);
        var y = Vector<double>.Build.Dense(1500, i => x[i, 0] - 2 * x[i, 3] + random.NextDouble());
        var model = LinearRegression.Fit(x, y);

        var design = x.InsertColumn(0, Vector<double>.Build.Dense(1500, 1.0));
        var reference = design.QR().Solve(y); // MathNet's own Householder QR on [1 | X]
        Assert.Equal(reference[0], model.Intercept, 10);
        for (int j = 0; j < 4; j++) Assert.Equal(reference[j + 1], model.Coefficients[j], 10);
    }

    [Fact]
    public void Fit_WithoutIntercept_SolvesTheUncentredProblem()
    {
        // y = 2x exactly through the origin, but with an offset that an intercept would absorb: through
        // the origin the slope is Σxy/Σx² = (1·3 + 2·5)/(1 + 4) = 13/5.
        var model = LinearRegression.Fit(M(new double[,] { { 1 }, { 2 } }), V(3, 5), new LinearRegressionOptions { FitIntercept = false });

        Assert.Equal(2.6, model.Coefficients[0], 14);
        Assert.Equal(0, model.Intercept);
    }

    [Fact]
    public void Predict_AppliesWeightsAndIntercept()
    {
        var model = LinearRegression.Fit(M(new double[,] { { 0 }, { 1 }, { 2 } }), V(1, 3, 5));
        var prediction = model.Predict(M(new double[,] { { 10 }, { -1 } }));

        Assert.Equal(21, prediction[0], 12);
        Assert.Equal(-1, prediction[1], 12);
    }

    [Fact]
    public void HatMatrix_IsTheSymmetricIdempotentProjectionThatGivesTheFit()
    {
        var x = M(new double[,] { { 0, 1 }, { 1, 0 }, { 2, 2 }, { 3, 1 }, { 4, 5 } });
        var y = V(1, 2, 2, 4, 3);
        var h = LinearRegression.HatMatrix(x);
        var fitted = LinearRegression.Fit(x, y).Predict(x);

        Assert.True((h - h.Transpose()).InfinityNorm() < 1e-12);
        Assert.True((h * h - h).InfinityNorm() < 1e-12);
        Assert.True((h * y - fitted).InfinityNorm() < 1e-12);
        Assert.Equal(3, h.Trace(), 12); // trace = rank = d + 1
    }

    [Fact]
    public void HatMatrix_OfARankDeficientDesign_NamesTheDependentColumn()
    {
        // Column 2 = column 0 + column 1: the projection onto col(X) is not what QQᵀ of a full QR gives.
        var x = M(new double[,] { { 0, 1, 1 }, { 1, 0, 1 }, { 2, 2, 4 }, { 3, 1, 4 }, { 4, 5, 9 } });
        var error = Assert.Throws<RankDeficientException>(() => LinearRegression.HatMatrix(x));
        Assert.Equal(2, error.Column);
    }

    [Fact]
    public void ConditionNumber_OfAScaledOrthogonalDesign_IsTheRatioOfScales()
    {
        var x = M(new double[,] { { 1, 0 }, { 0, 10 }, { 0, 0 } });
        Assert.Equal(10, LinearRegression.ConditionNumber(x, fitIntercept: false), 12);
    }

    [Fact]
    public void Fit_ReportsTheDuplicatedColumn()
    {
        var x = M(new double[,] { { 1, 2, 2 }, { 2, 1, 1 }, { 3, 5, 5 }, { 4, 0, 0 } });
        var error = Assert.Throws<RankDeficientException>(() => LinearRegression.Fit(x, V(1, 2, 3, 4)));

        Assert.Equal(2, error.Column);
        Assert.Contains("column 2", error.Message);
        Assert.Contains("Ridge", error.Message);
    }

    [Fact]
    public void Fit_ReportsAConstantColumnWhenFittingAnIntercept()
    {
        var x = M(new double[,] { { 1, 7 }, { 2, 7 }, { 3, 7 } });
        var error = Assert.Throws<RankDeficientException>(() => LinearRegression.Fit(x, V(1, 2, 4)));
        Assert.Equal(1, error.Column);
        Assert.Contains("constant", error.Message);
    }

    [Fact]
    public void Fit_ReportsTooFewRows()
    {
        var x = M(new double[,] { { 1, 2, 3 }, { 2, 1, 0 } });
        var error = Assert.Throws<RankDeficientException>(() => LinearRegression.Fit(x, V(1, 2)));
        Assert.Contains("n = 2 rows", error.Message);
    }

    [Fact]
    public void Fit_ByNormalEquations_ReportsASingularGram()
    {
        var x = M(new double[,] { { 1, 2 }, { 2, 4 }, { 3, 6 } });
        var options = new LinearRegressionOptions { Solver = LeastSquaresSolver.NormalEquations };
        var error = Assert.Throws<RankDeficientException>(() => LinearRegression.Fit(x, V(1, 2, 4), options));
        Assert.Contains("QR", error.Message);
    }

    [Fact]
    public void Fit_DoesNotChangeItsInputs()
    {
        var x = RegressionFixtures.X;
        var y = RegressionFixtures.Y;
        var (xCopy, yCopy) = (x.Clone(), y.Clone());
        LinearRegression.Fit(x, y);
        LinearRegression.Fit(x, y, new LinearRegressionOptions { Solver = LeastSquaresSolver.NormalEquations });
        Assert.Equal(xCopy, x);
        Assert.Equal(yCopy, y);
    }
}
