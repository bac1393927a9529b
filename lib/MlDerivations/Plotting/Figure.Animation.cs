using MlDerivations.Validation;
namespace MlDerivations.Plotting;

// Animation: frames, and the slider and Play/Pause buttons that step through them.
public sealed partial record Figure
{
    /// <summary>
    /// Adds an animation frame: new data for the figure's first traces.Length traces (trace i of the
    /// frame replaces trace i of the figure; see the other overload to start later), e.g. the iterates of gradient descent up to step k.
    /// The figure gets a slider with one step per frame and Play/Pause buttons (plotly <c>animate</c>).
    /// </summary>
    public Figure AddFrame(string name, params Trace[] traces) => AddFrame(name, traces, title: null, firstTrace: 0);

    /// <summary>
    /// Adds an animation frame whose trace i replaces the figure's trace <paramref name="firstTrace"/> + i,
    /// so a static background (a loss contour, trace 0) can stay while the path drawn over it
    /// (trace 1, <c>firstTrace: 1</c>) moves. <paramref name="title"/>, when given, replaces the
    /// figure's title while the frame shows, e.g. "iteration 7: log-likelihood −412.3".
    /// </summary>
    public Figure AddFrame(string name, IEnumerable<Trace> traces, string? title = null, int firstTrace = 0)
    {
        Guard.Text(name, F, nameof(name));
        if (Frames.Any(f => f.Name == name))
            throw new ArgumentException($"Figure.Name must be unique among frames; got \"{name}\" twice.", nameof(name));
        Trace[] data = Guard.NotNull(traces, F, nameof(traces)).ToArray();
        if (firstTrace < 0 || firstTrace >= Traces.Count)
            throw new ArgumentOutOfRangeException(nameof(firstTrace), firstTrace,
                $"Figure.FirstTrace must index one of the figure's {Traces.Count} traces (add the traces first); got {firstTrace}.");
        if (data.Length == 0 || firstTrace + data.Length > Traces.Count)
            throw new ArgumentException(
                $"Figure.Traces must hold between 1 and {Traces.Count - firstTrace} traces (the figure's {Traces.Count} from trace {firstTrace} on); got {data.Length}.",
                nameof(traces));
        foreach (Trace? t in data) CheckPlaced(t, nameof(traces));
        return this with { Frames = Frames.Add(new AnimationFrame(name, data, title, firstTrace)) };
    }

    /// <summary>
    /// Sets how long each frame shows when playing, in milliseconds (default 500), and the text
    /// before the slider's current value, e.g. "iteration ".
    /// </summary>
    public Figure Animation(int frameMilliseconds = 500, string sliderPrefix = "")
    {
        Guard.AtLeast(frameMilliseconds, F, nameof(frameMilliseconds), 1);
        return this with { FrameMilliseconds = frameMilliseconds, SliderPrefix = Guard.NotNull(sliderPrefix, F, nameof(sliderPrefix)) };
    }

    /// <summary>
    /// Scatter and bar traces move smoothly without a full redraw; heatmaps, contours, 3-D traces
    /// and frame titles need one.
    /// </summary>
    internal bool FramesNeedRedraw =>
        Frames.Any(f => f.Title is not null || f.Traces.Any(t => t.Type is not ("scatter" or "bar")));
}
