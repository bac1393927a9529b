using MlDerivations.Validation;

namespace MlDerivations.LearningTheory;

/// <summary>
/// A learner on a finite domain {0, …, N − 1}: from the training points and their labels it returns a
/// label for every point of the domain (length N).
/// </summary>
public delegate IReadOnlyList<bool> DomainLearner(IReadOnlyList<int> trainingPoints, IReadOnlyList<bool> trainingLabels, int domainSize);

/// <summary>
/// The no-free-lunch theorem (1.15) by exact enumeration. On a domain of N points with a fixed
/// training set D, every target f : {0, …, N − 1} → {0, 1} is listed (2^N of them); the learner sees
/// f on D and predicts h, whose off-training-set error is E_ots(h, f) = (1/|X∖D|) Σ_{x ∉ D} 1[h(x) ≠ f(x)].
/// Averaged uniformly over all f, E_ots = ½ for every learner: targets that agree on D come in pairs
/// that disagree at any chosen point off D, and h, which sees only D, is wrong on exactly one of each pair.
/// </summary>
public static class NoFreeLunch
{
    private const string Type = nameof(NoFreeLunch);

    /// <summary>The largest domain enumerated (2^20 targets).</summary>
    public const int MaxDomainSize = 20;

    /// <summary>
    /// E_ots(h_f, f) for every target f, indexed by f's bit mask: f(x) = bit x of the index.
    /// </summary>
    /// <param name="domainSize">N, 2 ≤ N ≤ <see cref="MaxDomainSize"/>.</param>
    /// <param name="trainingPoints">D, distinct points of {0, …, N − 1}, fewer than N.</param>
    /// <param name="learner">Sees (D, f on D) and returns a labelling of the whole domain.</param>
    public static double[] OffTrainingSetErrors(int domainSize, IReadOnlyList<int> trainingPoints, DomainLearner learner)
    {
        Guard.InRange(domainSize, Type, nameof(domainSize), 2, MaxDomainSize);
        var training = CheckTrainingPoints(trainingPoints, domainSize);
        Guard.NotNull(learner, Type, nameof(learner));
        var offTraining = Enumerable.Range(0, domainSize).Where(x => !training.Contains(x)).ToArray();
        var errors = new double[1 << domainSize];
        for (int f = 0; f < errors.Length; f++)
        {
            var labels = trainingPoints.Select(x => Bit(f, x)).ToArray();
            var h = learner(trainingPoints, labels, domainSize);
            if (h is null || h.Count != domainSize)
                throw new InvalidOperationException(
                    $"NoFreeLunch: the learner must label all {domainSize} domain points; it returned {(h is null ? "null" : h.Count + " labels")} for target {f}.");
            errors[f] = offTraining.Count(x => h[x] != Bit(f, x)) / (double)offTraining.Length;
        }
        return errors;
    }

    /// <summary>The uniform average over all 2^N targets of <see cref="OffTrainingSetErrors"/>, which (1.15) says is ½.</summary>
    public static double AverageOffTrainingSetError(int domainSize, IReadOnlyList<int> trainingPoints, DomainLearner learner) =>
        OffTrainingSetErrors(domainSize, trainingPoints, learner).Average();

    private static bool Bit(int mask, int x) => (mask >> x & 1) == 1;

    private static HashSet<int> CheckTrainingPoints(IReadOnlyList<int> trainingPoints, int domainSize)
    {
        Guard.NotNull(trainingPoints, Type, nameof(trainingPoints));
        var set = new HashSet<int>();
        foreach (int x in trainingPoints)
            if (x < 0 || x >= domainSize || !set.Add(x))
                throw new ArgumentException(
                    $"NoFreeLunch.TrainingPoints must be distinct points of {{0, …, {domainSize - 1}}}; got {string.Join(", ", trainingPoints)}.", nameof(trainingPoints));
        if (set.Count >= domainSize)
            throw new ArgumentException(
                $"NoFreeLunch.TrainingPoints must leave at least one point off the training set; got all {domainSize}.", nameof(trainingPoints));
        return set;
    }
}
