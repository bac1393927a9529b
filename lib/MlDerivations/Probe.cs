namespace MlDerivations;
internal static class Probe { }
