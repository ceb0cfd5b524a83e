"""App tests of /routes: the URL contract (from, to, mode, avoid, month), bad input, the map and the links to it."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import open_lazy_panels, open_page, page_text

ROUTES_PAGE = "pages/6_routes.py"
# A tag markdown would render: "<" not escaped with a backslash.
UNESCAPED_TAG = re.compile(r"(?<!\\)<(script|img)")


def open_routes(**query: str | list[str]) -> AppTest:
    """Open /routes as a visitor arriving with ``query`` in the URL would."""
    return open_page(ROUTES_PAGE, query)


def map_args(at: AppTest) -> dict[str, object]:
    """The arguments of the page's st_folium element."""
    (args,) = [json.loads(e.proto.json_args) for e in at.get("component_instance") if "script" in e.proto.json_args]
    return args  # type: ignore[no-any-return]


def test_without_parameters_the_planner_answers_kashgar_to_gwadar() -> None:
    """/routes alone plans Kashgar → Gwadar Port by road over the Khunjerab and the western alignment."""
    at = open_routes()
    assert not at.exception
    text = page_text(at)
    assert "Shortest route" in text
    assert "Kashgar \\(Kashi\\) to Gwadar Port by road over Khunjerab Pass" in text
    assert "CPEC western alignment" in text
    assert "2,279 km" in text


def test_from_and_to_seed_the_controls_and_plan_that_trip() -> None:
    """from=kashgar&to=tashkent selects both places and shows the Irkeshtam road with its stated 920 km."""
    at = open_routes(**{"from": "kashgar", "to": "tashkent"})
    assert not at.exception
    assert at.selectbox(key="from").value == "kashgar"
    assert at.selectbox(key="to").value == "tashkent"
    assert at.radio(key="mode").value == "road"
    text = page_text(at)
    assert "**627 km**" in text
    assert "about 920 km" in text and "about 2 days" in text
    assert "Irkeshtam" in text


def test_mode_rail_follows_the_cku_railway_and_says_it_is_not_open() -> None:
    """mode=rail from Kashgar to Andijan uses the CKU railway and warns that it is under construction."""
    at = open_routes(**{"from": "kashgar", "to": "andijan", "mode": "rail"})
    assert not at.exception
    assert at.radio(key="mode").value == "rail"
    text = page_text(at)
    assert "Kashgar \\(Kashi\\) to Andijan \\(Andijon\\) by rail" in text
    assert "Part of this route is not open" in text


def test_avoiding_khunjerab_says_no_route_is_left_and_draws_none() -> None:
    """avoid=khunjerab-pass leaves no road to Gwadar: a plain error, no route panel, no route line."""
    at = open_routes(avoid="khunjerab-pass")
    assert not at.exception
    assert any("No route is left in our data" in e.value for e in at.error)
    assert "Shortest route" not in page_text(at)
    assert "kgc-route-1" not in str(map_args(at)["feature_group"])


def test_a_winter_month_closes_the_khunjerab_and_names_the_disagreeing_statements() -> None:
    """month=1 treats the Khunjerab legs as closed, quotes the statements on both sides and returns no blocked route."""
    at = open_routes(month="1")
    assert not at.exception
    warning = " ".join(w.value for w in at.warning)
    assert "In January these legs are treated as closed" in warning
    assert "These current statements say otherwise" in warning and "year\\-round" in warning
    assert any("No route is left" in e.value for e in at.error)
    assert at.selectbox(key="month").value == 1


def test_the_route_is_drawn_over_the_faded_network_and_the_map_reruns_on_no_event() -> None:
    """The map gets the network and the route as swapped layers, and returns no event (pan and zoom never rerun)."""
    at = open_routes(**{"from": "kashgar", "to": "tashkent"})
    args = map_args(at)
    assert args["returned_objects"] == []
    layers = str(args["feature_group"])
    assert "kgc-route-1" in layers and "#9ca3af" in layers


def test_changing_avoid_changes_the_answer() -> None:
    """Choosing Irkeshtam in the avoid box replaces the Kashgar–Tashkent road with the no-route message."""
    at = open_routes(**{"from": "kashgar", "to": "tashkent"})
    assert "**627 km**" in page_text(at)
    at.multiselect(key="avoid").set_value(["irkeshtam"]).run()
    assert not at.exception
    assert "**627 km**" not in page_text(at)
    assert any("No route is left" in e.value for e in at.error)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"from": "kashgar", "to": "kashgar"}, "The trip starts and ends at Kashgar"),
        ({"from": "kashgar", "avoid": "kashgar"}, "is both the start and a place to avoid"),
        ({"to": "tashkent", "avoid": "tashkent"}, "is both the end and a place to avoid"),
        ({"from": "nowhere"}, "Choose where the trip starts"),
    ],
)
def test_bad_trips_get_a_clear_message_and_the_rest_of_the_page_works(query: dict[str, str], message: str) -> None:
    """from == to, an avoided end and an unknown place are explained; the stated-vs-measured table still shows."""
    at = open_routes(**query)
    assert not at.exception
    assert any(message in e.value for e in at.error), [e.value for e in at.error]
    assert "Stated vs measured: every stated distance" in page_text(at)


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("month", "13"),
        ("mode", "boat"),
        ("avoid", "<img src=x onerror=alert(1)>"),
        ("from", "<script>alert(1)</script>"),
        ("to", "`${7*6}`"),
    ],
)
def test_bad_values_are_ignored_with_a_notice_and_nothing_is_injected(param: str, value: str) -> None:
    """A bad value is named in a notice as text (escaped), never as markup, and the page still renders."""
    at = open_routes(**{param: value})
    assert not at.exception
    notices = [w.value for w in at.warning if "Ignored an unknown value" in w.value]
    assert notices and f"“{param}”" in notices[0]
    for element in [*at.markdown, *at.warning, *at.error, *at.caption]:
        assert not UNESCAPED_TAG.search(element.value), element.value


def test_routes_page_works_in_chinese_and_urdu() -> None:
    """The planner's own words come from the catalogues in each language."""
    chinese = open_routes(**{"from": "kashgar", "to": "tashkent", "lang": "zh"})
    assert not chinese.exception and "最短路线" in page_text(chinese)
    urdu = open_routes(**{"from": "kashgar", "to": "tashkent", "lang": "ur"})
    assert not urdu.exception and "سب سے مختصر راستہ" in page_text(urdu)


def test_place_detail_links_to_routes_from_that_place() -> None:
    """On /map with a place selected, a "Routes from here" link opens /routes with from= that place."""
    at = open_page("pages/1_map.py", {"site": "sost-dry-port", "lang": "zh"})
    assert not at.exception
    links = [link for link in at.get("page_link") if link.proto.page == "routes" and "from=" in link.proto.query_string]
    assert len(links) == 1
    assert parse_qs(links[0].proto.query_string) == {"from": ["sost-dry-port"], "lang": ["zh"]}


def test_place_off_the_network_has_no_routes_link() -> None:
    """A place no leg passes (the bonded zone) offers no "Routes from here" link."""
    at = open_page("pages/1_map.py", {"site": "kashgar-cbz"})
    assert not [link for link in at.get("page_link") if "from=" in link.proto.query_string]


def test_tables_wait_until_their_panel_is_opened() -> None:
    """/routes arrives with no table (the grid's code would load with the map); opening the panels
    draws the stated-vs-measured table (every stated distance) and the shortest route's legs."""
    at = open_routes(**{"from": "kashgar", "to": "tashkent"})
    assert not at.dataframe
    assert any(e.label.startswith("All 30 stated distances") for e in at.expander), [e.label for e in at.expander]
    open_lazy_panels(at)
    assert not at.exception
    sizes = sorted(len(frame.value) for frame in at.dataframe)
    assert 30 in sizes and len(sizes) >= 2
