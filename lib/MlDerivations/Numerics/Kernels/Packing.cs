using System.Runtime.CompilerServices;

namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// Copies blocks of op(A) and op(B) into the order the micro-kernel reads them, so that its loads are
/// contiguous whatever the transposes: A as strips of MR rows (MR values per step k), B as panels of NR
/// columns (NR values per step k). Incomplete strips and panels are padded with zeros, so the kernel
/// always computes a full tile and edge tiles differ only in how much of the tile is kept.
/// </summary>
internal static unsafe class Packing
{
    /// <summary>
    /// Packs the rows × depth block of op(A) whose first element is at <paramref name="a"/> into strips of
    /// <paramref name="height"/> (MR) rows: dst[s·MR·depth + k·MR + r] = op(A)[s·MR + r, k]. The block's
    /// first element op(A)[i0, p0] is A[i0 + p0·lda] if not transposed and A[p0 + i0·lda] if transposed.
    /// </summary>
    public static void PackA(double* a, nint lda, Transpose transpose, int rows, int depth, int height, double* dst, bool vector512)
    {
        for (int i = 0; i < rows; i += height, dst += height * depth)
        {
            int count = Math.Min(height, rows - i);
            if (transpose == Transpose.No)
                PackStripAsStored(a + i, lda, count, depth, dst, height);
            else
                TransposeInto(a + i * lda, lda, count, depth, dst, height, vector512); // row r of the strip is column r of A
        }
    }

    /// <summary>
    /// Packs the depth × columns block of op(B) whose first element is at <paramref name="b"/> into panels
    /// of <paramref name="width"/> columns: dst[q·width·depth + k·width + j] = op(B)[k, q·width + j].
    /// The block's first element op(B)[p0, j0] is B[p0 + j0·ldb] if not transposed and B[j0 + p0·ldb] if transposed.
    /// </summary>
    public static void PackB(double* b, nint ldb, Transpose transpose, int depth, int columns, int width, double* dst, bool vector512)
    {
        for (int j = 0; j < columns; j += width, dst += width * depth)
        {
            int count = Math.Min(width, columns - j);
            if (transpose == Transpose.No)
                TransposeInto(b + j * ldb, ldb, count, depth, dst, width, vector512);
            else
                CopyRows(b + j, ldb, count, depth, dst, width);
        }
    }

    /// <summary>
    /// dst[k·ldDst + r] = src[r·ldSrc + k] for r &lt; count, k &lt; depth: turns <paramref name="count"/>
    /// contiguous runs (columns of a column-major matrix) into rows, 8×8 blocks in registers where possible.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void TransposeInto(double* src, nint ldSrc, int count, int depth, double* dst, nint ldDst, bool vector512)
    {
        int r = 0;
        if (vector512 && Transpose8x8.IsSupported)
        {
            for (; r + 8 <= count; r += 8)
            {
                int k = 0;
                for (; k + 8 <= depth; k += 8)
                    Transpose8x8.Run(src + r * ldSrc + k, ldSrc, dst + k * ldDst + r, ldDst);
                for (; k < depth; k++)
                    for (int t = r; t < r + 8; t++)
                        dst[k * ldDst + t] = src[t * ldSrc + k];
            }
        }

        for (; r < count; r++)
        {
            double* column = src + r * ldSrc;
            for (int k = 0; k < depth; k++)
                dst[k * ldDst + r] = column[k];
        }

        ZeroTail(dst, ldDst, count, depth);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackStripAsStored(double* a, nint lda, int count, int depth, double* dst, int height)
    {
        // op(A)[r, k] = a[r + k·lda]: each step's values are already contiguous.
        for (int k = 0; k < depth; k++)
            new ReadOnlySpan<double>(a + k * lda, count).CopyTo(new Span<double>(dst + k * height, count));
        ZeroTail(dst, height, count, depth);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CopyRows(double* b, nint ldb, int count, int depth, double* dst, int width)
    {
        // op(B)[k, j] = b[j + k·ldb]: each step's values are contiguous.
        for (int k = 0; k < depth; k++)
            new ReadOnlySpan<double>(b + k * ldb, count).CopyTo(new Span<double>(dst + k * width, count));
        ZeroTail(dst, width, count, depth);
    }

    /// <summary>Zeroes dst[k·ld + r] for count ≤ r &lt; ld: the padding of an incomplete strip or panel.</summary>
    private static void ZeroTail(double* dst, nint ld, int count, int depth)
    {
        if (count == ld) return;
        for (int k = 0; k < depth; k++)
            new Span<double>(dst + k * ld + count, (int)ld - count).Clear();
    }
}
