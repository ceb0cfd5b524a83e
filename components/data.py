"""Where the data folder is, reading it into a validated ``Dataset``, and every cached loader.

This module owns file I/O for ``data/``: ``read_dataset()`` reads the CSV files as bytes,
decodes them strictly as UTF-8, splits them into tables of strings and hands them to
``components.model.validate_tables()``. The ``load_*`` functions are the app's only caches
(``st.cache_*``) and the only streamlit code here: ``load_dataset`` and what pages derive
from a whole dataset once per folder (``load_place_texts``, ``load_distance_rows``, whose
pure builders live in their own modules). Panels receive what these return; they never load.
Nothing here ever writes to the data folder.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pandas as pd
import streamlit as st

from components.geo import DistanceRow, distance_rows
from components.model import DataError, Dataset, Problem, validate_tables
from components.place_texts import PlaceTexts, build_place_texts
from components.schema import MAX_FILE_BYTES, SPECS

DATA_DIR_ENV = "DASHBOARD_DATA_DIR"

_REPLACEMENT = "\ufffd"


def default_data_dir() -> Path:
    """Return the repository's ``data/`` folder."""
    return Path(__file__).resolve().parent.parent / "data"


def data_dir() -> Path:
    """Return the data folder: ``$DASHBOARD_DATA_DIR`` if set, else the repository's ``data/``."""
    configured = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(configured) if configured else default_data_dir()


def read_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[bytes | None, list[Problem]]:
    """Read one file, refusing it unread if it is missing or larger than ``max_bytes``.

    Returns:
        The bytes (None if the file was refused) and the problems found.
    """
    name = path.name
    if not path.is_file():
        return None, [Problem(name, None, None, "a CSV file", "no such file")]
    with path.open("rb") as handle:
        content = handle.read(max_bytes + 1)
    if len(content) > max_bytes:
        expected = f"a file of at most {max_bytes:,} bytes"
        return None, [Problem(name, None, None, expected, "a larger file (not read)")]
    return content, []


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def decode(name: str, content: bytes) -> tuple[str, list[Problem]]:
    """Decode a file strictly as UTF-8 (a byte-order mark is allowed).

    When the bytes are not UTF-8, the problems name each row and column that holds
    undecodable bytes, and the text is returned with replacement characters so the rest of
    the file can still be checked.
    """
    try:
        return content.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    text = content.decode("utf-8-sig", errors="replace")
    expected = "UTF-8 text"
    got = "bytes that are not UTF-8"
    rows = _rows(text)
    header = rows[0] if rows else []
    problems = []
    for row_number, row in enumerate(rows, start=1):
        for position, cell in enumerate(row):
            if _REPLACEMENT in cell:
                column = header[position] if position < len(header) and row_number > 1 else None
                problems.append(Problem(name, row_number, column, expected, got))
    if not problems:
        problems.append(Problem(name, None, None, expected, got))
    return text, problems


def parse_table(name: str, text: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Split CSV text into a table of strings indexed by spreadsheet row number.

    Blank lines are skipped; a record with the wrong number of cells is reported and left out.
    """
    if text.strip() == "":
        return None, [Problem(name, None, None, "a header row and records", "an empty file")]
    try:
        rows = _rows(text)
    except csv.Error as error:
        return None, [Problem(name, None, None, "well-formed CSV", f"a CSV error ({error})")]
    header = [cell.strip() for cell in rows[0]]
    problems = []
    records: list[list[str]] = []
    row_numbers: list[int] = []
    for row_number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            expected = f"{len(header)} cells, like the header"
            problems.append(Problem(name, row_number, None, expected, f"{len(row)} cells"))
            continue
        records.append(row)
        row_numbers.append(row_number)
    table = pd.DataFrame(records, columns=header, index=row_numbers, dtype=str)
    return table, problems


def read_dataset(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Dataset:
    """Read and validate every CSV file in a data folder.

    Args:
        path: The data folder.
        max_bytes: Files larger than this are refused without being parsed.

    Returns:
        The typed, validated dataset.

    Raises:
        DataError: listing every problem in every file.
    """
    path = Path(path)
    if not path.is_dir():
        raise DataError([Problem(str(path), None, None, "a folder of CSV files", "no such folder")])
    tables: dict[str, pd.DataFrame | None] = {}
    problems: list[Problem] = []
    for spec in SPECS:
        file_path = path / spec.name
        if spec.optional and not file_path.exists():
            continue
        table, found = _read_table(file_path, max_bytes)
        tables[spec.name] = table
        problems.extend(found)
    return validate_tables(tables, problems)


def _read_table(path: Path, max_bytes: int) -> tuple[pd.DataFrame | None, list[Problem]]:
    content, problems = read_bytes(path, max_bytes)
    if content is None:
        return None, problems
    text, found = decode(path.name, content)
    problems.extend(found)
    table, found = parse_table(path.name, text)
    problems.extend(found)
    return table, problems


@st.cache_resource(show_spinner=False)
def load_dataset(path: str) -> Dataset:
    """Return the validated dataset of a data folder, cached per folder.

    Every session and run gets the same object, not a copy (``st.cache_data`` unpickled a
    new one on each call: 2.5 MB and 14 ms per run at 5,000 places). Callers must not
    modify its tables; pandas' copy-on-write keeps frames derived from them apart, and a
    test checks that every page leaves the dataset as it was read. The cache is not
    refreshed when the files change; restart the app after editing data.

    Raises:
        DataError: listing every problem in every file.
    """
    return read_dataset(Path(path))


@st.cache_data(show_spinner=False, max_entries=16)
def load_place_texts(folder: str, lang: str) -> PlaceTexts:
    """``place_texts.build_place_texts`` of the dataset in ``folder`` (see ``load_dataset``) in ``lang``.

    Cached per folder and language: the dataset of a folder never changes while the app runs,
    so names, labels and the places table are computed once rather than on every rerun.
    """
    return build_place_texts(load_dataset(folder), lang)


@st.cache_data(show_spinner=False, max_entries=4)
def load_distance_rows(folder: str) -> list[DistanceRow]:
    """``geo.distance_rows`` of the dataset in ``folder``, cached per folder (they do not depend on filters)."""
    dataset = load_dataset(folder)
    return distance_rows(dataset.places, dataset.corridors, dataset.figures)
