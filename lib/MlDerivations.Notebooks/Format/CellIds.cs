using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace MlDerivations.Notebooks.Format;

/// <summary>nbformat 4.5 cell ids: 1–64 characters from [a-zA-Z0-9-_].</summary>
internal static partial class CellIds
{
    /// <summary>True when <paramref name="id"/> is a valid nbformat 4.5 cell id.</summary>
    public static bool IsValid(string id) => ValidId().IsMatch(id);

    /// <summary>A fresh random id of 8 hex digits, the form Jupyter uses.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    /// <summary>The id given to cell <paramref name="index"/> of a notebook older than 4.5 on upgrade; deterministic.</summary>
    public static string ForUpgrade(int index) => $"cell-{index}";

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex ValidId();
}
