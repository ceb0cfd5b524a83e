"""Corridor maps: pure builders of folium maps from the dataset, and the one st_folium call.

``build_*`` functions are pure (data in, ``folium.Map`` out) so tests render them and
assert on the HTML. Every data-derived string passes ``escape_text`` before it reaches
a tooltip or popup. Assets always come from ``static/`` (see ``components.assets``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

import folium
import pandas as pd
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from components.assets import COMPONENT_STATIC_BASE, MARKERS_CSS, TOPOJSON_CLIENT_JS, WORLD_OUTLINES, use_local_assets
from components.escape import escape_text

use_local_assets()

# Centre of the corridor (between Tashkent, Kashgar and Gwadar) at a zoom that shows it all.
CORRIDOR_CENTER = (33.0, 68.5)
CORRIDOR_ZOOM = 5

# kind -> (pin colour, Font Awesome solid icon). Colours are distinct for colour-blind readers
# in pairs that sit close on the map (zone/bonded zone, seaport/dry port).
KIND_STYLE: dict[str, tuple[str, str]] = {
    "free trade zone": ("#0b6e4f", "star"),
    "bonded zone": ("#15803d", "warehouse"),
    "seaport": ("#1d4ed8", "anchor"),
    "dry port": ("#0e7490", "truck"),
    "border crossing": ("#b91c1c", "flag"),
    "airport": ("#7e22ce", "plane"),
    "railway station": ("#7c2d12", "train"),
    "city": ("#4b5563", "city"),
    "industrial park": ("#c2410c", "industry"),
}
# mode -> line colour
MODE_COLOUR: dict[str, str] = {"road": "#c2410c", "railway": "#1f2937", "sea": "#1d4ed8"}


@dataclass(frozen=True)
class TileSource:
    """An online (or operator-hosted) tile layer offered in the layer control."""

    name: str
    url: str
    attribution: str


ONLINE_TILES = (
    TileSource(
        "OpenStreetMap",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    ),
    TileSource(
        "CARTO light",
        "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
        '&copy; <a href="https://carto.com/attributions">CARTO</a>',
    ),
    TileSource(
        "Esri World Imagery",
        "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
        "Tiles &copy; Esri, Maxar, Earthstar Geographics, and the GIS User Community",
    ),
)

TILES_URL_ENV = "DASHBOARD_TILES_URL"
TILES_NAME_ENV = "DASHBOARD_TILES_NAME"
TILES_ATTRIBUTION_ENV = "DASHBOARD_TILES_ATTRIBUTION"


def operator_tiles(environ: Mapping[str, str] | None = None) -> TileSource | None:
    """The operator's own tile server from the environment, if one is configured."""
    env = os.environ if environ is None else environ
    url = env.get(TILES_URL_ENV, "").strip()
    if not url.startswith(("http://", "https://", "/")):
        return None
    return TileSource(
        env.get(TILES_NAME_ENV, "").strip() or "Local tiles",
        url,
        env.get(TILES_ATTRIBUTION_ENV, "").strip() or "Operator tile server",
    )


class WorldOutlines(JSCSSMixin, folium.map.Layer):
    """Country outlines drawn from the bundled Natural Earth TopoJSON: a map with no tile server.

    The file is fetched by the browser from ``static/`` rather than embedded, which keeps
    the map HTML small (the outlines are about 108 KB).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.layerGroup();
        fetch({{ this.url|tojson }})
          .then(function (response) { return response.json(); })
          .then(function (topology) {
            L.geoJSON(topojson.feature(topology, topology.objects.countries), {
              interactive: false,
              style: {color: "#6b7280", weight: 0.8, fillColor: "#f3f1ea", fillOpacity: 1}
            }).addTo({{ this.get_name() }}).bringToBack();
          });
        {% endmacro %}
        """
    )

    def __init__(self, asset_base: str, name: str = "Country outlines (offline)", show: bool = True) -> None:
        super().__init__(name=name, overlay=False, control=True, show=show)
        self._name = "WorldOutlines"
        self.url = asset_base + WORLD_OUTLINES
        self.default_js = [("topojson_client", asset_base + TOPOJSON_CLIENT_JS)]


class MarkerStyles(JSCSSMixin, MacroElement):
    """The stylesheet of the place pins (static/app/markers.css)."""

    def __init__(self, asset_base: str) -> None:
        super().__init__()
        self._name = "MarkerStyles"
        self.default_css = [("kgc_markers", asset_base + MARKERS_CSS)]


class _MapBackground(MacroElement):
    """Sea colour behind the outlines, so land and water read apart without tiles."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>.leaflet-container { background: #dbe7ef; }</style>
        {% endmacro %}
        """
    )


def build_base_map(
    asset_base: str = COMPONENT_STATIC_BASE,
    tiles: TileSource | None = None,
    center: tuple[float, float] = CORRIDOR_CENTER,
    zoom: int = CORRIDOR_ZOOM,
) -> folium.Map:
    """An empty corridor map: offline outlines as the default base, online tiles on offer."""
    # max_zoom is required for marker clusters when no tile layer sets one.
    m = folium.Map(location=center, zoom_start=zoom, tiles=None, max_zoom=18, min_zoom=2, control_scale=True)
    m.get_root().header.add_child(_MapBackground())
    MarkerStyles(asset_base).add_to(m)
    WorldOutlines(asset_base, show=tiles is None).add_to(m)
    if tiles is not None:
        folium.TileLayer(tiles.url, attr=tiles.attribution, name=tiles.name, overlay=False, show=True).add_to(m)
    for source in ONLINE_TILES:
        folium.TileLayer(source.url, attr=source.attribution, name=source.name, overlay=False, show=False).add_to(m)
    return m


def place_icon(kind: str, status: str = "operating", selected: bool = False) -> folium.DivIcon:
    """A pin whose colour and glyph show the kind; hollow and dashed while not yet built."""
    colour, icon = KIND_STYLE.get(kind, ("#6b7280", "circle"))
    pin_class = "kgc-pin kgc-not-operating" if status in ("under construction", "planned") else "kgc-pin"
    # kind and status are validated vocabulary, never free text; the class names are ours.
    return folium.DivIcon(
        html=f'<div class="{pin_class}" style="background:{colour}"><i class="fa-solid fa-{icon}"></i></div>',
        icon_size=(30, 30),
        icon_anchor=(15, 30),
        class_name="kgc-marker kgc-selected" if selected else "kgc-marker",
    )


def place_marker(place: Mapping[str, object], name: str, selected: bool = False) -> folium.Marker:
    """One place as a marker whose icon and colour show its kind; the tooltip is its name."""
    return folium.Marker(
        location=(float(place["lat"]), float(place["lon"])),  # type: ignore[arg-type]
        tooltip=folium.Tooltip(escape_text(name)),
        icon=place_icon(str(place["kind"]), str(place.get("status", "operating")), selected),
    )


def corridor_line(
    corridor: Mapping[str, object], coordinates: list[tuple[float, float]], label: str
) -> folium.PolyLine:
    """One corridor as a line coloured by mode and dashed unless it is operating."""
    dashed = str(corridor["status"]) != "operating"
    return folium.PolyLine(
        coordinates,
        color=MODE_COLOUR.get(str(corridor["mode"]), "#6b7280"),
        weight=4,
        opacity=0.85,
        dash_array="8 8" if dashed else None,
        tooltip=folium.Tooltip(escape_text(label)),
    )


def corridor_coordinates(waypoints: tuple[str, ...], places: pd.DataFrame) -> list[tuple[float, float]]:
    """The (lat, lon) of each waypoint in order; waypoints that are not places are skipped."""
    by_id = places.set_index("id")
    return [(float(by_id.at[w, "lat"]), float(by_id.at[w, "lon"])) for w in waypoints if w in by_id.index]


def build_overview_map(places: pd.DataFrame, corridors: pd.DataFrame, asset_base: str = COMPONENT_STATIC_BASE) -> folium.Map:
    """The overview map: every place as a marker and every corridor as a line."""
    m = build_base_map(asset_base, tiles=operator_tiles())
    corridor_group = folium.FeatureGroup(name="Corridors").add_to(m)
    for corridor in corridors.to_dict("records"):
        corridor_line(corridor, corridor_coordinates(corridor["waypoints"], places), corridor["name_en"]).add_to(
            corridor_group
        )
    place_group = folium.FeatureGroup(name="Places").add_to(m)
    for place in places.to_dict("records"):
        place_marker(place, place["name_en"]).add_to(place_group)
    folium.LayerControl(collapsed=True).add_to(m)
    return m


def show_map(
    m: folium.Map,
    key: str,
    height: int = 560,
    returned_objects: tuple[str, ...] = ("last_object_clicked_tooltip",),
) -> dict[str, object]:
    """Draw a map with streamlit-folium: the one st_folium call of the dashboard.

    Only the keys in ``returned_objects`` rerun the script, so panning and zooming never do.
    """
    from streamlit_folium import st_folium

    event = st_folium(m, key=key, height=height, use_container_width=True, returned_objects=list(returned_objects))
    return dict(event or {})
