using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Regression;

namespace MlDerivations.Tests.Regression;

public sealed class LinearModelDisplayTests
{
    private static LinearRegressionModel HandWorkedFit() =>
        LinearRegression.Fit(Matrix<double>.Build.DenseOfArray(new double[,] { { 0 }, { 1 }, { 2 }, { 3 } }),
            Vector<double>.Build.Dense([1, 2, 2, 4]));

    [Fact]
    public void ToString_ShowsInterceptWeightsAndTheFitsFacts()
    {
        // w = b = 0.9, σ̂² = 0.175 (hand-worked in LinearRegressionTests).
        Assert.Equal("LinearRegressionModel: b = 0.9, w = [0.9], solver = Qr, σ̂² = 0.175", HandWorkedFit().ToString());
    }

    [Fact]
    public void Models_CarryTheByNameFormatterSourceAndRenderAnHtmlTable()
    {
        var model = Lasso.Fit(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1 }, { -1, 1 }, { 1, -1 }, { -1, -1 } }),
            Vector<double>.Build.Dense([3, 1, -1, 0.5]), new LassoOptions { Lambda = 0.3 });
        Assert.Contains(model.GetType().GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute");

        var html = new StringWriter();
        Assert.True(new HtmlDisplayFormatter().Format(model, html));
        Assert.StartsWith("<div class=\"ml-model\"", html.ToString());
        Assert.Contains("w<sub>1</sub></th><td style=\"text-align:right\">0.825</td>", html.ToString());
        Assert.Contains("zeros = <code>1</code>", html.ToString());
    }
}
