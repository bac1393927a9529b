namespace MlDerivations.Data;

public sealed partial class Table
{
    /// <summary>
    /// Splits the rows at random into a training and a test table: a seeded permutation puts
    /// ⌈testFraction · n⌉ rows in the test set (as scikit-learn's train_test_split does) and the rest
    /// in the training set. Both keep the table's row order. Same seed, same split.
    /// </summary>
    /// <param name="testFraction">The share of rows held out, in (0, 1); both parts must be non-empty.</param>
    /// <param name="seed">The seed of the permutation.</param>
    public (Table Train, Table Test) TrainTestSplit(double testFraction, int seed)
    {
        if (!(testFraction > 0 && testFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction,
                $"Table.TestFraction must lie in (0, 1); got {testFraction.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        int testCount = (int)Math.Ceiling(testFraction * RowCount);
        if (testCount >= RowCount)
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction,
                $"Table.TestFraction must leave at least one training row of the {RowCount}; got {testFraction.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({testCount} test rows).");
        int[] permutation = SeededShuffle.Permutation(RowCount, unchecked((ulong)seed));
        int[] test = permutation.Take(testCount).Order().ToArray();
        int[] train = permutation.Skip(testCount).Order().ToArray();
        return (TakeRows(train), TakeRows(test));
    }

    /// <summary>
    /// k-fold cross-validation: a seeded permutation cut into k contiguous folds whose sizes differ by
    /// at most one (the first n mod k folds have ⌊n/k⌋ + 1 rows). Fold f is the test table of the f-th
    /// pair; the other k − 1 folds form its training table. Every row is tested exactly once. Both
    /// tables keep the table's row order.
    /// </summary>
    /// <param name="k">The number of folds, 2 ≤ k ≤ n.</param>
    /// <param name="seed">The seed of the permutation.</param>
    public IReadOnlyList<(Table Train, Table Test)> KFolds(int k, int seed)
    {
        if (k < 2 || k > RowCount)
            throw new ArgumentOutOfRangeException(nameof(k), k,
                $"Table.K must lie in [2, {RowCount}] (the row count); got {k}.");
        int[] permutation = SeededShuffle.Permutation(RowCount, unchecked((ulong)seed));
        var folds = new List<(Table, Table)>(k);
        int start = 0;
        for (int f = 0; f < k; f++)
        {
            int size = RowCount / k + (f < RowCount % k ? 1 : 0);
            var inFold = new HashSet<int>(permutation.Skip(start).Take(size));
            int[] test = inFold.Order().ToArray();
            int[] train = Enumerable.Range(0, RowCount).Where(i => !inFold.Contains(i)).ToArray();
            folds.Add((TakeRows(train), TakeRows(test)));
            start += size;
        }
        return folds;
    }
}
