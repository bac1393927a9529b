using System.Collections;
using System.Reflection;

namespace MlDerivations.Tests.Formatting;

/// <summary>
/// Finds and runs a value's display formatters exactly as the .NET Interactive kernel does, with no
/// compile-time reference to the library's formatter types: walk the type and its base types for an
/// attribute whose class NAME is "TypeFormatterSourceAttribute", read its FormatterSourceType by
/// reflection, create the source with its parameterless constructor, call its public
/// CreateTypeFormatters(), and for each formatter read MimeType and invoke its single public
/// Format(object, TextWriter).
/// </summary>
internal static class KernelFormatterDiscovery
{
    /// <summary>Every MIME type the value's formatters produce, with the text each wrote.</summary>
    public static IReadOnlyDictionary<string, string> FormatAll(object value)
    {
        object source = CreateSource(value.GetType());
        var results = new Dictionary<string, string>();
        var formatters = (IEnumerable)Invoke(source, "CreateTypeFormatters")!;
        foreach (object formatter in formatters)
        {
            Type type = formatter.GetType();
            string mime = (string)type.GetProperty("MimeType", BindingFlags.Public | BindingFlags.Instance)!.GetValue(formatter)!;
            MethodInfo[] formats = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.Name == "Format").ToArray();
            Assert.True(formats.Length == 1, $"{type.Name} must have exactly one public Format method; has {formats.Length}.");
            ParameterInfo[] parameters = formats[0].GetParameters();
            Assert.Equal([typeof(object), typeof(TextWriter)], parameters.Select(p => p.ParameterType));
            Assert.Equal(typeof(bool), formats[0].ReturnType);
            var writer = new StringWriter();
            bool handled = (bool)formats[0].Invoke(formatter, [value, writer])!;
            Assert.True(handled, $"the {mime} formatter declined a {value.GetType().Name}.");
            results.Add(mime, writer.ToString());
        }
        return results;
    }

    /// <summary>The text the value's formatter for <paramref name="mimeType"/> writes.</summary>
    public static string Format(object value, string mimeType)
    {
        IReadOnlyDictionary<string, string> all = FormatAll(value);
        Assert.True(all.ContainsKey(mimeType), $"no {mimeType} formatter; found {string.Join(", ", all.Keys)}.");
        return all[mimeType];
    }

    /// <summary>The attribute's PreferredMimeTypes, as the kernel reads them (null when absent).</summary>
    public static string[]? PreferredMimeTypes(Type type) =>
        FindAttribute(type).GetType().GetProperty("PreferredMimeTypes")?.GetValue(FindAttribute(type)) as string[];

    private static object CreateSource(Type type)
    {
        object attribute = FindAttribute(type);
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        return Activator.CreateInstance(sourceType)!;
    }

    private static object FindAttribute(Type type)
    {
        for (Type? t = type; t is not null; t = t.BaseType)
        {
            object? found = t.GetCustomAttributes(inherit: false)
                .FirstOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
            if (found is not null) return found;
        }
        throw new Xunit.Sdk.XunitException($"{type.Name} carries no TypeFormatterSourceAttribute on itself or a base class.");
    }

    private static object? Invoke(object target, string method) =>
        target.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!.Invoke(target, null);
}
