using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MlDerivations.Tests")]
[assembly: InternalsVisibleTo("MlDerivations.Bench")]
