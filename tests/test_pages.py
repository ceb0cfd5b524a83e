"""App tests: every page runs under AppTest without an exception, with the shipped data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
# The first run imports pandas, folium and streamlit-folium.
TIMEOUT = 30


def run_page(page: str | None = None, **query: str) -> AppTest:
    """Run app.py, or switch to ``page``, with ``query`` seeded into the URL."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page is not None:
        at.switch_page(page).run()
    return at


def map_components(at: AppTest) -> list[dict[str, object]]:
    """The arguments of every st_folium element on the page."""
    found = []
    for element in at.get("component_instance"):
        args = json.loads(element.proto.json_args)
        if "script" in args:
            found.append(args)
    return found


def test_overview_runs_without_exception() -> None:
    """The overview page renders with the shipped data."""
    at = run_page()
    assert not at.exception
    assert at.title[0].value.startswith("Kashgar")


def test_overview_map_assets_are_local() -> None:
    """The overview map asks the browser only for files under the app's static folder."""
    at = run_page()
    (args,) = map_components(at)
    links = list(args["js_links"]) + list(args["css_links"])  # type: ignore[arg-type]
    assert links
    assert all(str(link).startswith("../../app/static/") for link in links), links


def test_overview_shows_headline_figures_with_sources() -> None:
    """The article's headline figures appear with a source beside each."""
    at = run_page()
    text = " ".join(m.value for m in at.markdown) + " ".join(str(m.value) for m in at.metric)
    for needle in ("5,400", "118", "400", "2,000"):
        assert needle in text, needle


@pytest.mark.parametrize("folder_problem", ["missing"])
def test_invalid_data_folder_lists_problems_without_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder_problem: str
) -> None:
    """An empty data folder shows the problems in plain words, not an exception."""
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    at = run_page()
    assert not at.exception
    assert at.error, "no error message shown"
    assert "places.csv" in at.code[0].value
