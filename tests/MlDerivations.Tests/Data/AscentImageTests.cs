using MlDerivations.Data;

namespace MlDerivations.Tests.Data;

/// <summary>
/// data/ascent.csv.gz against values computed by numpy from SciPy's original scipy/misc/ascent.dat
/// (python3-scipy 1.10.1): the 2×2 block means at a few pixels and the mean of the whole image.
/// </summary>
public sealed class AscentImageTests
{
    [Fact]
    public void AscentImage_IsA256By256MatrixWithTheBlockMeansNumpyComputed()
    {
        var image = Datasets.AscentImage();
        Assert.Equal(256, image.RowCount);
        Assert.Equal(256, image.ColumnCount);
        Assert.Equal(82.5, image[0, 0]);
        Assert.Equal(57.25, image[255, 255]);
        Assert.Equal(82.5, image[100, 37]);
        Assert.Equal(64.0, image[17, 200]);
        Assert.Equal(87.47987365722656, image.Enumerate().Average(), 12);
        Assert.InRange(image.Enumerate().Min(), 0, 255);
        Assert.InRange(image.Enumerate().Max(), 0, 255);
    }
}
