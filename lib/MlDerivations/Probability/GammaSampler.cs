namespace MlDerivations.Probability;

/// <summary>
/// Draws ln G for G ~ Gamma(shape, rate 1) by Marsaglia and Tsang's squeeze method (2000). Working
/// with the logarithm keeps Beta and Dirichlet draws finite when shapes are tiny and G underflows.
/// </summary>
internal static class GammaSampler
{
    /// <summary>ln G, G ~ Gamma(a, 1). For a &lt; 1 uses G = G′·U^{1/a} with G′ ~ Gamma(a + 1, 1).</summary>
    public static double LogSample(double shape, Random rng)
    {
        if (shape < 1)
            return LogSample(shape + 1, rng) + Math.Log(Rng.OpenZero(rng)) / shape;

        // 1) d = a − 1/3, c = 1/√(9d); propose v = (1 + c z)³ with z standard normal.
        double d = shape - 1.0 / 3.0, c = 1.0 / Math.Sqrt(9 * d);
        while (true)
        {
            double z = StandardNormal.Sample(rng);
            double v = 1 + c * z;
            if (v <= 0) continue;
            v = v * v * v;
            // 2) accept when ln u < z²/2 + d − d v + d ln v (the exact test; the squeeze is an optimisation we skip).
            double u = Rng.OpenZero(rng);
            if (Math.Log(u) < 0.5 * z * z + d - d * v + d * Math.Log(v))
                return Math.Log(d) + Math.Log(v);
        }
    }
}
