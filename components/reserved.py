"""The heights of what arrives after the first paint: maps, big tables, charts. One home for each.

Streamlit draws a map's frame, a table and a chart from code it loads on first use, so for a
moment each is a line high, and what follows it moves down when it lands (layout shift). Each
such element is drawn at the height given here, under a key, and the page's head reserves that
height for the key's box before the run arrives (``components/page_head.py``). A key ending in
``_`` is a prefix: it covers numbered elements (``trade_chart_0``, ``trade_chart_1``, ...).
Pure: no streamlit import.
"""

from __future__ import annotations

# Maps, by their st_folium key (show_map draws each in the box ``map_box_key(key)``).
MAP_HEIGHTS: dict[str, int] = {"overview_map": 560, "corridor_map": 600, "partners_map": 460, "route_map": 560}

# Tables and charts, by their element key. Tables are scrolled inside this height.
ELEMENT_HEIGHTS: dict[str, int] = {
    "sources_table": 400,
    "places_table": 400,
    "partners_table": 400,
    "trade_chart_": 330,
    "companies_chart": 320,
}


def map_box_key(key: str) -> str:
    """The key of the container that holds the map ``key`` (its CSS class is ``st-key-`` + this)."""
    return f"{key}_box"


def reserved_heights() -> dict[str, int]:
    """Every key (or key prefix) whose box the page head reserves, with its height in pixels."""
    return {**{map_box_key(key): height for key, height in MAP_HEIGHTS.items()}, **ELEMENT_HEIGHTS}
