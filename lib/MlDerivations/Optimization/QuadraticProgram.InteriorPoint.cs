using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using MlDerivations.Formatting;
using MlDerivations.Iterative;

namespace MlDerivations.Optimization;

/// <summary>The primal–dual interior-point iteration (4.17) behind <see cref="QuadraticProgram.Solve"/>.</summary>
public static partial class QuadraticProgram
{
    /// <summary>Fraction of the way to the boundary s = 0 or λ = 0 that a step may go.</summary>
    private const double BoundaryFraction = 0.99;

    private const string Method = "QP interior point";

    private const string Measure = "max(μ, relative KKT residual)";

    private static QuadraticProgramResult InteriorPoint(Problem qp, QuadraticProgramOptions options)
    {
        // 1) Start inside the cone: x = 0, ν = 0, s = max(b − A·0, 1) > 0, λ = 1 > 0.
        var x = Vector<double>.Build.Dense(qp.N);
        var nu = Vector<double>.Build.Dense(qp.P);
        var s = qp.B.Map(v => Math.Max(v, 1.0));
        var lambda = Vector<double>.Build.Dense(qp.M, 1.0);
        var history = new List<QuadraticProgramIterate>();
        var trace = options.KeepTrace ? new List<double>() : null;
        for (int k = 0; ; k++)
        {
            var r = Residuals.At(qp, x, s, lambda, nu);
            double mu = s.DotProduct(lambda) / qp.M;
            double measure = Math.Max(mu, r.Relative(qp));
            if (trace is not null)
            {
                history.Add(new QuadraticProgramIterate(k, x, mu, r.PrimalNorm, r.DualNorm));
                trace.Add(measure);
            }
            if (measure <= options.Tolerance)
                return Finish(qp, x, lambda, nu, history, Convergence.Met(Method, Measure, measure, options.Tolerance, k, "iterations", trace));
            if (k == options.MaxIterations)
                return Finish(qp, x, lambda, nu, history, Convergence.Exhausted(Method, Measure, measure, options.Tolerance, k, "iterations",
                    $"μ = {Html.Number(mu, 3)}, ‖r_p‖∞ = {Html.Number(r.PrimalNorm, 3)}, ‖r_d‖∞ = {Html.Number(r.DualNorm, 3)}; " +
                    "a primal residual that stays large means the constraints are infeasible; otherwise raise MaxIterations or loosen Tolerance", trace));
            var step = PredictorCorrector(NewtonSystem.Factor(qp, s, lambda), r, s, lambda, mu);
            if (!step.IsFinite())
                return Finish(qp, x, lambda, nu, history, new Convergence(k, StopReason.SingularSystem,
                    $"{Method}: the Newton system became singular or overflowed at iteration {k + 1} (‖r_p‖∞ = {Html.Number(r.PrimalNorm, 3)}, max λ = {Html.Number(lambda.Maximum(), 3)}): " +
                    "a primal residual that stays large while λ grows means the constraints are infeasible; otherwise E has dependent rows: remove redundant equality constraints.", trace));
            // 4) Step 99 % of the way to the boundary, at most the full Newton step.
            double alpha = Math.Min(1, BoundaryFraction * MaxStep(s, lambda, step));
            x = x + alpha * step.Dx;
            s = s + alpha * step.Ds;
            lambda = lambda + alpha * step.Dlambda;
            nu = nu + alpha * step.Dnu;
        }
    }

    /// <summary>Mehrotra's direction: an affine predictor, then a centred, second-order corrected step.</summary>
    private static Direction PredictorCorrector(NewtonSystem system, Residuals r, Vector<double> s, Vector<double> lambda, double mu)
    {
        // 2) Predictor (affine scaling, σ = 0): aim straight at s∘λ = 0.
        var affine = system.Solve(r, s.PointwiseMultiply(lambda));
        double alphaAffine = Math.Min(1, MaxStep(s, lambda, affine));
        double muAffine = (s + alphaAffine * affine.Ds).DotProduct(lambda + alphaAffine * affine.Dlambda) / s.Count;
        // 3) Corrector: centre with σ = (μ_aff/μ)³ and add the second-order term Δs_aff∘Δλ_aff.
        double sigma = Math.Pow(muAffine / mu, 3);
        var rc = s.PointwiseMultiply(lambda) + affine.Ds.PointwiseMultiply(affine.Dlambda) - sigma * mu;
        return system.Solve(r, rc);
    }

    /// <summary>The largest α with s + αΔs ≥ 0 and λ + αΔλ ≥ 0 (+∞ when no entry decreases).</summary>
    private static double MaxStep(Vector<double> s, Vector<double> lambda, Direction step)
    {
        double alpha = double.PositiveInfinity;
        for (int i = 0; i < s.Count; i++)
        {
            if (step.Ds[i] < 0) alpha = Math.Min(alpha, -s[i] / step.Ds[i]);
            if (step.Dlambda[i] < 0) alpha = Math.Min(alpha, -lambda[i] / step.Dlambda[i]);
        }
        return alpha;
    }

    private static QuadraticProgramResult Finish(
        Problem qp, Vector<double> x, Vector<double> lambda, Vector<double> nu,
        List<QuadraticProgramIterate> history, Convergence convergence)
    {
        var slack = qp.B - qp.A * x;
        var stationarity = qp.Q * x + qp.C + qp.A.TransposeThisAndMultiply(lambda) + qp.E.TransposeThisAndMultiply(nu);
        double equality = qp.P == 0 ? 0 : (qp.E * x - qp.D).InfinityNorm();
        var residuals = new KktResiduals(
            stationarity.InfinityNorm(),
            Math.Max(Math.Max(0, -slack.Minimum()), equality),
            Math.Max(0, -lambda.Minimum()),
            lambda.PointwiseMultiply(slack).InfinityNorm());
        double value = 0.5 * x.DotProduct(qp.Q * x) + qp.C.DotProduct(x);
        double dualValue = DualFunction(qp, lambda, nu);
        var active = Enumerable.Range(0, qp.M).Where(i => lambda[i] > slack[i]).ToList();
        return new QuadraticProgramResult(x, lambda, nu, value, dualValue, residuals, active, history, convergence);
    }

    /// <summary>
    /// (4.15) g(λ, ν) = min_x L(x, λ, ν): the minimiser is x = −Q⁻¹w with w = c + Aᵀλ + Eᵀν, so
    /// g = −½wᵀQ⁻¹w − bᵀλ − dᵀν.
    /// </summary>
    internal static double DualFunction(Problem qp, Vector<double> lambda, Vector<double> nu)
    {
        var w = qp.C + qp.A.TransposeThisAndMultiply(lambda) + qp.E.TransposeThisAndMultiply(nu);
        return -0.5 * w.DotProduct(qp.QFactor.Solve(w)) - qp.B.DotProduct(lambda) - qp.D.DotProduct(nu);
    }

    /// <summary>r_d = Qx + c + Aᵀλ + Eᵀν, r_p = Ax + s − b, r_e = Ex − d.</summary>
    private sealed record Residuals(Vector<double> Rd, Vector<double> Rp, Vector<double> Re)
    {
        public double DualNorm => Rd.InfinityNorm();

        public double PrimalNorm => Math.Max(Rp.InfinityNorm(), Re.Count == 0 ? 0 : Re.InfinityNorm());

        /// <summary>max(‖r_p‖∞, ‖r_e‖∞)/(1 + max(‖b‖∞, ‖d‖∞)) and ‖r_d‖∞/(1 + ‖c‖∞), the larger: each residual relative to its data.</summary>
        public double Relative(Problem qp) =>
            Math.Max(PrimalNorm / (1 + Math.Max(qp.B.InfinityNorm(), qp.D.Count == 0 ? 0 : qp.D.InfinityNorm())),
                DualNorm / (1 + qp.C.InfinityNorm()));

        public static Residuals At(Problem qp, Vector<double> x, Vector<double> s, Vector<double> lambda, Vector<double> nu) =>
            new(qp.Q * x + qp.C + qp.A.TransposeThisAndMultiply(lambda) + qp.E.TransposeThisAndMultiply(nu),
                qp.A * x + s - qp.B,
                qp.E * x - qp.D);
    }

    /// <summary>A search direction (Δx, Δs, Δλ, Δν).</summary>
    private sealed record Direction(Vector<double> Dx, Vector<double> Ds, Vector<double> Dlambda, Vector<double> Dnu)
    {
        public bool IsFinite() => Dx.Concat(Dlambda).Concat(Dnu).All(double.IsFinite);
    }

    /// <summary>
    /// The reduced Newton system [Q + AᵀWA, Eᵀ; E, 0], W = diag(λ/s), factored once per iteration and
    /// solved twice (predictor and corrector) with different complementarity right-hand sides r_c.
    /// </summary>
    private sealed class NewtonSystem(Problem qp, Vector<double> s, Vector<double> w, LU<double> lu)
    {
        public static NewtonSystem Factor(Problem qp, Vector<double> s, Vector<double> lambda)
        {
            var w = lambda.PointwiseDivide(s);
            var kkt = Matrix<double>.Build.Dense(qp.N + qp.P, qp.N + qp.P);
            kkt.SetSubMatrix(0, 0, qp.Q + qp.A.TransposeThisAndMultiply(qp.A.MapIndexed((i, _, v) => w[i] * v)));
            if (qp.P > 0)
            {
                kkt.SetSubMatrix(qp.N, 0, qp.E);
                kkt.SetSubMatrix(0, qp.N, qp.E.Transpose());
            }
            return new NewtonSystem(qp, s, w, kkt.LU());
        }

        public Direction Solve(Residuals r, Vector<double> rc)
        {
            var scaled = rc.PointwiseDivide(s);                       // S⁻¹r_c
            var top = -r.Rd - qp.A.TransposeThisAndMultiply(w.PointwiseMultiply(r.Rp) - scaled);
            var solution = lu.Solve(Vector<double>.Build.DenseOfEnumerable(top.Concat(-r.Re)));
            var dx = solution.SubVector(0, qp.N);
            var moved = qp.A * dx + r.Rp;                              // AΔx + r_p
            return new Direction(dx, -moved, w.PointwiseMultiply(moved) - scaled,
                qp.P > 0 ? solution.SubVector(qp.N, qp.P) : Vector<double>.Build.Dense(0));
        }
    }
}
