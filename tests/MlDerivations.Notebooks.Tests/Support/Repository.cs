namespace MlDerivations.Notebooks.Tests.Support;

/// <summary>Paths inside the repository, found by walking up to ml-derivations.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Corpus(params string[] parts) =>
        Path.Combine([Root, "tests", "MlDerivations.Notebooks.Tests", "Corpus", .. parts]);

    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>"debug" or "release": the configuration these tests were built in, hence the one built before them.</summary>
    public static string Configuration => Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>The optimised library the notebooks reference, at the same path whichever configuration was built.</summary>
    public static string LibraryDll => Path.Combine(Root, "artifacts", "library", "MlDerivations.dll");

    public static string CliDll => Path.Combine(Root, "artifacts", "bin", "MlDerivations.Cli", Configuration, "mlderiv.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ml-derivations.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No ml-derivations.sln above {AppContext.BaseDirectory}.");
    }
}
