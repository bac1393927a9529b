using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// Formats a value into a mime bundle the way the .NET Interactive kernel does (DESIGN.md point 6):
/// a type's formatters are found by the by-name convention — an attribute whose class is named
/// <c>TypeFormatterSourceAttribute</c> on the type or a base class, whose <c>FormatterSourceType</c>
/// is created and asked to <c>CreateTypeFormatters()</c>; each formatter has a <c>MimeType</c> and one
/// public <c>bool Format(object, TextWriter)</c>. Like the kernel, the bundle holds only the type's
/// preferred MIME types: the attribute's <c>PreferredMimeTypes</c> when it names some, else text/html
/// (a preferred type without a formatter of its own gets the default HTML or text); strings are
/// text/plain alone. Measured in the real kernel (1.0.712001): an object, a number, an array or null
/// gives text/html only; a source whose attribute prefers text/markdown gives text/markdown only.
/// A Microsoft.Data.Analysis DataFrame, whose formatter the kernel gets from the package's extension,
/// is a table (<see cref="DataFrameFormatter"/>), text/html alone as there.
/// </summary>
internal static class ValueFormatter
{
    private const int MaxItems = 20;
    private static readonly string[] DefaultPreferred = ["text/html"];
    private static readonly ConcurrentDictionary<Type, TypeFormatting> Cache = new();

    public static Dictionary<string, string> Format(object? value)
    {
        if (value is string s) return new() { ["text/plain"] = s };
        if (value is null) return new() { ["text/html"] = PlainHtml("<null>") };
        if (DataFrameFormatter.IsDataFrame(value.GetType()) && DataFrameFormatter.TryFormat(value) is { } frame) return frame;
        var formatting = Cache.GetOrAdd(value.GetType(), FindFormatting);
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string mime in formatting.Preferred)
        {
            string? text = formatting.Formatters.Where(f => f.MimeType == mime).Select(f => f.TryFormat(value)).FirstOrDefault(t => t is not null);
            text ??= mime switch
            {
                "text/html" => DefaultHtml(value),
                "text/plain" => DefaultText(value),
                _ => null,
            };
            if (text is not null) data[mime] = text;
        }
        if (data.Count == 0) data["text/html"] = DefaultHtml(value);
        return data;
    }

    /// <summary>A type's formatters found by convention, and the MIME types its bundle holds.</summary>
    private sealed record TypeFormatting(IReadOnlyList<ConventionFormatter> Formatters, IReadOnlyList<string> Preferred);

    private static TypeFormatting FindFormatting(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            var attribute = t.GetCustomAttributes(false).FirstOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
            if (attribute is null) continue;
            var preferred = attribute.GetType().GetProperty("PreferredMimeTypes")?.GetValue(attribute) is string[] { Length: > 0 } named
                ? named
                : DefaultPreferred;
            if (attribute.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType) return new([], preferred);
            object source = Activator.CreateInstance(sourceType)!;
            var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            if (create?.Invoke(source, null) is not IEnumerable formatters) return new([], preferred);
            return new(formatters.Cast<object>().Select(ConventionFormatter.TryCreate).OfType<ConventionFormatter>().ToList(), preferred);
        }
        return new([], DefaultPreferred);
    }

    private static string DefaultText(object value) => value switch
    {
        IEnumerable items and not IDictionary => "[ " + string.Join(", ", Items(items).Select(Text)) + (Count(items) > MaxItems ? ", …" : "") + " ]",
        _ => Text(value),
    };

    private static string PlainHtml(string text) => $"<div class=\"dni-plaintext\"><pre>{WebUtility.HtmlEncode(text)}</pre></div>";

    // The kernel shows a value, or a sequence of numbers and strings, as its text in a <pre>; other
    // sequences here as an index/value table.
    private static string DefaultHtml(object value)
    {
        if (value is not IEnumerable items) return PlainHtml(Text(value));
        if (items.Cast<object?>().Take(MaxItems).All(i => i is null or string or IFormattable)) return PlainHtml(DefaultText(value));
        var html = new StringBuilder("<table><thead><tr><th><i>index</i></th><th>value</th></tr></thead><tbody>");
        int index = 0;
        foreach (var item in Items(items))
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{index++}</td><td>{WebUtility.HtmlEncode(Text(item))}</td></tr>");
        int count = Count(items);
        if (count > MaxItems) html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"2\"><i>({count - MaxItems} more)</i></td></tr>");
        return html.Append("</tbody></table>").ToString();
    }

    private static IEnumerable<object?> Items(IEnumerable items) => items.Cast<object?>().Take(MaxItems);

    private static int Count(IEnumerable items) => items is ICollection c ? c.Count : items.Cast<object?>().Take(100_000).Count();

    private static string Text(object? value) => value switch
    {
        null => "<null>",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>One formatter object found by convention, called through reflection.</summary>
    private sealed class ConventionFormatter(object target, string mimeType, Type? type, MethodInfo format)
    {
        public string MimeType => mimeType;

        public static ConventionFormatter? TryCreate(object formatter)
        {
            var kind = formatter.GetType();
            var formats = kind.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == "Format").ToList();
            if (formats.Count != 1 || kind.GetProperty("MimeType")?.GetValue(formatter) is not string mime) return null;
            return new ConventionFormatter(formatter, mime, kind.GetProperty("Type")?.GetValue(formatter) as Type, formats[0]);
        }

        /// <summary>The formatted text, or null when this formatter declines the value.</summary>
        public string? TryFormat(object value)
        {
            if (type is not null && !type.IsInstanceOfType(value)) return null;
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            return format.Invoke(target, [value, writer]) is true ? writer.ToString() : null;
        }
    }
}
