#!/usr/bin/python3
"""data/longley.csv from statsmodels' copy of Longley (1967): 16 years (1947-1962), employment and
six predictors. The row-number column "Obs" is dropped. Re-runnable: python3 longley.py"""
import csv

from _common import package_file, write_csv

HEADER = ["TOTEMP", "GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR"]


def main():
    with open(package_file("statsmodels", "datasets", "longley", "longley.csv"), newline="") as f:
        records = list(csv.DictReader(f))
    assert len(records) == 16, len(records)
    write_csv("longley.csv", HEADER, ([r[c] for c in HEADER] for r in records))


if __name__ == "__main__":
    main()
