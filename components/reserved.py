"""The heights of what arrives after the first paint: maps, big tables, charts, widgets. One home for each.

Streamlit draws a map's frame, a table and a chart from code it loads on first use, so for a
moment each is a line high, and what follows it moves down when it lands (layout shift). Each
such element is drawn at the height given here, under a key, and the page's head reserves that
height for the key's box before the run arrives (``components/page_head.py``). A key ending in
``_`` is a prefix: it covers numbered elements (``trade_chart_0``, ``trade_chart_1``, ...).
Widgets keep their URL parameter's name as key. Pure: no streamlit import.
"""

from __future__ import annotations

from components.filters import PARAM_COUNTRY, PARAM_FACILITY, PARAM_LANG, PARAM_SITE, PARAM_STATUS, PARAM_YEAR
from components.route_query import PARAM_AVOID, PARAM_FROM, PARAM_MODE, PARAM_MONTH, PARAM_TO

# Every metric is drawn in a box whose key starts with this (panels.render_metric).
METRIC_KEY = "metric_"

# Maps, by their st_folium key (show_map draws each in the box ``map_box_key(key)``).
MAP_HEIGHTS: dict[str, int] = {"overview_map": 560, "corridor_map": 600, "partners_map": 460, "route_map": 560}

# Tables and charts, by their element key. Tables are scrolled inside this height.
ELEMENT_HEIGHTS: dict[str, int] = {
    "sources_table": 400,
    "places_table": 400,
    "partners_table": 400,
    "trade_chart_": 330,
    "companies_chart": 320,
    METRIC_KEY: 76,  # label and value, at desktop widths (Urdu's taller lines grow past it)
}


# Widgets above the maps, by key: each kind's code is a chunk of its own, so a widget is first a
# 40 px box and then, a moment later, its label and control; these are their heights once drawn
# (at desktop widths: a longer label may wrap and grow past them, never shrink below).
WIDGET_HEIGHTS: dict[str, int] = {
    **dict.fromkeys((PARAM_LANG, PARAM_FACILITY, PARAM_COUNTRY, PARAM_STATUS, PARAM_SITE, PARAM_YEAR), 68),
    **dict.fromkeys((PARAM_FROM, PARAM_TO, PARAM_AVOID, PARAM_MONTH), 68),
    PARAM_MODE: 95,  # a radio of three options
}

# Widgets drawn above a map only once the session's first map has drawn (components.maps.first_draw):
# until then each is an empty box of its height in ``WIDGET_HEIGHTS`` (``waiting_widget_key``).
WIDGETS_AFTER_FIRST_MAP: tuple[str, ...] = (PARAM_SITE, PARAM_YEAR)


def waiting_widget_key(key: str) -> str:
    """The key of the empty box that holds the widget ``key``'s place while the session waits for its first map."""
    return f"waiting_{key}"


# Page links, by the key of the box that holds them (``nav_links`` in the sidebar; ``map_link_`` and
# the card's number on each facility card). Until its code loads a page link is a 40 px placeholder;
# drawn, it is 32 px with -6 px margins, so it takes 20 px of the column. Inside these boxes the
# placeholder is given those 20 px, and nothing below moves when the link arrives.
NAV_LINKS_KEY = "nav_links"
MAP_LINK_KEY = "map_link_"
ROUTES_LINK_KEY = "routes_link"  # "Routes from here" in a place's detail panel
LINK_BOXES: tuple[str, ...] = (NAV_LINKS_KEY, MAP_LINK_KEY, ROUTES_LINK_KEY)
LINK_FLOW_PX = 20


def map_box_key(key: str) -> str:
    """The key of the container that holds the map ``key`` (its CSS class is ``st-key-`` + this)."""
    return f"{key}_box"


def reserved_heights() -> dict[str, int]:
    """Every key (or key prefix) whose box the page head reserves, with its height in pixels."""
    return {
        **{map_box_key(key): height for key, height in MAP_HEIGHTS.items()},
        **ELEMENT_HEIGHTS,
        **WIDGET_HEIGHTS,
    }


def placeholder_heights() -> dict[str, int]:
    """Every key (or key prefix) of a box whose element placeholders the page head sizes, with the height."""
    return dict.fromkeys(LINK_BOXES, LINK_FLOW_PX)
