using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Numerics;
using MlDerivations.Optimization;

namespace MlDerivations.Regression;

/// <summary>
/// Cyclic coordinate descent for the elastic net in its Gram (covariance) form, the engine behind
/// <see cref="Lasso"/> and <see cref="ElasticNet"/>. With G = XcᵀXc and q = Xcᵀyc formed once, it
/// minimises n times the scikit-learn objective,
///   P(w) = ½‖yc − Xcw‖² + l1‖w‖₁ + ½ l2‖w‖²,  l1 = nλρ, l2 = nλ(1 − ρ)  (5.16; ρ = 1 is the lasso, 5.11),
/// at O(d) per coordinate: ‖yc − Xcw‖² = ‖yc‖² − 2qᵀw + wᵀGw, and h = Gw is kept up to date.
/// </summary>
internal static class CoordinateDescent
{
    /// <summary>The centred problem: G (d × d, row-major), q, ‖yc‖², n and the means for the intercept.</summary>
    internal sealed class GramProblem
    {
        public required double[] G { get; init; }
        public required double[] Q { get; init; }
        public required double YY { get; init; }
        public required int N { get; init; }
        public required int D { get; init; }
        public required double[] XMeans { get; init; }
        public required double YMean { get; init; }

        /// <summary>λ_max = max_j |q_j| / (nρ): the smallest λ at which ŵ = 0 (from the KKT conditions (5.14)).</summary>
        public double LambdaMax(double l1Ratio)
        {
            double m = 0;
            foreach (double v in Q) m = Math.Max(m, Math.Abs(v));
            return m / (N * l1Ratio);
        }
    }

    public static GramProblem Prepare(Matrix<double> x, Vector<double> y, bool fitIntercept)
    {
        var (xc, yc, xMeans, yMean) = Centering.Prepare(x, y, fitIntercept);
        var g = Dense.Gram(xc);
        return new GramProblem
        {
            G = g.ToRowMajorArray(),
            Q = Dense.TransposeMultiply(xc, yc).ToArray(),
            YY = yc.DotProduct(yc),
            N = x.RowCount,
            D = x.ColumnCount,
            XMeans = xMeans,
            YMean = yMean,
        };
    }

    /// <summary>
    /// Runs sweeps from the warm start w (updated in place, h = Gw with it) until the relative duality gap
    /// gap/‖yc‖² (5.15) is at most Tolerance, i.e. gap/n ≤ Tolerance·‖yc‖²/n for the scaled objective.
    /// As in scikit-learn, the gap is tested after a sweep whose largest change max|Δw_j| is at most
    /// Tolerance·max|w_j| (or when w = 0), and after the last allowed sweep; with KeepTrace it is also
    /// computed after each remaining sweep, for the trace (O(d) against the sweep's O(d²)).
    /// Returns how the solve ended and the final gap of n·objective.
    /// </summary>
    public static (Convergence Convergence, double Gap) Solve(GramProblem p, double l1, double l2, double[] w, double[] h, string method, IterativeOptions options)
    {
        double Relative(double gap) => p.YY > 0 ? gap / p.YY : gap;
        var trace = options.KeepTrace ? new List<double>() : null;
        double gap = double.PositiveInfinity;
        for (int sweep = 1; sweep <= options.MaxIterations; sweep++)
        {
            var (largestW, largestStep) = Sweep(p, l1, l2, w, h);
            bool test = largestW == 0 || largestStep <= options.Tolerance * largestW || sweep == options.MaxIterations;
            if (test || trace is not null) gap = DualityGap(p, l1, l2, w, h);
            trace?.Add(Relative(gap));
            if (test && Relative(gap) <= options.Tolerance)
                return (Convergence.Met(method, GapMeasure, Relative(gap), options.Tolerance, sweep, "sweeps", trace), gap);
        }
        return (Convergence.Exhausted(method, GapMeasure, Relative(gap), options.Tolerance, options.MaxIterations, "sweeps",
            "raise MaxIterations or loosen Tolerance (strongly correlated columns need many sweeps)", trace), gap);
    }

    private const string GapMeasure = "relative duality gap gap/‖yc‖²";

    /// <summary>
    /// One cyclic pass of the coordinate update (5.13): w_j ← S(q_j − (Gw)_j + G_jj w_j, l1) / (G_jj + l2),
    /// S the soft-thresholding operator (5.12). Returns max|w_j| and max|Δw_j|.
    /// </summary>
    private static (double LargestW, double LargestStep) Sweep(GramProblem p, double l1, double l2, double[] w, double[] h)
    {
        int d = p.D;
        double largestW = 0, largestStep = 0;
        for (int j = 0; j < d; j++)
        {
            double gjj = p.G[j * d + j];
            if (gjj == 0) continue; // a constant column: its weight stays 0
            double old = w[j];
            double rho = p.Q[j] - h[j] + gjj * old; // x_jᵀ(partial residual without feature j)
            double updated = SoftThreshold(rho, l1) / (gjj + l2);
            double step = updated - old;
            if (step != 0)
            {
                w[j] = updated;
                TensorPrimitives.MultiplyAdd(new ReadOnlySpan<double>(p.G, j * d, d), step, h, h);
            }
            largestStep = Math.Max(largestStep, Math.Abs(step));
            largestW = Math.Max(largestW, Math.Abs(updated));
        }
        return (largestW, largestStep);
    }

    /// <summary>S(z, t) = sign(z)·max(|z| − t, 0) (5.12).</summary>
    public static double SoftThreshold(double z, double t) => Proximal.SoftThreshold(z, t);

    /// <summary>
    /// The duality gap (5.15) of P(w) = ½‖r‖² + l1‖w‖₁ + ½l2‖w‖², r = yc − Xcw. The dual point is
    /// r scaled by c = min(1, l1/‖Xcᵀr − l2w‖∞), which makes it feasible; then
    /// gap = ½‖r‖²(1 + c²) + l1‖w‖₁ − c·ycᵀr + ½l2(1 + c²)‖w‖² ≥ P(w) − P(w*) ≥ 0 (round-off below 0 is returned as 0).
    /// </summary>
    public static double DualityGap(GramProblem p, double l1, double l2, double[] w, double[] h)
    {
        double qw = TensorPrimitives.Dot(p.Q, w);
        double residual2 = Math.Max(p.YY - 2 * qw + TensorPrimitives.Dot(w, h), 0.0);
        double dualNorm = 0;
        for (int j = 0; j < p.D; j++) dualNorm = Math.Max(dualNorm, Math.Abs(p.Q[j] - h[j] - l2 * w[j]));
        double c = dualNorm > l1 ? l1 / dualNorm : 1.0;
        double l1Norm = TensorPrimitives.SumOfMagnitudes(w);
        double w2 = TensorPrimitives.SumOfSquares(w);
        double gap = 0.5 * residual2 * (1 + c * c) + l1 * l1Norm - c * (p.YY - qw) + 0.5 * l2 * (1 + c * c) * w2;
        return Math.Max(gap, 0.0); // ≥ 0 exactly; cancellation can leave −1e-16·‖yc‖² at an exact optimum (e.g. w = 0 at λ_max)
    }

    /// <summary>
    /// The largest violation of the KKT conditions (5.14) of the elastic net, from the residual
    /// r = y − Xw − b itself (not from G): with c_j = x_jᵀr/n − λ(1 − ρ)w_j, it must hold that
    /// c_j = λρ·sign(w_j) where w_j ≠ 0 and |c_j| ≤ λρ where w_j = 0.
    /// </summary>
    public static double KktViolation(Matrix<double> x, Vector<double> y, LinearModel model, double lambda, double l1Ratio)
    {
        var w = model.W;
        var r = y - Dense.Multiply(x, w).Add(model.Intercept);
        var xtr = Dense.TransposeMultiply(x, r);
        double worst = 0, bound = lambda * l1Ratio;
        for (int j = 0; j < w.Count; j++)
        {
            double c = xtr[j] / x.RowCount - lambda * (1 - l1Ratio) * w[j];
            double violation = w[j] != 0 ? Math.Abs(c - bound * Math.Sign(w[j])) : Math.Max(0, Math.Abs(c) - bound);
            worst = Math.Max(worst, violation);
        }
        return worst;
    }
}
