namespace MlDerivations.Data;

/// <summary>
/// A seeded random permutation of 0..n−1 by Fisher–Yates, driven by SplitMix64 so that the same
/// seed gives the same permutation on every runtime and platform (System.Random's sequence is an
/// implementation detail).
/// </summary>
internal static class SeededShuffle
{
    public static int[] Permutation(int n, ulong seed)
    {
        var p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        ulong state = seed;
        for (int i = n - 1; i > 0; i--)
        {
            int k = (int)(Next(ref state) % (ulong)(i + 1)); // bias ≤ n/2⁶⁴, negligible
            (p[i], p[k]) = (p[k], p[i]);
        }
        return p;
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): a 64-bit state advanced by the golden-ratio increment.</summary>
    private static ulong Next(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
