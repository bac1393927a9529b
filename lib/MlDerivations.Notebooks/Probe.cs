namespace MlDerivations.Notebooks;
internal static class Probe { }
