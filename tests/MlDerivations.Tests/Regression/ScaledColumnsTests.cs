using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Regression;

namespace MlDerivations.Tests.Regression;

/// <summary>
/// Rank is decided on the column-equilibrated design: a full-rank X whose columns have scales 1, 1e4 and 1e8
/// is solved by every path (against 60-digit mpmath solutions in Fixtures/scaled_columns.json, written by
/// Fixtures/scaled_columns.py), and a truly dependent column of the same scales is still rejected by name.
/// </summary>
public sealed class ScaledColumnsTests
{
    private const double Epsilon = 2.220446049250313e-16;

    private static Matrix<double> X => RegressionFixtures.Matrix(RegressionFixtures.ScaledColumns.GetProperty("X"));
    private static Vector<double> Y => RegressionFixtures.Vector(RegressionFixtures.ScaledColumns.GetProperty("y"));

    [Theory]
    [InlineData(LeastSquaresSolver.Qr, true)]
    [InlineData(LeastSquaresSolver.Qr, false)]
    [InlineData(LeastSquaresSolver.NormalEquations, true)]
    [InlineData(LeastSquaresSolver.NormalEquations, false)]
    public void LinearRegression_SolvesColumnsOfScale1To1e8(LeastSquaresSolver solver, bool fitIntercept)
    {
        var reference = Reference("least_squares", fitIntercept, lambda: 0);
        var model = LinearRegression.Fit(X, Y, new LinearRegressionOptions { Solver = solver, FitIntercept = fitIntercept });

        // Householder QR is backward stable column by column, so its forward error in the equilibrated
        // coordinates is about ε·κ times the rounding accumulated over n rows (√n in practice); the normal
        // equations square κ. κ of the equilibrated design is 1.8 (centred) or 4.5 (raw) here, so the
        // tolerance is 1e-14 to 1e-13; the errors measured were 3e-16 to 2e-15, and the old rank rule threw.
        double kappa = EquilibratedConditionNumber(X, fitIntercept);
        double tolerance = Tolerance(solver == LeastSquaresSolver.Qr ? kappa : kappa * kappa);
        AssertMatches(reference, model.Coefficients, model.Intercept, fitIntercept, tolerance);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-3)]
    [InlineData(10.0)]
    public void Ridge_SolvesColumnsOfScale1To1e8(double lambda)
    {
        var reference = lambda == 0 ? Reference("least_squares", true, 0) : Reference("ridge", true, lambda);
        var model = Ridge.Fit(X, Y, new RidgeOptions { Lambda = lambda });

        // Cholesky of XcᵀXc + λI: the normal equations' bound with κ² (λ > 0 only lowers κ).
        double kappa = EquilibratedConditionNumber(X, fitIntercept: true);
        AssertMatches(reference, model.Coefficients, model.Intercept, fitIntercept: true, Tolerance(kappa * kappa));
    }

    [Fact]
    public void HatMatrix_OfColumnsOfScale1To1e8_ProjectsOntoTheirSpan()
    {
        var h = LinearRegression.HatMatrix(X);
        Assert.Equal(4, h.Trace(), 10); // rank of [1 | X]: intercept and three independent columns
        var residual = h * X - X; // every column of X lies in the span: HX = X, column by column to rounding
        for (int j = 0; j < X.ColumnCount; j++)
            Assert.True(residual.Column(j).L2Norm() <= 1e-12 * X.Column(j).L2Norm(), $"column {j}: ‖Hx − x‖ = {residual.Column(j).L2Norm():E2}");
    }

    /// <summary>Column 2 = 1e8·column 0 + column 1, in integers small enough to be exact doubles.</summary>
    private static Matrix<double> DependentDesign()
    {
        var x = Matrix<double>.Build.Dense(12, 3);
        for (int i = 0; i < 12; i++)
        {
            x[i, 0] = (7 * i + 3) % 11 - 5;               // scale 1
            x[i, 1] = 1e4 * ((5 * i + 2) % 13 - 6) + 3e4;  // scale 1e4, shifted
            x[i, 2] = 1e8 * x[i, 0] + x[i, 1];             // scale 1e8, dependent
        }
        return x;
    }

    public static TheoryData<string, Func<Matrix<double>, Vector<double>, object>> Paths() => new()
    {
        { "QR with intercept", (x, y) => LinearRegression.Fit(x, y) },
        { "QR without intercept", (x, y) => LinearRegression.Fit(x, y, new LinearRegressionOptions { FitIntercept = false }) },
        { "normal equations with intercept", (x, y) => LinearRegression.Fit(x, y, new LinearRegressionOptions { Solver = LeastSquaresSolver.NormalEquations }) },
        { "normal equations without intercept", (x, y) => LinearRegression.Fit(x, y, new LinearRegressionOptions { Solver = LeastSquaresSolver.NormalEquations, FitIntercept = false }) },
        { "ridge, λ = 0, with intercept", (x, y) => Ridge.Fit(x, y, new RidgeOptions { Lambda = 0 }) },
        { "ridge, λ = 0, without intercept", (x, y) => Ridge.Fit(x, y, new RidgeOptions { Lambda = 0, FitIntercept = false }) },
        { "hat matrix", (x, y) => LinearRegression.HatMatrix(x) },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void EveryPath_RejectsADependentColumnOfScale1e8_NamingIt(string path, Func<Matrix<double>, Vector<double>, object> fit)
    {
        var x = DependentDesign();
        var y = Vector<double>.Build.Dense(12, i => i % 3 + 0.5 * i);
        var error = Assert.Throws<RankDeficientException>(() => fit(x, y));
        Assert.True(error.Column == 2, $"{path}: column {error.Column}");
        Assert.Contains("column 2", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>4·√n·ε·c for a solve whose error grows as c (κ or κ²): four times the typical rounding.</summary>
    private static double Tolerance(double conditioning) => 4 * Math.Sqrt(X.RowCount) * Epsilon * conditioning;

    private static JsonElement Reference(string section, bool fitIntercept, double lambda) =>
        RegressionFixtures.ScaledColumns.GetProperty(section).EnumerateArray().Single(r =>
            r.GetProperty("fit_intercept").GetBoolean() == fitIntercept && r.GetProperty("lambda").GetDouble() == lambda);

    /// <summary>
    /// Compares in the equilibrated coordinates w̃_j = ‖x_j‖·w_j, where every column counts alike:
    /// ‖S(ŵ − w)‖ ≤ tol·‖Sw‖; the intercept against |b| + Σ_j |x̄_j w_j|, the size of the terms it is made of.
    /// </summary>
    private static void AssertMatches(JsonElement reference, Vector<double> w, double b, bool fitIntercept, double tolerance)
    {
        var expected = RegressionFixtures.Vector(reference.GetProperty("coef"));
        double expectedB = reference.GetProperty("intercept").GetDouble();
        var norms = Vector<double>.Build.Dense(X.ColumnCount, j => X.Column(j).L2Norm());
        double error = (w - expected).PointwiseMultiply(norms).L2Norm(), size = expected.PointwiseMultiply(norms).L2Norm();
        Assert.True(error <= tolerance * size, $"‖S(ŵ − w)‖/‖Sw‖ = {error / size:E2} > {tolerance:E2}; ŵ = {w}");

        var means = Vector<double>.Build.Dense(X.ColumnCount, j => X.Column(j).Average());
        double scale = Math.Abs(expectedB) + means.PointwiseMultiply(expected).PointwiseAbs().Sum();
        Assert.True(Math.Abs(b - expectedB) <= tolerance * scale, $"b = {b:R}, expected {expectedB:R}");
    }

    /// <summary>κ₂ of the design the solver sees (X, centred when fitting an intercept) with unit-norm columns.</summary>
    private static double EquilibratedConditionNumber(Matrix<double> x, bool fitIntercept)
    {
        var seen = fitIntercept ? x - Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (i, j) => x.Column(j).Average()) : x;
        var unit = seen.NormalizeColumns(2.0);
        return LinearRegression.ConditionNumber(unit, fitIntercept: false);
    }
}
