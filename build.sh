#!/usr/bin/env bash
# Restores and builds everything, executes every chapter in notebooks/ (in parallel, a kernel
# process per notebook) and writes the HTML book to book/, printing where it is. With npm present
# the book is offline (plotly.js and KaTeX copied in); without it, it loads them from a CDN.
# Each figure of the downloadable notebooks gets a static image rendered in headless Chromium
# (Debian's chromium, installed with apt-get when absent).
# Extra arguments go to `mlderiv build` (e.g. ./build.sh --jobs 1 --timeout 120).
set -euo pipefail
cd "$(dirname "$0")"

if [[ ! -x /usr/bin/chromium ]]; then
  echo "build.sh: installing chromium (it renders each figure's static image)"
  sudo=(); [[ "$(id -u)" == 0 ]] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium
fi

# Builds the library the notebooks load and installs the .NET Interactive kernel (the dev container's post-create step too).
bash scripts/notebook-environment.sh

assets=()
if command -v npm >/dev/null 2>&1; then
  if [[ ! -f node_modules/katex/package.json || ! -f node_modules/plotly.js-dist-min/package.json ]]; then
    npm ci --no-audit --no-fund
  fi
  assets=(--offline)
else
  echo "npm not found: the book will load plotly.js and KaTeX from a CDN (install npm for an offline book)." >&2
fi

exec dotnet artifacts/bin/MlDerivations.Cli/debug/mlderiv.dll build notebooks --output book "${assets[@]}" "$@"
