namespace MlDerivations.Tests.Formatting;

/// <summary>
/// A tiny approval check for rendered text: the output must equal the checked-in
/// "name.approved.ext" file in the source tree. When it is missing or differs, the output is written
/// next to it as "name.received.ext" and the test fails naming the first line that differs; review
/// the received file and rename it to approve it.
/// </summary>
internal static class ApprovedFile
{
    /// <summary>Checks <paramref name="actual"/> against folder/name.approved.ext (folder relative to the repository root).</summary>
    public static void Verify(string folder, string name, string actual, string extension = ".json")
    {
        string directory = Path.Combine(RepositoryRoot(), folder);
        string approvedPath = Path.Combine(directory, name + ".approved" + extension);
        string receivedPath = Path.Combine(directory, name + ".received" + extension);
        string received = Normalise(actual);
        string? approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }
        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, received);
        Assert.Fail(approved is null
            ? $"No approved file {approvedPath}; wrote {receivedPath} for review."
            : $"{name} differs from {approvedPath} {FirstDifference(approved, received)}; wrote {receivedPath}.");
    }

    /// <summary>The folder holding ml-derivations.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ml-derivations.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No ml-derivations.sln above {AppContext.BaseDirectory}.");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    private static string FirstDifference(string approved, string received)
    {
        string[] a = approved.Split('\n'), r = received.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            string left = i < a.Length ? a[i] : "(end of file)";
            string right = i < r.Length ? r[i] : "(end of file)";
            if (left != right) return $"at line {i + 1}: approved «{left.Trim()}», received «{right.Trim()}»";
        }
        return "(no line differs)";
    }
}
