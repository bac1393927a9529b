using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>Builds <see cref="IObjective"/>s: from lambdas, and the two test problems of chapter 4.</summary>
public static class Objective
{
    /// <summary>An objective from its value, gradient and (optionally) Hessian functions.</summary>
    /// <param name="value">x ↦ f(x).</param>
    /// <param name="gradient">x ↦ ∇f(x).</param>
    /// <param name="hessian">x ↦ ∇²f(x), or null when not available.</param>
    public static IObjective From(
        Func<Vector<double>, double> value,
        Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>>? hessian = null)
    {
        Guard.NotNull(value, nameof(Objective), nameof(value));
        Guard.NotNull(gradient, nameof(Objective), nameof(gradient));
        return new LambdaObjective(value, gradient, hessian, Dimension: null);
    }

    /// <summary>
    /// The quadratic f(x) = ½xᵀQx + cᵀx with ∇f = Qx + c and ∇²f = Q; for symmetric positive definite Q
    /// its minimiser is x* = −Q⁻¹c and its condition number κ = λ_max(Q)/λ_min(Q) (4.1).
    /// </summary>
    /// <param name="q">Q, n×n symmetric (|Q − Qᵀ| ≤ 1e-12·max|Q|).</param>
    /// <param name="c">c ∈ ℝⁿ.</param>
    public static IObjective Quadratic(Matrix<double> q, Vector<double> c)
    {
        Guard.FiniteMatrix(q, nameof(Objective), nameof(q));
        Guard.FiniteVector(c, nameof(Objective), nameof(c));
        Guard.SymmetricSquare(q, nameof(Objective), nameof(q));
        Guard.Length(c, nameof(Objective), nameof(c), q.RowCount, $"Q of shape {q.RowCount}×{q.ColumnCount}");
        var qCopy = q.Clone();
        var cCopy = c.Clone();
        return new LambdaObjective(
            x => 0.5 * x.DotProduct(qCopy * x) + cCopy.DotProduct(x),
            x => qCopy * x + cCopy,
            _ => qCopy.Clone(),
            Dimension: q.RowCount);
    }

    /// <summary>
    /// Rosenbrock's banana f(x, y) = (a − x)² + b(y − x²)², minimum 0 at (a, a²); the standard
    /// start is (−1.2, 1). ∇f = (−2(a − x) − 4bx(y − x²), 2b(y − x²)),
    /// ∇²f = [[2 − 4b(y − x²) + 8bx², −4bx], [−4bx, 2b]].
    /// </summary>
    /// <param name="a">a, finite (default 1).</param>
    /// <param name="b">b &gt; 0 (default 100).</param>
    public static IObjective Rosenbrock(double a = 1, double b = 100)
    {
        Guard.Satisfies(a, nameof(Objective), nameof(a), double.IsFinite(a), "finite");
        Guard.Positive(b, nameof(Objective), nameof(b));
        return new LambdaObjective(
            v => RosenbrockValue(v, a, b),
            v => RosenbrockGradient(v, a, b),
            v => RosenbrockHessian(v, b),
            Dimension: 2);
    }

    private static double RosenbrockValue(Vector<double> v, double a, double b)
    {
        double x = v[0], y = v[1], r = y - x * x;
        return (a - x) * (a - x) + b * r * r;
    }

    private static Vector<double> RosenbrockGradient(Vector<double> v, double a, double b)
    {
        double x = v[0], y = v[1], r = y - x * x;
        return Vector<double>.Build.DenseOfArray([-2 * (a - x) - 4 * b * x * r, 2 * b * r]);
    }

    private static Matrix<double> RosenbrockHessian(Vector<double> v, double b)
    {
        double x = v[0], y = v[1];
        return Matrix<double>.Build.DenseOfArray(new[,]
        {
            { 2 - 4 * b * (y - x * x) + 8 * b * x * x, -4 * b * x },
            { -4 * b * x, 2 * b },
        });
    }

    // Dimension: the length every x must have, when the objective knows it (null for user lambdas).
    private sealed class LambdaObjective(
        Func<Vector<double>, double> value,
        Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>>? hessian,
        int? Dimension) : IObjective
    {
        public double Value(Vector<double> x) => value(Checked(x));

        public Vector<double> Gradient(Vector<double> x) => gradient(Checked(x));

        public bool HasHessian => hessian is not null;

        public Matrix<double> Hessian(Vector<double> x) =>
            hessian is null
                ? throw new NotSupportedException("This objective has no Hessian: pass one to Objective.From(value, gradient, hessian), or use L-BFGS.")
                : hessian(Checked(x));

        private Vector<double> Checked(Vector<double> x)
        {
            Guard.NotNull(x, nameof(Objective), nameof(x));
            return Dimension is int n ? Guard.Length(x, nameof(Objective), nameof(x), n, "the objective's dimension") : x;
        }
    }
}
