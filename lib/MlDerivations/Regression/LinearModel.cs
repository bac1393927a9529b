using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics;
using MlDerivations.Validation;

namespace MlDerivations.Regression;

/// <summary>
/// A fitted linear model ŷ = Xw + b (5.1): what every regression estimator here returns.
/// Immutable: the vectors it hands out are copies.
/// </summary>
public abstract partial class LinearModel
{
    private readonly Vector<double> _coefficients;

    private protected LinearModel(Vector<double> coefficients, double intercept)
    {
        _coefficients = coefficients;
        Intercept = intercept;
    }

    /// <summary>The weights w, one per column of X (length d).</summary>
    public Vector<double> Coefficients => _coefficients.Clone();

    /// <summary>The intercept b (0 when the model was fitted without one).</summary>
    public double Intercept { get; }

    /// <summary>The number of features d the model was fitted on.</summary>
    public int FeatureCount => _coefficients.Count;

    /// <summary>Predictions ŷ = Xw + b for the rows of <paramref name="x"/> (n × d).</summary>
    public Vector<double> Predict(Matrix<double> x)
    {
        Guard.NewData(x, GetType().Name, nameof(x), FeatureCount);
        return Dense.Multiply(x, _coefficients).Add(Intercept);
    }

    /// <summary>The weights without a copy, for the library's own use.</summary>
    internal Vector<double> W => _coefficients;
}
