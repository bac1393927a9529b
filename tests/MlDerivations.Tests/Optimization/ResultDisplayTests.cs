using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;
using MlDerivations.LinearAlgebra;
using MlDerivations.Optimization;

namespace MlDerivations.Tests.Optimization;

/// <summary>Results show themselves in a notebook through the by-name formatter convention.</summary>
public sealed class ResultDisplayTests
{
    [Fact]
    public void OptimizationResult_RendersItsMessageAndNumbersAsHtmlAndPlainText()
    {
        var result = Lbfgs.Minimize(Objective.Rosenbrock(), Vector<double>.Build.DenseOfArray([-1.2, 1.0]));
        var html = Render(new HtmlDisplayFormatter().Format, result);
        Assert.Contains("L-BFGS: ‖∇f‖ =", html);
        Assert.Contains("<td>iterations</td><td>" + result.Convergence.Iterations + "</td>", html);
        Assert.Contains("#15803d", html); // converged: green
        Assert.Equal(result.Convergence.Message, Render(new PlainTextDisplayFormatter().Format, result));
    }

    [Fact]
    public void QuadraticProgramResult_RendersMultipliersAndResiduals()
    {
        var result = QuadraticProgram.Solve(Matrix<double>.Build.DenseIdentity(2), Vector<double>.Build.Dense(2),
            Matrix<double>.Build.DenseOfArray(new double[,] { { -1, -1 } }), Vector<double>.Build.DenseOfArray([-1.0]));
        var html = Render(new HtmlDisplayFormatter().Format, result);
        Assert.Contains("<td>λ</td><td>0.5", html);
        Assert.Contains("KKT residuals", html);
        Assert.DoesNotContain("<td>ν</td>", html); // no equality constraints
    }

    [Fact]
    public void GradientCheck_RendersOneLine()
    {
        var check = FiniteDifferences.CheckGradient(x => x.DotProduct(x), x => 2 * x, Vector<double>.Build.DenseOfArray([1.0, 2.0]));
        Assert.StartsWith("gradient check: max |Δ| = ", Render(new PlainTextDisplayFormatter().Format, check));
    }

    [Fact]
    public void ResultTypes_CarryTheFormatterSourceAttributeTheKernelLooksFor()
    {
        foreach (var type in new[] { typeof(OptimizationResult), typeof(QuadraticProgramResult), typeof(GradientCheck) })
            Assert.Contains(type.GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute");
    }

    private static string Render(Func<object, TextWriter, bool> format, object value)
    {
        using var writer = new StringWriter();
        Assert.True(format(value, writer));
        return writer.ToString();
    }
}
