using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Numerics;

namespace MlDerivations.Regression;

public static partial class BayesianLinearRegression
{
    /// <summary>
    /// The data reduced to what the posterior needs: the eigendecomposition XcᵀXc = V diag(e) Vᵀ,
    /// z = VᵀXcᵀyc, ‖yc‖², n. For any α, β: m_N = V diag(β/(α + βeᵢ)) z and S_N = V diag(1/(α + βeᵢ)) Vᵀ (5.17).
    /// </summary>
    private sealed class Spectrum
    {
        private Spectrum(Matrix<double> v, double[] e, Vector<double> z, double yy, int n, double[] xMeans, double yMean, double yVariance)
        {
            (V, E, Z, YY, N, XMeans, YMean, YVariance) = (v, e, z, yy, n, xMeans, yMean, yVariance);
        }

        public Matrix<double> V { get; }
        public double[] E { get; }
        public Vector<double> Z { get; }
        public double YY { get; }
        public int N { get; }
        public double[] XMeans { get; }
        public double YMean { get; }
        public double YVariance { get; }

        public static Spectrum Of(Matrix<double> x, Vector<double> y, bool fitIntercept)
        {
            var (xc, yc, xMeans, yMean) = Centering.Prepare(x, y, fitIntercept);
            var gram = Dense.Gram(xc);
            var evd = gram.Evd(Symmetricity.Symmetric);
            var e = evd.EigenValues.Select(c => Math.Max(c.Real, 0.0)).ToArray(); // round-off can make e slightly negative
            var z = evd.EigenVectors.TransposeThisAndMultiply(Dense.TransposeMultiply(xc, yc));
            double mean = y.Sum() / y.Count;
            double variance = y.Sum(v => (v - mean) * (v - mean)) / y.Count;
            return new Spectrum(evd.EigenVectors, e, z, yc.DotProduct(yc), x.RowCount, xMeans, yMean, variance);
        }

        /// <summary>m_N (5.17) and the residual sum of squares ‖yc − Xc m_N‖² = ‖yc‖² − 2 m_Nᵀq + m_NᵀG m_N.</summary>
        public (Vector<double> Mean, double Rss) Mean(double alpha, double beta)
        {
            var u = Vector<double>.Build.Dense(E.Length, i => beta / (alpha + beta * E[i]) * Z[i]); // Vᵀm_N
            double rss = YY;
            for (int i = 0; i < E.Length; i++) rss += -2 * u[i] * Z[i] + E[i] * u[i] * u[i];
            return (V * u, Math.Max(rss, 0.0));
        }

        /// <summary>γ = Σᵢ βeᵢ/(α + βeᵢ), the effective number of well-determined weights (5.20).</summary>
        public double EffectiveParameters(double alpha, double beta)
        {
            double gamma = 0;
            foreach (double e in E) gamma += beta * e / (alpha + beta * e);
            return gamma;
        }

        /// <summary>
        /// ln p(y | α, β) = (d/2) ln α + (n/2) ln β − (β/2)‖yc − Xc m_N‖² − (α/2) m_Nᵀm_N − ½ ln|αI + βXcᵀXc| − (n/2) ln 2π (5.19).
        /// </summary>
        public double LogEvidence(double alpha, double beta, Vector<double> mean, double rss)
        {
            double logDet = 0;
            foreach (double e in E) logDet += Math.Log(alpha + beta * e);
            return 0.5 * (E.Length * Math.Log(alpha) + N * Math.Log(beta) - beta * rss - alpha * mean.DotProduct(mean)
                          - logDet - N * Math.Log(2 * Math.PI));
        }

        public BayesianLinearRegressionModel Model(double alpha, double beta, Convergence convergence, IReadOnlyList<double> evidence)
        {
            var (m, rss) = Mean(alpha, beta);
            var scale = Vector<double>.Build.Dense(E.Length, i => 1.0 / (alpha + beta * E[i]));
            var covariance = V * Matrix<double>.Build.DiagonalOfDiagonalVector(scale) * V.Transpose(); // S_N (5.17)
            return new BayesianLinearRegressionModel(m, Centering.Intercept(XMeans, YMean, m), covariance, XMeans,
                alpha, beta, LogEvidence(alpha, beta, m, rss), EffectiveParameters(alpha, beta), convergence, evidence.ToArray());
        }
    }
}
