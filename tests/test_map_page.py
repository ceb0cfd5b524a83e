"""App tests of the map page: URL selection, picker, simulated clicks, year, distances, unknown values."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from components.place_panels import MAP_KEY
from tests.apptest import open_lazy_panels, open_page, page_text

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
MAP_PAGE = "pages/1_map.py"
# The first run imports pandas, folium, streamlit-folium and altair.
TIMEOUT = 60


def open_map(**query: str) -> AppTest:
    """Open the map page as a visitor arriving at /map with ``query`` would."""
    return open_page(MAP_PAGE, query)


def map_args(at: AppTest) -> dict[str, object]:
    """The arguments of the page's st_folium element."""
    (args,) = [json.loads(e.proto.json_args) for e in at.get("component_instance") if "script" in e.proto.json_args]
    return args  # type: ignore[no-any-return]


def detail_heading(at: AppTest) -> str | None:
    """The heading of the place detail panel, or None when no place is selected."""
    headings = [h.value for h in at.header]
    known = {"All places", "Distances, stated and measured", "Khunjerab crossing season", "Milestones", "Filters"}
    chosen = [h for h in headings if h not in known]
    return chosen[0] if chosen else None


def test_map_page_runs_without_exception() -> None:
    """/map renders with the shipped data, no place selected."""
    at = open_map()
    assert not at.exception
    assert at.title[0].value == "Corridor map"
    assert detail_heading(at) is None
    assert any("No place selected" in i.value for i in at.info)


def test_site_in_url_selects_the_place_and_centres_the_map() -> None:
    """/map?site=gwadar-port shows Gwadar Port's details and moves the map to it."""
    at = open_map(site="gwadar-port")
    assert not at.exception
    assert detail_heading(at) == "Gwadar Port"
    assert at.selectbox(key="site").value == "gwadar-port"
    args = map_args(at)
    assert args["center"] == [25.1122, 62.3386]
    assert args["zoom"] == 7


def test_detail_panel_shows_names_facts_figures_and_source_links() -> None:
    """The panel gives the three names, kind, status, opening, precision, figures and http(s) sources."""
    at = open_map(site="gwadar-port")
    text = page_text(at)
    for needle in (
        "瓜达尔港",
        "گوادر بندرگاہ",
        "Seaport",
        "operating",
        "20 March 2007",
        "on the facility itself",
        "14\\.5 m",
    ):
        assert needle in text, needle
    assert "](<https://" in text


def test_detail_panel_lists_facilities_at_the_zone() -> None:
    """The FTZ's panel lists the facilities located there, the Digital Trade Centre among them."""
    at = open_map(site="kashgar-ftz")
    text = page_text(at)
    for facility in ("Bonded warehousing", "Customs clearance", "Digital Trade Centre"):
        assert facility in text


def test_picker_selects_a_place_like_a_click() -> None:
    """Choosing Sost in the picker shows its details and centres the map on it."""
    at = open_map()
    at.selectbox(key="site").select("sost-dry-port").run()
    assert detail_heading(at) == "Sost dry port"
    assert map_args(at)["center"] == [36.69, 74.8211]


def test_picker_lists_every_place() -> None:
    """The picker offers all 53 places, whatever the filters."""
    at = open_map()
    assert len(at.selectbox(key="site").options) == 53


def test_click_on_a_marker_selects_the_place() -> None:
    """A click event naming Gwadar Port's tooltip selects Gwadar and sets the picker."""
    at = open_map()
    at.session_state[MAP_KEY] = {
        "last_object_clicked_tooltip": "Gwadar Port",
        "last_object_clicked": {"lat": 25.1122, "lng": 62.3386},
        "last_object_clicked_count": 1,
    }
    at.run()
    assert detail_heading(at) == "Gwadar Port"
    assert at.selectbox(key="site").value == "gwadar-port"


def test_old_click_does_not_override_the_picker() -> None:
    """After a click on Gwadar, choosing Sost in the picker sticks although the map still reports Gwadar."""
    at = open_map()
    at.session_state[MAP_KEY] = {"last_object_clicked_tooltip": "Gwadar Port", "last_object_clicked_count": 1}
    at.run()
    at.selectbox(key="site").select("sost-dry-port").run()
    assert detail_heading(at) == "Sost dry port"


def test_second_click_on_the_same_marker_reselects_it() -> None:
    """Click Gwadar, pick Sost, click Gwadar again (count 2): Gwadar is selected again."""
    at = open_map()
    at.session_state[MAP_KEY] = {"last_object_clicked_tooltip": "Gwadar Port", "last_object_clicked_count": 1}
    at.run()
    at.selectbox(key="site").select("sost-dry-port").run()
    at.session_state[MAP_KEY] = {"last_object_clicked_tooltip": "Gwadar Port", "last_object_clicked_count": 2}
    at.run()
    assert detail_heading(at) == "Gwadar Port"


def test_click_on_a_corridor_keeps_the_selection() -> None:
    """A click on a corridor line (its tooltip names no place) leaves the selected place alone."""
    at = open_map(site="sost-dry-port")
    at.session_state[MAP_KEY] = {
        "last_object_clicked_tooltip": "Karakoram Highway · Road, operating",
        "last_object_clicked_count": 1,
    }
    at.run()
    assert detail_heading(at) == "Sost dry port"


def test_unknown_site_gives_a_notice_and_the_default_view() -> None:
    """/map?site=atlantis warns about the value, selects nothing and leaves the map where it is."""
    at = open_map(site="atlantis")
    assert not at.exception
    assert any("site" in w.value and "atlantis" in w.value for w in at.warning)
    assert detail_heading(at) is None
    args = map_args(at)
    assert args["center"] is None and args["zoom"] is None


def test_selection_does_not_change_the_map_script() -> None:
    """The base map script (hashed into the component key) is the same with and without a selection."""
    assert map_args(open_map())["script"] == map_args(open_map(site="gwadar-port"))["script"]


def test_map_asks_only_for_local_assets() -> None:
    """The map page's component loads scripts and styles only from the app's static folder."""
    args = map_args(open_map())
    links = list(args["js_links"]) + list(args["css_links"])  # type: ignore[arg-type]
    assert all(str(link).startswith("../../app/static/") for link in links), links


def test_distances_panel_compares_stated_straight_and_drawn() -> None:
    """Each of the four pairs shows the stated figure with its source, the straight line and the drawn length."""
    at = open_map()
    text = page_text(at)
    for pair in (
        "Kashgar \\(Kashi\\) – Sost dry port",
        "Kashgar \\(Kashi\\) – Khunjerab Pass",
        "Kashgar \\(Kashi\\) – Gwadar Port",
        "Khunjerab Pass – Gwadar Port",
    ):
        assert pair in text, pair
    for needle in (
        "**400 km**",
        "**325 km**",
        "**2,463 km**",
        "495–545 km",
        "Karakoram Highway, CPEC western alignment",
    ):
        assert needle in text, needle
    assert "shorter than the road other sources describe" in text
    assert "Hasan Abdal – Islamabad" not in text  # no straight junction link: the legs join at Havelian


def test_year_2010_hides_the_zone_and_lists_the_digital_trade_centre_as_not_yet() -> None:
    """At year=2010 the FTZ is not on the map and the Digital Trade Centre is listed as not yet established."""
    at = open_map(year="2010")
    assert at.slider(key="year").value == 2010
    args = map_args(at)
    assert "Pilot Free Trade Zone" not in str(args["feature_group"])
    captions = " ".join(c.value for c in at.caption)
    assert "Not yet open in 2010" in captions and "Pilot Free Trade Zone" in captions
    assert "Facilities not yet established in 2010" in captions and "Digital Trade Centre" in captions


def test_moving_the_year_slider_updates_the_layers_not_the_base_map() -> None:
    """Moving the year changes the feature groups st_folium swaps in, and leaves the map script alone."""
    at = open_map()
    before = map_args(at)
    at.slider(key="year").set_value(2010).run()
    after = map_args(at)
    assert after["script"] == before["script"]
    assert after["feature_group"] != before["feature_group"]
    assert "Pilot Free Trade Zone" in str(before["feature_group"])
    assert "Pilot Free Trade Zone" not in str(after["feature_group"])


def test_sidebar_country_filter_applies_to_the_map() -> None:
    """With country=KGZ only Kyrgyz places are drawn and the table says how many are on the map."""
    at = open_map(country="KGZ")
    args = map_args(at)
    assert "Torugart Pass" in str(args["feature_group"])
    assert "Gwadar Port" not in str(args["feature_group"])
    assert any("5 of 53 places" in c.value for c in at.caption)


def test_tables_and_charts_wait_until_their_panel_is_opened() -> None:
    """On arrival /map draws no table and no chart (their code would load with the map); each
    panel's expander is there, closed, and opening them draws the places table and the timeline."""
    at = open_map()
    assert not at.dataframe and not at.get("vega_lite_chart")
    labels = [expander.label for expander in at.expander]
    assert "Table of all 53 places" in labels
    assert any(label.startswith("Chart and table of") for label in labels)
    open_lazy_panels(at)
    assert not at.exception
    assert len(at.dataframe) == 2 and len(at.get("vega_lite_chart")) == 1


def test_places_table_lists_every_place() -> None:
    """The table under the map has a row for each of the 53 places."""
    at = open_lazy_panels(open_map())
    assert len(at.dataframe[0].value) == 53


def test_season_and_boundary_notes_are_shown() -> None:
    """The Khunjerab season (sources disagree) and the de facto boundaries note are on the page."""
    text = page_text(open_map())
    assert "April to November" in text and "year-round" in text
    assert "Gilgit-Baltistan" in text and "imply no endorsement" in text


def test_timeline_chart_is_drawn() -> None:
    """The milestones are drawn as a Vega-Lite chart."""
    at = open_lazy_panels(open_map())
    assert at.get("vega_lite_chart")
