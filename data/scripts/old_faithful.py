#!/usr/bin/python3
"""data/old-faithful.csv from statsmodels' kdetest.faithfulData (the same 272 eruptions as R's
datasets::faithful): eruption length in minutes, waiting time to the next one in minutes."""
from statsmodels.sandbox.nonparametric.testdata import kdetest

from _common import number, write_csv


def main():
    data = kdetest.faithfulData
    eruptions, waiting = data["eruptions"], data["waiting"]
    assert len(eruptions) == len(waiting) == 272
    write_csv("old-faithful.csv", ["eruptions", "waiting"],
              ([number(e), number(w)] for e, w in zip(eruptions, waiting)))


if __name__ == "__main__":
    main()
