namespace MlDerivations.Data;

/// <summary>What a CSV column becomes when <see cref="Csv.Load"/> reads it.</summary>
public enum ColumnKind
{
    /// <summary>Numbers: a <c>DoubleDataFrameColumn</c>; a missing value is null.</summary>
    Numeric,

    /// <summary>Text labels (levels): a <c>StringDataFrameColumn</c>; a missing value is null.</summary>
    Categorical,
}
