using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MlDerivations.Bench.Dense;

/// <summary>
/// A fast back-to-back comparison for tuning, without BenchmarkDotNet's separate processes:
/// <c>dotnet run -c Release --project bench -- dense-quick [gemm|gram] [n ...] [no-mathnet | mathnet-max=N]</c>. Each workload runs
/// ours, OpenBLAS and ours again (the best of both of ours counts), best of several runs, then MathNet
/// once; it prints a markdown table. The mode is picked up before BenchmarkDotNet sees the arguments.
/// </summary>
internal static class QuickMode
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "The benchmark program's own entry switch.")]
    internal static void RunIfAsked()
    {
        string[] args = Environment.GetCommandLineArgs();
        int at = Array.IndexOf(args, "dense-quick");
        if (at < 0) return;
        Run(args.Skip(at + 1).ToArray());
        Environment.Exit(0);
    }

    private static void Run(string[] args)
    {
        bool both = !args.Contains("gemm") && !args.Contains("gram");
        bool gemm = both || args.Contains("gemm"), gram = both || args.Contains("gram");
        // MathNet's managed product needs about a minute at n = 4000; "mathnet-max=N" skips it above N.
        int mathNetMax = args.Where(s => s.StartsWith("mathnet-max=", StringComparison.Ordinal))
            .Select(s => int.Parse(s["mathnet-max=".Length..], Inv)).DefaultIfEmpty(int.MaxValue).First();
        bool mathNet = !args.Contains("no-mathnet");
        int[] sizes = args.Select(s => int.TryParse(s, NumberStyles.None, Inv, out int n) ? n : 0).Where(n => n > 0).ToArray();
        if (sizes.Length == 0) sizes = [500, 1000, 2000, 4000];
        Console.WriteLine($"OpenBLAS core: {OpenBlas.CoreName}; AVX-512 kernel: {MlDerivations.Numerics.Kernels.MicroKernel512.IsSupported}");
        Console.WriteLine("| workload | threads | ours | MathNet | OpenBLAS | ours / OpenBLAS speed |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (int threads in new[] { 1, 2 })
        {
            Workloads.UseThreads(threads);
            if (gemm)
                foreach (int n in sizes)
                {
                    var w = new Workloads(n, n, gram: false);
                    double flops = 2.0 * n * n * n;
                    Report($"GEMM {n}×{n}", threads, flops, () => w.OursGemm(threads), w.OpenBlasGemm, mathNet && n <= mathNetMax ? w.MathNetGemm : null);
                }

            if (gram)
            {
                var w = new Workloads(200_000, 50, gram: true);
                Report("Gram XᵀX 200000×50", threads, 200_000.0 * 50 * 51, () => w.OursGram(threads), w.OpenBlasGram,
                    mathNet ? () => w.MathNetGram() : null);
            }
        }
    }

    private static void Report(string name, int threads, double flops, Action ours, Action openBlas, Action? mathNet)
    {
        ours();
        openBlas();
        double tOurs = Best(ours), tBlas = Best(openBlas);
        tOurs = Math.Min(tOurs, Best(ours));
        double tMathNet = mathNet is null ? double.NaN : Once(mathNet);
        Console.WriteLine(string.Create(Inv,
            $"| {name} | {threads} | {Cell(tOurs, flops)} | {Cell(tMathNet, flops)} | {Cell(tBlas, flops)} | {tBlas / tOurs:P0} |"));
    }

    private static string Cell(double seconds, double flops) => double.IsNaN(seconds)
        ? "–"
        : string.Create(Inv, $"{seconds * 1e3:F1} ms ({flops / seconds / 1e9:F1} GFLOP/s)");

    private static double Best(Action action)
    {
        double best = double.PositiveInfinity, total = 0;
        for (int run = 0; run < 20 && (run < 3 || total < 2.0); run++)
        {
            double t = Once(action);
            best = Math.Min(best, t);
            total += t;
        }

        return best;
    }

    private static double Once(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }
}
