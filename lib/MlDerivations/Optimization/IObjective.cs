using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Optimization;

/// <summary>
/// A smooth function to minimise, f: ℝⁿ → ℝ, with its gradient ∇f and optionally its Hessian ∇²f.
/// Build one from lambdas with <see cref="Objective.From"/>; logistic regression, SVM, CRF and
/// neural-network losses implement it directly.
/// </summary>
public interface IObjective
{
    /// <summary>f(x).</summary>
    double Value(Vector<double> x);

    /// <summary>∇f(x), a new vector of the length of x.</summary>
    Vector<double> Gradient(Vector<double> x);

    /// <summary>Whether <see cref="Hessian"/> is available (Newton's method needs it).</summary>
    bool HasHessian { get; }

    /// <summary>∇²f(x), n×n and symmetric; throws <see cref="NotSupportedException"/> when <see cref="HasHessian"/> is false.</summary>
    Matrix<double> Hessian(Vector<double> x);
}
