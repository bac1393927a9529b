using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;
using MlDerivations.LinearAlgebra;
using MlDerivations.Optimization;
using MlDerivations.Regression;
using MlDerivations.Tests.Regression;

namespace MlDerivations.Tests.Iterative;

/// <summary>Non-convergence is never silent: every iterative result's display says so, in HTML and in plain text.</summary>
public sealed class ConvergenceDisplayTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    private static readonly Matrix<double> Q = Matrix<double>.Build.DenseIdentity(2);
    private static readonly Matrix<double> A = Matrix<double>.Build.DenseOfArray(new double[,] { { -1, -1 } });

    /// <summary>Each iterative result, fitted with the given MaxIterations (1 cannot converge; 1000 does).</summary>
    private static IIterativeResult Fit(string kind, int maxIterations) => kind switch
    {
        "optimisation" => Lbfgs.Minimize(Objective.Rosenbrock(), V(-1.2, 1), new LbfgsOptions { MaxIterations = maxIterations }),
        "power iteration" => PowerIteration.Dominant(Matrix<double>.Build.DiagonalOfDiagonalArray([3, 1]), new PowerIterationOptions { MaxIterations = maxIterations }),
        "QP" => QuadraticProgram.Solve(Q, V(0, 0), A, V(-1), options: new QuadraticProgramOptions { MaxIterations = Math.Min(maxIterations, 100) }),
        "lasso" => Lasso.Fit(RegressionFixtures.X, RegressionFixtures.Y, new LassoOptions { Lambda = 0.05, MaxIterations = maxIterations }),
        "lasso path" => Lasso.Path(RegressionFixtures.X, RegressionFixtures.Y, new LassoPathOptions { LambdaCount = 3, MaxIterations = maxIterations }),
        "elastic net" => ElasticNet.Fit(RegressionFixtures.X, RegressionFixtures.Y, new ElasticNetOptions { Lambda = 0.05, MaxIterations = maxIterations }),
        _ => BayesianLinearRegression.FitEvidence(RegressionFixtures.X, RegressionFixtures.Y, new EvidenceOptions { MaxIterations = maxIterations }),
    };

    public static TheoryData<string> Kinds() => ["optimisation", "power iteration", "QP", "lasso", "lasso path", "elastic net", "evidence"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AnUnconvergedResult_SaysSoInHtmlAndPlainText(string kind)
    {
        var result = Fit(kind, maxIterations: 1);
        Assert.False(result.Convergence.Converged);
        Assert.Contains(result.GetType().GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute");
        string html = Render(new HtmlDisplayFormatter().Format, result), text = Render(new PlainTextDisplayFormatter().Format, result);
        Assert.Contains("class=\"ml-convergence ml-not-converged\"", html);
        Assert.Contains("NOT converged (MaxIterations)", html);
        Assert.Contains("MaxIterations = 1", html);
        Assert.Contains("NOT converged (MaxIterations)", text);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AConvergedResult_ShowsItsStopWithoutTheWarning(string kind)
    {
        var result = Fit(kind, maxIterations: 1000);
        Assert.True(result.Convergence.Converged, result.Convergence.Message);
        string html = Render(new HtmlDisplayFormatter().Format, result);
        Assert.Contains("class=\"ml-convergence ml-converged\"", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(result.Convergence.Message), html);
        Assert.DoesNotContain("NOT converged", html);
        Assert.DoesNotContain("NOT converged", Render(new PlainTextDisplayFormatter().Format, result));
    }

    [Fact]
    public void AClosedFormFit_ShowsNoConvergenceLine()
    {
        var model = BayesianLinearRegression.Fit(RegressionFixtures.X, RegressionFixtures.Y);
        Assert.DoesNotContain("ml-convergence", Render(new HtmlDisplayFormatter().Format, model));
        Assert.DoesNotContain("closed form", model.ToString());
    }

    private static string Render(Func<object, TextWriter, bool> format, object value)
    {
        using var writer = new StringWriter();
        Assert.True(format(value, writer));
        return writer.ToString();
    }
}
