namespace MlDerivations.Claims;

/// <summary>
/// Records every claim checked in this process, so the notebook runner can count them and store them
/// in the executed notebook's metadata. The log lives in an AppDomain data slot holding only BCL
/// types (a <c>List&lt;string[]&gt;</c> of { label, "passed" | "failed", message }), so a host reads it
/// without referencing this library, and it survives the library being loaded more than once.
/// </summary>
public static class ClaimLog
{
    /// <summary>The AppDomain data key under which the log is kept.</summary>
    public const string DataKey = "MlDerivations.Claims.Log";

    private static readonly object Gate = new();

    internal static void Record(string label, bool passed, string message)
    {
        lock (Gate)
        {
            if (AppDomain.CurrentDomain.GetData(DataKey) is not List<string[]> log)
            {
                log = [];
                AppDomain.CurrentDomain.SetData(DataKey, log);
            }
            log.Add([label, passed ? "passed" : "failed", message]);
        }
    }

    /// <summary>The claims recorded so far, oldest first: (label, passed, message).</summary>
    public static IReadOnlyList<(string Label, bool Passed, string Message)> Entries
    {
        get
        {
            lock (Gate)
            {
                return AppDomain.CurrentDomain.GetData(DataKey) is List<string[]> log
                    ? log.Select(e => (e[0], e[1] == "passed", e[2])).ToList()
                    : [];
            }
        }
    }
}
