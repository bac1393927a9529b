using MlDerivations.Validation;
namespace MlDerivations.Probability;

/// <summary>
/// The one way this library makes a seeded random generator: <c>new System.Random(seed)</c>.
/// A seeded <see cref="Random"/> uses the same (Knuth subtractive) algorithm on every .NET version
/// since .NET Framework, so a seed gives the same stream of numbers in every kernel and on every
/// machine. All samplers here draw only through <see cref="Random.NextDouble"/>, and Gaussian draws use
/// Box–Muller with both uniforms consumed per draw, so <c>Sample(count, seed)</c> equals
/// <c>count</c> calls of <c>Sample(Rng.Create(seed))</c> on one generator.
/// </summary>
public static class Rng
{
    /// <summary>A generator seeded with <paramref name="seed"/>; same seed, same stream.</summary>
    public static Random Create(int seed) => new(seed);

    /// <summary>
    /// <paramref name="count"/> draws of <paramref name="draw"/> from one generator seeded with
    /// <paramref name="seed"/>, in order; <paramref name="type"/> names the caller in the error for count &lt; 0.
    /// </summary>
    internal static T[] Draws<T>(int count, int seed, Func<Random, T> draw, string type)
    {
        Guard.AtLeast(count, type, nameof(count), 0);
        var rng = Create(seed);
        var draws = new T[count];
        for (int i = 0; i < count; i++) draws[i] = draw(rng);
        return draws;
    }

    /// <summary>A uniform draw in (0, 1]: never 0, so its logarithm is finite.</summary>
    internal static double OpenZero(Random rng) => 1.0 - rng.NextDouble();
}
