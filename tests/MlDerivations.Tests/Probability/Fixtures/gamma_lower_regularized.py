#!/usr/bin/python3
"""Reference values of the regularised lower incomplete gamma function P(a, z), the CDF of Gamma(a, 1).

Computed with mpmath 1.3.0 at 50 significant digits: P = gammainc(a, 0, z, regularized=True).
Run from this folder: python3 gamma_lower_regularized.py > gamma_lower_regularized.json
Every a and z is a double, converted to mpmath exactly, so the reference is the true P at the very
arguments the C# test passes. "p" is P rounded to a double (0 where P is below the smallest
subnormal); "logP" is ln P, finite even where P underflows. Numbers are written as the shortest text that reads back as the same double.
"""
import json
from mpmath import mp, mpf, gammainc, log

mp.dps = 50

SHAPES = [0.001, 0.05, 0.5, 1.0, 5.0, 20.0, 150.0, 400.0]
SMALL_Z = [1e-300, 1e-250, 1e-200, 1e-150, 1e-100, 1e-50, 1e-30, 1e-20, 1e-17, 1e-16, 3e-16,
           1e-15, 1e-14, 1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-3]
BULK_Z = [0.01, 0.05, 0.1, 0.3, 0.5, 0.9, 1.0, 1.5, 2.0, 3.0, 4.5, 5.0, 6.0, 8.0, 10.0, 15.0, 20.0,
          30.0, 50.0, 100.0, 130.0, 150.0, 151.0, 170.0, 300.0, 400.0, 401.0, 450.0]


def case(a, z):
    p = gammainc(mpf(a), 0, mpf(z), regularized=True)
    return {"shape": a, "z": z, "p": float(p), "logP": float(log(p))}


def fmt(value):
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {fmt(v)}" for k, v in value.items()) + "}"
    return repr(float(value))  # shortest text that reads back as the same double


cases = [case(a, z) for a in SHAPES for z in SMALL_Z + BULK_Z]
# Just below and above the switch at z = a + 1 between the series and the continued fraction.
cases += [case(a, z) for a in SHAPES for z in (a + 1 - 1e-9 * (a + 1), a + 1, a + 1 + 1e-9 * (a + 1))]
print("[\n" + ",\n".join(" " + fmt(c) for c in cases) + "\n]")
