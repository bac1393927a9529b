using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>Reads one cell and its outputs for <see cref="NotebookReader"/>.</summary>
internal static class CellReader
{
    public static Cell Read(JsonReadContext context, JsonNode? node, string path, int index, bool needsId)
    {
        var json = context.Object(node, path);
        string type = context.String(context.Required(json, "cell_type", path), $"{path}.cell_type");
        var cell = new Cell
        {
            Type = type switch
            {
                "code" => CellType.Code,
                "markdown" => CellType.Markdown,
                "raw" => CellType.Raw,
                _ => throw context.Error($"{path}.cell_type", $"must be \"code\", \"markdown\" or \"raw\"; got \"{type}\"."),
            },
            Id = ReadId(context, json, path, index, needsId),
            Metadata = (JsonObject)context.Object(context.Required(json, "metadata", path), $"{path}.metadata").DeepClone(),
            Source = context.Multiline(context.Required(json, "source", path), $"{path}.source"),
        };
        if (cell.Type == CellType.Code)
        {
            context.OnlyKnownKeys(json, path, "cell_type", "execution_count", "id", "metadata", "outputs", "source");
            if (!json.ContainsKey("execution_count")) throw context.Error(path, "missing required field \"execution_count\".");
            cell.ExecutionCount = context.NullableInt(json["execution_count"], $"{path}.execution_count");
            var outputs = context.Array(context.Required(json, "outputs", path), $"{path}.outputs");
            for (int i = 0; i < outputs.Count; i++)
                cell.Outputs.Add(ReadOutput(context, outputs[i], $"{path}.outputs[{i}]"));
        }
        else
        {
            context.OnlyKnownKeys(json, path, "attachments", "cell_type", "id", "metadata", "source");
            if (json["attachments"] is { } attachments)
                cell.Attachments = (JsonObject)context.Object(attachments, $"{path}.attachments").DeepClone();
        }
        return cell;
    }

    private static string ReadId(JsonReadContext context, JsonObject json, string path, int index, bool needsId)
    {
        if (!needsId && !json.ContainsKey("id")) return CellIds.ForUpgrade(index);
        string id = context.String(context.Required(json, "id", path), $"{path}.id");
        return CellIds.IsValid(id)
            ? id
            : throw context.Error($"{path}.id", $"must be 1–64 characters of letters, digits, '-' and '_'; got \"{id}\".");
    }

    private static Output ReadOutput(JsonReadContext context, JsonNode? node, string path)
    {
        var json = context.Object(node, path);
        string type = context.String(context.Required(json, "output_type", path), $"{path}.output_type");
        switch (type)
        {
            case "stream":
                context.OnlyKnownKeys(json, path, "name", "output_type", "text");
                return Output.Stream(
                    context.String(context.Required(json, "name", path), $"{path}.name"),
                    context.Multiline(context.Required(json, "text", path), $"{path}.text"));
            case "error":
                context.OnlyKnownKeys(json, path, "ename", "evalue", "output_type", "traceback");
                var traceback = context.Array(context.Required(json, "traceback", path), $"{path}.traceback");
                return Output.Error(
                    context.String(context.Required(json, "ename", path), $"{path}.ename"),
                    context.String(context.Required(json, "evalue", path), $"{path}.evalue"),
                    traceback.Select((line, i) => context.String(line, $"{path}.traceback[{i}]")).ToList());
            case "execute_result":
            case "display_data":
                return ReadRichOutput(context, json, path, type == "execute_result");
            default:
                throw context.Error($"{path}.output_type",
                    $"must be \"execute_result\", \"display_data\", \"stream\" or \"error\"; got \"{type}\".");
        }
    }

    private static Output ReadRichOutput(JsonReadContext context, JsonObject json, string path, bool isResult)
    {
        var output = new Output { Type = isResult ? OutputType.ExecuteResult : OutputType.DisplayData };
        if (isResult)
        {
            context.OnlyKnownKeys(json, path, "data", "execution_count", "metadata", "output_type");
            if (!json.ContainsKey("execution_count")) throw context.Error(path, "missing required field \"execution_count\".");
            output.ExecutionCount = context.NullableInt(json["execution_count"], $"{path}.execution_count");
        }
        else
        {
            context.OnlyKnownKeys(json, path, "data", "metadata", "output_type");
        }
        output.Metadata = (JsonObject)context.Object(context.Required(json, "metadata", path), $"{path}.metadata").DeepClone();
        foreach (var (mime, value) in context.Object(context.Required(json, "data", path), $"{path}.data"))
        {
            string at = $"{path}.data[\"{mime}\"]";
            output.Data[mime] = MultilineText.IsJsonMimeType(mime)
                ? (value ?? throw context.Error(at, "must be a JSON value; got null.")).ToJsonString()
                : context.Multiline(value, at);
        }
        return output;
    }
}
