namespace MlDerivations.Plotting;

// Animation: frames, and the slider and Play/Pause buttons that step through them.
public sealed partial record Figure
{
    /// <summary>
    /// Adds an animation frame: new data for the figure's first traces.Length traces (trace i of the
    /// frame replaces trace i of the figure), e.g. the iterates of gradient descent up to step k.
    /// The figure gets a slider with one step per frame and Play/Pause buttons (plotly <c>animate</c>).
    /// </summary>
    public Figure AddFrame(string name, params Trace[] traces) => AddFrame(name, traces, title: null);

    /// <summary>
    /// Adds an animation frame whose title replaces the figure's while it shows, e.g.
    /// "iteration 7: log-likelihood −412.3".
    /// </summary>
    public Figure AddFrame(string name, IEnumerable<Trace> traces, string? title)
    {
        Require.Text(name, F, nameof(name));
        if (Frames.Any(f => f.Name == name))
            throw new ArgumentException($"Figure.Name must be unique among frames; got \"{name}\" twice.", nameof(name));
        Trace[] data = Require.NotNull(traces, F, nameof(traces)).ToArray();
        if (data.Length == 0 || data.Length > Traces.Count)
            throw new ArgumentException(
                $"Figure.Traces must hold between 1 and the figure's {Traces.Count} traces (add the traces first); got {data.Length}.",
                nameof(traces));
        foreach (Trace? t in data) CheckPlaced(t, nameof(traces));
        return this with { Frames = Frames.Add(new AnimationFrame(name, data, title)) };
    }

    /// <summary>
    /// Sets how long each frame shows when playing, in milliseconds (default 500), and the text
    /// before the slider's current value, e.g. "iteration ".
    /// </summary>
    public Figure Animation(int frameMilliseconds = 500, string sliderPrefix = "")
    {
        Require.AtLeast(frameMilliseconds, 1, F, nameof(frameMilliseconds));
        return this with { FrameMilliseconds = frameMilliseconds, SliderPrefix = Require.NotNull(sliderPrefix, F, nameof(sliderPrefix)) };
    }

    /// <summary>
    /// Scatter and bar traces move smoothly without a full redraw; heatmaps, contours, 3-D traces
    /// and frame titles need one.
    /// </summary>
    internal bool FramesNeedRedraw =>
        Frames.Any(f => f.Title is not null || f.Traces.Any(t => t.Type is not ("scatter" or "bar")));
}
