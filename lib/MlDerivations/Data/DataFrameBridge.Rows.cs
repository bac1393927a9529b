using System.Globalization;
using Microsoft.Data.Analysis;
using MlDerivations.Validation;

namespace MlDerivations.Data;

public static partial class DataFrameBridge
{
    /// <summary>
    /// The rows with no missing value (null, or NaN in a numeric column) in the named columns — in
    /// every column when none are named —, i.e. complete-case analysis. Unlike DataFrame's own
    /// DropNulls it can look at some columns only. The rows are picked by <c>DataFrame.Filter</c>.
    /// </summary>
    public static DataFrame DropMissing(this DataFrame frame, params string[] columns)
    {
        Guard.NotNull(frame, Owner, nameof(frame));
        Guard.NotNull(columns, Owner, nameof(columns));
        DataFrameColumn[] checkedColumns = columns.Length == 0
            ? frame.Columns.ToArray()
            : columns.Select(c => Column(frame, c, nameof(columns))).ToArray();
        var keep = new PrimitiveDataFrameColumn<bool>("keep", frame.Rows.Count);
        for (long i = 0; i < frame.Rows.Count; i++)
            keep[i] = checkedColumns.All(column => !IsMissing(column, i));
        return frame.Filter(keep);
    }

    /// <summary>
    /// Splits the rows at random into a training and a test frame: a seeded permutation
    /// (<see cref="SeededShuffle"/>) puts ⌈testFraction · n⌉ rows in the test set (as scikit-learn's
    /// train_test_split does) and the rest in the training set. Both keep the frame's row order.
    /// Same seed, same split.
    /// </summary>
    /// <param name="frame">The rows to split.</param>
    /// <param name="testFraction">The share of rows held out, in (0, 1); both parts must be non-empty.</param>
    /// <param name="seed">The seed of the permutation.</param>
    public static (DataFrame Train, DataFrame Test) TrainTestSplit(this DataFrame frame, double testFraction, int seed)
    {
        Guard.NotNull(frame, Owner, nameof(frame));
        Guard.OpenUnitInterval(testFraction, Owner, nameof(testFraction));
        int n = RowCount(frame);
        int testCount = (int)Math.Ceiling(testFraction * n);
        if (testCount >= n)
            throw Guard.OutOfRange(Owner, nameof(testFraction), $"leave at least one training row of the {n}",
                $"{testFraction.ToString(CultureInfo.InvariantCulture)} ({testCount} test rows)", testFraction);
        int[] permutation = SeededShuffle.Permutation(n, unchecked((ulong)seed));
        int[] test = permutation.Take(testCount).Order().ToArray();
        int[] train = permutation.Skip(testCount).Order().ToArray();
        return (TakeRows(frame, train), TakeRows(frame, test));
    }

    /// <summary>
    /// k-fold cross-validation: a seeded permutation (<see cref="SeededShuffle"/>) cut into k
    /// contiguous folds whose sizes differ by at most one (the first n mod k folds have ⌊n/k⌋ + 1
    /// rows). Fold f is the test frame of the f-th pair; the other k − 1 folds form its training
    /// frame. Every row is tested exactly once. Both frames keep the frame's row order.
    /// </summary>
    /// <param name="frame">The rows to fold.</param>
    /// <param name="k">The number of folds, 2 ≤ k ≤ n.</param>
    /// <param name="seed">The seed of the permutation.</param>
    public static IReadOnlyList<(DataFrame Train, DataFrame Test)> KFolds(this DataFrame frame, int k, int seed)
    {
        Guard.NotNull(frame, Owner, nameof(frame));
        int n = RowCount(frame);
        if (k < 2 || k > n)
            throw Guard.OutOfRange(Owner, nameof(k), $"be in {{2, …, {n}}} (2 to the row count)", Guard.Integer(k), k);
        int[] permutation = SeededShuffle.Permutation(n, unchecked((ulong)seed));
        var folds = new List<(DataFrame, DataFrame)>(k);
        int start = 0;
        for (int f = 0; f < k; f++)
        {
            int size = n / k + (f < n % k ? 1 : 0);
            var inFold = new HashSet<int>(permutation.Skip(start).Take(size));
            int[] test = inFold.Order().ToArray();
            int[] train = Enumerable.Range(0, n).Where(i => !inFold.Contains(i)).ToArray();
            folds.Add((TakeRows(frame, train), TakeRows(frame, test)));
            start += size;
        }
        return folds;
    }

    /// <summary>The rows at the given positions, in that order, by DataFrame's own row-index filter.</summary>
    private static DataFrame TakeRows(DataFrame frame, int[] rows) =>
        frame.Filter(new Int32DataFrameColumn("rows", rows));
}
