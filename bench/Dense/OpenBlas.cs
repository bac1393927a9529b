using System.Runtime.InteropServices;

namespace MlDerivations.Bench.Dense;

/// <summary>
/// OpenBLAS through P/Invoke, for comparison only (the library itself has no native dependency).
/// Debian's libopenblas0-pthread installs it behind the libopenblas.so.0 alternative.
/// </summary>
internal static unsafe partial class OpenBlas
{
    private const string Library = "/usr/lib/x86_64-linux-gnu/libopenblas.so.0";
    private const int ColumnMajor = 102, NoTrans = 111, Trans = 112, Lower = 122;

    [LibraryImport(Library, EntryPoint = "cblas_dgemm")]
    private static partial void Dgemm(int order, int transA, int transB, int m, int n, int k,
        double alpha, double* a, int lda, double* b, int ldb, double beta, double* c, int ldc);

    [LibraryImport(Library, EntryPoint = "cblas_dsyrk")]
    private static partial void Dsyrk(int order, int uplo, int trans, int n, int k,
        double alpha, double* a, int lda, double beta, double* c, int ldc);

    [LibraryImport(Library, EntryPoint = "openblas_set_num_threads")]
    public static partial void SetThreads(int threads);

    [LibraryImport(Library, EntryPoint = "openblas_get_corename")]
    private static partial nint CoreNamePointer();

    /// <summary>The kernel family OpenBLAS chose for this processor (e.g. "SapphireRapids", "Haswell").</summary>
    public static string CoreName => Marshal.PtrToStringAnsi(CoreNamePointer()) ?? "?";

    /// <summary>C ← A·B for square column-major n×n arrays.</summary>
    public static void Multiply(double[] a, double[] b, double[] c, int n)
    {
        fixed (double* pa = a, pb = b, pc = c)
            Dgemm(ColumnMajor, NoTrans, NoTrans, n, n, n, 1.0, pa, n, pb, n, 0.0, pc, n);
    }

    /// <summary>Lower triangle of G ← XᵀX for column-major X of n rows and p columns.</summary>
    public static void Gram(double[] x, int n, int p, double[] g)
    {
        fixed (double* px = x, pg = g)
            Dsyrk(ColumnMajor, Lower, Trans, p, n, 1.0, px, n, 0.0, pg, p);
    }
}
