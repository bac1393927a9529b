namespace MlDerivations.LinearAlgebra.Kernels;

/// <summary>
/// The micro-kernel chosen for this processor (or forced by <see cref="KernelOptions.Path"/>): its tile
/// width and entry point. Every kernel has tiles of 8 rows; only the number of columns differs.
/// </summary>
internal readonly unsafe struct MicroKernel
{
    /// <summary>Rows of every tile: one 8-double strip of packed A.</summary>
    public const int Rows = 8;

    private MicroKernel(
        int columns, bool vector512, delegate*<int, double*, nint, double*, nint, double, double*, nint, void> run)
    {
        Columns = columns;
        Vector512 = vector512;
        Run = run;
    }

    /// <summary>NR: columns of a tile.</summary>
    public int Columns { get; }

    /// <summary>Whether AVX-512 may be used around the kernel too (packing transposes).</summary>
    public bool Vector512 { get; }

    /// <summary>
    /// run(depth, a, strideA, b, strideB, α, c, ldc): adds α·Σₖ a[k·strideA + i]·b[k·strideB + j] to
    /// c[i + j·ldc] for one full tile.
    /// </summary>
    public delegate*<int, double*, nint, double*, nint, double, double*, nint, void> Run { get; }

    /// <summary>The kernel for <paramref name="path"/>; Auto picks the widest the processor runs.</summary>
    public static MicroKernel For(KernelPath path)
    {
        if (path == KernelPath.Auto)
            path = MicroKernel512.IsSupported ? KernelPath.Vector512
                : MicroKernel256.IsSupported ? KernelPath.Vector256
                : KernelPath.Scalar;
        return path switch
        {
            KernelPath.Vector512 when MicroKernel512.IsSupported =>
                new(MicroKernel512.Columns, true, &MicroKernel512.Run),
            KernelPath.Vector256 when MicroKernel256.IsSupported =>
                new(MicroKernel256.Columns, false, &MicroKernel256.Run),
            _ => new(MicroKernelScalar.Columns, false, &MicroKernelScalar.Run),
        };
    }
}
