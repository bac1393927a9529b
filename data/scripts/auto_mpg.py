#!/usr/bin/python3
"""data/auto-mpg.csv from vega_datasets' cars.json (the UCI Auto MPG data): 406 cars, 14 missing
values kept as empty fields. The model year is kept as the year alone. Re-runnable."""
import json

from _common import number, package_file, write_csv

# (output column, cars.json key)
COLUMNS = [
    ("name", "Name"),
    ("mpg", "Miles_per_Gallon"),
    ("cylinders", "Cylinders"),
    ("displacement", "Displacement"),
    ("horsepower", "Horsepower"),
    ("weight", "Weight_in_lbs"),
    ("acceleration", "Acceleration"),
    ("year", "Year"),
    ("origin", "Origin"),
]


def cell(column, value):
    if column in ("name", "origin"):
        return value
    if column == "year":
        return value[:4]  # "1970-01-01" -> "1970"
    return number(value)


def main():
    with open(package_file("vega_datasets", "_data", "cars.json"), encoding="utf-8") as f:
        cars = json.load(f)
    assert len(cars) == 406, len(cars)
    rows = [[cell(column, car[key]) for column, key in COLUMNS] for car in cars]
    assert sum(v == "" for row in rows for v in row) == 14
    write_csv("auto-mpg.csv", [c for c, _ in COLUMNS], rows)


if __name__ == "__main__":
    main()
