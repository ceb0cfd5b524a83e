"""The dataset's record types and its validation against the schema.

This module owns what a valid dataset is: it checks tables against the column specs of
``components.schema``; it has the ``Problem`` and ``DataError`` types that describe what is
wrong, the typed ``Dataset`` the app works with, and ``validate_tables()``, which checks raw
tables of strings and collects every problem before raising one error. It does no I/O (``components.data``
reads the files) and must never import streamlit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from components.dates import parse_partial_date
from components.escape import safe_url
from components.schema import LIST_SEPARATOR, SPECS, Column, FileSpec, Kind


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, phrased for the person who edits the CSV files.

    Attributes:
        file: The file name, e.g. ``places.csv``.
        row: The spreadsheet row (header = 1, first record = 2), or None for the whole file.
        column: The column name, or None for the whole row or file.
        expected: What a valid value looks like.
        got: What was found, already phrased (cell values are quoted with ``quoted()``).
    """

    file: str
    row: int | None
    column: str | None
    expected: str
    got: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: expected {self.expected}, got {self.got}"


class DataError(Exception):
    """The data folder has problems; ``problems`` lists every one of them."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class Dataset:
    """The validated, typed dataset.

    Text cells are ``str`` ("" when empty, never NaN), ``lat``/``lon``/``value`` are floats,
    and list cells (``sources``, ``waypoints``) are tuples of ``str``.
    ``companies`` is None when the optional file is absent.
    """

    places: pd.DataFrame
    corridors: pd.DataFrame
    facilities: pd.DataFrame
    figures: pd.DataFrame
    partners: pd.DataFrame
    products: pd.DataFrame
    milestones: pd.DataFrame
    sources: pd.DataFrame
    countries: pd.DataFrame
    companies: pd.DataFrame | None = None

    def counts(self) -> dict[str, int]:
        """Return the number of records per file name, for files that are present."""
        counts = {}
        for spec in SPECS:
            table = getattr(self, spec.attribute)
            if table is not None:
                counts[spec.name] = len(table)
        return counts


def quoted(value: str, limit: int = 60) -> str:
    """Return a cell value in double quotes for a message, shortened if very long."""
    if value == "":
        return "an empty cell"
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return json.dumps(value, ensure_ascii=False)


def split_list(cell: str) -> tuple[str, ...]:
    """Split a ``;``-separated cell into its items (an empty cell gives an empty tuple)."""
    if cell.strip() == "":
        return ()
    return tuple(item.strip() for item in cell.split(LIST_SEPARATOR))


_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_METRIC = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_ISO3 = re.compile(r"[A-Z]{3}")
_ISO_NUMERIC = re.compile(r"\d{3}")


def _number_expectation(column: Column) -> str:
    if column.minimum is not None and column.maximum is not None:
        return f"a number between {column.minimum:g} and {column.maximum:g}"
    return "a number written with digits and a dot, like 1300 or 28.48"


def is_partial_date(value: str) -> bool:
    """Return whether ``value`` is a real date written as YYYY, YYYY-MM or YYYY-MM-DD."""
    return value == value.strip() and parse_partial_date(value) is not None


def _check_cell(column: Column, value: str, countries: frozenset[str] | None) -> str | None:
    """Return what was expected if ``value`` is not valid for ``column`` (ignoring references)."""
    kind = column.kind
    if kind is Kind.ID and not _ID.fullmatch(value):
        return "an id of lower-case letters, digits and single hyphens, like kashgar-ftz"
    if kind is Kind.ENUM and value not in column.allowed:
        return "one of " + ", ".join(json.dumps(item) for item in column.allowed)
    if kind is Kind.NUMBER:
        if not _NUMBER.fullmatch(value):
            return _number_expectation(column)
        number = float(value)
        too_low = column.minimum is not None and number < column.minimum
        too_high = column.maximum is not None and number > column.maximum
        if too_low or too_high:
            return _number_expectation(column)
    if kind is Kind.DATE and not is_partial_date(value):
        return "a date written YYYY, YYYY-MM or YYYY-MM-DD"
    # The same rule the app applies before drawing a link, so a valid file never loses one.
    if kind is Kind.URL and safe_url(value) != value:
        return "an http:// or https:// address"
    if kind is Kind.METRIC and not _METRIC.fullmatch(value):
        return "a snake_case metric name, like trade_value"
    if kind is Kind.ISO3 and not _ISO3.fullmatch(value):
        return "an ISO 3166-1 alpha-3 code of three capital letters"
    if kind is Kind.ISO_NUMERIC and not _ISO_NUMERIC.fullmatch(value):
        return "an ISO 3166-1 numeric code of three digits, like 586"
    if kind is Kind.COUNTRY:
        known = countries is None or value in countries
        if not _ISO3.fullmatch(value) or not known:
            return "an ISO 3166-1 alpha-3 code listed in countries.csv, like PAK"
    return None


def _reference_expectation(column: Column) -> str:
    files = " or ".join(column.refers_to)
    plural = "ids" if column.kind is Kind.REFS else "an id"
    return f"{plural} from {files}"


RowRule = Callable[[Mapping[str, str]], "tuple[str, str, str] | None"]


def _approximate_needs_note(row: Mapping[str, str]) -> tuple[str, str, str] | None:
    if row.get("precision") == "approximate" and not row.get("notes", "").strip():
        return ("notes", "a note saying what an approximate point really is", "an empty cell")
    return None


def _route_needs_two_places(row: Mapping[str, str]) -> tuple[str, str, str] | None:
    waypoints = split_list(row.get("waypoints", ""))
    if len(waypoints) == 1:
        return ("waypoints", "at least two place ids", quoted(row["waypoints"]))
    return None


def _unplaced_facility_needs_note(row: Mapping[str, str]) -> tuple[str, str, str] | None:
    if not row.get("place_id", "").strip() and not row.get("location_note", "").strip():
        return ("location_note", 'a note such as "Location not published"', "an empty cell")
    return None


def _distance_needs_destination(row: Mapping[str, str]) -> tuple[str, str, str] | None:
    if row.get("metric") == "distance" and not row.get("to_id", "").strip():
        return ("to_id", "the id of the place a distance is measured to", "an empty cell")
    if row.get("to_id") and row.get("to_id") == row.get("subject_id"):
        return ("to_id", "an id other than subject_id", quoted(row["to_id"]))
    return None


ROW_RULES: dict[str, tuple[RowRule, ...]] = {
    "places.csv": (_approximate_needs_note,),
    "corridors.csv": (_route_needs_two_places,),
    "facilities.csv": (_unplaced_facility_needs_note,),
    "figures.csv": (_distance_needs_destination,),
}


def validate_header(spec: FileSpec, header: Sequence[str]) -> list[Problem]:
    """Return the problems with a file's header row (missing, unknown or repeated names)."""
    problems = []
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problems.append(Problem(spec.name, 1, name, "each column once", "it twice"))
        seen.add(name)
        if name not in spec.column_names:
            expected = "only the columns " + ",".join(spec.column_names)
            problems.append(Problem(spec.name, 1, None, expected, f"an unknown column {quoted(name)}"))
    for name in spec.column_names:
        if name not in seen:
            problems.append(Problem(spec.name, 1, name, f"a column named {name}", "no such column"))
    return problems


def _row_numbers(table: pd.DataFrame) -> list[int]:
    """Spreadsheet row numbers: the index if the reader set them, else position + 2."""
    if isinstance(table.index, pd.RangeIndex) and table.index.start == 0:
        return [position + 2 for position in range(len(table))]
    return [int(label) for label in table.index]


def _known_keys(tables: Mapping[str, pd.DataFrame | None]) -> dict[str, frozenset[str] | None]:
    keys: dict[str, frozenset[str] | None] = {}
    for spec in SPECS:
        table = tables.get(spec.name)
        if table is None or not spec.key or spec.key not in table.columns:
            keys[spec.name] = None
        else:
            keys[spec.name] = frozenset(table[spec.key])
    return keys


def _targets(column: Column, keys: Mapping[str, frozenset[str] | None]) -> frozenset[str] | None:
    """The ids a reference column may use, or None when a target file could not be read."""
    union: set[str] = set()
    for name in column.refers_to:
        known = keys.get(name)
        if known is None:
            return None
        union |= known
    return frozenset(union)


def _validate_cells(spec: FileSpec, table: pd.DataFrame, keys: Mapping[str, frozenset[str] | None]) -> list[Problem]:
    problems: list[Problem] = []
    countries = keys.get("countries.csv")
    present = [column for column in spec.columns if column.name in table.columns]
    first_seen: dict[tuple[str, ...], int] = {}
    key_columns: tuple[str, ...] = (spec.key,) if spec.key else ()
    if spec.name == "partners.csv":
        key_columns = ("country", "relation")
    for row_number, record in zip(_row_numbers(table), table.to_dict("records"), strict=True):
        for column in present:
            value = record[column.name]
            problems.extend(_check_value(spec, column, value, row_number, countries, keys))
        for rule in ROW_RULES.get(spec.name, ()):
            found = rule(record)
            if found is not None:
                problems.append(Problem(spec.name, row_number, *found))
        if key_columns and all(name in record for name in key_columns):
            key = tuple(record[name] for name in key_columns)
            if key in first_seen:
                label = " and ".join(key_columns)
                shown = quoted(LIST_SEPARATOR.join(key)) + f" (also in row {first_seen[key]})"
                problems.append(Problem(spec.name, row_number, key_columns[-1], f"a unique {label}", shown))
            else:
                first_seen[key] = row_number
    return problems


def _is_control(ch: str) -> bool:
    # Line breaks and tabs are legitimate inside quoted cells; other C0/C1 controls are not text.
    return ch not in "\t\n\r" and (ord(ch) < 32 or 127 <= ord(ch) < 160)


def _check_value(
    spec: FileSpec,
    column: Column,
    value: str,
    row_number: int,
    countries: frozenset[str] | None,
    keys: Mapping[str, frozenset[str] | None],
) -> list[Problem]:
    if value.strip() == "":
        if column.required:
            expected = _required_expectation(column)
            return [Problem(spec.name, row_number, column.name, expected, "an empty cell")]
        return []
    if any(_is_control(ch) for ch in value):
        expected = "text without control characters (such as NUL or escape)"
        return [Problem(spec.name, row_number, column.name, expected, quoted(value))]
    if column.kind in (Kind.REF, Kind.REFS):
        return _check_references(spec, column, value, row_number, keys)
    problem = _check_cell(column, value, countries)
    if problem is None:
        return []
    return [Problem(spec.name, row_number, column.name, problem, quoted(value))]


def _required_expectation(column: Column) -> str:
    if column.kind is Kind.REFS:
        return "at least one " + ("source id from sources.csv" if column.name == "sources" else "id")
    if column.kind is Kind.NUMBER:
        return _number_expectation(column)
    if column.kind is Kind.ENUM:
        return "one of " + ", ".join(json.dumps(item) for item in column.allowed)
    return "a value (this column is required)"


def _check_references(
    spec: FileSpec,
    column: Column,
    value: str,
    row_number: int,
    keys: Mapping[str, frozenset[str] | None],
) -> list[Problem]:
    items = split_list(value) if column.kind is Kind.REFS else (value,)
    targets = _targets(column, keys)
    problems = []
    for item in items:
        if item == "":
            expected = f"ids separated by single {LIST_SEPARATOR!r}"
            problems.append(Problem(spec.name, row_number, column.name, expected, quoted(value)))
        elif targets is not None and item not in targets:
            expected = _reference_expectation(column)
            problems.append(Problem(spec.name, row_number, column.name, expected, quoted(item)))
    return problems


def _typed(spec: FileSpec, table: pd.DataFrame) -> pd.DataFrame:
    """Return the table with spec columns in order, numbers as floats and lists as tuples."""
    data: dict[str, Sequence[object]] = {}
    for column in spec.columns:
        cells = [str(cell) for cell in table[column.name]]
        if column.kind is Kind.NUMBER:
            data[column.name] = [float(cell) if cell.strip() else float("nan") for cell in cells]
        elif column.kind is Kind.REFS:
            data[column.name] = [split_list(cell) for cell in cells]
        else:
            data[column.name] = cells
    typed = pd.DataFrame(data, columns=list(spec.column_names))
    for column in spec.columns:
        if column.kind is Kind.REFS:
            typed[column.name] = typed[column.name].astype(object)
    return typed.reset_index(drop=True)


def validate_tables(tables: Mapping[str, pd.DataFrame | None], problems: Iterable[Problem] = ()) -> Dataset:
    """Check raw tables of strings and return the typed dataset.

    Args:
        tables: Raw tables by file name (``"places.csv"``), every cell a ``str``. The index
            may carry spreadsheet row numbers; a default RangeIndex means position + 2.
            None (or no entry) means the file could not be read.
        problems: Problems already found while reading the files; they are reported first.

    Returns:
        The typed ``Dataset``.

    Raises:
        DataError: listing every problem found, if there is at least one.
    """
    found = list(problems)
    reported_files = {problem.file for problem in found}
    for spec in SPECS:
        if tables.get(spec.name) is None and not spec.optional and spec.name not in reported_files:
            found.append(Problem(spec.name, None, None, "a CSV file", "no such file"))
    keys = _known_keys(tables)
    for spec in SPECS:
        table = tables.get(spec.name)
        if table is None:
            continue
        found.extend(validate_header(spec, list(table.columns)))
        if table.empty and not spec.optional:
            found.append(Problem(spec.name, 2, None, "at least one record", "only a header row"))
        if table.columns.is_unique:
            found.extend(_validate_cells(spec, table, keys))
    if found:
        raise DataError(found)
    typed = {spec.attribute: _typed(spec, table) for spec in SPECS if (table := tables.get(spec.name)) is not None}
    return Dataset(**typed)
