using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Regression;

/// <summary>
/// Polynomial features (5.8): φ(x) holds every monomial x_{j₁}x_{j₂}…x_{j_k} with j₁ ≤ … ≤ j_k and
/// 1 ≤ k ≤ degree (and the constant 1 first when includeBias), ordered by degree and then
/// lexicographically, the same columns in the same order as scikit-learn's PolynomialFeatures.
/// A linear model on φ(x) is a polynomial in x, still linear in w.
/// </summary>
public static class PolynomialFeatures
{
    /// <summary>
    /// Φ (n × m): row i is φ(x_i) (5.8). X is n × d; degree ≥ 0 with the bias column (degree 0 is the
    /// constant model, Φ = 1), ≥ 1 without it.
    /// </summary>
    public static Matrix<double> Transform(Matrix<double> x, int degree, bool includeBias = true)
    {
        Guard.Design(x, nameof(PolynomialFeatures), nameof(x));
        CheckDegree(degree, includeBias);
        var terms = Terms(x.ColumnCount, degree, includeBias);
        var phi = Matrix<double>.Build.Dense(x.RowCount, terms.Count);
        for (int t = 0; t < terms.Count; t++)
            for (int i = 0; i < x.RowCount; i++)
            {
                double product = 1.0;
                foreach (int j in terms[t]) product *= x[i, j];
                phi[i, t] = product;
            }
        return phi;
    }

    /// <summary>The column names of <see cref="Transform"/>, as scikit-learn writes them: "1", "x0", "x0^2", "x0 x1".</summary>
    public static IReadOnlyList<string> FeatureNames(int inputCount, int degree, bool includeBias = true)
    {
        Guard.AtLeast(inputCount, nameof(PolynomialFeatures), nameof(inputCount), 1);
        CheckDegree(degree, includeBias);
        return Terms(inputCount, degree, includeBias).Select(Name).ToList();
    }

    /// <summary>Each term as its non-decreasing list of feature indices (empty = the constant).</summary>
    private static List<int[]> Terms(int d, int degree, bool includeBias)
    {
        var terms = new List<int[]>();
        if (includeBias) terms.Add([]);
        for (int k = 1; k <= degree; k++) AddCombinations(d, k, new int[k], 0, 0, terms);
        return terms;
    }

    /// <summary>Appends every non-decreasing index tuple of length k, in lexicographic order.</summary>
    private static void AddCombinations(int d, int k, int[] current, int position, int start, List<int[]> terms)
    {
        if (position == k)
        {
            terms.Add((int[])current.Clone());
            return;
        }
        for (int j = start; j < d; j++)
        {
            current[position] = j;
            AddCombinations(d, k, current, position + 1, j, terms);
        }
    }

    private static string Name(int[] term)
    {
        if (term.Length == 0) return "1";
        return string.Join(" ", term.GroupBy(j => j).Select(g =>
            g.Count() == 1 ? $"x{g.Key.ToString(CultureInfo.InvariantCulture)}"
                           : $"x{g.Key.ToString(CultureInfo.InvariantCulture)}^{g.Count().ToString(CultureInfo.InvariantCulture)}"));
    }

    /// <summary>Without the bias column, degree 0 would leave no column at all.</summary>
    private static void CheckDegree(int degree, bool includeBias) =>
        Guard.AtLeast(degree, nameof(PolynomialFeatures), nameof(degree), includeBias ? 0 : 1);
}
