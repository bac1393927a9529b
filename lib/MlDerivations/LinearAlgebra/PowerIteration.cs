using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Numerics;
using MlDerivations.Probability;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// Power iteration (2.3): v_{k+1} = A v_k / ‖A v_k‖ with the Rayleigh quotient λ_k = v_kᵀ A v_k as the
/// eigenvalue estimate. Writing v₀ = Σ c_i x_i in eigenvectors, A^k v₀ = λ₁^k (c₁x₁ + Σ_{i&gt;1} c_i (λ_i/λ₁)^k x_i),
/// so when |λ₁| &gt; |λ₂| the direction converges to x₁ with error of order |λ₂/λ₁|^k (and, for a symmetric
/// A, the Rayleigh quotient with error of order |λ₂/λ₁|^{2k}).
/// </summary>
public static class PowerIteration
{
    /// <summary>
    /// The eigenvalue of largest modulus of a square A and its unit eigenvector (2.3). Stops when
    /// ‖A v_k − λ_k v_k‖ ≤ Tolerance·|λ_k| or after MaxIterations products (then the result's
    /// <see cref="PowerIterationResult.Convergence"/> says it did not converge).
    /// </summary>
    /// <param name="a">A, n×n, finite; the dominant eigenvalue should be real and strictly largest in modulus.</param>
    /// <param name="options">Stopping rule, start vector and seed; null for the defaults.</param>
    public static PowerIterationResult Dominant(Matrix<double> a, PowerIterationOptions? options = null)
    {
        options ??= new PowerIterationOptions();
        Guard.FiniteMatrix(a, nameof(PowerIteration), nameof(a));
        if (a.RowCount != a.ColumnCount || a.RowCount == 0)
            throw new ArgumentException($"PowerIteration.A must be square and non-empty; got {a.RowCount}×{a.ColumnCount}.", nameof(a));
        options.ValidateFor(a.RowCount);

        var v = StartVector(a.RowCount, options);
        var estimates = new List<double>();
        var residuals = new List<double>();
        var vectors = new List<Vector<double>>();
        var trace = options.KeepTrace ? new List<double>() : null;
        double lambda = 0, relative = double.NaN;
        for (int k = 1; k <= options.MaxIterations; k++)
        {
            var av = Dense.Multiply(a, v);
            lambda = v.DotProduct(av);                               // Rayleigh quotient, ‖v‖ = 1
            double residual = (av - lambda * v).L2Norm();
            relative = residual == 0 ? 0 : residual / Math.Abs(lambda);
            if (trace is not null)
            {
                vectors.Add(v);
                estimates.Add(lambda);
                residuals.Add(residual);
                trace.Add(relative);
            }
            if (relative <= options.Tolerance)
                return new PowerIterationResult(lambda, v, Convergence.Met(Method, Measure, relative, options.Tolerance, k, "products", trace),
                    estimates, residuals, vectors);
            v = av / av.L2Norm();                                    // A v ≠ 0 here: A v = 0 gives λ = 0 and residual 0, which stops above
        }
        return new PowerIterationResult(lambda, v, Convergence.Exhausted(Method, Measure, relative, options.Tolerance, options.MaxIterations, "products",
            "raise MaxIterations, or check that |λ₂| < |λ₁| (a pair ±λ or complex λ₁ never settles)", trace), estimates, residuals, vectors);
    }

    private const string Method = "power iteration";

    private const string Measure = "relative residual ‖Av − λv‖/|λ|";

    private static Vector<double> StartVector(int n, PowerIterationOptions options)
    {
        if (options.Start is { } start) return start / start.L2Norm();
        var rng = Rng.Create(options.Seed);
        var v = Vector<double>.Build.Dense(n, _ => Gaussian.Standard.Sample(rng));
        return v / v.L2Norm();
    }
}
