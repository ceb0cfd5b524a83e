"""Unit tests for components.model: column specs, problems and validate_tables() on tiny tables."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from components.model import (
    ROW_RULES,
    DataError,
    Dataset,
    Problem,
    is_partial_date,
    quoted,
    split_list,
    validate_tables,
)
from components.schema import SPECS, SPECS_BY_NAME, Kind

TINY = Path(__file__).resolve().parent / "fixtures" / "tiny"


def tiny_tables() -> dict[str, pd.DataFrame]:
    """Read the tiny fixture as raw tables of strings, as components.data would."""
    tables = {}
    for spec in SPECS:
        path = TINY / spec.name
        if path.exists():
            tables[spec.name] = pd.read_csv(path, dtype=str, keep_default_na=False)
    return tables


def problems_for(tables: dict[str, pd.DataFrame | None]) -> list[Problem]:
    """Return the problems validate_tables() raises for the tables (none if it succeeds)."""
    try:
        validate_tables(tables)
    except DataError as error:
        return error.problems
    return []


def with_cell(file: str, position: int, column: str, value: str) -> dict[str, pd.DataFrame | None]:
    """Return the tiny tables with one cell replaced (position 0 is spreadsheet row 2)."""
    tables: dict[str, pd.DataFrame | None] = dict(tiny_tables())
    table = tables[file]
    assert table is not None
    table = table.copy()
    table.loc[position, column] = value
    tables[file] = table
    return tables


def test_problem_str_names_file_row_column_expected_and_got() -> None:
    """A cell problem reads like the house-style example."""
    problem = Problem("places.csv", 7, "lat", "a number between -90 and 90", quoted("39,47"))
    assert str(problem) == 'places.csv, row 7, column lat: expected a number between -90 and 90, got "39,47"'


def test_file_level_problem_omits_row_and_column() -> None:
    """A problem about a whole file names only the file."""
    problem = Problem("places.csv", None, None, "a CSV file", "no such file")
    assert str(problem) == "places.csv: expected a CSV file, got no such file"


def test_data_error_lists_every_problem_one_per_line() -> None:
    """The error message has one line per problem, in order."""
    problems = [Problem("a.csv", None, None, "x", "y"), Problem("b.csv", 2, "id", "z", "w")]
    error = DataError(problems)
    assert error.problems == problems
    assert str(error).splitlines() == [str(problems[0]), str(problems[1])]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1979", True),
        ("2023-11", True),
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("1979-13", False),
        ("20 Sep 2025", False),
        ("2025/09/20", False),
        ("979", False),
        ("", False),
    ],
)
def test_partial_dates(value: str, expected: bool) -> None:
    """Dates are YYYY, YYYY-MM or YYYY-MM-DD and must exist on the calendar."""
    assert is_partial_date(value) is expected


@pytest.mark.parametrize(
    ("cell", "items"),
    [("", ()), ("a", ("a",)), ("a;b", ("a", "b")), (" a ; b ", ("a", "b")), ("a;;b", ("a", "", "b"))],
)
def test_split_list(cell: str, items: tuple[str, ...]) -> None:
    """List cells split on ';' with surrounding spaces removed."""
    assert split_list(cell) == items


def test_quoted_marks_empty_cells_and_shortens_long_values() -> None:
    """Cell values in messages are quoted, empty cells named, and long values cut."""
    assert quoted("") == "an empty cell"
    assert quoted("39,47") == '"39,47"'
    assert len(quoted("x" * 500)) < 70


def test_every_spec_has_a_unique_name_and_dataset_attribute() -> None:
    """Each file spec maps to one Dataset attribute and the column names are unique."""
    attributes = [spec.attribute for spec in SPECS]
    assert sorted(attributes) == sorted(Dataset.__dataclass_fields__)
    for spec in SPECS:
        assert len(set(spec.column_names)) == len(spec.column_names), spec.name


def test_references_point_at_files_with_keys() -> None:
    """Every reference column refers to files that have an id column."""
    for spec in SPECS:
        for column in spec.columns:
            if column.kind in (Kind.REF, Kind.REFS):
                for target in column.refers_to:
                    assert SPECS_BY_NAME[target].key, (spec.name, column.name, target)


def test_tiny_fixture_is_valid() -> None:
    """The tiny fixture passes validation."""
    assert problems_for(dict(tiny_tables())) == []


def test_typed_output_uses_floats_tuples_and_empty_strings() -> None:
    """lat/lon/value become floats, list cells tuples, and empty text stays ''."""
    dataset = validate_tables(tiny_tables())
    place = dataset.places.set_index("id").loc["alpha-town"]
    assert isinstance(place["lat"], float) and math.isclose(place["lat"], 39.5)
    assert place["name_zh"] == ""
    assert place["sources"] == ("example-source",)
    assert dataset.corridors.loc[0, "waypoints"] == ("alpha-town", "beta-port")
    assert dataset.figures["value"].tolist() == [2000.0, 5400.0]
    assert dataset.companies is None
    assert not dataset.places.isna().any().any()


def test_typed_output_has_a_plain_index() -> None:
    """The typed tables are indexed 0..n-1 whatever the raw index was."""
    tables = tiny_tables()
    tables["places.csv"].index = pd.Index([2, 3])
    dataset = validate_tables(tables)
    assert dataset.places.index.tolist() == [0, 1]


BAD_CELLS = [
    ("places.csv", 0, "lat", "39,47", "a number between -90 and 90"),
    ("places.csv", 0, "lat", "91", "a number between -90 and 90"),
    ("places.csv", 0, "lon", "-181", "a number between -180 and 180"),
    ("places.csv", 0, "lat", "nan", "a number between -90 and 90"),
    ("places.csv", 0, "kind", "spaceport", 'one of "free trade zone"'),
    ("places.csv", 0, "precision", "exact", 'one of "facility"'),
    ("places.csv", 1, "status", "open", 'one of "operating"'),
    ("places.csv", 0, "country", "XXX", "ISO 3166-1 alpha-3 code listed in countries.csv"),
    ("places.csv", 0, "country", "pk", "ISO 3166-1 alpha-3 code listed in countries.csv"),
    ("places.csv", 0, "id", "Alpha Town", "an id of lower-case letters"),
    ("places.csv", 0, "opened", "2023-02-30", "a date written YYYY, YYYY-MM or YYYY-MM-DD"),
    ("places.csv", 0, "sources", "", "at least one source id from sources.csv"),
    ("places.csv", 0, "sources", "nobody", "ids from sources.csv"),
    ("places.csv", 0, "sources", "example-source;;example-source", "ids separated by single"),
    ("places.csv", 1, "notes", "", "a note saying what an approximate point really is"),
    ("corridors.csv", 0, "mode", "air", 'one of "road"'),
    ("corridors.csv", 0, "waypoints", "alpha-town;nowhere", "ids from places.csv"),
    ("corridors.csv", 0, "waypoints", "alpha-town", "at least two place ids"),
    ("facilities.csv", 0, "place_id", "nowhere", "an id from places.csv"),
    ("facilities.csv", 1, "location_note", "", "Location not published"),
    ("facilities.csv", 0, "category", "shop", 'one of "warehousing"'),
    ("figures.csv", 0, "value", "5,400", "a number written with digits"),
    ("figures.csv", 0, "value", "", "a number written with digits"),
    ("figures.csv", 0, "qualifier", "roughly", 'one of "", "over"'),
    ("figures.csv", 0, "to_id", "", "the id of the place a distance is measured to"),
    ("figures.csv", 0, "to_id", "alpha-town", "an id other than subject_id"),
    ("figures.csv", 0, "subject_id", "nowhere", "an id from places.csv or corridors.csv or facilities.csv"),
    ("figures.csv", 0, "metric", "Trade Value", "a snake_case metric name"),
    ("partners.csv", 0, "relation", "friend", 'one of "twin park"'),
    ("partners.csv", 0, "country", "XKX", "ISO 3166-1 alpha-3 code listed in countries.csv"),
    ("figures.csv", 0, "country", "XXX", "ISO 3166-1 alpha-3 code listed in countries.csv"),
    ("figures.csv", 1, "date", "2025-13", "a date written YYYY, YYYY-MM or YYYY-MM-DD"),
    ("figures.csv", 1, "date", "Sept 2025", "a date written YYYY, YYYY-MM or YYYY-MM-DD"),
    ("figures.csv", 1, "unit", "", "a value (this column is required)"),
    ("figures.csv", 1, "scope", "", "a value (this column is required)"),
    ("figures.csv", 1, "sources", "", "at least one source id from sources.csv"),
    ("regions.csv", 0, "members", "PAK;ZZZ", "ids from countries.csv"),
    ("regions.csv", 0, "members", "", "at least one id"),
    ("regions.csv", 0, "m49", "34", "an ISO 3166-1 numeric code of three digits"),
    ("regions.csv", 0, "relation", "neighbour", 'one of "twin park"'),
    ("regions.csv", 0, "sources", "", "at least one source id from sources.csv"),
    ("milestones.csv", 0, "date", "", "a value (this column is required)"),
    ("milestones.csv", 0, "date", "1979-13", "a date written YYYY, YYYY-MM or YYYY-MM-DD"),
    ("sources.csv", 0, "url", "ftp://example.org/", "an http:// or https:// address"),
    ("sources.csv", 0, "url", "www.example.org", "an http:// or https:// address"),
    ("countries.csv", 0, "iso_numeric", "86", "an ISO 3166-1 numeric code of three digits"),
]


@pytest.mark.parametrize(("file", "position", "column", "value", "expected"), BAD_CELLS)
def test_bad_cell_is_reported_with_file_row_and_column(
    file: str, position: int, column: str, value: str, expected: str
) -> None:
    """A bad cell gives a problem naming its file, spreadsheet row and column."""
    problems = problems_for(with_cell(file, position, column, value))
    matching = [p for p in problems if (p.file, p.row, p.column) == (file, position + 2, column)]
    assert matching, problems
    assert any(expected in p.expected for p in matching), matching


def test_duplicate_id_names_the_first_row() -> None:
    """A repeated id is reported on the later row and points back at the first."""
    problems = problems_for(with_cell("places.csv", 1, "id", "alpha-town"))
    duplicate = [p for p in problems if p.column == "id"]
    assert len(duplicate) == 1
    assert duplicate[0].row == 3 and "also in row 2" in duplicate[0].got


def test_duplicate_partner_pair_is_reported() -> None:
    """The same country with the same relation twice is a problem."""
    tables = dict(tiny_tables())
    partners = tables["partners.csv"]
    tables["partners.csv"] = pd.concat([partners, partners], ignore_index=True)
    problems = problems_for(tables)
    assert [(p.file, p.row, p.column) for p in problems] == [("partners.csv", 3, "relation")]


def test_every_problem_is_collected_not_just_the_first() -> None:
    """Problems in several files and rows are all reported together."""
    tables = with_cell("places.csv", 0, "lat", "x")
    tables["figures.csv"] = tables["figures.csv"].copy()
    tables["figures.csv"].loc[1, "value"] = "y"
    tables["milestones.csv"] = tables["milestones.csv"].copy()
    tables["milestones.csv"].loc[0, "date"] = "z"
    where = {(p.file, p.row, p.column) for p in problems_for(tables)}
    assert where >= {("places.csv", 2, "lat"), ("figures.csv", 3, "value"), ("milestones.csv", 2, "date")}


@pytest.mark.parametrize(
    ("rename", "expected"),
    [
        ({"lat": "latitude"}, ("places.csv", 1, "lat")),
        ({"lat": "lon"}, ("places.csv", 1, "lon")),
    ],
)
def test_header_problems_are_reported_on_row_one(rename: dict[str, str], expected: tuple[str, int, str]) -> None:
    """A missing or repeated column name is a problem on row 1."""
    tables = dict(tiny_tables())
    places = tables["places.csv"]
    places.columns = [rename.get(name, name) for name in places.columns]
    assert expected in {(p.file, p.row, p.column) for p in problems_for(tables)}


def test_unknown_column_is_reported() -> None:
    """An extra column not in the spec is reported by name."""
    tables = dict(tiny_tables())
    tables["products.csv"] = tables["products.csv"].assign(colour="red")
    problems = problems_for(tables)
    assert any(p.file == "products.csv" and '"colour"' in p.got for p in problems)


def test_missing_required_table_is_reported_and_references_to_it_skipped() -> None:
    """A missing places table is one problem, not one per dangling reference."""
    tables: dict[str, pd.DataFrame | None] = dict(tiny_tables())
    tables["places.csv"] = None
    problems = problems_for(tables)
    assert [(p.file, p.row, p.column) for p in problems] == [("places.csv", None, None)]


def test_header_only_table_is_reported() -> None:
    """A required file with a header and no records is a problem on row 2."""
    tables = dict(tiny_tables())
    tables["products.csv"] = tables["products.csv"].iloc[0:0]
    assert ("products.csv", 2, None) in {(p.file, p.row, p.column) for p in problems_for(tables)}


def test_optional_companies_table_is_validated_when_present() -> None:
    """companies.csv is checked (here: its facility_id must exist) when it is given."""
    tables = dict(tiny_tables())
    tables["companies.csv"] = pd.DataFrame(
        [["Example Co.", "", "PAK", "nowhere"], ["Other Co.", "", "ZZZ", "alpha-warehouse"]],
        columns=list(SPECS_BY_NAME["companies.csv"].column_names),
    )
    where = {(p.file, p.row, p.column) for p in problems_for(tables)}
    assert where == {("companies.csv", 2, "facility_id"), ("companies.csv", 3, "country")}


def test_regions_file_is_optional() -> None:
    """A data folder without regions.csv is valid and its dataset has no regions table."""
    tables = dict(tiny_tables())
    del tables["regions.csv"]
    dataset = validate_tables(tables)
    assert dataset.regions is None


def test_region_members_are_typed_as_a_tuple_of_codes() -> None:
    """A region's members come out as a tuple of ISO codes, apart from the per-country partners."""
    dataset = validate_tables(tiny_tables())
    assert dataset.regions is not None
    assert dataset.regions.loc[0, "members"] == ("PAK",)
    assert "south-asia-trade" not in set(dataset.partners["country"])


def test_unknown_region_member_names_the_code() -> None:
    """A region listing a code not in countries.csv names that code, not the whole cell."""
    problems = problems_for(with_cell("regions.csv", 0, "members", "PAK;ZZZ"))
    assert [str(p) for p in problems] == [
        'regions.csv, row 2, column members: expected ids from countries.csv, got "ZZZ"'
    ]


@pytest.mark.parametrize(
    ("file", "column", "value", "expected"),
    [
        ("links.csv", "from", "nowhere", "an id from places.csv"),
        ("links.csv", "waypoints", "alpha-town;ghost-town", "ids from places.csv"),
        ("links.csv", "stated_km", "-5", "a number of at least 0, written with digits and a dot"),
        ("links.csv", "to", "alpha-town", "a place other than the leg's start (from)"),
        ("links.csv", "mode", "rail", 'one of "road", "railway", "sea", "air"'),
        ("closures.csv", "closed_months", "12;13", "month numbers 1 to 12 separated by ';', like 12;1;2;3"),
        ("closures.csv", "links", "no-such-leg", "ids from links.csv"),
    ],
)
def test_broken_leg_or_closure_is_named_by_file_row_and_column(
    file: str, column: str, value: str, expected: str
) -> None:
    """A bad cell of links.csv or closures.csv gives one problem at row 2 of that column."""
    problems = problems_for(with_cell(file, 0, column, value))
    assert [(p.file, p.row, p.column, p.expected) for p in problems] == [(file, 2, column, expected)]


def test_crossing_off_the_leg_is_a_problem() -> None:
    """A border crossing must be one of the leg's own places (from, to or a waypoint)."""
    assert problems_for(with_cell("links.csv", 0, "border_crossing", "beta-port")) == []
    leg = {"from": "a", "to": "b", "waypoints": "c", "border_crossing": "d"}
    found = [rule(leg) for rule in ROW_RULES["links.csv"]]
    assert ("border_crossing", "one of the leg's places (from, to or waypoints)", '"d"') in found
    assert all(rule({**leg, "border_crossing": "c"}) is None for rule in ROW_RULES["links.csv"])


def test_stated_length_without_source_is_a_problem() -> None:
    """A stated leg length needs the sources that state it."""
    problems = problems_for(with_cell("links.csv", 0, "length_sources", ""))
    assert [(p.column, p.expected) for p in problems] == [("length_sources", "the source ids of the stated length")]


def test_closed_months_are_typed_as_integers() -> None:
    """closed_months becomes a tuple of month numbers."""
    dataset = validate_tables(tiny_tables())
    assert dataset.closures.loc[0, "closed_months"] == (12, 1)
    assert dataset.links.loc[0, "stated_km"] == 1500.0
