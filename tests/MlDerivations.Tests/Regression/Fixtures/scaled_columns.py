#!/usr/bin/python3
"""Least-squares and ridge references for a full-rank design whose columns differ in scale by 1e8.

Run from this folder with any Python 3 that has mpmath (1.3.0 was used):
    python3 scaled_columns.py
It writes scaled_columns.json next to itself. The data come from Python's seeded random.Random and are
stored in the fixture as doubles, so the C# tests read exactly the X and y solved here. Every solution is
computed from those doubles in mpmath at 60 significant digits (exact centring, then the normal equations
by LU), which leaves well over 30 correct digits despite κ(XᵀX) ≈ 1e16 of the raw design; each number is
then rounded once to the nearest double and written as the shortest text that reads back as it.
"""
import json
import pathlib
import random

from mpmath import mp, mpf, matrix, lu_solve

mp.dps = 60
HERE = pathlib.Path(__file__).resolve().parent
SCALES = [1.0, 1e4, 1e8]


def make_data(seed=20261202, n=40):
    """Columns of scale 1, 1e4 and 1e8 (the second correlated with the first, two of them shifted)."""
    rng = random.Random(seed)
    rows, y = [], []
    for _ in range(n):
        z1, u, z3 = rng.gauss(0, 1), rng.gauss(0, 1), rng.gauss(0, 1)
        z2 = 0.6 * z1 + 0.8 * u
        x = [z1 * SCALES[0], 3e4 + z2 * SCALES[1], -2e8 + z3 * SCALES[2]]
        rows.append(x)
        y.append(1.5 + 2.0 * x[0] - 3e-4 * x[1] + 4e-8 * x[2] + 0.1 * rng.gauss(0, 1))
    return rows, y


def solve(rows, y, lam, intercept):
    """ŵ minimising ‖y − Xw − b‖² + λ‖w‖² (b = 0 without an intercept), exactly: centre, then normal equations."""
    n, d = len(rows), len(rows[0])
    X = [[mpf(v) for v in r] for r in rows]
    Y = [mpf(v) for v in y]
    xbar = [sum(X[i][j] for i in range(n)) / n if intercept else mpf(0) for j in range(d)]
    ybar = sum(Y) / n if intercept else mpf(0)
    Xc = [[X[i][j] - xbar[j] for j in range(d)] for i in range(n)]
    yc = [Y[i] - ybar for i in range(n)]
    A = matrix(d, d)
    b = matrix(d, 1)
    for j in range(d):
        b[j] = sum(Xc[i][j] * yc[i] for i in range(n))
        for k in range(d):
            A[j, k] = sum(Xc[i][j] * Xc[i][k] for i in range(n)) + (lam if j == k else 0)
    w = lu_solve(A, b)
    coef = [w[j] for j in range(d)]
    b0 = ybar - sum(xbar[j] * coef[j] for j in range(d))
    return {"lambda": lam, "fit_intercept": intercept,
            "coef": [float(c) for c in coef], "intercept": float(b0)}


def main():
    rows, y = make_data()
    out = {"mpmath_dps": mp.dps, "scales": SCALES, "X": rows, "y": y,
           "least_squares": [solve(rows, y, 0.0, True), solve(rows, y, 0.0, False)],
           "ridge": [solve(rows, y, lam, True) for lam in (1e-3, 10.0)]}
    (HERE / "scaled_columns.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE / "scaled_columns.json")


if __name__ == "__main__":
    main()
