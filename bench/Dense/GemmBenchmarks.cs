using BenchmarkDotNet.Attributes;

namespace MlDerivations.Bench.Dense;

/// <summary>The square n×n product workload both GEMM benchmark classes time, on one or two threads.</summary>
public abstract class SquareGemmWorkload
{
    private protected Workloads Work { get; private set; } = null!;

    [Params(500, 1000, 2000, 4000)]
    public int N { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Work = new Workloads(N, N, gram: false);
        Workloads.UseThreads(Threads);
    }
}

/// <summary>C = AB for square n×n matrices: ours against OpenBLAS (baseline) on one and two threads.</summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class GemmBenchmarks : SquareGemmWorkload
{
    [Benchmark(Baseline = true)]
    public void OpenBlas() => Work.OpenBlasGemm();

    [Benchmark]
    public void Ours() => Work.OursGemm(Threads);
}

/// <summary>MathNet's managed product, separately: at n = 4000 one product takes about a minute.</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class MathNetGemmBenchmarks : SquareGemmWorkload
{
    [Benchmark]
    public void MathNet() => Work.MathNetGemm();
}

/// <summary>XᵀX of a 200,000×50 X: ours (tall-Gram kernel) against OpenBLAS's dsyrk (baseline) and MathNet.</summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class GramBenchmarks
{
    private Workloads work = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        work = new Workloads(200_000, 50, gram: true);
        Workloads.UseThreads(Threads);
    }

    [Benchmark(Baseline = true)]
    public void OpenBlasDsyrk() => work.OpenBlasGram();

    [Benchmark]
    public object Ours() => work.OursGram(Threads);

    [Benchmark]
    public object MathNet() => work.MathNetGram();
}
