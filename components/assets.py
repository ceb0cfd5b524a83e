"""Browser assets served by the app itself: the one place that knows where Leaflet lives.

Folium and streamlit-folium load Leaflet, jQuery, Bootstrap, Font Awesome and plugin
files from public CDNs; behind a firewall that leaves a blank map. This module points
every folium element class at the copies in ``static/vendor`` (fetched by
``scripts/vendor_assets.sh``) and removes what the map does not use (Bootstrap and
glyphicons). It must be applied before any map is rendered; ``use_local_assets`` is
idempotent and called by ``components.maps.elements`` at import.

It does not build maps and never imports streamlit.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import folium
import folium.plugins  # noqa: F401  (registers every plugin class so all subclasses are patched)
from folium.elements import JSCSSMixin

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

# Streamlit serves static/X at /app/static/X. The map runs in the streamlit-folium
# iframe at /component/streamlit_folium.st_folium/index.html; a path relative to that
# document keeps working when the app is served under a base URL path.
COMPONENT_STATIC_BASE = "../../app/static/"

# CDN file name -> vendored path under static/. Matching on the file name (not the
# whole URL) also catches the same file from another CDN host or version path.
VENDORED: dict[str, str] = {
    "leaflet.js": "vendor/leaflet/dist/leaflet.js",
    "leaflet.css": "vendor/leaflet/dist/leaflet.css",
    "jquery-3.7.1.min.js": "vendor/jquery/dist/jquery.min.js",
    "jquery.min.js": "vendor/jquery/dist/jquery.min.js",
    "leaflet.awesome-markers.js": "vendor/awesome-markers/dist/leaflet.awesome-markers.js",
    "leaflet.awesome-markers.css": "vendor/awesome-markers/dist/leaflet.awesome-markers.css",
    "leaflet.awesome.rotate.min.css": "vendor/awesome-markers/leaflet.awesome.rotate.min.css",
    "Control.FullScreen.min.js": "vendor/leaflet-fullscreen/Control.FullScreen.js",
    "Control.FullScreen.css": "vendor/leaflet-fullscreen/Control.FullScreen.css",
    "leaflet-measure.min.js": "vendor/leaflet-measure/dist/leaflet-measure.js",
    "leaflet-measure.min.css": "vendor/leaflet-measure/dist/leaflet-measure.css",
    "Control.MiniMap.js": "vendor/leaflet-minimap/dist/Control.MiniMap.min.js",
    "Control.MiniMap.css": "vendor/leaflet-minimap/dist/Control.MiniMap.min.css",
    "leaflet.markercluster.js": "vendor/markercluster/dist/leaflet.markercluster.js",
    "MarkerCluster.css": "vendor/markercluster/dist/MarkerCluster.css",
    "MarkerCluster.Default.css": "vendor/markercluster/dist/MarkerCluster.Default.css",
}

# Font Awesome: only the solid style is used (icons are created with prefix="fa").
FONT_AWESOME_CSS = ("vendor/fontawesome/css/fontawesome.min.css", "vendor/fontawesome/css/solid.min.css")
# Sets L.Icon.Default.imagePath, which Leaflet guesses wrongly inside the component iframe.
LEAFLET_SETUP_JS = "app/leaflet-setup.js"
MARKERS_CSS = "app/markers.css"
TOPOJSON_CLIENT_JS = "vendor/topojson-client/dist/topojson-client.min.js"
WORLD_OUTLINES = "vendor/world-atlas/countries-110m.json"

# The scripts of the corridor maps, in the order they must run, joined into one file. The
# component's frame loads scripts one after another, each request waiting for the previous
# script to run: six in a row cost about 0.35 s on a cold load, one costs a single request.
# static/app/map-bundle.js is ``bundle_text()`` written out by ``make vendor``; a test keeps
# it equal to its members. It sits in app/, beside leaflet-setup.js, whose relative path to
# Leaflet's images works from either file.
MAP_BUNDLE_JS = "app/map-bundle.js"
MAP_BUNDLE_MEMBERS = (
    VENDORED["leaflet.js"],
    LEAFLET_SETUP_JS,
    TOPOJSON_CLIENT_JS,
    VENDORED["Control.FullScreen.min.js"],
    VENDORED["leaflet-measure.min.js"],
    VENDORED["Control.MiniMap.js"],
)
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)

# Files folium lists that the dashboard does not need at all.
DROPPED = {"bootstrap.bundle.min.js", "bootstrap.min.css", "bootstrap-glyphicons.css"}


def _file_name(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def _all_asset_classes() -> list[type]:
    found: list[type] = []
    pending: list[type] = [JSCSSMixin]
    while pending:
        cls = pending.pop()
        subclasses: list[type] = cls.__subclasses__()
        for sub in subclasses:
            if sub not in found:
                found.append(sub)
                pending.append(sub)
    return found


def _localise(entries: list[tuple[str, str]], base: str) -> list[tuple[str, str]]:
    result: list[tuple[str, str]] = []
    for name, url in entries:
        file_name = _file_name(url)
        if file_name in DROPPED:
            continue
        if file_name == "all.min.css" and "fontawesome" in url:
            result.extend((f"{name}_{i}", base + path) for i, path in enumerate(FONT_AWESOME_CSS))
            continue
        if file_name in VENDORED:
            result.append((name, base + VENDORED[file_name]))
            if file_name == "leaflet.js":
                result.append(("leaflet_setup", base + LEAFLET_SETUP_JS))
            continue
        # Not vendored: left as is, so a test that forbids foreign hosts catches its use.
        result.append((name, url))
    return result


_originals: dict[type, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}


def use_local_assets(base: str = COMPONENT_STATIC_BASE) -> None:
    """Point every folium element class at the vendored copies under ``base``.

    Args:
        base: URL prefix of ``static/`` as seen from the page the map runs in.
    """
    for cls in _all_asset_classes():
        if cls not in _originals:
            _originals[cls] = (
                list(cls.__dict__.get("default_js", [])),
                list(cls.__dict__.get("default_css", [])),
            )
        js, css = _originals[cls]
        if js:
            cls.default_js = _localise(js, base)  # type: ignore[attr-defined]
        if css:
            cls.default_css = _localise(css, base)  # type: ignore[attr-defined]


def asset_links(m: folium.Map) -> list[str]:
    """Every script and stylesheet URL the given map asks the browser to load."""
    links: list[str] = []
    pending = [m]
    while pending:
        element = pending.pop()
        links.extend(url for _, url in getattr(element, "default_js", []))
        links.extend(url for _, url in getattr(element, "default_css", []))
        pending.extend(getattr(element, "_children", {}).values())
    return list(dict.fromkeys(links))


def bundle_text() -> str:
    """The members of the map bundle joined, each under a comment naming it, source-map links removed
    (they would point beside the bundle, where no map files are)."""
    parts = []
    for path in MAP_BUNDLE_MEMBERS:
        source = _SOURCE_MAP.sub("", (STATIC_DIR / path).read_text("utf-8")).rstrip()
        parts.append(f"/* ---- {path} ---- */\n{source}\n;\n")
    return "".join(parts)


def use_map_bundle(m: folium.Map, base: str = COMPONENT_STATIC_BASE) -> None:
    """Make ``m`` and the elements in it load the map bundle instead of its members.

    Each element's member links become the bundle's link; streamlit-folium and folium drop
    repeated links, so the bundle is loaded once, where Leaflet was (the map's first script).
    Elements added to the map later load what they list.
    """
    bundle = base + MAP_BUNDLE_JS
    members = {base + path for path in MAP_BUNDLE_MEMBERS}
    pending: list[object] = [m]
    while pending:
        element = pending.pop()
        scripts = getattr(element, "default_js", None)
        if scripts:
            element.default_js = [(name, bundle if url in members else url) for name, url in scripts]  # type: ignore[attr-defined]
        pending.extend(getattr(element, "_children", {}).values())


# The parts of leaflet.css that place the map's panes and controls and size its bars, by the
# section comments that open and close them (Leaflet 1.9's file).
_LEAFLET_LAYOUT_PARTS = (
    ("/* required styles */", "/* zoom and fade animations */"),
    ("/* general typography */", "/* layers control */"),
    ("/* attribution and scale controls */", "/* popup */"),
)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_RULE = re.compile(r"[^{}]+\{[^{}]*\}")
_CSS_SPACE = re.compile(r"\s*([{};,>])\s*")


@lru_cache(maxsize=1)
def leaflet_layout_css() -> str:
    """The layout rules of the bundled leaflet.css (``_LEAFLET_LAYOUT_PARTS``), comments and rules
    with a ``url(`` left out, whitespace collapsed; "" if a part's comments are not found.

    streamlit-folium links a map's stylesheets only after its scripts, just before it draws the
    map: on a loaded machine the map was painted before leaflet.css applied, and its controls
    then jumped into their corners (a layout shift of 0.1 in one Lighthouse run). These rules go
    into the map's header, which the frame applies at once (``maps.elements.MapStyles``).
    """
    text = (STATIC_DIR / VENDORED["leaflet.css"]).read_text("utf-8")
    parts = []
    for opening, closing in _LEAFLET_LAYOUT_PARTS:
        start, end = text.find(opening), text.find(closing)
        if start == -1 or end <= start:
            return ""
        parts.append(_CSS_COMMENT.sub("", text[start:end]))
    rules = (_CSS_SPACE.sub(r"\1", " ".join(rule.split())) for rule in _CSS_RULE.findall("".join(parts)))
    return "".join(rule for rule in rules if "url(" not in rule)
