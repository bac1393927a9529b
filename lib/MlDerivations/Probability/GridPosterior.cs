using MlDerivations.Validation;
namespace MlDerivations.Probability;

/// <summary>
/// A posterior over one parameter computed by brute force on a grid, the check on every conjugate
/// update: p(θ_j | x) = exp(ℓ_j − max ℓ) / Z with ℓ_j = ln p(θ_j) + ln p(x | θ_j) and Z the trapezoid
/// integral over the grid, so the density integrates to 1 on the grid.
/// </summary>
public sealed class GridPosterior
{
    private const string Type = nameof(GridPosterior);
    private readonly double[] _grid;
    private readonly double[] _density;

    private GridPosterior(double[] grid, double[] density)
    {
        _grid = grid;
        _density = density;
    }

    /// <summary>θ_j, strictly increasing.</summary>
    public IReadOnlyList<double> Grid => Array.AsReadOnly(_grid);

    /// <summary>p(θ_j | x), normalised so its trapezoid integral is 1.</summary>
    public IReadOnlyList<double> Density => Array.AsReadOnly(_density);

    /// <summary>E[θ | x] = ∫ θ p(θ | x) dθ by the trapezoid rule.</summary>
    public double Mean => Integrate(j => _grid[j] * _density[j]);

    /// <summary>Var[θ | x] = ∫ (θ − E θ)² p(θ | x) dθ by the trapezoid rule.</summary>
    public double Variance
    {
        get
        {
            double mean = Mean;
            return Integrate(j => (_grid[j] - mean) * (_grid[j] - mean) * _density[j]);
        }
    }

    /// <summary>
    /// Evaluates the unnormalised log posterior ln p(θ) + ln p(x | θ) at every grid point and normalises it.
    /// </summary>
    /// <param name="grid">θ_1 &lt; … &lt; θ_m, m ≥ 2, finite; fine enough that the trapezoid rule is accurate.</param>
    /// <param name="logPrior">ln p(θ), up to a constant.</param>
    /// <param name="logLikelihood">ln p(x | θ), up to a constant.</param>
    public static GridPosterior Compute(IReadOnlyList<double> grid, Func<double, double> logPrior, Func<double, double> logLikelihood)
    {
        Guard.FiniteSample(grid, Type, nameof(grid));
        Guard.NotNull(logPrior, Type, nameof(logPrior));
        Guard.NotNull(logLikelihood, Type, nameof(logLikelihood));
        if (grid.Count < 2)
            throw new ArgumentException($"{Type}.Grid must hold at least 2 points; got {grid.Count}.", nameof(grid));
        for (int j = 1; j < grid.Count; j++)
            if (!(grid[j] > grid[j - 1]))
                throw new ArgumentException($"{Type}.Grid must be strictly increasing; got {Formatting.Html.Number(grid[j])} after {Formatting.Html.Number(grid[j - 1])} at index {j}.", nameof(grid));

        // 1) log posterior up to a constant; shift by its max so exp never overflows
        var log = grid.Select(t => logPrior(t) + logLikelihood(t)).ToArray();
        int nan = Array.FindIndex(log, double.IsNaN);
        if (nan >= 0)
            throw new ArgumentException($"{Type}.LogPrior must make ln p(θ) + ln p(x | θ) a number everywhere on the grid; got NaN at θ = {Formatting.Html.Number(grid[nan])}.", nameof(logPrior));
        double max = log.Max();
        if (double.IsNegativeInfinity(max))
            throw new ArgumentException($"{Type}.LogPrior must make ln p(θ) + ln p(x | θ) finite somewhere on the grid; got −∞ everywhere.", nameof(logPrior));
        var result = new GridPosterior(grid.ToArray(), log.Select(l => Math.Exp(l - max)).ToArray());
        // 2) normalise by the trapezoid integral
        double z = result.Integrate(j => result._density[j]);
        for (int j = 0; j < result._density.Length; j++) result._density[j] /= z;
        return result;
    }

    private double Integrate(Func<int, double> f)
    {
        double sum = 0;
        for (int j = 1; j < _grid.Length; j++) sum += 0.5 * (f(j - 1) + f(j)) * (_grid[j] - _grid[j - 1]);
        return sum;
    }
}
