using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// The d-dimensional Gaussian N(μ, Σ):
/// ln p(x) = −½ [d ln(2π) + ln|Σ| + (x − μ)ᵀ Σ⁻¹ (x − μ)], computed through the Cholesky
/// factor Σ = L Lᵀ (2.12, <see cref="Cholesky"/>): ln|Σ| = 2 Σ_i ln L_ii and the quadratic form is ‖L⁻¹(x − μ)‖².
/// </summary>
public sealed class MultivariateGaussian
{
    private const string Type = nameof(MultivariateGaussian);
    private readonly Vector<double> _mean;
    private readonly Matrix<double> _covariance;
    private readonly CholeskyFactorization _factor; // Σ = L Lᵀ

    /// <summary>N(μ, Σ) with finite mean μ (length d ≥ 1) and a symmetric positive definite d×d Σ.</summary>
    public MultivariateGaussian(Vector<double> mean, Matrix<double> covariance)
    {
        Guard.NotNull(mean, Type, nameof(mean));
        Guard.NotNull(covariance, Type, nameof(covariance));
        Guard.FiniteSample(mean.ToArray(), Type, nameof(mean));
        if (covariance.RowCount != mean.Count || covariance.ColumnCount != mean.Count)
            throw new ArgumentException(
                $"{Type}.Covariance must be {mean.Count}×{mean.Count} to match the mean of length {mean.Count}; got {covariance.RowCount}×{covariance.ColumnCount}.",
                nameof(covariance));
        _mean = mean.Clone();
        _covariance = covariance.Clone();
        _factor = CholeskyFactor(_covariance);
    }

    /// <summary>d, the dimension.</summary>
    public int Dimension => _mean.Count;

    /// <summary>μ, a copy.</summary>
    public Vector<double> Mean => _mean.Clone();

    /// <summary>Σ, a copy.</summary>
    public Matrix<double> Covariance => _covariance.Clone();

    /// <summary>ln|Σ| = 2 Σ_i ln L_ii.</summary>
    public double LogDeterminant => _factor.LogDeterminant;

    /// <summary>H = ½ [d(1 + ln 2π) + ln|Σ|], in nats.</summary>
    public double Entropy => 0.5 * (Dimension * (1 + Math.Log(2 * Math.PI)) + LogDeterminant);

    /// <summary>ln p(x).</summary>
    public double LogDensity(Vector<double> x)
    {
        CheckLength(x, nameof(x));
        var z = _factor.WhitenUnchecked((x - _mean).ToArray()); // z = L⁻¹(x − μ), so the quadratic form is zᵀz
        return -0.5 * (Dimension * Math.Log(2 * Math.PI) + LogDeterminant + SquaredNorm(z));
    }

    /// <summary>p(x).</summary>
    public double Density(Vector<double> x) => Math.Exp(LogDensity(x));

    /// <summary>
    /// KL(this ‖ other) = ½ [tr(Σ₂⁻¹Σ₁) + (μ₂ − μ₁)ᵀ Σ₂⁻¹ (μ₂ − μ₁) − d + ln(|Σ₂|/|Σ₁|)] (3.32), in
    /// nats; tr(Σ₂⁻¹Σ₁) = ‖L₂⁻¹ L₁‖²_F.
    /// </summary>
    public double KullbackLeibler(MultivariateGaussian other)
    {
        Guard.NotNull(other, Type, nameof(other));
        if (other.Dimension != Dimension)
            throw new ArgumentException($"{Type}.Other must have dimension {Dimension}; got dimension {other.Dimension}.", nameof(other));
        double trace = 0;
        var lower = _factor.L;
        for (int j = 0; j < Dimension; j++) trace += SquaredNorm(other._factor.WhitenUnchecked(lower.Column(j).ToArray()));
        var z = other._factor.WhitenUnchecked((other._mean - _mean).ToArray());
        return 0.5 * (trace + SquaredNorm(z) - Dimension + other.LogDeterminant - LogDeterminant);
    }

    /// <summary>One draw μ + L z with z a vector of independent standard normals (Box–Muller).</summary>
    public Vector<double> Sample(Random rng)
    {
        Guard.NotNull(rng, Type, nameof(rng));
        var z = new double[Dimension];
        for (int i = 0; i < z.Length; i++) z[i] = StandardNormal.Sample(rng);
        return _mean + Vector<double>.Build.Dense(_factor.MultiplyLowerUnchecked(z));
    }

    /// <summary><paramref name="count"/> draws as the rows of a count×d matrix, seeded with <paramref name="seed"/>.</summary>
    public Matrix<double> Sample(int count, int seed)
    {
        var draws = Rng.Draws(count, seed, Sample, Type);
        return count == 0 ? Matrix<double>.Build.Dense(0, Dimension) : Matrix<double>.Build.DenseOfRowVectors(draws);
    }

    public override string ToString() => $"MultivariateGaussian(d = {Dimension}, mean = [{string.Join(", ", _mean.Select(m => Html.Number(m, 6)))}])";

    private void CheckLength(Vector<double> x, string parameter)
    {
        Guard.NotNull(x, Type, parameter);
        if (x.Count != Dimension)
            throw new ArgumentException($"{Guard.Name(Type, parameter)} must have length d = {Dimension}; got length {x.Count}.", parameter);
    }

    private static CholeskyFactorization CholeskyFactor(Matrix<double> covariance)
    {
        double scale = covariance.Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max();
        double asymmetry = (covariance - covariance.Transpose()).Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max();
        if (!double.IsFinite(scale) || asymmetry > 1e-12 * scale)
            throw new ArgumentException(
                $"{Type}.Covariance must be finite and symmetric; got max |Σ − Σᵀ| = {Html.Number(asymmetry, 3)} with max |Σ_ij| = {Html.Number(scale, 3)}.",
                nameof(covariance));
        return Cholesky.FactorFor(covariance, Type, nameof(covariance),
            $"if Σ is singular only by rounding (e.g. an estimate from fewer points than dimensions), add a small multiple of I, e.g. {Html.Number(1e-9 * scale, 3)}·I (1e-9·max|Σ_ij|)");
    }

    private static double SquaredNorm(double[] z)
    {
        double sum = 0;
        foreach (double v in z) sum += v * v;
        return sum;
    }
}
