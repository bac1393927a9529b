#!/usr/bin/python3
"""data/iris.csv, data/wine.csv, data/breast-cancer.csv and data/digits.csv.gz from the CSVs that
ship with scikit-learn. Those files start with a line "n_rows,n_features,class names..." instead of
a header; we write proper column names (from sklearn's load_* functions, in snake_case), the
integer class "target" and, except for digits, the class name as a categorical column.
Feature values are copied as text, unchanged. Re-runnable: python3 sklearn_classification.py"""
import csv
import gzip
import io
import re

from sklearn import datasets

from _common import package_file, write_csv


def snake(name):
    """'mean radius' -> 'mean_radius', 'sepal length (cm)' -> 'sepal_length_cm',
    'od280/od315_of_diluted_wines' -> 'od280_od315_of_diluted_wines'."""
    return re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")


def read_sklearn_csv(file_name):
    path = package_file("sklearn", "datasets", "data", file_name)
    if file_name.endswith(".gz"):
        with gzip.open(path, "rt") as f:
            text = f.read()
    else:
        with open(path, newline="") as f:
            text = f.read()
    return list(csv.reader(io.StringIO(text)))


def convert(file_name, out_name, loader, label_column, compress=False):
    lines = read_sklearn_csv(file_name)
    features = [snake(n) for n in loader().feature_names]
    if label_column is None:
        # digits.csv.gz has no count line: 64 pixels then the digit.
        class_names, body = None, lines
    else:
        n_rows, n_features = int(lines[0][0]), int(lines[0][1])
        class_names, body = lines[0][2:], lines[1:]
        assert len(body) == n_rows and n_features == len(features), (out_name, len(body), n_features)
    header = features + ["target"] + ([label_column] if class_names else [])
    rows = []
    for fields in body:
        assert len(fields) == len(features) + 1, (out_name, len(fields))
        target = str(int(float(fields[-1])))
        row = fields[:-1] + [target]
        if class_names:
            row.append(class_names[int(target)])
        rows.append(row)
    write_csv(out_name, header, rows, compress=compress)


def main():
    convert("iris.csv", "iris.csv", datasets.load_iris, "species")
    convert("wine_data.csv", "wine.csv", datasets.load_wine, "cultivar")
    convert("breast_cancer.csv", "breast-cancer.csv", datasets.load_breast_cancer, "diagnosis")
    convert("digits.csv.gz", "digits.csv.gz", datasets.load_digits, None, compress=True)


if __name__ == "__main__":
    main()
