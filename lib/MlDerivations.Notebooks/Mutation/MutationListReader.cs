using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MlDerivations.Notebooks.Mutation;

/// <summary>
/// Reads a mutation list (notebooks/mutations/NN-slug.json) and checks its shape: a JSON object with
/// <c>notebook</c> and a non-empty <c>mutations</c> array; each mutation has the string fields
/// <c>name</c> (kebab-case, unique), <c>cell</c>, <c>find</c> (non-empty), <c>replace</c> (different
/// from find) and <c>mistake</c>, optionally <c>claim</c>, and nothing else. Whether the cells and
/// texts exist is checked against the notebook by <see cref="MutationList.Validate"/>.
/// </summary>
public static partial class MutationListReader
{
    private static readonly string[] Fields = ["name", "cell", "find", "replace", "mistake", "claim"];

    /// <summary>Reads the list stored at <paramref name="path"/> (UTF-8).</summary>
    public static MutationList Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MutationListException(path, null, $"cannot be read: {e.Message}", e);
        }
        return Parse(json, path);
    }

    /// <summary>Parses list JSON; <paramref name="source"/> names it in error messages.</summary>
    public static MutationList Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new MutationListException(source, null, $"is not valid JSON (line {e.LineNumber + 1}): {e.Message.Split(" Path:")[0]}", e);
        }
        if (root is not JsonObject top)
            throw new MutationListException(source, null, "must be a JSON object with \"notebook\" and \"mutations\".");
        var unknown = top.Select(p => p.Key).Where(k => k is not ("notebook" or "mutations")).ToList();
        if (unknown.Count > 0)
            throw new MutationListException(source, null, $"has unknown key(s) {string.Join(", ", unknown.Select(k => $"\"{k}\""))}; only \"notebook\" and \"mutations\" are allowed.");
        string notebook = Text(top, "notebook", source, null) ?? throw new MutationListException(source, null, "must have a string \"notebook\" (the .ipynb file name).");
        if (top["mutations"] is not JsonArray items || items.Count == 0)
            throw new MutationListException(source, null, "must have a non-empty array \"mutations\".");
        var mutations = new List<Mutation>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            var mutation = ReadMutation(items[i], i, source);
            if (!names.Add(mutation.Name))
                throw new MutationListException(source, mutation.Name, "the name is used twice; names must be unique in the list.");
            mutations.Add(mutation);
        }
        return new MutationList(source, notebook, mutations);
    }

    private static Mutation ReadMutation(JsonNode? node, int index, string source)
    {
        string where = $"mutations[{index}]";
        if (node is not JsonObject item)
            throw new MutationListException(source, null, $"{where} must be an object.");
        string name = Text(item, "name", source, null) ?? throw new MutationListException(source, null, $"{where} must have a string \"name\".");
        if (!KebabCase().IsMatch(name))
            throw new MutationListException(source, name, "the name must be kebab-case (lower-case letters, digits and single hyphens).");
        var unknown = item.Select(p => p.Key).Where(k => !Fields.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new MutationListException(source, name, $"unknown field(s) {string.Join(", ", unknown.Select(k => $"\"{k}\""))}; allowed: {string.Join(", ", Fields)}.");
        string Required(string field) => Text(item, field, source, name)
            ?? throw new MutationListException(source, name, $"must have a string \"{field}\".");
        var mutation = new Mutation
        {
            Name = name,
            CellId = Required("cell"),
            Find = Required("find"),
            Replace = Required("replace"),
            Mistake = Required("mistake"),
            Claim = Text(item, "claim", source, name),
        };
        if (mutation.Find.Length == 0) throw new MutationListException(source, name, "\"find\" must not be empty.");
        if (mutation.Find == mutation.Replace) throw new MutationListException(source, name, "\"replace\" must differ from \"find\"; the mutation changes nothing.");
        if (string.IsNullOrWhiteSpace(mutation.Mistake)) throw new MutationListException(source, name, "\"mistake\" must say what the mistake is.");
        if (mutation.Claim is { Length: 0 }) throw new MutationListException(source, name, "\"claim\", when given, must not be empty.");
        return mutation;
    }

    private static string? Text(JsonObject item, string field, string source, string? mutation)
    {
        var node = item[field];
        if (node is null) return null;
        if (node.GetValueKind() != JsonValueKind.String)
            throw new MutationListException(source, mutation, $"\"{field}\" must be a string; got {node.ToJsonString()}.");
        return node.GetValue<string>();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
