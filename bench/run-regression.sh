#!/bin/sh
# Runs the regression benchmarks and scikit-learn on the same data, back to back, then prints the
# table for RESULTS.md. Usage: bench/run-regression.sh  (from anywhere; ~5 minutes on 2 cores)
set -eu
cd "$(dirname "$0")"
/usr/bin/python3 data/make_regression_data.py
dotnet run -c Release --project MlDerivations.Bench.csproj -- \
  --filter '*LeastSquaresBenchmarks*' '*LassoPathBenchmarks*' --artifacts ./BenchmarkDotNet.Artifacts --exporters json
/usr/bin/python3 sklearn/regression.py
