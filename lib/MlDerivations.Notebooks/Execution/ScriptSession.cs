using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// Runs cells one after another in one Roslyn scripting session, as the C# kernel does
/// (DESIGN.md points 1–5): C# latest in script mode with the kernel's default imports, #r and #load
/// resolved against the notebook's folder, the kernel's directives rewritten first, a trailing
/// expression reported as the result, and state kept after a cell throws.
/// </summary>
internal sealed class ScriptSession
{
    private static readonly string[] DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private readonly string directory;
    private readonly CellOutputCollector collector;
    private readonly KernelGlobals globals;
    private readonly DirectivePreprocessor directives = new(new NuGetPackageResolver());
    private readonly List<MetadataReference> packageReferences = [];
    private readonly ScriptOptions baseOptions;
    private ScriptState<object>? state;

    public ScriptSession(string directory, CellOutputCollector collector)
    {
        this.directory = directory;
        this.collector = collector;
        globals = new KernelGlobals(collector);
        baseOptions = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithImports(DefaultImports)
            .WithReferences(DefaultReferences())
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, directory))
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);
    }

    /// <summary>
    /// Compiles and runs a throw-away script so the compiler is loaded and jitted before the first
    /// cell: that cost (about 2 s cold) then counts against no cell's time limit.
    /// </summary>
    public async Task WarmUpAsync()
    {
        var script = CSharpScript.Create("var warm = new List<int> { 1 }.Count;", baseOptions, typeof(KernelGlobals));
        await script.RunAsync(new KernelGlobals(new CellOutputCollector()));
    }

    /// <summary>The file name a cell compiles under; stack traces and diagnostics map back through it.</summary>
    public string CellPath(int cellNumber) => Path.Combine(directory, $"cell-{cellNumber}.csx");

    /// <summary>
    /// Runs one cell; its outputs go to the collector. Returns whether it failed and, when known, the
    /// cell-relative line of the failure.
    /// </summary>
    public async Task<(bool Failed, int? Line)> RunAsync(int cellNumber, string source)
    {
        string code;
        try
        {
            (code, var references) = directives.Process(source);
            packageReferences.AddRange(references.Select(r => MetadataReference.CreateFromFile(r)));
        }
        catch (DirectiveException e)
        {
            collector.AddError(ExceptionReport.ForDirective(e));
            return (true, e.Line);
        }
        var options = baseOptions.AddReferences(packageReferences).WithFilePath(CellPath(cellNumber));
        Script<object> script = state is null
            ? CSharpScript.Create(code, options, typeof(KernelGlobals))
            : state.Script.ContinueWith(code, options);
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            collector.AddError(ExceptionReport.ForCompilation(errors));
            return (true, errors[0].Location.GetMappedLineSpan().StartLinePosition.Line + 1);
        }
        var next = state is null
            ? await script.RunAsync(globals, catchException: _ => true)
            : await script.RunFromAsync(state, catchException: _ => true);
        state = next;
        if (next.Exception is { } exception)
        {
            var (error, line) = ExceptionReport.ForRuntime(exception, directory);
            collector.AddError(error);
            return (true, line);
        }
        if (TrailingExpression.HasValue(script.GetCompilation(), CellPath(cellNumber)) && next.ReturnValue is not DisplayedValue)
            return ShowResult(next.ReturnValue);
        return (false, null);
    }

    /// <summary>Adds the execute_result; a formatter (or ToString) that throws fails the cell, not the kernel.</summary>
    private (bool Failed, int? Line) ShowResult(object? value)
    {
        try
        {
            collector.AddDisplay("execute_result", ValueFormatter.Format(value));
            return (false, null);
        }
        catch (Exception e)
        {
            var (error, line) = ExceptionReport.ForRuntime(e, directory);
            collector.AddError(error);
            return (true, line);
        }
    }

    /// <summary>The assemblies behind the default imports, plus the facades compiled libraries refer to.</summary>
    private static IEnumerable<Assembly> DefaultReferences()
    {
        string[] facades = ["System.Runtime", "System.Collections", "System.Linq", "System.Console", "System.Threading.Tasks", "netstandard"];
        return new[] { typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(List<>).Assembly, typeof(Console).Assembly }
            .Concat(facades.Select(name => Assembly.Load(new AssemblyName(name))))
            .Distinct();
    }
}
