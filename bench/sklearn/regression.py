#!/usr/bin/python3
"""Times scikit-learn on the regression benchmark CSVs and compares its solutions with ours.

    /usr/bin/python3 bench/sklearn/regression.py [--repeats N]

Reads bench/data/regression_*.csv (make_regression_data.py) and our solutions in bench/data/out/
(written by the C# benchmarks' setup), times each workload best-of-N with 1 and with 2 BLAS/OpenMP
threads (threadpoolctl), and writes bench/data/out/sklearn_regression.json. If BenchmarkDotNet's
JSON reports are present (bench/BenchmarkDotNet.Artifacts/results), it also prints the markdown
table for bench/RESULTS.md: our time, scikit-learn's at 1 and 2 threads, the ratio, max |Δ coef|.
"""
import argparse
import glob
import json
import pathlib
import platform
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.linear_model import LinearRegression, Ridge, lasso_path
from threadpoolctl import threadpool_info, threadpool_limits

BENCH = pathlib.Path(__file__).resolve().parent.parent
DATA = BENCH / "data"
OUT = DATA / "out"
RIDGE_ALPHA = 10.0
PATH_LENGTH, PATH_EPS, PATH_TOL = 50, 1e-3, 1e-6


def load(name):
    frame = pd.read_csv(DATA / name, float_precision="round_trip")
    values = frame.to_numpy(dtype=np.float64)
    return np.ascontiguousarray(values[:, :-1]), np.ascontiguousarray(values[:, -1])


def fit_ols(x, y):
    m = LinearRegression().fit(x, y)
    return np.concatenate([[m.intercept_], m.coef_])[None, :]


def fit_ridge(x, y):
    m = Ridge(alpha=RIDGE_ALPHA).fit(x, y)
    return np.concatenate([[m.intercept_], m.coef_])[None, :]


def fit_lasso_path(x, y):
    # lasso_path fits no intercept: centre first (inside the timing), as our Lasso.Path does.
    x_mean, y_mean = x.mean(axis=0), y.mean()
    xc, yc = x - x_mean, y - y_mean
    _, coefs, _ = lasso_path(xc, yc, eps=PATH_EPS, n_alphas=PATH_LENGTH, tol=PATH_TOL)
    intercepts = y_mean - x_mean @ coefs
    return np.column_stack([intercepts, coefs.T])


WORKLOADS = [
    ("OLS by QR, 200000x50", "regression_ols_200000x50.csv", fit_ols, "ours_ols.csv"),
    ("Ridge, 200000x50", "regression_ols_200000x50.csv", fit_ridge, "ours_ridge.csv"),
    ("Lasso path, 50 lambdas, 20000x200", "regression_lasso_20000x200.csv", fit_lasso_path, "ours_lasso_path.csv"),
]


def best_of(fn, x, y, repeats):
    best, solution = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        solution = fn(x, y)
        best = min(best, time.perf_counter() - start)
    return best, solution


def ours_from_benchmarkdotnet():
    """Minimum time per benchmark (s) from BenchmarkDotNet's full JSON reports, by description."""
    times = {}
    for report in glob.glob(str(BENCH / "BenchmarkDotNet.Artifacts" / "results" / "*Regression*-report-full*.json")):
        for b in json.load(open(report))["Benchmarks"]:
            stats = b.get("Statistics") or {}
            if "Min" in stats:
                times[b["Method"] if not b.get("MethodTitle") else b["MethodTitle"].strip("'")] = stats["Min"] / 1e9
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    blas = [f"{i['internal_api']} {i.get('version')} ({i['filepath']})" for i in threadpool_info()]
    print("numpy BLAS / OpenMP:", "; ".join(blas))
    cache, results = {}, []
    for name, file, fn, ours_file in WORKLOADS:
        if file not in cache:
            cache[file] = load(file)
        x, y = cache[file]
        row = {"workload": name}
        for threads in (1, 2):
            with threadpool_limits(limits=threads):
                fn(x, y)  # warm-up
                row[f"sklearn_{threads}_thread_s"], solution = best_of(fn, x, y, args.repeats)
        ours_path = OUT / ours_file
        if ours_path.exists():
            ours = np.loadtxt(ours_path, delimiter=",", ndmin=2)
            row["max_abs_delta_coef"] = float(np.max(np.abs(ours[:, 1:] - solution[:, 1:])))
            row["max_abs_delta_intercept"] = float(np.max(np.abs(ours[:, 0] - solution[:, 0])))
            row["max_abs_coef"] = float(np.max(np.abs(solution[:, 1:])))
        results.append(row)
        print(json.dumps(row))
    OUT.mkdir(exist_ok=True)
    meta = {"sklearn": sklearn.__version__, "numpy": np.__version__, "blas": blas,
            "python": platform.python_version(), "repeats": args.repeats}
    (OUT / "sklearn_regression.json").write_text(json.dumps({"meta": meta, "results": results}, indent=2))

    ours = ours_from_benchmarkdotnet()
    print("\n| Workload | ours (min) | sklearn 1 thread | sklearn 2 threads | ours / sklearn 1t | max abs Δ coef (max abs coef) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for row in results:
        t = ours.get(row["workload"])
        ratio = f"{t / row['sklearn_1_thread_s']:.2f}" if t else "n/a"
        ours_text = f"{t * 1e3:.1f} ms" if t else "n/a"
        delta = f"{row.get('max_abs_delta_coef', float('nan')):.1e} ({row.get('max_abs_coef', float('nan')):.2g})"
        print(f"| {row['workload']} | {ours_text} | {row['sklearn_1_thread_s'] * 1e3:.1f} ms | "
              f"{row['sklearn_2_thread_s'] * 1e3:.1f} ms | {ratio} | {delta} |")


if __name__ == "__main__":
    main()
