namespace MlDerivations.Probability;

/// <summary>
/// Inversion sampling for a distribution on the integers: returns the smallest k with F(k) ≥ u for u in
/// (0, 1] (u &gt; 0, so the draw always has positive probability).
/// The walk starts at the mode, where F and P are computed once from special functions, and moves by
/// the ratios P(k ± 1)/P(k), so a draw costs O(standard deviation) multiplications and never forms an
/// underflowing P(X = 0).
/// </summary>
internal sealed class DiscreteInversion
{
    private readonly int _start, _min, _max;
    private readonly double _cdfAtStart, _pmfAtStart;
    private readonly Func<int, double> _up, _down;

    /// <param name="start">The mode, where the walk starts.</param>
    /// <param name="cdfAtStart">F(start).</param>
    /// <param name="pmfAtStart">P(start) &gt; 0.</param>
    /// <param name="up">k ↦ P(k + 1)/P(k).</param>
    /// <param name="down">k ↦ P(k − 1)/P(k).</param>
    /// <param name="min">The least value of the support.</param>
    /// <param name="max">The largest value of the support.</param>
    public DiscreteInversion(int start, double cdfAtStart, double pmfAtStart, Func<int, double> up, Func<int, double> down, int min, int max)
    {
        (_start, _cdfAtStart, _pmfAtStart, _up, _down, _min, _max) = (start, cdfAtStart, pmfAtStart, up, down, min, max);
    }

    public int Sample(double u)
    {
        int k = _start;
        double cdf = _cdfAtStart, pmf = _pmfAtStart;
        if (u <= cdf)
        {
            // walk down while F(k − 1) = F(k) − P(k) still reaches u
            while (k > _min && pmf > 0 && u <= cdf - pmf)
            {
                cdf -= pmf;
                pmf *= _down(k);
                k--;
            }
            return k;
        }
        while (u > cdf && k < _max)
        {
            pmf *= _up(k);
            if (pmf == 0) break; // the tail underflowed: u is within rounding of 1
            k++;
            cdf += pmf;
        }
        return k;
    }
}
