#!/usr/bin/python3
"""Writes standard_scaler_diabetes.csv: scikit-learn's StandardScaler fitted on data/diabetes.csv
(all 11 columns): per column its mean_, scale_ (population sd) and the standardised value of row 0.
Used by StandardizerTests as an independent reference. Re-run from anywhere: python3 this file."""
import csv
import os

import numpy as np
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "..", "data", "diabetes.csv")

with open(DATA, newline="") as f:
    rows = list(csv.reader(f))
header, values = rows[0], np.array(rows[1:], dtype=float)
scaler = StandardScaler().fit(values)
z0 = scaler.transform(values[:1])[0]
with open(os.path.join(HERE, "standard_scaler_diabetes.csv"), "w", newline="") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["column", "mean", "scale", "z_row0"])
    for name, m, s, z in zip(header, scaler.mean_, scaler.scale_, z0):
        writer.writerow([name, repr(float(m)), repr(float(s)), repr(float(z))])
