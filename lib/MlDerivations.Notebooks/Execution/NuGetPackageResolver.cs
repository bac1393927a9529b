using System.Diagnostics;
using System.Xml.Linq;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// Resolves <c>#r "nuget: Name, Version"</c> to assembly paths as the kernel does: from the NuGet
/// global packages folder (NUGET_PACKAGES, else ~/.nuget/packages), taking
/// <c>lib/&lt;best framework&gt;/*.dll</c> for net10.0 and following the package's dependencies;
/// when a package is absent it is restored first with a throw-away project and <c>dotnet restore</c>.
/// </summary>
internal sealed class NuGetPackageResolver
{
    private static readonly string[] Frameworks =
        ["net10.0", "net9.0", "net8.0", "net7.0", "net6.0", "net5.0", "netcoreapp3.1", "netstandard2.1", "netstandard2.0", "netstandard1.6", "netstandard1.3", "netstandard1.0"];

    private readonly List<string> sources = [];
    private readonly HashSet<string> resolved = new(StringComparer.OrdinalIgnoreCase);

    public static string PackagesFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public void AddSource(string source) => sources.Add(source);

    /// <summary>The assemblies of the package and its dependencies; an empty version means the newest.</summary>
    public IReadOnlyList<string> Resolve(string name, string version, int line)
    {
        string? folder = PackageFolder(name, version);
        if (folder is null)
        {
            Restore(name, version, line);
            folder = PackageFolder(name, version)
                ?? throw new DirectiveException(line, $"package {name} {version} was restored but is not in {PackagesFolder}");
        }
        var assemblies = new List<string>();
        Collect(folder, assemblies, line);
        return assemblies;
    }

    private void Collect(string folder, List<string> assemblies, int line)
    {
        if (!resolved.Add(folder)) return;
        string? lib = BestFrameworkFolder(Path.Combine(folder, "lib"));
        if (lib is not null) assemblies.AddRange(Directory.GetFiles(lib, "*.dll").Order(StringComparer.Ordinal));
        foreach (var (id, minimum) in Dependencies(folder))
        {
            if (IsInSharedFramework(id)) continue;
            string? dependency = PackageFolder(id, minimum, atLeast: true);
            if (dependency is null)
            {
                Restore(id, minimum, line);
                dependency = PackageFolder(id, minimum, atLeast: true);
            }
            if (dependency is not null) Collect(dependency, assemblies, line);
        }
    }

    private static string? PackageFolder(string name, string version, bool atLeast = false)
    {
        string root = Path.Combine(PackagesFolder, name.ToLowerInvariant());
        if (!Directory.Exists(root)) return null;
        if (version.Length > 0 && !atLeast)
        {
            string exact = Path.Combine(root, version.ToLowerInvariant());
            return File.Exists(Path.Combine(exact, ".nupkg.metadata")) ? exact : null;
        }
        var floor = Version.TryParse(version, out var v) ? v : new Version(0, 0);
        return Directory.GetDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, ".nupkg.metadata")))
            .Select(d => (Folder: d, Version: Version.TryParse(Path.GetFileName(d), out var parsed) ? parsed : null))
            .Where(p => p.Version is not null && p.Version >= floor)
            .OrderByDescending(p => p.Version)
            .Select(p => p.Folder)
            .FirstOrDefault();
    }

    private static string? BestFrameworkFolder(string lib) =>
        Directory.Exists(lib)
            ? Frameworks.Select(f => Path.Combine(lib, f)).FirstOrDefault(Directory.Exists)
            : null;

    /// <summary>The dependencies the package's .nuspec declares for the best framework group.</summary>
    private static IEnumerable<(string Id, string Version)> Dependencies(string folder)
    {
        string? nuspec = Directory.GetFiles(folder, "*.nuspec").FirstOrDefault();
        if (nuspec is null) return [];
        var groups = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "group").ToList();
        var best = Frameworks.Select(f => groups.FirstOrDefault(g => NormaliseFramework((string?)g.Attribute("targetFramework")) == f))
            .FirstOrDefault(g => g is not null);
        return (best?.Elements() ?? []).Where(e => e.Name.LocalName == "dependency")
            .Select(e => ((string)e.Attribute("id")!, ((string?)e.Attribute("version") ?? "").Trim('[', ']', '(', ')').Split(',')[0]));
    }

    private static string NormaliseFramework(string? framework) => (framework ?? "").ToLowerInvariant() switch
    {
        ".netstandard2.0" => "netstandard2.0",
        ".netstandard2.1" => "netstandard2.1",
        var f when f.StartsWith("net", StringComparison.Ordinal) && f.Length > 3 && char.IsDigit(f[3]) && f.Contains('.') => f,
        var f => f.TrimStart('.'),
    };

    /// <summary>Packages whose assemblies the runtime itself carries (System.Memory, NETStandard.Library…).</summary>
    private static bool IsInSharedFramework(string id) =>
        File.Exists(Path.Combine(RuntimeDirectory, id + ".dll"))
        || id.StartsWith("Microsoft.NETCore.", StringComparison.OrdinalIgnoreCase)
        || id.Equals("NETStandard.Library", StringComparison.OrdinalIgnoreCase);

    private static string RuntimeDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    private void Restore(string name, string version, int line)
    {
        string project = Directory.CreateTempSubdirectory("mlderiv-restore-").FullName;
        try
        {
            string sourcesProperty = sources.Count == 0 ? "" : $"<RestoreAdditionalProjectSources>{string.Join(';', sources)}</RestoreAdditionalProjectSources>";
            File.WriteAllText(Path.Combine(project, "restore.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>{sourcesProperty}</PropertyGroup>
                  <ItemGroup><PackageReference Include="{name}" Version="{(version.Length == 0 ? "*" : version)}" /></ItemGroup>
                </Project>
                """);
            var start = new ProcessStartInfo(DotNetHost.Path, ["restore", project]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = project };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new DirectiveException(line, $"could not restore package {name} {version}: {(stdout + stderr.Result).Trim()}");
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}
