namespace MlDerivations.LearningTheory;

/// <summary>A learner: trains on (x, y) and returns its prediction function x ↦ ŷ(x).</summary>
public delegate Func<double, double> RegressionLearner(double[] x, double[] y);

/// <summary>How <see cref="BiasVariance.Estimate"/> draws its training sets.</summary>
public sealed record BiasVarianceOptions
{
    /// <summary>n, the size of each training set.</summary>
    public int TrainingSize { get; init; } = 20;

    /// <summary>T, the number of independent training sets (Monte Carlo trials); error shrinks as 1/√T.</summary>
    public int Trials { get; init; } = 1000;

    /// <summary>σ², the variance of the Gaussian noise in y = f(x) + ε, ε ~ N(0, σ²).</summary>
    public double NoiseVariance { get; init; } = 0.1;

    /// <summary>Training inputs are drawn x ~ U[InputMin, InputMax].</summary>
    public double InputMin { get; init; }

    /// <summary>Training inputs are drawn x ~ U[InputMin, InputMax].</summary>
    public double InputMax { get; init; } = 1;

    /// <summary>Seed of the generator (<see cref="Probability.Rng"/>); same seed, same decomposition.</summary>
    public int Seed { get; init; }
}
