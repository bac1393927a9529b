using MlDerivations.Formatting;
using MlDerivations.Iterative;

namespace MlDerivations.Regression;

/// <summary>How a fitted model shows itself in a notebook: a small table of b, w and the fit's own facts.</summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public abstract partial class LinearModel : IRichDisplay
{
    /// <summary>Facts particular to the estimator (λ, sweeps, duality gap, σ̂², …), as (name, value) pairs.</summary>
    private protected virtual IEnumerable<(string Name, string Value)> Facts() => [];

    /// <summary>One line: the model type, b and w with 6 significant digits.</summary>
    public override string ToString()
    {
        var weights = string.Join(", ", W.Select(v => Html.Number(v, 6)));
        var facts = string.Concat(Facts().Select(f => $", {f.Name} = {f.Value}"));
        return $"{GetType().Name}: b = {Html.Number(Intercept, 6)}, w = [{weights}]{facts}" +
               (IterativeConvergence is { } convergence ? $"; {convergence}" : "");
    }

    /// <summary>How the fit's iteration ended, for models of iterative methods; null for closed-form fits, which have nothing to report.</summary>
    private Convergence? IterativeConvergence =>
        this is IIterativeResult { Convergence: { Reason: not StopReason.Exact } convergence } ? convergence : null;

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        writer.Write("<div class=\"ml-model\" style=\"font-family:system-ui,sans-serif\"><strong>");
        writer.Write(Html.Escape(GetType().Name));
        writer.Write("</strong>");
        foreach (var (name, value) in Facts())
            writer.Write($" · {Html.Escape(name)} = <code>{Html.Escape(value)}</code>");
        if (IterativeConvergence is IRichDisplay convergence) convergence.WriteHtml(writer);
        writer.Write("<table style=\"border-collapse:collapse;font-family:ui-monospace,monospace\">");
        writer.Write($"<tr><th style=\"text-align:left;padding:0 1em 0 0\">b</th><td style=\"text-align:right\">{Html.Number(Intercept, 8)}</td></tr>");
        for (int j = 0; j < W.Count; j++)
            writer.Write($"<tr><th style=\"text-align:left;padding:0 1em 0 0\">w<sub>{j}</sub></th><td style=\"text-align:right\">{Html.Number(W[j], 8)}</td></tr>");
        writer.Write("</table></div>");
    }
}
