#!/usr/bin/python3
"""data/ascent.csv.gz: SciPy's 512x512 grey "ascent" photograph (two people climbing steps),
downsampled to 256x256 by averaging each 2x2 block of pixels. The block means are multiples of 1/4,
so the text is exact. Row i of the CSV is image row i, top to bottom; column c<j> is pixel column j,
left to right; values are grey levels 0 (black) to 255 (white).
Re-runnable: python3 ascent.py (needs python3-scipy; read as a pickle, as scipy.misc.ascent does)."""
import pickle

import numpy as np

from _common import number, package_file, write_csv

SIZE = 256  # keeps MathNet's managed SVD of the image well under a second


def main():
    path = package_file("scipy", "misc", "ascent.dat")
    with open(path, "rb") as f:
        image = np.array(pickle.load(f), dtype=np.int64)
    assert image.shape == (512, 512) and image.min() >= 0 and image.max() <= 255, image.shape
    factor = 512 // SIZE
    blocks = image.reshape(SIZE, factor, SIZE, factor).sum(axis=(1, 3))  # exact integer block sums
    header = [f"c{j}" for j in range(SIZE)]
    rows = ([number(int(s) / factor**2) for s in row] for row in blocks)
    write_csv("ascent.csv.gz", header, rows, compress=True)


if __name__ == "__main__":
    main()
