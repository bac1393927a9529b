#!/usr/bin/python3
"""Reference values for the Probability tests, computed with SciPy (Debian python3-scipy 1.10.1).

Run from this folder: /usr/bin/python3 scipy_reference.py > scipy_reference.json
Each entry: distribution name, parameters, and what SciPy gives for it. Parameterisations are
translated to SciPy's: Gamma(shape a, rate b) = gamma(a, scale=1/b); StudentT(nu, loc, scale) =
t(nu, loc, scale); Gaussian(mean, variance) = norm(mean, sqrt(variance)).
"""
import json
import numpy as np
from scipy import stats

cases = []

def add(name, params, at, logp, cdf=None, entropy=None, mean=None, variance=None):
    cases.append({"name": name, "params": params, "at": at, "logDensity": float(logp),
                  "cdf": None if cdf is None else float(cdf),
                  "entropy": None if entropy is None else float(entropy),
                  "mean": None if mean is None else float(mean),
                  "variance": None if variance is None else float(variance)})

for (m, v, x) in [(0.0, 1.0, 0.3), (1.0, 4.0, -2.5), (-3.0, 0.01, -2.9)]:
    d = stats.norm(m, np.sqrt(v))
    add("Gaussian", [m, v], [x], d.logpdf(x), d.cdf(x), d.entropy(), d.mean(), d.var())
for (a, b, x) in [(2.0, 3.0, 0.25), (0.5, 0.5, 0.9), (7.5, 1.2, 0.8)]:
    d = stats.beta(a, b)
    add("Beta", [a, b], [x], d.logpdf(x), d.cdf(x), d.entropy(), d.mean(), d.var())
for (a, r, x) in [(2.0, 3.0, 0.7), (0.4, 1.5, 0.05), (9.0, 0.5, 20.0)]:
    d = stats.gamma(a, scale=1.0 / r)
    add("Gamma", [a, r], [x], d.logpdf(x), d.cdf(x), d.entropy(), d.mean(), d.var())
for (nu, loc, s, x) in [(3.0, 0.0, 1.0, 1.7), (5.5, -1.0, 2.0, 3.0), (1.0, 2.0, 0.5, 1.0)]:
    d = stats.t(nu, loc, s)
    add("StudentT", [nu, loc, s], [x], d.logpdf(x), d.cdf(x), d.entropy(), None, None)
for (n, p, k) in [(10, 0.3, 4), (50, 0.9, 50), (7, 0.5, 0)]:
    d = stats.binom(n, p)
    add("Binomial", [n, p], [k], d.logpmf(k), d.cdf(k), None, d.mean(), d.var())
for (lam, k) in [(3.5, 2), (0.2, 0), (120.0, 130)]:
    d = stats.poisson(lam)
    add("Poisson", [lam], [k], d.logpmf(k), d.cdf(k), None, d.mean(), d.var())
for (alpha, x) in [([1.0, 2.0, 3.0], [0.2, 0.3, 0.5]), ([0.5, 0.5], [0.1, 0.9]), ([4.0, 1.0, 1.0, 2.5], [0.4, 0.1, 0.1, 0.4])]:
    d = stats.dirichlet(alpha)
    add("Dirichlet", alpha, x, d.logpdf(x), None, d.entropy(), None, None)
mu = np.array([1.0, -2.0, 0.5])
cov = np.array([[2.0, 0.3, -0.4], [0.3, 1.0, 0.2], [-0.4, 0.2, 0.5]])
x = [0.0, -1.0, 1.5]
d = stats.multivariate_normal(mu, cov)
add("MultivariateGaussian", list(mu) + list(cov.ravel()), x, d.logpdf(x), None, d.entropy(), None, None)

print(json.dumps(cases, indent=1))
