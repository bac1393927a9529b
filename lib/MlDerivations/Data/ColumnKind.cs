namespace MlDerivations.Data;

/// <summary>What a table column holds.</summary>
public enum ColumnKind
{
    /// <summary>Numbers (double); a missing value is NaN.</summary>
    Numeric,

    /// <summary>Text labels (levels); a missing value is null.</summary>
    Categorical,
}
