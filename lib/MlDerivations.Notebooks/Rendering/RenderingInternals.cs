using System.Runtime.CompilerServices;

// The rendering tests pin internal pieces (highlighter, equation tags, page renderer) directly.
[assembly: InternalsVisibleTo("MlDerivations.Notebooks.Tests")]
