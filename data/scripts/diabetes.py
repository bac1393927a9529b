#!/usr/bin/python3
"""data/diabetes.csv from scikit-learn's raw (unscaled) diabetes files: 442 rows, ten baseline
variables and the disease-progression target one year later. Re-runnable: python3 diabetes.py"""
import gzip

from _common import number, package_file, write_csv

HEADER = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6", "target"]


def main():
    with gzip.open(package_file("sklearn", "datasets", "data", "diabetes_data_raw.csv.gz"), "rt") as f:
        features = [line.split() for line in f if line.strip()]
    with gzip.open(package_file("sklearn", "datasets", "data", "diabetes_target.csv.gz"), "rt") as f:
        target = [float(line) for line in f if line.strip()]
    assert len(features) == len(target) == 442, (len(features), len(target))
    # The feature text is copied as written; the target is stored as 1.51e+02 and written as 151.
    rows = [fields + [number(y)] for fields, y in zip(features, target)]
    write_csv("diabetes.csv", HEADER, rows)


if __name__ == "__main__":
    main()
