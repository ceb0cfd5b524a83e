"""Shared AppTest helpers: open a page as a visitor with a URL would, and read what it shows."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
# The first run imports pandas, folium, streamlit-folium and altair.
TIMEOUT = 60


def open_page(
    script: str = "app.py",
    query: Mapping[str, object] | None = None,
    panels_open: bool = False,
    map_drawn: bool = True,
) -> AppTest:
    """Open ``script`` (a page of layout.PAGES) as a visitor arriving with ``query`` in the URL would;
    with ``panels_open``, its panels drawn only while open are open from the start (``lazy_panel_keys``).
    With ``map_drawn`` (the default) the session's first map has drawn, as it has in a browser by
    the time the whole page shows; without it, a map page stops below its map (``maps.first_draw``)."""
    from components.maps.first_draw import DRAWN_STATE_KEY

    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params.update(query or {})
    if map_drawn:
        at.session_state[DRAWN_STATE_KEY] = True
    if panels_open:
        for key in lazy_panel_keys():
            at.session_state[key] = True
    at.run()
    if script != "app.py":
        # switch_page drops the URL; the visitor's URL is still the one they arrived with.
        at.query_params.clear()
        at.query_params.update(query or {})
        at.switch_page(script).run()
    return at


# More indicators than /trade shows (13 with the shipped data); a key no expander uses is harmless.
TRADE_INDICATORS_OPENED = 64


def lazy_panel_keys() -> tuple[str, ...]:
    """The session-state keys of the expanders whose content /map, /routes, /trade and /sources draw only while open."""
    from components import place_panels, route_panels, source_panels, trade_panels

    trade = (trade_panels.points_open_key(number) for number in range(TRADE_INDICATORS_OPENED))
    return (*place_panels.LAZY_PANEL_KEYS, *route_panels.LAZY_PANEL_KEYS, *source_panels.LAZY_PANEL_KEYS, *trade)


def open_lazy_panels(at: AppTest) -> AppTest:
    """Open the panels drawn only while open, as a person clicking each expander would, and run the
    page again (AppTest cannot rerun a page whose radio options are translated: use ``panels_open``)."""
    for key in lazy_panel_keys():
        at.session_state[key] = True
    return at.run()


# The elements whose text a person reads in the page body.
_TEXT_ELEMENTS = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success", "code")


def page_text(at: AppTest) -> str:
    """Every text the page body shows, one element a line: headings, markdown, captions, alerts, code, metrics."""
    parts = [str(element.value) for kind in _TEXT_ELEMENTS for element in at.get(kind)]
    parts += [f"{metric.label} {metric.value}" for metric in at.metric]
    return "\n".join(parts)


def _nodes(node: object) -> Iterator[object]:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


# Message fields a person reads (labels, bodies, options, help); ids, URLs and hashes are not.
READABLE_FIELDS = frozenset({"body", "label", "help", "placeholder", "options", "text", "caption"})
# In generated map JavaScript: comments, and string literals (quoted or template) a person may read.
_JS_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)
# The keys that tell layers apart across runs (maps.elements.KeyedGroup): never shown.
_LAYER_KEY = re.compile(r'\.kgcLayerKey = "[^"\n]*";')
_JS_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"|`([^`]*)`')
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
# Keys and option names start lower case; a one-word layer name ("Places") is read by people.
_IDENTIFIER = re.compile(r"[a-z_$][\w$.-]*")
# A style sheet drawn with st.html holds font and selector names, not text a person reads.
_STYLE_SHEET = re.compile(r"<style>.*?</style>", re.DOTALL)


# A folium tooltip (corridor lines), and the array of pins a layer of pins
# (maps.elements.PlacePins) is drawn from: [lat, lon, tooltip, icon, z-index offset] each.
_FOLIUM_TOOLTIP = re.compile(r"bindTooltip\(\s*`<div>\s*(.*?)\s*</div>`", flags=re.S)
_PINS = re.compile(r"L\.divIcon\(options\); \}\);\s*(\[.*?\])\.forEach\(function \(pin\)", flags=re.S)


def map_pins(html: str) -> list[list[object]]:
    """Every pin of the map's layers of pins, in document order, as the browser reads the array."""
    return [pin for found in _PINS.findall(html) for pin in json.loads(found)]


def map_tooltips(html: str) -> list[str]:
    """The tooltip of every line and pin in a rendered map, in document order, as escaped HTML text."""
    found = [(m.start(), m.group(1)) for m in _FOLIUM_TOOLTIP.finditer(html)]
    found += [(m.start(), str(pin[2])) for m in _PINS.finditer(html) for pin in json.loads(m.group(1))]
    return [text for _, text in sorted(found, key=lambda item: item[0])]


def map_strings(json_args: str) -> list[str]:
    """The strings of a folium map a person can read: tooltips, layer names, legend, control titles."""
    args = json.loads(json_args)
    code = "\n".join(str(args.get(part) or "") for part in ("script", "feature_group", "layer_control"))
    code = _LAYER_KEY.sub("", _JS_COMMENT.sub("", code))
    found = []
    for quoted, template in _JS_STRING.findall(code):
        text = json.loads(f'"{quoted}"') if quoted else _UNICODE_ESCAPE.sub(lambda m: chr(int(m[1], 16)), template)
        # Keys, identifiers and option names are not read by anyone.
        if text and not _IDENTIFIER.fullmatch(text):
            found.append(re.sub(r"<[^>]+>", " ", text))
    return found


def _table_texts(proto: object, value: object) -> list[str]:
    """A table's column headers (as configured) and its text cells."""
    if not isinstance(value, pd.DataFrame):
        return []
    config = json.loads(getattr(proto, "columns", "") or "{}")
    texts = [str((config.get(str(c)) or {}).get("label") or c) for c in value.columns]
    for column in value.columns:
        texts.extend(cell for cell in value[column] if isinstance(cell, str))
    return texts


def shown_texts(at: AppTest) -> list[str]:
    """Every text the page shows a person: labels, bodies, options and help of every element,
    table headers and cells, chart titles, and the map's tooltips, layer names and legend."""
    texts: list[str] = []
    for node in _nodes(at._tree):
        kind, proto = getattr(node, "type", ""), getattr(node, "proto", None)
        if proto is None:
            continue
        if kind == "dataframe":
            texts.extend(_table_texts(proto, getattr(node, "value", None)))
        elif kind == "component_instance" and "script" in getattr(proto, "json_args", ""):
            texts.extend(map_strings(proto.json_args))
        elif kind == "vega_lite_chart":
            texts.extend(re.findall(r'"title": "((?:[^"\\]|\\.)*)"', proto.spec))
        for field, field_value in proto.ListFields():
            if field.name in READABLE_FIELDS:
                values = (
                    field_value
                    if isinstance(field_value, list | tuple) or hasattr(field_value, "append")
                    else [field_value]
                )
                texts.extend(_STYLE_SHEET.sub(" ", v) if kind == "html" else v for v in values if isinstance(v, str))
    return texts
