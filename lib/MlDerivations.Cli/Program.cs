using System.CommandLine;
using MlDerivations.Cli.Commands;

var root = new RootCommand("mlderiv: run, check, format, mutation-test and publish the ml-derivations notebooks.");
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(FormatCommand.Create());
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(MutateCommand.Create());
root.Subcommands.Add(StudentCommand.Create());
return await CommandLine.InvokeAsync(root, args);
