"""Citations (components/citation.py): the pure builders, and the "Cite this view" block on every page."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from components.citation import (
    Citation,
    base_of,
    build_citation,
    cite_all,
    cite_bibtex,
    cite_csl,
    cite_text,
    cited_source_ids,
    view_source_ids,
    view_url,
)
from components.data import DatasetVersion, read_dataset, read_dataset_version
from components.downloads import geojson_download
from components.filters import ViewState, apply_view
from components.layout import PAGES
from tests.apptest import open_page
from tests.hostile import DATA

VERSION = DatasetVersion("ab" * 32, "2026-01-15")
DAY = dt.date(2026, 12, 7)
SOURCES = pd.DataFrame(
    {"source_id": ["s1", "s2"], "title": ["One", "Two"], "url": ["https://one.example/a", "https://two.example/b"]}
)


def _citation(title: str = "Dashboard: Map", url: str = "http://localhost:8501/map?country=PAK") -> Citation:
    return build_citation(title, url, DAY, VERSION, SOURCES, ["s2", "s1", "unknown"])


def test_citation_keeps_the_sources_in_cited_order_and_drops_unknown_ids() -> None:
    """Sources are looked up by id, in the order cited; an id not in sources.csv is left out."""
    assert _citation().sources == (("s2", "Two", "https://two.example/b"), ("s1", "One", "https://one.example/a"))


@pytest.mark.parametrize(("lang", "accessed"), [("en", "7 December 2026"), ("zh", "2026年12月7日")])
def test_text_names_title_url_version_date_and_sources(lang: str, accessed: str) -> None:
    """The text form holds every part of the citation, the date written for the language."""
    text = cite_text(_citation(), lang)
    for part in ("Dashboard: Map", "http://localhost:8501/map?country=PAK", VERSION.label, accessed, "s2, s1"):
        assert part in text


def test_bibtex_escapes_what_would_break_the_entry() -> None:
    """Braces, percent signs and backslashes in a title or URL cannot end a field or start a command."""
    entry = cite_bibtex(_citation(title="50% {x} \\input_a & b", url="http://h/p?a={b}"))
    assert "title = {50\\% \\{x\\} \\textbackslash{}input\\_a \\& b}" in entry
    assert "url = {http://h/p?a=%7Bb%7D}" in entry
    assert entry.startswith("@misc{kashgar-gwadar-2026-12-07-abababab,")
    assert entry.count("{") == entry.count("}")


def test_csl_json_is_a_dataset_item_with_access_date_and_version() -> None:
    """CSL-JSON has type dataset, the URL, the accessed date parts and the version."""
    item = cite_csl(_citation())
    assert item["type"] == "dataset"
    assert item["accessed"] == {"date-parts": [[2026, 12, 7]]}
    assert item["version"] == VERSION.label
    assert item["URL"] == "http://localhost:8501/map?country=PAK"
    json.dumps(item)


def test_cited_source_ids_are_unique_and_in_order() -> None:
    """Each source id appears once, in the order the records first cite it."""
    tables = [pd.DataFrame({"sources": [("b", "a"), ("a",)]}), pd.DataFrame({"sources": [("c", "b")]})]
    assert cited_source_ids(tables) == ("b", "a", "c")


def test_a_filtered_view_draws_on_fewer_sources() -> None:
    """The sources of a view are those its records cite: a country filter narrows them."""
    dataset = read_dataset(DATA)
    everything = view_source_ids(apply_view(dataset, ViewState()))
    uzbekistan = view_source_ids(apply_view(dataset, ViewState(countries=("UZB",))))
    assert 0 < len(uzbekistan) < len(everything)
    assert set(uzbekistan) <= set(everything)


def test_view_url_carries_the_state() -> None:
    """The cited URL has the page path and every parameter of the state."""
    state = ViewState(countries=("PAK", "CHN"), site="gwadar-port", lang="zh", year=2020)
    assert view_url("https://corridor.example/", "/map", state) == (
        "https://corridor.example/map?country=PAK&country=CHN&site=gwadar-port&lang=zh&year=2020"
    )
    assert view_url("http://h", "/", ViewState()) == "http://h/"


def test_view_url_carries_a_pages_own_parameters() -> None:
    """The route planner's from/to/avoid follow the shared filters into the cited URL."""
    extra = {"from": ["kashgar"], "to": ["gwadar-port"], "avoid": ["khunjerab-pass"]}
    assert view_url("http://h", "/routes", ViewState(countries=("PAK",)), extra) == (
        "http://h/routes?country=PAK&from=kashgar&to=gwadar-port&avoid=khunjerab-pass"
    )


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("https://corridor.example/map", "https://corridor.example"),
        ("http://127.0.0.1:8501/", "http://127.0.0.1:8501"),
        (None, "http://localhost:8501"),
        ("javascript:alert(1)", "http://localhost:8501"),
    ],
)
def test_base_of_the_browser_url(url: str | None, base: str) -> None:
    """Only an http(s) address of the browser is used as the citation's base."""
    assert base_of(url) == base


def test_version_changes_with_any_data_edit(tmp_path: object) -> None:
    """The dataset's digest changes when a data file changes, and its date is the newest source date."""
    import shutil
    from pathlib import Path

    folder = Path(str(tmp_path)) / "data"
    shutil.copytree(DATA, folder)
    first = read_dataset_version(folder, read_dataset(folder))
    path = folder / "products.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Batteries", "Battery packs"), encoding="utf-8")
    second = read_dataset_version(folder, read_dataset(folder))
    assert first.digest != second.digest
    assert (
        first.date
        == second.date
        == max(d for d in [*read_dataset(folder).sources["accessed"], *read_dataset(folder).sources["published"]] if d)
    )


def test_geojson_downloads_carry_the_citation() -> None:
    """A GeoJSON download with a citation holds it as a foreign member."""
    cite = cite_all(_citation(), "en")
    download = geojson_download("places", {"type": "FeatureCollection", "features": []}, cite)
    assert json.loads(download.data)["citation"] == cite


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.key)
def test_every_page_offers_cite_this_view(page: object) -> None:
    """Each page of layout.PAGES ends with the "Cite this view" block (a new page must add it too)."""
    at = open_page(page.script)  # type: ignore[attr-defined]
    assert not at.exception
    assert "Cite this view" in [expander.label for expander in at.expander]


def test_the_map_pages_citation_has_the_selected_place_and_language() -> None:
    """Opened on the map page, the block cites the URL with the filters, the place and the language."""
    at = open_page("pages/1_map.py", {"country": "PAK", "site": "gwadar-port", "lang": "zh"})
    at.session_state["cite_view"] = True
    at.run()
    text, bibtex, csl = (block.value for block in at.code[-3:])
    assert "http://localhost:8501/map?country=PAK&site=gwadar-port&lang=zh" in text
    assert "访问日期" in text
    assert bibtex.startswith("@misc{")
    assert json.loads(csl)[0]["URL"].endswith("site=gwadar-port&lang=zh")
