"""Command-line check of a data folder: ``python -m components.validate [DATA_DIR]``.

Prints a one-line summary and exits 0 when the data is valid, or prints one line per
problem and exits 1. It only reads the folder, never writes to it, and reports bad data as
plain lines rather than a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from components.model import DataError, Dataset
from components.schema import SPECS


def summarize(dataset: Dataset) -> str:
    """Return the one-line summary of a valid dataset, e.g. ``data: 30 places, ... OK``."""
    counts = dataset.counts()
    parts = [f"{counts[spec.name]} {spec.attribute}" for spec in SPECS if spec.name in counts]
    return "data: " + ", ".join(parts) + " OK"


def main(argv: Sequence[str] | None = None) -> int:
    """Validate the data folder given on the command line (default: the app's data folder)."""
    parser = argparse.ArgumentParser(
        prog="python -m components.validate",
        description="Check the dashboard's CSV files and list every problem.",
    )
    parser.add_argument("data_dir", nargs="?", type=Path, help="the data folder to check")
    args = parser.parse_args(argv)
    # Outside a running app, streamlit's cache decorator in components.data logs a
    # "No runtime found" warning on import; on a command line that is noise, so quiet it first.
    from streamlit.logger import set_log_level

    set_log_level("error")
    from components.data import data_dir, read_dataset

    folder = args.data_dir if args.data_dir is not None else data_dir()
    try:
        dataset = read_dataset(folder)
    except DataError as error:
        for problem in error.problems:
            print(problem)
        return 1
    print(summarize(dataset))
    return 0


if __name__ == "__main__":
    sys.exit(main())
