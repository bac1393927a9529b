using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Regression;

/// <summary>An ordinary-least-squares fit (5.2): weights, intercept, residuals and the MLE of σ² (5.7).</summary>
public sealed class LinearRegressionModel : LinearModel
{
    private readonly Vector<double> _residuals;

    internal LinearRegressionModel(Vector<double> coefficients, double intercept, Vector<double> residuals, LeastSquaresSolver solver)
        : base(coefficients, intercept)
    {
        _residuals = residuals;
        Solver = solver;
        ResidualSumOfSquares = residuals.DotProduct(residuals);
    }

    /// <summary>The residuals r = y − Xŵ − b on the training data (length n); r ⟂ col(X) (5.4).</summary>
    public Vector<double> Residuals => _residuals.Clone();

    /// <summary>‖r‖² = ‖y − Xŵ − b‖², the minimised objective (5.2).</summary>
    public double ResidualSumOfSquares { get; }

    /// <summary>σ̂² = (1/n)‖y − Xŵ − b‖² (5.7), the maximum-likelihood noise variance under (5.6); biased: the unbiased estimate divides by n − d − 1 with an intercept, by n − d without one.</summary>
    public double NoiseVarianceMle => ResidualSumOfSquares / _residuals.Count;

    /// <summary>The solver that produced the fit.</summary>
    public LeastSquaresSolver Solver { get; }

    private protected override IEnumerable<(string Name, string Value)> Facts() =>
        [("solver", Solver.ToString()), ("σ̂²", Formatting.Html.Number(NoiseVarianceMle, 6))];
}
