namespace MlDerivations.Formatting;

/// <summary>
/// Names the class that creates this type's display formatters, by the convention .NET Interactive
/// follows: the kernel looks for an attribute whose class NAME is <c>TypeFormatterSourceAttribute</c>
/// (in any namespace, internal is fine), reads <see cref="FormatterSourceType"/>, creates it with its
/// parameterless constructor and calls its public <c>CreateTypeFormatters()</c>. Our own notebook
/// runner follows the same convention, so a figure renders the same in VS Code and in the book, and
/// the library needs no reference to Microsoft.DotNet.Interactive.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>The class whose <c>CreateTypeFormatters()</c> yields the formatters.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME type a host should choose first; HTML, so figures and tables draw.</summary>
    public string[] PreferredMimeTypes { get; set; } = ["text/html"];
}
