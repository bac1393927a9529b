using System.Text.RegularExpressions;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// Rewrites the kernel's own directives before Roslyn sees a cell (DESIGN.md point 3), one output
/// line per input line so compiler line numbers stay those of the cell:
/// <c>#r "nuget: Name, Version"</c> becomes a blank line and the package's assemblies become
/// references; <c>#i "nuget: source"</c> adds a package source; <c>#!csharp</c> is dropped; any other
/// <c>#!</c> magic is an error naming its line.
/// </summary>
internal sealed partial class DirectivePreprocessor(NuGetPackageResolver packages)
{
    /// <summary>The rewritten source, and the assemblies the cell's nuget references resolved to.</summary>
    public (string Code, IReadOnlyList<string> References) Process(string source)
    {
        var lines = source.Split('\n');
        var references = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (NuGetReference().Match(line) is { Success: true } r)
            {
                string version = r.Groups["version"].Success ? r.Groups["version"].Value.Trim() : "";
                references.AddRange(packages.Resolve(r.Groups["name"].Value.Trim(), version, i + 1));
                lines[i] = "";
            }
            else if (NuGetSource().Match(line) is { Success: true } s)
            {
                packages.AddSource(s.Groups["source"].Value.Trim());
                lines[i] = "";
            }
            else if (line.StartsWith("#i", StringComparison.Ordinal) && (line.Length == 2 || char.IsWhiteSpace(line[2])))
            {
                throw new DirectiveException(i + 1, $"only #i \"nuget: <package source>\" is understood; got {line}");
            }
            else if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                lines[i] = IsCSharpMagic(line) ? ""
                    : throw new DirectiveException(i + 1, $"the magic command {line.Split(' ')[0]} is not supported: this runner runs C# only (#!csharp)");
            }
        }
        return (string.Join('\n', lines), references);
    }

    private static bool IsCSharpMagic(string line) => line is "#!csharp" or "#!c#" or "#!C#";

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<name>[^,"]+)(,(?<version>[^"]*))?"\s*$""")]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^#i\s+"nuget:\s*(?<source>[^"]+)"\s*$""")]
    private static partial Regex NuGetSource();
}

/// <summary>A directive the runner cannot honour; <see cref="Line"/> is its cell-relative line.</summary>
internal sealed class DirectiveException(int line, string message) : Exception($"(line {line}) {message}")
{
    public int Line { get; } = line;
}
