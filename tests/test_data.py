"""Tests for components.data and the shipped data/ folder: reading, broken copies, facts and docs."""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from components.data import DATA_DIR_ENV, data_dir, default_data_dir, load_dataset, read_dataset
from components.model import DataError, Dataset, Problem
from components.schema import MAX_FILE_BYTES, SPECS

DATA = Path(__file__).resolve().parent.parent / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def folder_hashes(folder: Path) -> dict[str, str]:
    """Return the SHA-256 of every file in a folder, by name."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def edit_cell(folder: Path, file: str, row: int, column: str, value: str) -> None:
    """Rewrite one cell of a CSV file (row is the spreadsheet row, header = 1)."""
    path = folder / file
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows[row - 1][rows[0].index(column)] = value
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


# --- the shipped data -----------------------------------------------------------------------------


def test_shipped_data_is_valid() -> None:
    """data/ passes every check."""
    read_dataset(DATA)


def test_companies_file_is_not_shipped(dataset: Dataset) -> None:
    """The optional companies.csv is absent, so the dataset has None for it."""
    assert not (DATA / "companies.csv").exists()
    assert dataset.companies is None


REQUIRED_PLACES = [
    "kashgar-ftz", "kashgar-cbz", "kashgar-airport", "kashgar-railway-station", "kashgar", "tashkurgan",
    "khunjerab-pass", "sost-dry-port", "gilgit", "islamabad", "karachi-port", "gwadar-port",
    "new-gwadar-airport", "irkeshtam", "torugart", "osh", "andijan", "tashkent",
]  # fmt: skip


@pytest.mark.parametrize("place_id", REQUIRED_PLACES)
def test_required_place_is_present(dataset: Dataset, place_id: str) -> None:
    """Each place the app relies on is in places.csv."""
    assert place_id in set(dataset.places["id"])


def test_facilities_are_exactly_the_eight_briefed(dataset: Dataset) -> None:
    """facilities.csv holds exactly the eight facility ids of the contract."""
    assert set(dataset.facilities["id"]) == {
        "bonded-warehousing", "customs-clearance", "logistics-services", "air-freight", "digital-trade-centre",
        "e-commerce-exhibition-centre", "uzbekistan-industrial-park", "kyrgyzstan-automotive-park",
    }  # fmt: skip


@pytest.mark.parametrize("facility_id", ["uzbekistan-industrial-park", "kyrgyzstan-automotive-park"])
def test_twin_parks_have_no_published_location(dataset: Dataset, facility_id: str) -> None:
    """The twin parks have no place and say so."""
    park = dataset.facilities.set_index("id").loc[facility_id]
    assert park["place_id"] == ""
    assert park["location_note"] == "Location not published"


@pytest.mark.parametrize(
    ("corridor_id", "mode", "first", "last"),
    [
        ("karakoram-highway", "road", "kashgar", "hasan-abdal"),
        ("cpec-western-alignment", "road", "islamabad", "gwadar-port"),
        ("cku-railway", "railway", "kashgar", "andijan"),
    ],
)
def test_corridor_ends_and_mode(dataset: Dataset, corridor_id: str, mode: str, first: str, last: str) -> None:
    """Each contract corridor has its mode and runs between the expected ends."""
    corridor = dataset.corridors.set_index("id").loc[corridor_id]
    assert corridor["mode"] == mode
    assert corridor["waypoints"][0] == first and corridor["waypoints"][-1] == last


def test_karakoram_highway_crosses_khunjerab_and_sost(dataset: Dataset) -> None:
    """The KKH goes Kashgar → Tashkurgan → Khunjerab → Sost in that order."""
    waypoints = dataset.corridors.set_index("id").loc["karakoram-highway", "waypoints"]
    assert waypoints[:4] == ("kashgar", "tashkurgan", "khunjerab-pass", "sost-dry-port")


@pytest.mark.parametrize(
    "attribute", ["places", "corridors", "facilities", "figures", "partners", "products", "milestones"]
)
def test_every_record_cites_a_source(dataset: Dataset, attribute: str) -> None:
    """Every record of the file has at least one source."""
    table = getattr(dataset, attribute)
    assert all(len(sources) >= 1 for sources in table["sources"])


def test_every_place_has_a_precision(dataset: Dataset) -> None:
    """Every place states how precise its point is."""
    assert set(dataset.places["precision"]) <= {"facility", "town", "approximate"}
    assert (dataset.places["precision"] != "").all()


def test_every_source_is_cited(dataset: Dataset) -> None:
    """sources.csv lists only sources that some record cites."""
    cited: set[str] = set()
    for attribute in ("places", "corridors", "facilities", "figures", "partners", "products", "milestones"):
        for sources in getattr(dataset, attribute)["sources"]:
            cited.update(sources)
    assert set(dataset.sources["source_id"]) == cited


def test_every_url_is_http(dataset: Dataset) -> None:
    """Source addresses are http or https (or empty where none was recorded)."""
    for url in dataset.sources["url"]:
        assert url == "" or url.startswith(("http://", "https://"))


# (id, lat, lon, precision) copied from /work/shared/reference/data-facts.md; the FTZ and CBZ
# are stand-ins at the Kashgar city and Kashgar airport points, as data-facts suggests.
FACT_COORDINATES = [
    ("kashgar", 39.4672, 75.9868, "town"),
    ("kashgar-ftz", 39.4672, 75.9868, "approximate"),
    ("kashgar-airport", 39.5429, 76.0200, "facility"),
    ("kashgar-cbz", 39.5429, 76.0200, "approximate"),
    ("kashgar-railway-station", 39.4919, 76.0461, "facility"),
    ("tashkurgan", 37.7776, 75.2248, "town"),
    ("khunjerab-pass", 36.8450, 75.4231, "approximate"),
    ("sost-dry-port", 36.6900, 74.8211, "town"),
    ("passu", 36.4667, 74.9000, "approximate"),
    ("karimabad", 36.3269, 74.6614, "town"),
    ("gilgit", 35.9187, 74.3125, "town"),
    ("chilas", 35.4129, 74.1041, "town"),
    ("thakot", 34.7500, 72.9167, "approximate"),
    ("mansehra", 34.3302, 73.1968, "town"),
    ("abbottabad", 34.1463, 73.2117, "town"),
    ("havelian", 34.0535, 73.1599, "town"),
    ("hasan-abdal", 33.8218, 72.6831, "town"),
    ("islamabad", 33.7215, 73.0433, "town"),
    ("dera-ismail-khan", 31.8313, 70.9017, "town"),
    ("zhob", 31.3408, 69.4493, "town"),
    ("quetta", 30.1841, 67.0014, "town"),
    ("surab", 28.4928, 66.2600, "town"),
    ("karachi-port", 24.8350, 66.9737, "facility"),
    ("gwadar-port", 25.1122, 62.3386, "facility"),
    ("new-gwadar-airport", 25.2975, 62.5008, "facility"),
    ("irkeshtam", 39.6958, 73.9250, "approximate"),
    ("torugart", 40.5925, 75.4272, "approximate"),
    ("osh", 40.5283, 72.7985, "town"),
    ("andijan", 40.7834, 72.3507, "town"),
    ("tashkent", 41.2646, 69.2163, "town"),
]


@pytest.mark.parametrize(("place_id", "lat", "lon", "precision"), FACT_COORDINATES)
def test_coordinates_match_reference_facts(
    dataset: Dataset, place_id: str, lat: float, lon: float, precision: str
) -> None:
    """Each point is where data-facts puts it (2 km for facilities, copied exactly otherwise)."""
    place = dataset.places.set_index("id").loc[place_id]
    tolerance_km = 2.0 if precision == "facility" else 0.05
    assert haversine_km(place["lat"], place["lon"], lat, lon) <= tolerance_km
    assert place["precision"] == precision


def test_every_place_is_in_the_coordinate_table(dataset: Dataset) -> None:
    """No place escapes the coordinate check."""
    assert set(dataset.places["id"]) == {row[0] for row in FACT_COORDINATES}


@pytest.mark.parametrize(
    ("figure_id", "subject", "to", "metric", "value", "qualifier"),
    [
        ("dtc-companies-2025", "digital-trade-centre", "", "companies", 5400, "over"),
        ("kashgar-area-registered-businesses-2026", "kashgar-ftz", "", "registered_businesses", 5173, ""),
        ("kashgar-area-licensed-firms-2023", "kashgar-ftz", "", "companies", 35, ""),
        ("cbz-companies-2018", "kashgar-cbz", "", "companies", 54, ""),
        ("ftz-partner-countries-2025", "kashgar-ftz", "", "partner_countries", 118, ""),
        ("kashgar-partner-countries-2023", "kashgar", "", "partner_countries", 128, ""),
        ("distance-ftz-sost-2025", "kashgar-ftz", "sost-dry-port", "distance", 400, ""),
        ("distance-ftz-gwadar-2025", "kashgar-ftz", "gwadar-port", "distance", 2000, "about"),
        ("distance-khunjerab-kashgar", "khunjerab-pass", "kashgar", "distance", 420, ""),
        ("kkh-length", "karakoram-highway", "", "length", 1300, ""),
        ("kkh-length-pakistan", "karakoram-highway", "", "length", 887, ""),
        ("kkh-length-china", "karakoram-highway", "", "length", 413, ""),
        ("cku-length-523", "cku-railway", "", "length", 523, ""),
        ("cku-length-486", "cku-railway", "", "length", 486, ""),
        ("cku-length-454", "cku-railway", "", "length", 454, ""),
        ("cku-length-532", "cku-railway", "", "length", 532.53, ""),
        ("ftz-area", "kashgar-ftz", "", "area", 28.48, ""),
        ("cbz-area", "kashgar-cbz", "", "area", 3.56, ""),
        ("khunjerab-elevation", "khunjerab-pass", "", "elevation", 4693, ""),
        ("kashgar-area-trade-2025", "kashgar-ftz", "", "trade_value", 93.16, ""),
        ("kashgar-trade-2024", "kashgar", "", "trade_value", 99.44, ""),
    ],
)
def test_contract_figure(
    dataset: Dataset, figure_id: str, subject: str, to: str, metric: str, value: float, qualifier: str
) -> None:
    """Each figure the brief names is present with its subject, metric, value and qualifier."""
    figure = dataset.figures.set_index("id").loc[figure_id]
    assert (figure["subject_id"], figure["to_id"], figure["metric"]) == (subject, to, metric)
    assert figure["value"] == pytest.approx(value)
    assert figure["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("milestone_id", "date"),
    [
        ("cbz-approved", "2014-09-02"),
        ("cbz-opened", "2015-04-20"),
        ("xinjiang-ftz-launched", "2023-11-01"),
        ("kashgar-area-unveiled", "2023-11-11"),
        ("digital-trade-centre-established", "2024"),
        ("cku-launch", "2024-12-27"),
        ("ngia-inaugurated", "2024-10-14"),
        ("ngia-first-flight", "2025-01-20"),
        ("sost-dry-port-inaugurated", "2006-07-04"),
        ("gwadar-port-inaugurated", "2007-03-20"),
        ("kkh-completed", "1979"),
        ("president-zardari-visit", "2025-09-20"),
    ],
)
def test_contract_milestone_date(dataset: Dataset, milestone_id: str, date: str) -> None:
    """Each milestone the brief names has its sourced date."""
    assert dataset.milestones.set_index("id").loc[milestone_id, "date"] == date


# --- data folder location and caching -----------------------------------------------------------


def test_default_data_dir_is_the_repository_data_folder() -> None:
    """default_data_dir() is data/ next to components/."""
    assert default_data_dir() == DATA


def test_data_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """DASHBOARD_DATA_DIR overrides the default folder, and unset falls back to it."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    assert data_dir() == tmp_path
    monkeypatch.delenv(DATA_DIR_ENV)
    assert data_dir() == DATA


def test_load_dataset_returns_the_same_data_as_read_dataset() -> None:
    """The cached loader works outside a running app and matches the pure reader."""
    loaded = load_dataset(str(DATA))
    assert loaded.counts() == read_dataset(DATA).counts()


def test_missing_folder_is_one_problem(tmp_path: Path) -> None:
    """A data folder that does not exist gives a single problem."""
    with pytest.raises(DataError) as caught:
        read_dataset(tmp_path / "nowhere")
    assert len(caught.value.problems) == 1


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """A UTF-8 file saved with a byte-order mark (as spreadsheets do) reads fine."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    path = folder / "products.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert len(read_dataset(folder).products) == 5


def test_optional_companies_file_is_read_when_present(tmp_path: Path) -> None:
    """A companies.csv dropped into the folder is validated and loaded."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    shutil.copy(FIXTURES / "companies.csv", folder / "companies.csv")
    companies = read_dataset(folder).companies
    assert companies is not None and companies.loc[0, "facility_id"] == "digital-trade-centre"


# --- broken copies ------------------------------------------------------------------------------


def _remove(folder: Path) -> None:
    (folder / "places.csv").unlink()


def _empty(folder: Path) -> None:
    (folder / "corridors.csv").write_bytes(b"")


def _rename_header(folder: Path) -> None:
    path = folder / "places.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",lat,lon,", ",latitude,lon,", 1), encoding="utf-8")


def _latin1(folder: Path) -> None:
    path = folder / "places.csv"
    lines = path.read_bytes().split(b"\n")
    lines[1] = lines[1].replace(b"Kashgar Area", "Kashgär Area".encode("latin-1"), 1)
    path.write_bytes(b"\n".join(lines))


def _oversize(folder: Path) -> None:
    with (folder / "products.csv").open("ab") as handle:
        handle.write(b"#" * (MAX_FILE_BYTES + 1))


def _short_row(folder: Path) -> None:
    path = folder / "partners.csv"
    path.write_text(path.read_text(encoding="utf-8") + "PAK,corridor country\n", encoding="utf-8")


def _cell(file: str, row: int, column: str, value: str) -> Callable[[Path], None]:
    def breaker(folder: Path) -> None:
        edit_cell(folder, file, row, column, value)

    return breaker


def _append_to_cell(file: str, row: int, column: str, suffix: str) -> Callable[[Path], None]:
    def breaker(folder: Path) -> None:
        path = folder / file
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        edit_cell(folder, file, row, column, rows[row - 1][rows[0].index(column)] + suffix)

    return breaker


BROKEN = [
    ("missing file", _remove, ("places.csv", None, None)),
    ("empty file", _empty, ("corridors.csv", None, None)),
    ("wrong header", _rename_header, ("places.csv", 1, "lat")),
    ("not UTF-8", _latin1, ("places.csv", 2, "name_en")),
    ("oversize file", _oversize, ("products.csv", None, None)),
    ("row with too few cells", _short_row, ("partners.csv", 9, None)),
    ("bad lat", _cell("places.csv", 7, "lat", "39,47"), ("places.csv", 7, "lat")),
    ("unknown country", _cell("places.csv", 3, "country", "XXX"), ("places.csv", 3, "country")),
    ("unknown kind", _cell("places.csv", 4, "kind", "spaceport"), ("places.csv", 4, "kind")),
    ("duplicate id", _cell("places.csv", 5, "id", "kashgar-ftz"), ("places.csv", 5, "id")),
    (
        "dangling waypoint",
        _append_to_cell("corridors.csv", 2, "waypoints", ";nowhere"),
        ("corridors.csv", 2, "waypoints"),
    ),
    ("dangling place_id", _cell("facilities.csv", 2, "place_id", "nowhere"), ("facilities.csv", 2, "place_id")),
    ("dangling subject_id", _cell("figures.csv", 3, "subject_id", "nowhere"), ("figures.csv", 3, "subject_id")),
    ("missing sources", _cell("facilities.csv", 3, "sources", ""), ("facilities.csv", 3, "sources")),
    ("unknown source", _cell("partners.csv", 2, "sources", "rumour"), ("partners.csv", 2, "sources")),
    ("unparsable date", _cell("milestones.csv", 2, "date", "1979-13"), ("milestones.csv", 2, "date")),
    ("bad value", _cell("figures.csv", 2, "value", "5,400"), ("figures.csv", 2, "value")),
    ("bad url", _cell("sources.csv", 2, "url", "dawn.com/news"), ("sources.csv", 2, "url")),
]


@pytest.mark.parametrize(("breaker", "where"), [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN])
def test_broken_copy_is_reported_at_file_row_and_column(
    tmp_path: Path, breaker: Callable[[Path], None], where: tuple[str, int | None, str | None]
) -> None:
    """A copy of data/ broken in one way raises a problem naming the file, row and column."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    breaker(folder)
    with pytest.raises(DataError) as caught:
        read_dataset(folder)
    problems: list[Problem] = caught.value.problems
    matching = [p for p in problems if (p.file, p.row, p.column) == where]
    assert matching, [str(p) for p in problems]
    file, row, column = where
    message = str(matching[0])
    assert message.startswith(file)
    assert (f"row {row}" in message) is (row is not None)
    assert (f"column {column}" in message) is (column is not None)
    assert message in str(caught.value).splitlines()


@pytest.mark.parametrize("breaker", [case[1] for case in BROKEN], ids=[case[0] for case in BROKEN])
def test_reading_a_broken_copy_changes_no_file(tmp_path: Path, breaker: Callable[[Path], None]) -> None:
    """Validation only reads: every file's hash is the same afterwards."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    breaker(folder)
    before = folder_hashes(folder)
    with pytest.raises(DataError):
        read_dataset(folder)
    assert folder_hashes(folder) == before


def test_bad_latitude_message_reads_like_house_style(tmp_path: Path) -> None:
    """The message for a comma decimal is exactly the house-style wording."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    edit_cell(folder, "places.csv", 7, "lat", "39,47")
    with pytest.raises(DataError) as caught:
        read_dataset(folder)
    expected = 'places.csv, row 7, column lat: expected a number between -90 and 90, got "39,47"'
    assert expected in str(caught.value).splitlines()


def test_problems_in_several_files_are_all_reported(tmp_path: Path) -> None:
    """Breaking three files reports all three, not just the first."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    (folder / "products.csv").unlink()
    edit_cell(folder, "places.csv", 2, "lat", "north")
    edit_cell(folder, "milestones.csv", 3, "date", "soon")
    with pytest.raises(DataError) as caught:
        read_dataset(folder)
    files = {p.file for p in caught.value.problems}
    assert files >= {"products.csv", "places.csv", "milestones.csv"}


# --- the data dictionary ------------------------------------------------------------------------


def documented_columns() -> dict[str, list[str]]:
    """Parse data/README.md into {file name: [column names in its table]}."""
    documented: dict[str, list[str]] = {}
    current = None
    for line in (DATA / "README.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"### `([a-z_]+\.csv)`", line)
        if heading:
            current = heading.group(1)
            documented[current] = []
            continue
        cell = re.match(r"\| `([a-z0-9_]+)` \|", line)
        if current and cell:
            documented[current].append(cell.group(1))
    return documented


def test_readme_documents_every_file() -> None:
    """Every file in the specs has a section in data/README.md."""
    assert set(documented_columns()) == {spec.name for spec in SPECS}


@pytest.mark.parametrize("spec", SPECS, ids=[spec.name for spec in SPECS])
def test_readme_documents_every_column_in_order(spec: object) -> None:
    """Each file's table in data/README.md lists exactly its columns, in file order."""
    assert documented_columns()[spec.name] == list(spec.column_names)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "value",
    ["free trade zone", "border crossing", "approximate", "under construction", "railway", "at least", "twin park"],
)
def test_readme_lists_allowed_values(value: str) -> None:
    """Allowed values of the enumerated columns appear in data/README.md."""
    assert f"`{value}`" in (DATA / "README.md").read_text(encoding="utf-8")


def test_every_data_file_is_documented() -> None:
    """Every CSV in data/ is a known file."""
    known = {spec.name for spec in SPECS}
    assert {path.name for path in DATA.glob("*.csv")} <= known
