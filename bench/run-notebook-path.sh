#!/usr/bin/env bash
# The dense kernels timed through the notebook path against the bench harness, back to back:
# the harness (`dense-quick`, ours only vs OpenBLAS), then bench/notebook-path.ipynb in our runner and
# in the real .NET Interactive kernel (when installed), then the harness again. Prints each side's best
# time and the ratio notebook / harness (the harness's better run counts). ~3 minutes on 2 cores.
# Usage: bench/run-notebook-path.sh   (from anywhere; run it on a quiet machine)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -e /usr/lib/x86_64-linux-gnu/libopenblas.so.0 ]]; then   # the harness times OpenBLAS beside ours
  echo "run-notebook-path.sh: installing libopenblas0-pthread"
  sudo=(); [[ "$(id -u)" == 0 ]] || sudo=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends libopenblas0-pthread \
    || { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends libopenblas0-pthread; }
fi
dotnet build ml-derivations.sln -c Release --nologo -clp:ErrorsOnly
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
harness() {
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE dotnet artifacts/bin/MlDerivations.Bench/release/MlDerivations.Bench.dll \
    dense-quick gemm gram 1000 no-mathnet
}
harness > "$out/harness1.txt"
dotnet artifacts/bin/MlDerivations.Cli/release/mlderiv.dll run bench/notebook-path.ipynb -o "$out/runner" > /dev/null
if PATH="$PATH:$HOME/.dotnet/tools" command -v dotnet-interactive > /dev/null; then
  PATH="$PATH:$HOME/.dotnet/tools" /usr/bin/python3 tests/MlDerivations.Notebooks.Tests/RealKernel/execute_with_nbclient.py \
    bench/notebook-path.ipynb bench "$out/kernel.ipynb" 600
fi
harness > "$out/harness2.txt"
/usr/bin/python3 - "$out" <<'PY'
import json, os, re, sys
out = sys.argv[1]
harness = {}
for name in ("harness1.txt", "harness2.txt"):
    for line in open(os.path.join(out, name), encoding="utf-8"):
        m = re.match(r"\| (GEMM 1000×1000|Gram XᵀX 200000×50) \| (\d) \| ([\d.]+) ms", line)
        if m:
            key = (m.group(1), int(m.group(2)))
            harness[key] = min(harness.get(key, float("inf")), float(m.group(3)))
def notebook_times(path):
    times = {}
    if not os.path.exists(path):
        return times
    for cell in json.load(open(path, encoding="utf-8"))["cells"]:
        for o in cell.get("outputs", []):
            text = "".join(o.get("text", "")) if o.get("output_type") == "stream" else ""
            for m in re.finditer(r"notebook-path \| (.+?) \| (\d) \| ([\d.]+) ms", text):
                times[(m.group(1), int(m.group(2)))] = float(m.group(3))
    return times
runner = notebook_times(os.path.join(out, "runner", "notebook-path.ipynb"))
kernel = notebook_times(os.path.join(out, "kernel.ipynb"))
print("| workload | threads | harness (best of 2 runs) | our runner | ratio | real kernel | ratio |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for key in sorted(harness):
    h = harness[key]
    r = runner.get(key); k = kernel.get(key)
    cell = lambda t: ("–", "–") if t is None else (f"{t:.1f} ms", f"{t / h:.2f}")
    print(f"| {key[0]} | {key[1]} | {h:.1f} ms | {cell(r)[0]} | {cell(r)[1]} | {cell(k)[0]} | {cell(k)[1]} |")
PY
