#!/usr/bin/python3
"""Reference values for tests/MlDerivations.Tests/Regression from scikit-learn.

Run with Debian's interpreter (python3-sklearn 1.2.1):
    /usr/bin/python3 make_fixtures.py
It writes sklearn_regression.json next to itself. The data are generated here with numpy's seeded
generator and stored in the fixture, so the C# tests read exactly the X and y scikit-learn saw.
Numbers are written with 17 significant digits (exact round trip for doubles).
"""
import json
import pathlib

import numpy as np
import sklearn
from sklearn.linear_model import BayesianRidge, ElasticNet, Lasso, LinearRegression, Ridge, lasso_path
from sklearn.preprocessing import PolynomialFeatures

HERE = pathlib.Path(__file__).resolve().parent
TIGHT = dict(tol=1e-12, max_iter=1_000_000)


def make_data(seed=20260522, n=60, d=8):
    """Correlated, shifted, scaled features; a sparse true w; Gaussian noise."""
    rng = np.random.default_rng(seed)
    z = rng.normal(size=(n, d))
    z[:, 1] = 0.7 * z[:, 0] + 0.3 * z[:, 1]
    scale = np.array([1.0, 2.0, 0.5, 3.0, 1.0, 1.0, 4.0, 0.2])
    shift = np.array([5.0, -3.0, 10.0, 0.0, 2.0, 100.0, -7.0, 1.0])
    x = z * scale + shift
    w = np.array([3.0, -2.0, 0.0, 0.0, 1.5, 0.0, 0.0, 0.5])
    y = 4.0 + x @ w + 0.5 * rng.normal(size=n)
    return x, y


def fixtures():
    x, y = make_data()
    out = {"sklearn_version": sklearn.__version__, "numpy_version": np.__version__,
           "data": {"X": x, "y": y}}

    m = LinearRegression().fit(x, y)
    out["linear_regression"] = {"coef": m.coef_, "intercept": m.intercept_}

    m = Ridge(alpha=2.5).fit(x, y)
    out["ridge"] = {"alpha": 2.5, "coef": m.coef_, "intercept": m.intercept_}

    m = Lasso(alpha=0.2, **TIGHT).fit(x, y)
    out["lasso"] = {"alpha": 0.2, "coef": m.coef_, "intercept": m.intercept_}

    m = ElasticNet(alpha=0.3, l1_ratio=0.6, **TIGHT).fit(x, y)
    out["elastic_net"] = {"alpha": 0.3, "l1_ratio": 0.6, "coef": m.coef_, "intercept": m.intercept_}

    # lasso_path fits no intercept: centre first, as Lasso(fit_intercept=True) does internally.
    xc, yc = x - x.mean(axis=0), y - y.mean()
    alphas, coefs, _ = lasso_path(xc, yc, eps=1e-3, n_alphas=20, tol=1e-12, max_iter=1_000_000)
    out["lasso_path"] = {"eps": 1e-3, "n_alphas": 20, "centred": True, "alphas": alphas, "coefs": coefs}

    # Zero Gamma hyper-priors make BayesianRidge plain evidence maximisation (MacKay / Bishop 3.5).
    # Its alpha_ is the noise precision (our beta), lambda_ the weight precision (our alpha).
    m = BayesianRidge(alpha_1=0.0, alpha_2=0.0, lambda_1=0.0, lambda_2=0.0, tol=1e-14, n_iter=100_000,
                      compute_score=True).fit(x, y)
    x_new = make_data(seed=7, n=5)[0]
    mean, std = m.predict(x_new, return_std=True)
    # scikit-learn 1.2 forms the variance term from the raw x, although sigma_ belongs to the centred
    # fit (scikit-learn issue #33757, fixed by PR #33918). The consistent predictive std (5.17) uses
    # x - mean(X); it is computed here from the estimator's own sigma_ and alpha_.
    xc_new = x_new - x.mean(axis=0)
    std_centred = np.sqrt(np.einsum("ij,jk,ik->i", xc_new, m.sigma_, xc_new) + 1.0 / m.alpha_)
    out["bayesian_ridge"] = {"coef": m.coef_, "intercept": m.intercept_, "alpha_": m.alpha_, "lambda_": m.lambda_,
                             "sigma": m.sigma_, "log_evidence": m.scores_[-1], "X_new": x_new,
                             "predictive_mean": mean, "predictive_std_sklearn_1_2_uncentred": std,
                             "predictive_std": std_centred}

    xp = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -3.0]])
    poly = PolynomialFeatures(degree=3, include_bias=True)
    out["polynomial_features"] = {"X": xp, "degree": 3, "output": poly.fit_transform(xp),
                                  "names": list(poly.get_feature_names_out())}
    return out


def dump(value):
    """JSON with every float at 17 significant digits."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {dump(v)}" for k, v in value.items()) + "}"
    if isinstance(value, np.ndarray):
        return dump(value.tolist())
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(dump(v) for v in value) + "]"
    if isinstance(value, (bool, str)) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return format(float(value), ".17g")


if __name__ == "__main__":
    (HERE / "sklearn_regression.json").write_text(dump(fixtures()) + "\n", encoding="utf-8")
    print("wrote", HERE / "sklearn_regression.json")
