"""App tests: every page runs under AppTest without an exception, with the shipped data."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from streamlit.testing.v1 import AppTest

from components.layout import PAGES
from tests.apptest import open_lazy_panels, open_page, page_text

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
# The first run imports pandas, folium and streamlit-folium.
TIMEOUT = 30


def run_page(page: str = "app.py", **query: str) -> AppTest:
    """Open app.py, or ``page``, with ``query`` in the URL."""
    return open_page(page, query)


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


def download_labels(at: AppTest) -> list[str]:
    """The labels of the download buttons on the page."""
    return [str(e.proto.label) for e in at.get("download_button")]


def test_overview_shows_rival_figures_and_products() -> None:
    """Beside the headline figures the page shows the 5,173 businesses, the 128 countries and the exports."""
    text = page_text(run_page())
    for needle in ("5,173", "128", "Kashgar prefecture", "Electric vehicles", "What the zone exports"):
        assert needle in text, needle


def test_facilities_page_lists_every_facility_without_filters() -> None:
    """With no filter every facility has a card, and unplaced ones say their location is not published."""
    at = run_page("pages/2_facilities.py")
    assert not at.exception
    text = page_text(at)
    for name in ("Bonded warehousing", "Uzbekistan industrial park", "72 hours", "Location not published"):
        assert name in text, name
    assert "Showing 9 facilities" in text


def test_facilities_page_narrows_to_the_facility_in_the_url() -> None:
    """?facility=bonded-warehousing shows that facility and no other."""
    at = run_page("pages/2_facilities.py", facility="bonded-warehousing")
    text = page_text(at)
    assert "Bonded warehousing" in text
    assert "Air freight facilities" not in text and "Uzbekistan industrial park" not in text
    assert "Showing 1 facility with bonded warehousing" in text


def test_facilities_download_counts_the_rows_on_screen() -> None:
    """The facilities CSV button announces as many rows as there are cards."""
    at = run_page("pages/2_facilities.py", country="CHN")
    cards = sum(1 for m in at.markdown if str(m.value).startswith("## "))
    assert f"Facilities (CSV, {cards} rows)" in download_labels(at)


def test_companies_page_charts_observations_and_says_register_is_not_published() -> None:
    """The company counts appear with their sources, and missing breakdowns read "not published"."""
    at = run_page("pages/3_companies.py")
    assert not at.exception
    text = page_text(at)
    assert "over 5,400 companies" in text and "5,173 businesses" in text
    assert "No company register has been published" in text
    assert text.count("not published") >= 3


def test_companies_page_counts_a_register_when_one_is_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a companies.csv in the data folder, the breakdowns are tables instead of "not published"."""
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    shutil.copy(ROOT / "tests" / "fixtures" / "companies.csv", folder / "companies.csv")
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(folder))
    at = run_page("pages/3_companies.py")
    assert not at.exception
    assert "No company register" not in page_text(at)
    assert len(at.dataframe) == 3


def test_partners_page_shows_totals_and_selected_country() -> None:
    """?country=UZB shows 118 and 128 with their scope, and Uzbekistan selected with its twin park."""
    at = run_page("pages/4_partners.py", country="UZB")
    assert not at.exception
    text = page_text(at)
    assert "118" in text and "128" in text
    assert "Selected: Uzbekistan" in text and "twin park" in text
    assert at.sidebar.multiselect(key="country").value == ["UZB"]
    table = at.dataframe[0].value
    assert set(table["iso3"]) == {"UZB"}


def test_partners_page_map_is_local_and_draws_the_named_countries() -> None:
    """The choropleth's assets are local and its data holds every named partner country."""
    at = run_page("pages/4_partners.py")
    (args,) = map_components(at)
    links = list(args["js_links"]) + list(args["css_links"])  # type: ignore[arg-type]
    assert all(str(link).startswith("../../app/static/") for link in links), links
    for code in ("(UZB)", "(KGZ)", "(PAK)", "(JPN)", "(KOR)"):
        assert code in str(args["feature_group"]), code


def test_sources_page_lists_sources_licences_dictionary_and_downloads() -> None:
    """The sources page has the source table, the licences, the data dictionary (drawn once opened)
    and six downloads."""
    at = run_page("pages/5_sources.py", country="UZB")
    assert not at.exception
    assert len(at.dataframe) >= 2
    assert "Data dictionary" in at.expander[0].label
    assert not any("places.csv" in str(m.value) for m in at.expander[0].markdown)
    open_lazy_panels(at)
    assert any("places.csv" in str(m.value) for m in at.expander[0].markdown)
    labels = download_labels(at)
    assert len(labels) == 6
    assert "Places (GeoJSON, 2 features)" in labels and "Corridors (GeoJSON, 2 features)" in labels


def test_filters_follow_from_page_to_page() -> None:
    """A country filter set on one page is still set after switching to another with the URL carried."""
    at = run_page("pages/2_facilities.py", country="PAK")
    assert at.sidebar.multiselect(key="country").value == ["PAK"]
    at.switch_page("pages/4_partners.py").run()
    assert at.sidebar.multiselect(key="country").value == ["PAK"]
    assert "Selected: Pakistan" in page_text(at)


def test_overview_map_draws_the_filtered_places() -> None:
    """With country=UZB the overview map has the Uzbek places and not Gwadar; its corridors stay,
    and the base map is the same, so the browser swaps the layers without reloading the map."""
    (unfiltered_args,) = map_components(run_page())
    unfiltered = json.dumps(unfiltered_args)
    at = run_page(country="UZB")
    assert not at.exception
    (args,) = map_components(at)
    assert args["script"] == unfiltered_args["script"]
    script = json.dumps(args)
    assert "Tashkent" in script and "Tashkent" in unfiltered
    assert "Gwadar Port" not in script and "Gwadar Port" in unfiltered
    assert "Karakoram Highway" in script
    assert any("Uzbekistan" in line.value for line in at.markdown)


def test_partner_map_keeps_its_base_when_the_selection_changes() -> None:
    """The selection restyles the countries layer only: the base map's script (which keys the
    mounted map in the browser) is the same, so choosing a country does not reload the map."""
    (uzbekistan,) = map_components(run_page("pages/4_partners.py", country="UZB"))
    (korea,) = map_components(run_page("pages/4_partners.py", country="KOR"))
    assert uzbekistan["script"] == korea["script"]
    assert uzbekistan["feature_group"] != korea["feature_group"]
    assert '"selected": true' in str(uzbekistan["feature_group"])


def _navigation_queries(at: AppTest) -> dict[str, str]:
    """Each navigation link's page and the query string it carries."""
    return {link.proto.page: link.proto.query_string for link in at.get("page_link")}


def test_navigation_links_carry_every_shared_filter() -> None:
    """Every navigation link's own query string holds the facility, country and status filters and the language.

    AppTest keeps query parameters across switch_page, so only the links' arguments prove that a
    person following one arrives with the filters.
    """
    at = run_page("pages/2_facilities.py", facility="bonded-warehousing", country="PAK", status="operating", lang="zh")
    assert not at.exception
    links = _navigation_queries(at)
    assert len(links) == sum((ROOT / page.script).exists() for page in PAGES)
    for page, query in links.items():
        params = parse_qs(query)
        assert params == {
            "facility": ["bonded-warehousing"],
            "country": ["PAK"],
            "status": ["operating"],
            "lang": ["zh"],
        }, page


def _element_order(monkeypatch: pytest.MonkeyPatch, page: str) -> list[tuple[str, str]]:
    """(container, element kind) of every element the last run of ``page`` sent, in the order sent."""
    from streamlit.testing.v1.local_script_runner import LocalScriptRunner

    runs: list[list[object]] = []
    sent = LocalScriptRunner.forward_msgs

    def recorded(self: LocalScriptRunner) -> list[object]:
        messages = sent(self)
        runs.append(list(messages))
        return messages

    monkeypatch.setattr(LocalScriptRunner, "forward_msgs", recorded)
    at = open_page(page)
    assert not at.exception
    order = []
    for message in runs[-1]:
        if message.WhichOneof("type") == "delta" and message.delta.WhichOneof("type") == "new_element":  # type: ignore[attr-defined]
            root = "sidebar" if message.metadata.delta_path[0] == 1 else "main"  # type: ignore[attr-defined]
            order.append((root, message.delta.new_element.WhichOneof("type")))  # type: ignore[attr-defined]
    return order


@pytest.mark.parametrize("page", [page.script for page in PAGES if (ROOT / page.script).exists()])
def test_every_page_sends_its_own_elements_before_the_sidebar_widgets(
    monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    """The language, filters and page links follow the page's last element over the websocket
    (layout.render_sidebar, called last): after a click, the panel is not queued behind them."""
    order = _element_order(monkeypatch, page)
    main = [index for index, (root, _kind) in enumerate(order) if root == "main"]
    widgets = [index for index, (root, kind) in enumerate(order) if root == "sidebar" and kind != "html"]
    assert main and widgets, order
    assert max(main) < min(widgets), order
    kinds = [kind for root, kind in order if root == "sidebar"]
    assert kinds.count("multiselect") == 3, kinds
    assert kinds.count("page_link") == sum((ROOT / p.script).exists() for p in PAGES), kinds


def test_reset_filters_clears_them_in_the_run_after_the_click() -> None:
    """'Reset filters' empties the three filters and the URL's filter parameters in one run, with no second run."""
    from components.layout import RESET_KEY

    at = run_page("pages/2_facilities.py", facility="bonded-warehousing", country="PAK", status="operating")
    assert at.sidebar.multiselect(key="country").value == ["PAK"]
    at.button(key=RESET_KEY).click().run()
    assert not at.exception
    for key in ("facility", "country", "status"):
        assert at.sidebar.multiselect(key=key).value == []
        assert key not in at.query_params
    assert not [button for button in at.button if button.key == RESET_KEY]
