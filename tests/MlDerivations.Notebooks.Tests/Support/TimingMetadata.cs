using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Tests.Support;

/// <summary>Timing is the one part of an executed copy allowed to vary between runs.</summary>
internal static class TimingMetadata
{
    /// <summary>Sets every "seconds" value below <paramref name="node"/> to 0.</summary>
    public static void ZeroSeconds(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (string key in obj.Select(p => p.Key).ToList())
            {
                if (key == "seconds") obj[key] = 0;
                else ZeroSeconds(obj[key]);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array) ZeroSeconds(item);
        }
    }
}
