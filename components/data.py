"""Where the data folder is, reading it into a validated ``Dataset``, and every cached loader.

This module owns file I/O for ``data/``: ``read_dataset()`` reads the CSV files as bytes,
decodes them strictly as UTF-8, splits them into tables of strings and hands them to
``components.model.validate_tables()``. The ``load_*`` functions are the app's only caches
(``st.cache_*``) and the only streamlit code here: ``load_dataset`` and what pages derive
from a whole dataset once per folder (``load_names``, ``load_place_texts``, ``load_network``,
``load_distance_rows``, whose pure builders live in their own modules). Panels receive what
these return; they never load. Nothing here ever writes to the data folder.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from components.geo import DistanceRow, distance_rows
from components.i18n import names_by_id
from components.model import DataError, Dataset, Problem, validate_tables
from components.network import Network, build_network
from components.place_texts import PlaceTexts, build_place_texts
from components.route_texts import stated_vs_measured_table
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


def read_bytes(
    path: Path, max_bytes: int = MAX_FILE_BYTES, folder: Path | None = None
) -> tuple[bytes | None, list[Problem]]:
    """Read one file, refusing it unread if it is missing, not a regular file, or too large.

    With ``folder``, the file must also be a regular file that resolves inside that folder:
    a symbolic link (say ``places.csv`` -> ``/etc/passwd``) is refused without being read, so
    no message ever quotes a file outside the data folder.

    Returns:
        The bytes (None if the file was refused) and the problems found.
    """
    name = path.name
    refused = "a regular file inside the data folder"
    if folder is not None:
        if path.is_symlink():
            return None, [Problem(name, None, None, refused, "a symbolic link (not read)")]
        if path.exists() and not path.resolve().is_relative_to(Path(folder).resolve()):
            return None, [Problem(name, None, None, refused, "a file outside the folder (not read)")]
    if not path.exists():
        return None, [Problem(name, None, None, "a CSV file", "no such file")]
    try:
        # O_NOFOLLOW: a link swapped in after the checks above is still not followed.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None, [Problem(name, None, None, refused, "a file that could not be opened (not read)")]
    with os.fdopen(descriptor, "rb") as handle:
        # A FIFO or device would block or never end: only regular files are read.
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None, [Problem(name, None, None, refused, "not a regular file (not read)")]
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
        if spec.optional and not file_path.exists() and not file_path.is_symlink():
            continue
        table, found = _read_table(file_path, max_bytes, path)
        tables[spec.name] = table
        problems.extend(found)
    return validate_tables(tables, problems)


def _read_table(path: Path, max_bytes: int, folder: Path) -> tuple[pd.DataFrame | None, list[Problem]]:
    content, problems = read_bytes(path, max_bytes, folder)
    if content is None:
        return None, problems
    text, found = decode(path.name, content)
    problems.extend(found)
    table, found = parse_table(path.name, text)
    problems.extend(found)
    return table, problems


@dataclass(frozen=True)
class DatasetVersion:
    """Which dataset a view, a download or an API response came from.

    Attributes:
        digest: SHA-256 of the data files' names and bytes (hex): changes with any edit.
        date: The newest date a source was accessed or published (YYYY[-MM[-DD]]): "data as of".
    """

    digest: str
    date: str

    @property
    def label(self) -> str:
        """The short form people cite, e.g. ``2026-01-20 (3f9a1c2b4d5e)``."""
        return f"{self.date} ({self.digest[:12]})" if self.date else self.digest[:12]


def read_dataset_version(path: Path, dataset: Dataset) -> DatasetVersion:
    """The version of the data folder ``path`` (already read into ``dataset``)."""
    digest = hashlib.sha256()
    for spec in SPECS:
        content, _ = read_bytes(Path(path) / spec.name, MAX_FILE_BYTES, Path(path))
        if content is not None:
            digest.update(spec.name.encode() + b"\0" + hashlib.sha256(content).digest())
    dates = [d for column in ("accessed", "published") for d in dataset.sources[column] if d]
    # Partial dates compare as text in the right order ("2025" < "2025-09" < "2025-09-20").
    return DatasetVersion(digest.hexdigest(), max(dates, default=""))


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


@st.cache_resource(show_spinner=False)
def load_network(path: str) -> Network:
    """The route network (``network.build_network``) of the dataset in a data folder, cached per folder.

    Shared like ``load_dataset``: frozen dataclasses, never modified by callers.

    Raises:
        DataError: listing every problem in every file.
    """
    dataset = load_dataset(path)
    return build_network(dataset.places, dataset.links, dataset.closures)


@st.cache_data(show_spinner=False, max_entries=64)
def load_names(folder: str, table: str, key: str, lang: str) -> dict[str, str]:
    """``i18n.names_by_id`` of the dataset's ``table`` in ``folder`` (say "countries", "iso3"), cached per
    folder, table and language: every page's sidebar and filter summary names facilities and countries."""
    return names_by_id(getattr(load_dataset(folder), table), key, lang)


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
    return distance_rows(dataset.places, load_network(folder), dataset.figures)


@st.cache_data(show_spinner=False, max_entries=16)
def load_stated_vs_measured(folder: str, lang: str) -> pd.DataFrame:
    """``route_texts.stated_vs_measured_table`` of the dataset in ``folder`` in ``lang``, cached per folder and language."""
    return stated_vs_measured_table(
        load_network(folder), load_dataset(folder).figures, load_place_texts(folder, lang).names, lang
    )


@st.cache_resource(show_spinner=False)
def load_dataset_version(path: str) -> DatasetVersion:
    """The version of the (cached) dataset of a data folder, computed once per folder.

    Raises:
        DataError: listing every problem in every file.
    """
    return read_dataset_version(Path(path), load_dataset(path))
