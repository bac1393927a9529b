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
/// public <c>bool Format(object, TextWriter)</c>. A Microsoft.Data.Analysis DataFrame, whose formatter
/// the kernel gets from the package's extension, is a table (<see cref="DataFrameFormatter"/>).
/// Without formatters, strings are text/plain and other objects text/html plus text/plain.
/// </summary>
internal static class ValueFormatter
{
    private const int MaxItems = 20;
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<ConventionFormatter>> Cache = new();

    public static Dictionary<string, string> Format(object? value)
    {
        if (value is null) return new() { ["text/plain"] = "<null>" };
        if (value is string s) return new() { ["text/plain"] = s };
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var formatter in Cache.GetOrAdd(value.GetType(), FindFormatters))
        {
            if (data.ContainsKey(formatter.MimeType)) continue;
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            if (formatter.TryFormat(value, writer)) data[formatter.MimeType] = writer.ToString();
        }
        if (data.Count == 0 && DataFrameFormatter.IsDataFrame(value.GetType()) && DataFrameFormatter.TryFormat(value) is { } frame)
            return frame;
        if (data.Count == 0)
        {
            data["text/html"] = DefaultHtml(value);
            data["text/plain"] = DefaultText(value);
        }
        return data;
    }

    private static IReadOnlyList<ConventionFormatter> FindFormatters(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            var attribute = t.GetCustomAttributes(false).FirstOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
            if (attribute is null) continue;
            if (attribute.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType) return [];
            object source = Activator.CreateInstance(sourceType)!;
            var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            if (create?.Invoke(source, null) is not IEnumerable formatters) return [];
            return formatters.Cast<object>().Select(ConventionFormatter.TryCreate).OfType<ConventionFormatter>().ToList();
        }
        return [];
    }

    private static string DefaultText(object value) => value switch
    {
        IEnumerable items and not IDictionary => "[ " + string.Join(", ", Items(items).Select(Text)) + (Count(items) > MaxItems ? ", …" : "") + " ]",
        _ => Text(value),
    };

    private static string DefaultHtml(object value)
    {
        if (value is not IEnumerable items) return $"<div class=\"dni-plaintext\"><pre>{WebUtility.HtmlEncode(Text(value))}</pre></div>";
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

        public bool TryFormat(object value, TextWriter writer) =>
            (type is null || type.IsInstanceOfType(value)) && format.Invoke(target, [value, writer]) is true;
    }
}
