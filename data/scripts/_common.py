"""Shared helpers for the data/scripts: locate a file inside an installed Debian package and
write a CSV deterministically (UTF-8 without BOM, LF line ends, minimal quoting)."""
import csv
import gzip
import importlib.util
import io
import os

DATA_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def package_file(package, *parts):
    """Path of a file shipped inside an installed Python package (e.g. sklearn)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise SystemExit(f"package {package} is not installed; apt-get install python3-{package}")
    return os.path.join(os.path.dirname(spec.origin), *parts)


def number(value):
    """A number as the shortest text that round-trips; integers without '.0'; None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("booleans are not numbers here")
    if isinstance(value, int):
        return str(value)
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def write_csv(name, header, rows, compress=False):
    """Writes data/<name> (gzip'd, with a zero timestamp and no stored file name, when compress)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    count = 0
    for row in rows:
        if len(row) != len(header):
            raise SystemExit(f"{name}: row {count + 1} has {len(row)} fields, header has {len(header)}")
        writer.writerow(row)
        count += 1
    data = buffer.getvalue().encode("utf-8")
    path = os.path.join(DATA_DIR, name)
    if compress:
        with open(path, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
                gz.write(data)
    else:
        with open(path, "wb") as out:
            out.write(data)
    print(f"wrote {path}: {count} rows x {len(header)} columns")
