using MlDerivations.LearningTheory;

namespace MlDerivations.Tests.LearningTheory;

public sealed class NoFreeLunchTests
{
    private static IReadOnlyList<bool> AlwaysOne(IReadOnlyList<int> d, IReadOnlyList<bool> labels, int n) =>
        Enumerable.Repeat(true, n).ToArray();

    private static IReadOnlyList<bool> Majority(IReadOnlyList<int> d, IReadOnlyList<bool> labels, int n)
    {
        bool vote = labels.Count(l => l) * 2 >= labels.Count;
        return Enumerable.Range(0, n).Select(x => d.Contains(x) ? labels[d.ToList().IndexOf(x)] : vote).ToArray();
    }

    [Fact]
    public void OffTrainingSetErrors_OnAHandWorkedDomainOfTwoPoints()
    {
        // N = 2, D = {0}: the only off-training point is 1; "always 1" errs exactly when f(1) = 0,
        // i.e. for masks 0b00 and 0b01.
        var errors = NoFreeLunch.OffTrainingSetErrors(2, [0], AlwaysOne);

        Assert.Equal([1.0, 1.0, 0.0, 0.0], errors);
    }

    [Theory]
    [InlineData(4, new[] { 0, 1 })]
    [InlineData(6, new[] { 5, 2, 0 })]
    [InlineData(7, new[] { 3 })]
    public void AverageOffTrainingSetError_IsOneHalfForEveryLearner(int n, int[] training)
    {
        Assert.Equal(0.5, NoFreeLunch.AverageOffTrainingSetError(n, training, AlwaysOne), 15);
        Assert.Equal(0.5, NoFreeLunch.AverageOffTrainingSetError(n, training, Majority), 15);
    }

    [Fact]
    public void OffTrainingSetErrors_ThrowsWhenTheLearnerLabelsTooFewPoints() =>
        Assert.Throws<InvalidOperationException>(() =>
            NoFreeLunch.OffTrainingSetErrors(3, [0], (d, l, n) => new bool[n - 1]));
}
