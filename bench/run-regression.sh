#!/bin/sh
# Runs the regression benchmarks and scikit-learn on the same data, back to back, then prints the
# table for RESULTS.md. Usage: bench/run-regression.sh  (from anywhere; ~5 minutes on 2 cores)
set -eu
cd "$(dirname "$0")"
/usr/bin/python3 data/make_regression_data.py
dotnet run -c Release --project MlDerivations.Bench.csproj -- \
  --filter '*LeastSquaresBenchmarks*' '*LassoPathBenchmarks*' --artifacts ./BenchmarkDotNet.Artifacts --exporters json
# Some machines here set OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE (older OpenBLAS builds misbehave on
# their processors); they slow numpy, so they are unset for scikit-learn's timing only.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 sklearn/regression.py
