namespace MlDerivations.Notebooks.Tests.Browser;

/// <summary>What a book page showed in the browser once its scripts had run.</summary>
internal sealed record PageReport(int Figures, int FiguresDrawn, int MathElements, int Typeset, int KatexErrors)
{
    // A figure is a library figure's box (div.ml-plot, drawn or not) or any div plotly.js drew into.
    private const string FigureSelector = "'.ml-plot, .js-plotly-plot'";

    /// <summary>Waits until every plotly figure has its svg (or the time runs out), then counts.</summary>
    public static async Task<PageReport> ReadAsync(OpenedPage opened)
    {
        const string allDrawn =
            "() => Array.from(document.querySelectorAll(" + FigureSelector + ")).every(f => f.querySelector('svg.main-svg'))";
        try
        {
            await opened.Page.WaitForFunctionAsync(allDrawn, null, new() { Timeout = HeadlessChromium.PatienceMilliseconds });
        }
        catch (TimeoutException)
        {
            // counted below: the assertion names the figures that did not draw
        }
        var counts = await opened.Page.EvaluateAsync<int[]>(
            "() => [document.querySelectorAll(" + FigureSelector + ").length," +
            " Array.from(document.querySelectorAll(" + FigureSelector + ")).filter(f => f.querySelector('svg.main-svg')).length," +
            " document.querySelectorAll('.math').length," +
            " Array.from(document.querySelectorAll('.math')).filter(m => m.querySelector('.katex')).length," +
            " document.querySelectorAll('.katex-error').length]");
        return new PageReport(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }
}
