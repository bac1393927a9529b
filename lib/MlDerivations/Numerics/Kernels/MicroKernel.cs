namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// The micro-kernel chosen for this processor (or forced by <see cref="KernelOptions.Path"/>): its tile
/// shape and entry point: 24×8 tiles for AVX-512, 8×6 for AVX2, 8×4 scalar.
/// </summary>
internal readonly unsafe struct MicroKernel
{
    private MicroKernel(
        int rows, int columns, bool vector512, delegate*<int, double*, nint, double*, nint, double, double*, nint, void> run)
    {
        Rows = rows;
        Columns = columns;
        Vector512 = vector512;
        Run = run;
    }

    /// <summary>MR: rows of a tile, the height of one strip of packed A.</summary>
    public int Rows { get; }

    /// <summary>NR: columns of a tile, the width of one panel of packed B.</summary>
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
                new(MicroKernel512.Rows, MicroKernel512.Columns, true, &MicroKernel512.Run),
            KernelPath.Vector256 when MicroKernel256.IsSupported =>
                new(MicroKernel256.Rows, MicroKernel256.Columns, false, &MicroKernel256.Run),
            _ => new(MicroKernelScalar.Rows, MicroKernelScalar.Columns, false, &MicroKernelScalar.Run),
        };
    }
}
