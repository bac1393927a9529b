namespace MlDerivations.Numerics.Kernels;

/// <summary>Which micro-kernel computes the register tiles.</summary>
internal enum KernelPath
{
    /// <summary>The widest path the processor runs: Vector512, else Vector256 with FMA, else scalar.</summary>
    Auto,

    /// <summary>24×8 tiles of <c>Vector512&lt;double&gt;</c> FMAs (AVX-512F).</summary>
    Vector512,

    /// <summary>8×6 tiles of <c>Vector256&lt;double&gt;</c> FMAs (AVX2 + FMA), for 16-register machines.</summary>
    Vector256,

    /// <summary>8×4 tiles of <see cref="Math.FusedMultiplyAdd"/>, for processors without either.</summary>
    Scalar,
}

/// <summary>
/// Blocking, threading and kernel choice of the dense kernels. The defaults fit this project's
/// machines (Sapphire Rapids class: 48 KiB L1d and 2 MiB L2 per core, a large shared L3, 2 cores);
/// tests pass tiny blocks so that every edge-tile case occurs in small matrices.
/// </summary>
internal sealed record KernelOptions
{
    /// <summary>
    /// MC: rows of op(A) packed per block, a multiple of 24 (the AVX-512 tile's rows). The packed MC×KC
    /// block (240×384×8 B ≈ 0.7 MiB) stays in L2 while its 24-row strips stream past each panel of B.
    /// </summary>
    public int RowBlock { get; init; } = 240;

    /// <summary>
    /// KC: the depth of one packed block. A KC×8 panel of B (24 KiB) stays in L1 while it is
    /// multiplied by every 24-row strip of A; every element of C gets one rounding of α·(partial sum)
    /// per KC block, so KC is the only blocking parameter that changes the bits of the result.
    /// </summary>
    public int DepthBlock { get; init; } = 384;

    /// <summary>
    /// NC: columns of op(B) packed per block. The KC×NC packed block (384×2016×8 B ≈ 6 MiB) lives in L3;
    /// a large NC means each block of A is packed few times.
    /// </summary>
    public int ColumnBlock { get; init; } = 2016;

    /// <summary>At most this many threads; the kernels split work in at most two parts (the machines have 2 cores).</summary>
    public int MaxThreads { get; init; } = Math.Min(2, Environment.ProcessorCount);

    /// <summary>
    /// Products of fewer floating-point operations (2·m·n·k) than this stay on one thread: handing work to
    /// a second thread costs up to about a millisecond here (5·10⁷ flops of this kernel), so only products
    /// that take at least 2 ms on one core are split.
    /// </summary>
    public double ParallelMinimumFlops { get; init; } = 1e8;

    /// <summary>
    /// Matrix–vector products of fewer elements than this stay on one thread (2²¹ elements stream
    /// through one core in about 1.7 ms at 10 GB/s).
    /// </summary>
    public double ParallelMinimumElements { get; init; } = 1 << 21;

    /// <summary>
    /// Gram matrices XᵀX with at most this many columns use the tall-Gram driver, whose packed row
    /// chunk (KC × columns) must fit in L2; wider ones use the general product on lower-triangle tiles.
    /// </summary>
    public int TallGramMaxColumns { get; init; } = 256;

    /// <summary>Which micro-kernel to use; tests force each one.</summary>
    public KernelPath Path { get; init; } = KernelPath.Auto;

    /// <summary>The defaults above.</summary>
    public static KernelOptions Default { get; } = new();

    /// <summary>Threads to use for a product of <paramref name="flops"/> floating-point operations.</summary>
    public int ThreadsFor(double flops) => flops >= ParallelMinimumFlops && MaxThreads >= 2 ? 2 : 1;
}
