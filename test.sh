#!/usr/bin/env bash
# Installs what the tests need when it is absent (Debian's chromium, python3-nbformat, python3-nbclient
# and npm; the npm packages in node_modules; the real .NET Interactive kernel, i.e. the
# Microsoft.dotnet-interactive tool and its Jupyter kernelspec), then runs every test of the solution and
# ends with one plain line: "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
/usr/bin/python3 -c 'import nbformat' >/dev/null 2>&1 || missing+=(python3-nbformat)
/usr/bin/python3 -c 'import nbclient' >/dev/null 2>&1 || missing+=(python3-nbclient)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if (( ${#missing[@]} > 0 )); then
  echo "test.sh: installing ${missing[*]}"
  sudo=(); [[ "$(id -u)" == 0 ]] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if [[ ! -f node_modules/katex/package.json || ! -f node_modules/plotly.js-dist-min/package.json ]]; then
  npm ci --no-audit --no-fund
fi

# The library the notebooks load, and the real kernel, a test client of every notebook
# (tests/MlDerivations.Notebooks.Tests/RealKernel): the dev container's post-create step, run here too.
if ! bash scripts/notebook-environment.sh; then
  echo "test.sh: the build or the kernel's installation failed (above)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
tools="$HOME/.dotnet/tools"
export PATH="$PATH:$tools"

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0
dotnet test ml-derivations.sln --nologo --logger trx --results-directory "$results" || status=$?

# One summary over every test project, from the trx files' <Counters>.
shopt -s nullglob
trx=("$results"/*.trx)
if (( ${#trx[@]} == 0 )); then
  echo "test.sh: no test results (did the build fail?)" >&2
  echo "0 passed, 1 failed"
  exit $(( status == 0 ? 1 : status ))
fi
counter() { grep -ho "<Counters [^>]*" "${trx[@]}" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'; }
total=$(counter total); executed=$(counter executed); passed=$(counter passed); failed=$(counter failed)
skipped=$(( total - executed ))
failed=$(( failed + $(counter error) + $(counter timeout) + $(counter aborted) ))
if (( skipped > 0 )); then
  echo "${passed} passed, ${failed} failed, ${skipped} skipped"
else
  echo "${passed} passed, ${failed} failed"
fi
if (( status == 0 && failed > 0 )); then status=1; fi
exit "$status"
