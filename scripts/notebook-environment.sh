#!/usr/bin/env bash
# What a notebook needs to run in VS Code (Polyglot Notebooks, or Jupyter with the .NET Interactive
# C# kernel), in one step: builds the solution, which copies the optimised library the notebooks load
# to artifacts/library/MlDerivations.dll, and installs the real .NET Interactive kernel when absent
# (the Microsoft.dotnet-interactive dotnet tool and its `.net-csharp` Jupyter kernelspec).
# Used by ./build.sh, ./test.sh and the dev container's post-create step (.devcontainer/), so the three
# cannot drift apart. Idempotent: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build ml-derivations.sln --nologo -clp:ErrorsOnly

interactive_version=1.0.712001
if ! dotnet tool list -g | grep -qi "microsoft.dotnet-interactive *${interactive_version}"; then
  dotnet tool install -g Microsoft.dotnet-interactive --version "$interactive_version" \
    || dotnet tool update -g Microsoft.dotnet-interactive --version "$interactive_version"
fi
if [[ ! -f "$HOME/.local/share/jupyter/kernels/.net-csharp/kernel.json" ]]; then
  mkdir -p "$HOME/.local/share/jupyter/kernels"   # the tool installs its kernelspecs only into an existing folder
  PATH="$PATH:$HOME/.dotnet/tools" dotnet interactive jupyter install
fi
echo "notebook-environment: artifacts/library/MlDerivations.dll built; .NET Interactive ${interactive_version} and its .net-csharp kernelspec installed."
