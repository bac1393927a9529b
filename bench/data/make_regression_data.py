#!/usr/bin/python3
"""Regression benchmark data, generated once and deterministically (numpy's PCG64, fixed seeds).

    /usr/bin/python3 bench/data/make_regression_data.py [--force]

Writes, next to this script (gitignored: ~100 MB as text):
  regression_ols_200000x50.csv    n = 200,000, d = 50: OLS and ridge
  regression_lasso_20000x200.csv  n = 20,000, d = 200: the lasso path
Columns x0..x{d-1}, y; numbers with 17 significant digits, so C# and Python read identical doubles.
Existing files are kept unless --force is given.
"""
import pathlib
import sys

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent


def correlated_design(rng, n, d):
    """Gaussian features with pairwise correlation 0.3 via a shared factor, shifted and scaled."""
    shared = rng.standard_normal((n, 1))
    x = 0.3 ** 0.5 * shared + 0.7 ** 0.5 * rng.standard_normal((n, d))
    return x * rng.uniform(0.5, 2.0, d) + rng.uniform(-5.0, 5.0, d)


def ols_data():
    rng = np.random.default_rng(5_2026)
    n, d = 200_000, 50
    x = correlated_design(rng, n, d)
    w = rng.standard_normal(d)
    y = 1.0 + x @ w + rng.standard_normal(n)
    return x, y


def lasso_data():
    rng = np.random.default_rng(5_2027)
    n, d = 20_000, 200
    x = correlated_design(rng, n, d)
    w = np.zeros(d)
    support = rng.choice(d, 20, replace=False)
    w[support] = rng.choice([-1.0, 1.0], 20) * rng.uniform(0.5, 3.0, 20)
    y = 2.0 + x @ w + 3.0 * rng.standard_normal(n)
    return x, y


def write(name, x, y, force):
    path = HERE / name
    if path.exists() and not force:
        print("kept", path)
        return
    header = ",".join([f"x{j}" for j in range(x.shape[1])] + ["y"])
    tmp = path.with_suffix(".tmp")
    np.savetxt(tmp, np.column_stack([x, y]), delimiter=",", fmt="%.17g", header=header, comments="")
    tmp.replace(path)
    print("wrote", path)


if __name__ == "__main__":
    force = "--force" in sys.argv
    write("regression_ols_200000x50.csv", *ols_data(), force)
    write("regression_lasso_20000x200.csv", *lasso_data(), force)
