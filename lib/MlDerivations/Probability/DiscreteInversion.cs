namespace MlDerivations.Probability;

/// <summary>
/// Inversion sampling for a distribution on the integers: returns the smallest k with F(k) ≥ u.
/// The walk starts at a point where F is known (the mode, where F comes from a regularised special
/// function), so it takes O(standard deviation) steps and never forms an underflowing P(X = 0).
/// </summary>
internal static class DiscreteInversion
{
    public static int Sample(double u, int start, double cdfAtStart, Func<int, double> pmf, int min, int max)
    {
        int k = start;
        double cdf = cdfAtStart;
        if (u <= cdf)
        {
            // walk down while F(k − 1) = F(k) − P(k) still reaches u
            while (k > min)
            {
                double below = cdf - pmf(k);
                if (u > below) break;
                cdf = below;
                k--;
            }
            return k;
        }
        while (u > cdf && k < max)
        {
            double p = pmf(k + 1);
            if (p == 0 && k + 1 > start) break; // the tail underflowed: u is within rounding of 1
            k++;
            cdf += p;
        }
        return k;
    }
}
