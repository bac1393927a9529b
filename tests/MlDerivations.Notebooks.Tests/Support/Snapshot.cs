namespace MlDerivations.Notebooks.Tests.Support;

/// <summary>
/// Approved snapshot files: the output must equal Rendering/Snapshots/{name}.approved.{ext}. On a
/// difference the output is written next to it as .received.{ext} for review; set
/// MLDERIV_APPROVE=1 to accept it as the new approved file.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string extension, string actual)
    {
        var folder = Path.Combine(Repository.Root, "tests", "MlDerivations.Notebooks.Tests", "Rendering", "Snapshots");
        var approved = Path.Combine(folder, $"{name}.approved.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("MLDERIV_APPROVE") == "1")
            File.WriteAllText(approved, normalised);
        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == normalised)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, normalised);
        Assert.Fail(expected is null
            ? $"No approved snapshot {approved}; review {received} and rename it."
            : $"Output differs from {approved}; see {received} (diff them, then approve by renaming).");
    }
}
