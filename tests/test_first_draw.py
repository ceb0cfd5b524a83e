"""Map first: a session's first map page draws below its map only once the map has reported that it drew."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from components.maps.first_draw import DRAWN_STATE_KEY, reports_drawn
from components.maps.reports import DRAWN, ReportDrawn
from components.place_panels import MAP_KEY
from tests.apptest import open_page, page_text

# (page script, the key of its map, a heading drawn below the map, the map's returned objects).
MAP_PAGES = [
    (
        "pages/1_map.py",
        MAP_KEY,
        "All places",
        ["last_object_clicked_tooltip", "last_object_clicked", "last_object_clicked_count"],
    ),
    ("app.py", "overview_map", "Headline figures", []),
    ("pages/4_partners.py", "partners_map", "Regions named in sources", None),
    ("pages/6_routes.py", "route_map", "Stated vs measured: every stated distance", []),
]


def map_args(at: AppTest) -> dict[str, object]:
    (args,) = [json.loads(e.proto.json_args) for e in at.get("component_instance") if "script" in e.proto.json_args]
    return args  # type: ignore[no-any-return]


def headings(at: AppTest) -> list[str]:
    return [h.value for h in (*at.header, *at.subheader)]


def test_a_report_says_drawn_only_with_drawn_true() -> None:
    assert reports_drawn({DRAWN: True})
    assert reports_drawn(None, {"last_object_clicked": None, DRAWN: True})
    assert not reports_drawn({}, None, {DRAWN: "true"}, {DRAWN: 1}, [DRAWN], "drawn")


def test_the_report_script_sends_streamlit_folium_s_value_and_leaves_it_as_it_was() -> None:
    """The frame sends the last value with drawn: true, only when asked, and never rewrites previous_data
    (streamlit-folium compares its own reports with it: a change there would rerun the page on a pan)."""
    script = ReportDrawn()._template.module.script(ReportDrawn(), {})  # type: ignore[attr-defined]
    assert '"drawn"' in script and "streamlit:setComponentValue" in script
    assert "data.previous_data ||" in script and "previous_data =" not in script
    assert "streamlit:render" in script and "returned_objects" in script


@pytest.mark.parametrize(("script", "key", "below", "returned"), MAP_PAGES, ids=[p[0] for p in MAP_PAGES])
def test_first_run_stops_below_the_map_until_the_map_reports_it_drew(
    script: str, key: str, below: str, returned: list[str] | None
) -> None:
    at = open_page(script, map_drawn=False)
    assert not at.exception
    # The map is there and asks to be told when it has drawn; what lies below it is not, nor the sidebar.
    args = map_args(at)
    asked = args["returned_objects"]
    assert isinstance(asked, list) and DRAWN in asked
    assert below not in headings(at)
    assert not at.sidebar.multiselect
    assert "The rest of the page follows once the map has drawn." in page_text(at)
    waiting_script = args["script"]

    # The map's report (streamlit-folium keeps the component's value under the page's key).
    at.session_state[key] = {DRAWN: True}
    at.run()
    assert not at.exception
    assert below in headings(at)
    assert len(at.sidebar.multiselect) == 3
    assert "The rest of the page follows" not in page_text(at)
    assert at.session_state[DRAWN_STATE_KEY] is True
    args = map_args(at)
    # Asked no more, and the same script: the drawn map is kept, not mounted again.
    assert DRAWN not in args["returned_objects"]  # type: ignore[operator]
    assert args["script"] == waiting_script
    if returned is not None:
        assert args["returned_objects"] == returned


def test_later_runs_and_pages_of_the_session_draw_at_once() -> None:
    """Once a map has drawn, a value without the mark (a click) and another map page draw whole."""
    at = open_page("pages/1_map.py", map_drawn=False)
    at.session_state[MAP_KEY] = {DRAWN: True}
    at.run()
    at.session_state[MAP_KEY] = {"last_object_clicked_tooltip": "Gwadar Port", "last_object_clicked_count": 1}
    at.run()
    assert "All places" in headings(at)
    at.switch_page("app.py").run()
    assert not at.exception
    assert "Headline figures" in headings(at) and len(at.sidebar.multiselect) == 3


def test_asked_objects_add_drawn_only_while_the_session_waits() -> None:
    at = AppTest.from_function(_asked_in_a_session, default_timeout=30)
    at.run()
    assert at.session_state["asked"] == [["last_object_clicked"], ["last_object_clicked", DRAWN]]


def _asked_in_a_session() -> None:
    import streamlit as st

    from components.maps import first_draw

    waiting = first_draw.asked_objects(("last_object_clicked",))
    st.session_state[first_draw.DRAWN_STATE_KEY] = True
    st.session_state["asked"] = [list(first_draw.asked_objects(("last_object_clicked",))), list(waiting)]


def test_the_map_page_s_picker_and_year_wait_in_boxes_of_their_height_and_the_url_holds() -> None:
    """/map?site=gwadar-port&year=2015 waits with the picker and year control as empty boxes of their
    height (the browser test checks that the map does not move), while the detail panel and the map
    follow the URL."""
    at = open_page("pages/1_map.py", {"site": "gwadar-port", "year": "2015"}, map_drawn=False)
    assert not at.exception
    assert not at.selectbox and not at.slider
    assert "Gwadar Port" in headings(at)
    args = map_args(at)
    assert args["center"] == [25.1122, 62.3386]
    layers = args["feature_group"]

    at.session_state[MAP_KEY] = {DRAWN: True}
    at.run()
    assert at.selectbox(key="site").value == "gwadar-port"
    assert at.slider(key="year").value == 2015
    # The same layers: the year the URL asked for was drawn from the first run.
    assert map_args(at)["feature_group"] == layers


def test_only_a_session_s_first_page_waits_a_page_without_a_map_first_counts() -> None:
    """A session that arrives at /facilities and then opens /map draws /map whole at once: Streamlit's code
    is loaded, and a page switch must not take the sidebar away while the map draws."""
    at = open_page("pages/2_facilities.py", map_drawn=False)
    assert at.session_state[DRAWN_STATE_KEY] is True
    at.switch_page("pages/1_map.py").run()
    assert not at.exception
    assert "All places" in headings(at) and len(at.sidebar.multiselect) == 3
    assert DRAWN not in map_args(at)["returned_objects"]  # type: ignore[operator]


def test_the_report_is_the_first_of_the_map_s_scripts() -> None:
    """A part of the map that fails (outlines, controls, the click report) must not keep the rest of the
    page away: the report is scheduled before any of them runs."""
    script = str(map_args(open_page("pages/1_map.py", map_drawn=False))["script"])
    report = script.find('objects.indexOf("drawn")')
    assert report > 0
    for later in ("kgcDrawOutlines", "L.control.fullscreen", "MiniMap", 'addEventListener("click"'):
        assert report < script.find(later), later
