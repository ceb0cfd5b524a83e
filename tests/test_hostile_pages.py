"""App tests of every page against hostile data, broken data folders and hostile URLs.

Each page that exists (``layout.PAGES`` whose script is on disk) runs under ``AppTest``:
it must not raise, must show data text only escaped, must list a broken folder's problems
in plain words, must leave the files untouched, and must answer a hostile query string
with short notices and the default view.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from components.data import DATA_DIR_ENV
from components.filters import LIST_PARAMS, PARAM_LANG, PARAM_SITE, PARAM_YEAR, SHARED_PARAMS
from components.layout import PAGES, ROOT
from components.route_query import ROUTE_PARAMS
from tests.apptest import open_page, page_text
from tests.hostile import FAULTS, FORMULA_PAYLOAD_STARTS, PAYLOADS, broken_folder, folder_hashes, hostile_folder

APP = str(ROOT / "app.py")
# The first run imports pandas, folium and streamlit-folium.
TIMEOUT = 60
EXISTING = [page for page in PAGES if (ROOT / page.script).exists()]
PAGE_IDS = [page.key for page in EXISTING]

HOSTILE_VALUES = [
    "nope",
    "bonded-warehousing",
    "bonded-warehousing",
    "<script>alert(1)</script>",
    "<img src=x data-pwn=1 onerror=alert(1)>",
    "${alert(1)}",
    "`",
    "%3Cscript%3E",
    "%25252525",
    "\u202ePAK",
    "[x](javascript:alert(1))",
    "x" * 10_000,
    "",
]
ALL_PARAMS = (*LIST_PARAMS, PARAM_SITE, PARAM_LANG, PARAM_YEAR)


run_page = open_page


def markdown_sources(at: AppTest) -> list[str]:
    """The markdown source of every element that Streamlit renders as markdown."""
    kinds = ("markdown", "caption", "error", "warning", "info", "success", "title", "header", "subheader")
    return [str(element.value) for kind in kinds for element in at.get(kind)]


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_folder(tmp_path_factory.mktemp("hostile") / "data")


@pytest.fixture(scope="module")
def broken_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("broken")
    return {fault: broken_folder(base / f"case{index}", fault) for index, fault in enumerate(FAULTS)}


def test_pages_exist() -> None:
    """At least the overview page is covered; the others join as their scripts appear."""
    assert "overview" in PAGE_IDS


@pytest.mark.parametrize("page", EXISTING, ids=PAGE_IDS)
def test_page_with_hostile_data_runs(page: object, hostile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose data is full of payloads runs without an exception or an error box."""
    monkeypatch.setenv(DATA_DIR_ENV, str(hostile_dir))
    at = run_page(page.script)  # type: ignore[attr-defined]
    assert not at.exception
    assert not at.error


@pytest.mark.parametrize("page", EXISTING, ids=PAGE_IDS)
def test_page_with_hostile_data_keeps_its_choices_when_it_runs_again(
    page: object, hostile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run after the first (a map's report, any click) keeps every widget's choice: with places that
    share a name, /routes once came back from Kashgar as from the first place of Kashgar's name."""
    monkeypatch.setenv(DATA_DIR_ENV, str(hostile_dir))
    at = run_page(page.script)  # type: ignore[attr-defined]
    keys = (*SHARED_PARAMS, PARAM_SITE, PARAM_YEAR, *ROUTE_PARAMS)  # every URL parameter a widget holds
    first = {key: at.session_state[key] for key in keys if key in at.session_state}
    at.run()
    assert not at.exception
    assert {key: at.session_state[key] for key in keys if key in at.session_state} == first


@pytest.mark.parametrize("page", EXISTING, ids=PAGE_IDS)
def test_page_markdown_has_no_live_markup_from_data(
    page: object, hostile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In every markdown the page sends, a tag, HTML entity or $ from data is backslash-escaped."""
    monkeypatch.setenv(DATA_DIR_ENV, str(hostile_dir))
    at = run_page(page.script)  # type: ignore[attr-defined]
    for source in markdown_sources(at):
        # Link targets are checked apart (test_page_links_only_http_targets).
        source = re.sub(r"\]\(<[^>]*>\)", "]", source)
        assert not re.search(r"(?<!\\)<", source), source[:200]
        assert not re.search(r"(?<!\\)&(?=[a-z#]+;?)", source), source[:200]
        assert not re.search(r"(?<!\\)\$", source), source[:200]


@pytest.mark.parametrize("page", EXISTING, ids=PAGE_IDS)
def test_page_links_only_http_targets(page: object, hostile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every markdown link a page draws from hostile sources points to an http(s) address."""
    monkeypatch.setenv(DATA_DIR_ENV, str(hostile_dir))
    at = run_page(page.script)  # type: ignore[attr-defined]
    for source in markdown_sources(at):
        for angled, bare in re.findall(r"(?<!\\)\]\((?:<([^>]*)>|([^)<\s]*))", source):
            target = angled or bare
            assert target.startswith(("http://", "https://")), target


def _csv_downloads(page: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """Every CSV file ``page`` offers for download, by file name, as the button would send it."""
    offered: dict[str, bytes] = {}
    original = st.download_button

    def recording(label: str, data: bytes, file_name: str, **kwargs: object) -> bool:
        offered[file_name] = data
        return original(label, data=data, file_name=file_name, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(st, "download_button", recording)
    assert not run_page(page).exception
    return {name: data for name, data in offered.items() if name.endswith(".csv")}


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_hostile_data_holds_formula_payloads() -> None:
    """The payloads include a cell starting with each of =, +, - and @ (else the CSV test below proves nothing)."""
    assert {start for start in FORMULA_PAYLOAD_STARTS if any(p.startswith(start) for p in PAYLOADS)} == set(
        FORMULA_PAYLOAD_STARTS
    )


def test_every_csv_download_neutralises_formula_cells(hostile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On every page, every downloadable CSV holds the formula payloads only with a leading quote, never live."""
    monkeypatch.setenv(DATA_DIR_ENV, str(hostile_dir))
    found: dict[str, bytes] = {}
    for page in EXISTING:
        found.update({f"{page.key}/{name}": data for name, data in _csv_downloads(page.script, monkeypatch).items()})
    assert {"facilities/facilities.csv", "partners/partners.csv", "sources/places.csv"} <= set(found)
    quoted = 0
    for name, data in found.items():
        for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))):
            for cell in row:
                # A negative number stays a number (downloads.neutralise_cell leaves numbers alone).
                assert not cell.startswith(FORMULA_PAYLOAD_STARTS) or _is_number(cell), (name, cell[:60])
                quoted += cell.startswith(tuple("'" + start for start in FORMULA_PAYLOAD_STARTS))
    assert quoted, "no formula payload reached any CSV: the test checked nothing"


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("page", EXISTING, ids=PAGE_IDS)
def test_broken_folder_lists_problems_in_plain_words(
    page: object, fault: str, broken_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken data folder gives an error and a list naming the file, and no exception or traceback."""
    folder = broken_dirs[fault]
    before = folder_hashes(folder)
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    at = run_page(page.script)  # type: ignore[attr-defined]
    assert not at.exception
    assert len(at.error) == 1
    problems = at.code[0].value
    assert FAULTS[fault][1] in problems
    assert "expected" in problems
    assert "Traceback" not in page_text(at)
    assert folder_hashes(folder) == before


@pytest.mark.parametrize("page", EXISTING, ids=PAGE_IDS)
def test_missing_data_folder_lists_one_problem(page: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder that does not exist is one plain problem, not an exception."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "nowhere"))
    at = run_page(page.script)  # type: ignore[attr-defined]
    assert not at.exception
    assert "no such folder" in at.code[0].value


@pytest.mark.parametrize("param", ALL_PARAMS)
@pytest.mark.parametrize("page", EXISTING, ids=PAGE_IDS)
def test_hostile_query_values_give_notices_and_the_default_view(page: object, param: str) -> None:
    """Unknown, repeated, huge, encoded and script values give short notices and change nothing else."""
    values = [v for v in HOSTILE_VALUES if not (param == "facility" and v == "bonded-warehousing")]
    at = run_page(page.script, {param: values})  # type: ignore[attr-defined]
    assert not at.exception
    assert at.warning, "no notice for the ignored values"
    assert all(len(str(w.value)) < 200 for w in at.warning)
    assert at.sidebar.selectbox(key=PARAM_LANG).value == "en"
    for key in LIST_PARAMS:
        assert at.sidebar.multiselect(key=key).value == []


@pytest.mark.parametrize("page", EXISTING, ids=PAGE_IDS)
def test_known_value_among_hostile_ones_is_kept(page: object) -> None:
    """A real facility id repeated among junk is selected once; the junk gets notices."""
    at = run_page(page.script, {"facility": HOSTILE_VALUES})  # type: ignore[attr-defined]
    assert not at.exception
    assert at.sidebar.multiselect(key="facility").value == ["bonded-warehousing"]


@pytest.mark.parametrize("page", EXISTING, ids=PAGE_IDS)
def test_unknown_parameters_are_ignored_quietly(page: object) -> None:
    """Parameters the dashboard does not know neither raise nor change the view."""
    at = run_page(page.script, {"evil": "<script>alert(1)</script>", "__proto__": "x", "": "y"})  # type: ignore[attr-defined]
    assert not at.exception
    assert at.sidebar.multiselect(key="facility").value == []
