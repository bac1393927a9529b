using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;
using MlDerivations.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>
/// Options of <see cref="QuadraticProgram.Solve"/>. The convergence measure compared with Tolerance ε is
/// max(μ, ‖r_p‖∞/(1 + max(‖b‖∞, ‖d‖∞)), ‖r_d‖∞/(1 + ‖c‖∞)): the average complementarity μ = sᵀλ/m and
/// the residuals of (4.16), each relative to the size of its data. Defaults: 100 iterations (Mehrotra's
/// method needs 10–30 on small problems), ε = 1e-10.
/// </summary>
public sealed record QuadraticProgramOptions : IterativeOptions
{
    /// <summary>The defaults: 100 iterations, ε = 1e-10.</summary>
    public QuadraticProgramOptions() : base(maxIterations: 100, tolerance: 1e-10) { }
}

/// <summary>
/// Convex quadratic programs (4.13): minimise ½xᵀQx + cᵀx subject to Ax ≤ b and, optionally, Ex = d,
/// with Q symmetric positive definite, solved by a primal–dual interior-point method (Mehrotra
/// predictor–corrector) that returns the primal x, the multipliers λ ≥ 0 and ν of the Lagrangian
/// (4.14), the KKT residuals (4.16) and the duality gap against the dual function (4.15).
/// </summary>
/// <remarks>
/// With slacks s = b − Ax ≥ 0 the method follows the central path s_iλ_i = σμ towards the KKT point.
/// Each iteration takes a Newton step (4.17) on r_d = Qx + c + Aᵀλ + Eᵀν, r_p = Ax + s − b,
/// r_e = Ex − d, r_c = s∘λ − σμ1:
/// Q Δx + AᵀΔλ + EᵀΔν = −r_d, AΔx + Δs = −r_p, EΔx = −r_e, Λ Δs + S Δλ = −r_c.
/// Eliminating Δs and Δλ (W = Λ S⁻¹) leaves the symmetric system
/// [Q + AᵀWA, Eᵀ; E, 0]·[Δx; Δν] = [−r_d − Aᵀ(W r_p − S⁻¹r_c); −r_e], solved by LU; then
/// Δλ = W(AΔx + r_p) − S⁻¹r_c and Δs = −(AΔx + r_p). The predictor uses σ = 0; the corrector sets
/// σ = (μ_aff/μ)³ and adds Δs_aff∘Δλ_aff to r_c. Steps stop at 0.99 of the way to the boundary.
/// E must have full row rank (no redundant equalities).
/// </remarks>
public static partial class QuadraticProgram
{
    /// <summary>Solves the QP (4.13); see the class remarks for the method.</summary>
    /// <param name="q">Q, n×n, symmetric positive definite.</param>
    /// <param name="c">c ∈ ℝⁿ.</param>
    /// <param name="a">A, m×n (m ≥ 1 inequality constraints).</param>
    /// <param name="b">b ∈ ℝᵐ.</param>
    /// <param name="e">E, p×n with full row rank, or null for no equality constraints.</param>
    /// <param name="d">d ∈ ℝᵖ; given exactly when <paramref name="e"/> is.</param>
    /// <param name="options">Iteration limit and tolerance; null for the defaults.</param>
    public static QuadraticProgramResult Solve(
        Matrix<double> q, Vector<double> c, Matrix<double> a, Vector<double> b,
        Matrix<double>? e = null, Vector<double>? d = null, QuadraticProgramOptions? options = null)
    {
        options ??= new QuadraticProgramOptions();
        var problem = Validate(q, c, a, b, e, d);
        return InteriorPoint(problem, options);
    }

    /// <summary>The validated data, copied so that later changes by the caller cannot reach the solver.</summary>
    /// <remarks>Without equality constraints E is 0×n and d has length 0, so one code path serves both.</remarks>
    internal sealed record Problem(Matrix<double> Q, Vector<double> C, Matrix<double> A, Vector<double> B, Matrix<double> E, Vector<double> D)
    {
        /// <summary>Q = LLᵀ (2.12), made once; making it is the check that Q is positive definite.</summary>
        public CholeskyFactorization QFactor { get; } = Cholesky.FactorFor(Q, nameof(QuadraticProgram), "q",
            "a merely positive semi-definite Q (a zero-curvature direction) becomes positive definite with a small multiple of I added; " +
            "an indefinite Q makes the problem non-convex, which this interior-point method does not solve");

        public int N => Q.RowCount;

        public int M => A.RowCount;

        public int P => E.RowCount;
    }

    private static Problem Validate(
        Matrix<double> q, Vector<double> c, Matrix<double> a, Vector<double> b, Matrix<double>? e, Vector<double>? d)
    {
        const string type = nameof(QuadraticProgram);
        Guard.FiniteMatrix(q, type, nameof(q));
        Guard.SymmetricSquare(q, type, nameof(q));
        int n = q.RowCount;
        Guard.FiniteVector(c, type, nameof(c));
        Guard.Length(c, type, nameof(c), n, $"Q of shape {n}×{n}");
        Guard.FiniteMatrix(a, type, nameof(a));
        Columns(a, n, nameof(a));
        Guard.FiniteVector(b, type, nameof(b));
        Guard.Length(b, type, nameof(b), a.RowCount, $"A of shape {a.RowCount}×{a.ColumnCount}");
        if ((e is null) != (d is null))
            throw new ArgumentException(
                $"QuadraticProgram.D must be given exactly when E is; got E {(e is null ? "null" : "given")} and d {(d is null ? "null" : "given")}.", nameof(d));
        if (e is not null)
        {
            Guard.FiniteMatrix(e, type, nameof(e));
            Columns(e, n, nameof(e));
            Guard.FiniteVector(d, type, nameof(d));
            Guard.Length(d!, type, nameof(d), e.RowCount, $"E of shape {e.RowCount}×{e.ColumnCount}");
        }
        return new Problem(q.Clone(), c.Clone(), a.Clone(), b.Clone(),
            e?.Clone() ?? Matrix<double>.Build.Dense(0, n), d?.Clone() ?? Vector<double>.Build.Dense(0));
    }

    private static void Columns(Matrix<double> matrix, int n, string parameter)
    {
        if (matrix.ColumnCount != n || matrix.RowCount == 0)
            throw new ArgumentException(
                $"QuadraticProgram.{Guard.Capitalise(parameter)} must have at least one row and n = {n} columns to match Q of shape {n}×{n}; got {matrix.RowCount}×{matrix.ColumnCount}.",
                parameter);
    }
}
