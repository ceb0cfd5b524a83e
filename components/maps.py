"""Corridor maps: pure builders of folium maps from the dataset, click handling, and the one st_folium call.

``build_*`` functions are pure (data, view state in; folium objects out) so tests render
them and assert on the HTML. The corridor map page is split in two: ``build_base_map`` is
the same on every run (outlines, tiles, controls, legend), and ``build_map_layers`` returns
the places and corridors for the current filters, year and selection, which st_folium swaps
into the mounted map. ``selection_from_map_event`` turns a click into a place id. Every
data-derived string passes ``escape_text`` before it reaches a tooltip, layer name or any
HTML. Assets always come from ``static/`` (see ``components.assets``). No streamlit import
outside ``show_map``.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import folium
import pandas as pd
import xyzservices
from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import Fullscreen, MeasureControl, MiniMap
from folium.template import Template as FoliumTemplate
from jinja2 import Template

from components.assets import (
    COMPONENT_STATIC_BASE,
    MARKERS_CSS,
    TOPOJSON_CLIENT_JS,
    WORLD_OUTLINES,
    use_local_assets,
    use_map_bundle,
)
from components.escape import escape_text, plain_text
from components.filters import ViewState, apply_places
from components.geo import haversine_km
from components.i18n import display, format_measure, mark_english, translate
from components.model import Dataset

use_local_assets()

# Centre of the corridor (between Tashkent, Kashgar and Gwadar) at a zoom that shows it all.
CORRIDOR_CENTER = (33.0, 68.5)
CORRIDOR_ZOOM = 5
# Zoom the map moves to when a place is selected: the place and its neighbours in view.
SELECTED_ZOOM = 7
# Above this many places, per-place Marker objects (about 1 ms and 430 bytes each, rendered
# twice per run) give way to one layer of circles per kind (``PlacePoints``).
MARKER_LIMIT = 300

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
# Style of a kind the table above does not know (validated data has none; drawn grey, not dropped).
_OTHER_KIND_STYLE = ("#6b7280", "circle")
# folium.Map's own assets that the dashboard's maps never use: jQuery builds folium's popups
# (the maps have none: a click selects, the detail panel explains) and awesome-markers draws
# folium.Icon pins (ours are DivIcons styled by markers.css with Font Awesome).
UNUSED_ASSETS = frozenset({"jquery", "awesome_markers", "awesome_markers_css", "awesome_rotate_css"})
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

# The same sources as xyzservices providers: given a URL string, folium.TileLayer first looks
# it up among xyzservices' 200 named providers (3 ms each, on every run); given a provider it
# writes the same layer at once. The operator's URL stays a string (any placeholders it uses).
_ONLINE_PROVIDERS = tuple(
    xyzservices.TileProvider(name=source.name, url=source.url, attribution=source.attribution)
    for source in ONLINE_TILES
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


# The outlines file is fetched once per map document and shared by the map and the minimap.
_OUTLINES_PROMISE_JS = """
window.kgcOutlines = window.kgcOutlines || {};
window.kgcOutlines[{{ this.url|tojson }}] = window.kgcOutlines[{{ this.url|tojson }}] ||
  fetch({{ this.url|tojson }}).then(function (response) { return response.json(); });
"""


class WorldOutlines(JSCSSMixin, folium.map.Layer):
    """Country outlines drawn from the bundled Natural Earth TopoJSON: a map with no tile server.

    The file is fetched by the browser from ``static/`` rather than embedded, which keeps
    the map HTML small (the outlines are about 108 KB).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.layerGroup();
        """
        + _OUTLINES_PROMISE_JS
        + """
        window.kgcOutlines[{{ this.url|tojson }}].then(function (topology) {
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


class OutlineMiniMap(MiniMap):
    """A minimap over the bundled outlines, so it shows the region with no tile server at all.

    Folium's ``MiniMap`` needs a tile layer, which is blank offline; this one draws the same
    Natural Earth outlines as the main map. The plugin's files are inherited from ``MiniMap``
    (pointed at ``static/`` by ``components.assets``).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }}_layer = L.layerGroup();
        """
        + _OUTLINES_PROMISE_JS
        + """
        window.kgcOutlines[{{ this.url|tojson }}].then(function (topology) {
            L.geoJSON(topojson.feature(topology, topology.objects.countries), {
              interactive: false,
              style: {color: "#6b7280", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1}
            }).addTo({{ this.get_name() }}_layer);
          });
        var {{ this.get_name() }} = new L.Control.MiniMap(
            {{ this.get_name() }}_layer, {{ this.minimap_options|tojson }}
        );
        {{ this._parent.get_name() }}.addControl({{ this.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, asset_base: str, hide_text: str = "Hide minimap", show_text: str = "Show minimap") -> None:
        MacroElement.__init__(self)  # type: ignore[no-untyped-call]
        self._name = "OutlineMiniMap"
        self.url = asset_base + WORLD_OUTLINES
        self.minimap_options = {
            "position": "bottomright",
            "width": 150,
            "height": 150,
            "zoomLevelOffset": -4,
            "toggleDisplay": True,
            "strings": {"hideText": escape_text(hide_text), "showText": escape_text(show_text)},
        }


class MarkerStyles(JSCSSMixin, MacroElement):
    """The stylesheet of the place pins (static/app/markers.css)."""

    def __init__(self, asset_base: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "MarkerStyles"
        self.default_css = [("kgc_markers", asset_base + MARKERS_CSS)]


class _MapBackground(MacroElement):
    """Sea colour behind the outlines (main map and minimap), so land and water read apart without tiles."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
          .leaflet-container { background: #dbe7ef; }
          .kgc-legend { background: rgba(255,255,255,0.92); padding: 4px 8px; border-radius: 4px;
            font: 11px/1.45 sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,0.3); max-width: 250px; }
          .kgc-legend summary { cursor: pointer; font-weight: 600; }
          .kgc-legend .kgc-grid { display: grid; grid-template-columns: auto auto; column-gap: 8px; }
          .kgc-legend .kgc-row { display: flex; align-items: center; gap: 6px; }
          .kgc-legend .kgc-pin { width: 16px; height: 16px; border-width: 1px; flex: none; }
          .kgc-legend .kgc-pin i { font-size: 8px; }
          .kgc-legend .kgc-line { width: 22px; border-top: 3px solid; flex: none; }
          .kgc-legend .kgc-dashed { border-top-style: dashed; }
        </style>
        {% endmacro %}
        """
    )


class MapLegend(MacroElement):
    """A legend drawn as a Leaflet control from escaped HTML (not a branca colormap, which pulls d3 from a CDN).

    It sits top right, under the layer button, where the default view has no markers, and
    folds away (a ``<details>`` element) when it is in the way.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "topright"});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "kgc-legend");
            div.innerHTML = {{ this.html|tojson }};
            L.DomEvent.disableClickPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, html: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "MapLegend"
        self.html = html


def legend_html(lang: str = "en") -> str:
    """The legend's HTML: a pin per place kind, a line per mode, and what hollow and dashed mean."""

    def row(symbol: str, label_key: str) -> str:
        return f'<div class="kgc-row">{symbol}{escape_text(translate(label_key, lang))}</div>'

    pins = [
        row(
            f'<div class="kgc-pin" style="background:{colour}"><i class="fa-solid fa-{icon}"></i></div>', f"kind.{kind}"
        )
        for kind, (colour, icon) in KIND_STYLE.items()
    ]
    lines = [
        row(f'<div class="kgc-line" style="border-color:{colour}"></div>', f"mode.{mode}")
        for mode, colour in MODE_COLOUR.items()
    ]
    hollow = row(
        '<div class="kgc-pin kgc-not-operating"><i class="fa-solid fa-circle"></i></div>', "map.legend_not_operating"
    )
    dashed = row('<div class="kgc-line kgc-dashed" style="border-color:#6b7280"></div>', "map.legend_dashed")
    summary = escape_text(translate("map.legend", lang))
    return (
        f"<details open><summary>{summary}</summary>"
        f'<div class="kgc-grid">{"".join(pins)}{"".join(lines)}</div>{hollow}{dashed}</details>'
    )


def build_base_map(
    asset_base: str = COMPONENT_STATIC_BASE,
    tiles: TileSource | None = None,
    center: tuple[float, float] = CORRIDOR_CENTER,
    zoom: int = CORRIDOR_ZOOM,
    lang: str = "en",
    controls: bool = False,
) -> folium.Map:
    """An empty corridor map: offline outlines as the default base, online tiles on offer.

    With ``controls`` it also gets the fullscreen button, the distance-measuring tool, the
    outline minimap and the legend. Everything here is the same on every run for the same
    arguments, so streamlit-folium keeps the mounted map (it hashes this script into its key).
    """
    # max_zoom is required for marker clusters when no tile layer sets one.
    m = folium.Map(location=center, zoom_start=zoom, tiles=None, max_zoom=18, min_zoom=2, control_scale=True)
    # The component's frame loads scripts one after another; leave out the ones no map uses.
    m.default_js = [(name, url) for name, url in m.default_js if name not in UNUSED_ASSETS]
    m.default_css = [(name, url) for name, url in m.default_css if name not in UNUSED_ASSETS]
    m.get_root().header.add_child(_MapBackground())  # type: ignore[attr-defined,no-untyped-call]
    MarkerStyles(asset_base).add_to(m)
    WorldOutlines(asset_base, name=translate("map.outlines_layer", lang), show=tiles is None).add_to(m)
    if tiles is not None:
        folium.TileLayer(tiles.url, attr=tiles.attribution, name=tiles.name, overlay=False, show=True).add_to(m)
    for source, provider in zip(ONLINE_TILES, _ONLINE_PROVIDERS, strict=True):
        folium.TileLayer(provider, attr=source.attribution, name=source.name, overlay=False, show=False).add_to(m)
    if controls:
        Fullscreen(  # type: ignore[no-untyped-call]
            title=escape_text(translate("map.fullscreen", lang)),
            title_cancel=escape_text(translate("map.fullscreen_exit", lang)),
        ).add_to(m)
        MeasureControl(  # type: ignore[no-untyped-call]
            position="topleft",
            primary_length_unit="kilometers",
            secondary_length_unit="miles",
            primary_area_unit="sqkilometers",
            secondary_area_unit=None,
        ).add_to(m)
        OutlineMiniMap(asset_base, translate("map.minimap_hide", lang), translate("map.minimap_show", lang)).add_to(m)
        MapLegend(legend_html(lang)).add_to(m)
    use_map_bundle(m, asset_base)
    return m


class KeyedGroup(folium.FeatureGroup):
    """A feature group that carries a key which stays the same from run to run ("kind:seaport").

    Its name in the layer control changes with the language and the filters (it holds a
    count); the key is how ``LayerMemory`` recognises the group in the next run's layers.
    """

    # folium's own Template: it has the tojavascript filter FeatureGroup's template uses.
    _template = FoliumTemplate(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.featureGroup(
                {{ this.options|tojavascript }}
            );
            {{ this.get_name() }}.kgcLayerKey = {{ this.layer_key|tojson }};
        {% endmacro %}
        """
    )

    def __init__(self, name: str, layer_key: str) -> None:
        super().__init__(name=name)
        self.layer_key = escape_text(layer_key)


class LayerMemory(MacroElement):
    """Added to a layer control: overlays a person switched off stay off when new layers arrive.

    A filter change swaps every group and the layer control for new ones (st_folium's
    ``feature_group_to_add``), all shown, inside the same map document. The browser keeps
    the keys of the groups switched off in the control on the map's window, and this control
    hides the groups with those keys as it is created. Only the person's clicks in the
    control change the record, not the page swapping layers.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (control, map) {
            var off = window.kgcLayersOff = window.kgcLayersOff || {};
            control._layers.forEach(function (entry) {
                if (entry.overlay && entry.layer.kgcLayerKey && off[entry.layer.kgcLayerKey]) {
                    map.removeLayer(entry.layer);
                }
            });
            // Leaflet acts on the click at the checkbox; the click reaches the control's box
            // afterwards, with the map up to date. (No change event fires: Leaflet's click
            // handling stops it.)
            control.getContainer().addEventListener("click", function () {
                control._layers.forEach(function (entry) {
                    var key = entry.layer.kgcLayerKey;
                    if (!entry.overlay || !key) { return; }
                    if (map.hasLayer(entry.layer)) { delete off[key]; } else { off[key] = true; }
                });
            });
        })({{ this._parent.get_name() }}, {{ this._parent._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "LayerMemory"


def remembering_layer_control() -> folium.LayerControl:
    """A collapsed layer control with a ``LayerMemory``."""
    control = folium.LayerControl(collapsed=True)
    control.add_child(LayerMemory())
    return control


class ClickCountFromNull(MacroElement):
    """Start streamlit-folium's click count at null, as its server side expects, not at 0.

    st_folium tells the browser its default value has ``last_object_clicked_count: None``
    while the browser starts counting at 0, so with the count among the returned objects the
    map's first report (count 0) differed from the default and reran the page once on every
    load, about a second after it was drawn. Run inside the map's script, before the first
    report; ``null + 1`` is 1 at the first click, so counts stay as they were.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        if (window.__GLOBAL_DATA__ && window.__GLOBAL_DATA__.last_object_clicked_count === 0) {
            window.__GLOBAL_DATA__.last_object_clicked_count = null;
        }
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "ClickCountFromNull"


class _Fragment(Element):
    """Text an element has already rendered, kept as it is."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Fragment"
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class _Prerendered(MacroElement):
    """``MacroElement.render`` without branca's second pass over what was rendered.

    branca wraps each fragment an element renders in ``Element(template=fragment)``, which
    compiles the fragment as a new Jinja template and renders it again: about 1 ms for each
    part of a marker (marker, tooltip, icon, setIcon), twice per st_folium call, and 0.15 s
    for the script of 5,000 points. The subclasses below keep the fragment as text instead. Their
    fragments hold data only through ``escape_text``, which turns braces into entities, so the
    second pass had nothing to evaluate in them and the output is the same.
    """

    def render(self, **kwargs):  # type: ignore[no-untyped-def]  # (untyped like the method it replaces)
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"{self._name} can only be rendered inside a Figure, not {type(figure).__name__}")
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(_Fragment(macro(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class _DivIcon(folium.DivIcon, _Prerendered):
    pass


class _Tooltip(folium.Tooltip, _Prerendered):
    pass


class _Marker(folium.Marker, _Prerendered):  # type: ignore[misc]  # (folium's render() takes no kwargs)
    class SetIcon(folium.Marker.SetIcon, _Prerendered):
        pass


class _PolyLine(folium.PolyLine, _Prerendered):
    pass


class PlacePoints(_Prerendered):
    """Many places of one kind as circles in one layer, sent as one compact array.

    Each place travels as ``[lat, lon, tooltip]`` (about 40 bytes, where a GeoJSON feature
    takes about 150 and a folium Marker 430), and the browser makes a circle marker with its
    own tooltip from each, so a click names the place exactly as a click on a pin does. The
    tooltip text is escaped (``escape_text``) before it enters the array, and the array is
    written with ``tojson``, so no name can leave its string or add markup to the tooltip.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.featureGroup();
        (function () {
          var style = {{ this.style|tojson }};
          {{ this.points|tojson }}.forEach(function (point) {
            L.circleMarker([point[0], point[1]], style)
              .bindTooltip(point[2], {{ this.tooltip_options|tojson }})
              .addTo({{ this.get_name() }});
          });
        })();
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, points: list[tuple[float, float, str]], colour: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "PlacePoints"
        self.points = points
        self.style = {**_POINT_STYLE, "fillColor": colour}
        self.tooltip_options = {"sticky": True}

    def _get_self_bounds(self) -> list[list[float | None]]:
        if not self.points:
            return [[None, None], [None, None]]
        lats, lons = [p[0] for p in self.points], [p[1] for p in self.points]
        return [[min(lats), min(lons)], [max(lats), max(lons)]]


# Leaflet's circle marker options for a place point (what folium.CircleMarker would write).
_POINT_STYLE = {
    "radius": 6,
    "stroke": True,
    "color": "#ffffff",
    "weight": 1,
    "opacity": 1.0,
    "fill": True,
    "fillOpacity": 0.9,
    "bubblingMouseEvents": True,
}


def place_icon(kind: str, status: str = "operating", selected: bool = False) -> folium.DivIcon:
    """A pin whose colour and glyph show the kind; hollow and dashed while not yet built."""
    colour, icon = KIND_STYLE.get(kind, _OTHER_KIND_STYLE)
    pin_class = "kgc-pin kgc-not-operating" if status in ("under construction", "planned") else "kgc-pin"
    # kind and status are validated vocabulary, never free text; the class names are ours.
    return _DivIcon(
        html=f'<div class="{pin_class}" style="background:{colour}"><i class="fa-solid fa-{icon}"></i></div>',
        icon_size=(30, 30),
        icon_anchor=(15, 30),
        class_name="kgc-marker kgc-selected" if selected else "kgc-marker",
    )


def place_marker(place: Mapping[str, object], name: str, selected: bool = False) -> folium.Marker:
    """One place as a marker whose icon and colour show its kind; the tooltip is its name."""
    return _Marker(
        location=(float(place["lat"]), float(place["lon"])),  # type: ignore[arg-type]
        tooltip=_Tooltip(escape_text(name)),
        icon=place_icon(str(place["kind"]), str(place.get("status", "operating")), selected),
        # The selected pin sits above its neighbours (several places share Kashgar's point).
        z_index_offset=1000 if selected else 0,
    )


def corridor_line(
    corridor: Mapping[str, object], coordinates: list[tuple[float, float]], label: str
) -> folium.PolyLine:
    """One corridor as a line coloured by mode and dashed unless it is operating."""
    dashed = str(corridor["status"]) != "operating"
    return _PolyLine(  # type: ignore[no-untyped-call]
        coordinates,
        color=MODE_COLOUR.get(str(corridor["mode"]), "#6b7280"),
        weight=4,
        opacity=0.85,
        dash_array="8 8" if dashed else None,
        tooltip=_Tooltip(escape_text(label)),
    )


def corridor_coordinates(waypoints: tuple[str, ...], places: pd.DataFrame) -> list[tuple[float, float]]:
    """The (lat, lon) of each waypoint in order; waypoints that are not places are skipped."""
    by_id = places.set_index("id")
    return [(float(by_id.at[w, "lat"]), float(by_id.at[w, "lon"])) for w in waypoints if w in by_id.index]


def build_overview_layers(
    places: pd.DataFrame,
    corridors: pd.DataFrame,
    marker_limit: int = MARKER_LIMIT,
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
    shown: Collection[str] | None = None,
) -> tuple[list[KeyedGroup], folium.LayerControl]:
    """The overview's two layers (every corridor as a line; the places) and their layer control.

    Places are drawn as the corridor map draws them (``add_places``): a marker each, or
    above ``marker_limit`` places one layer of circles per kind; with ``shown``, only the
    places with those ids (the filters' view), while corridors still run through every
    place. ``labels`` are the places' tooltips (``place_labels``), passed in when the page
    has them cached. The page swaps these into a mounted ``build_base_map``, so a filter
    change does not reload the map.
    """
    corridor_group = KeyedGroup(escape_text(translate("map.corridors_layer", lang)), "overview:corridors")
    for corridor in corridors.to_dict("records"):
        name = _normalise(display(corridor, "name", lang)) or str(corridor["id"])
        corridor_line(corridor, corridor_coordinates(corridor["waypoints"], places), name).add_to(corridor_group)
    place_group = KeyedGroup(escape_text(translate("map.places_layer", lang)), "overview:places")
    records = place_records(places if shown is None else places[places["id"].isin(list(shown))])
    names = labels if labels is not None else place_labels(places, lang)
    add_places(place_group, records, names, many=len(records) > marker_limit)
    return [corridor_group, place_group], remembering_layer_control()


def build_overview_map(
    places: pd.DataFrame,
    corridors: pd.DataFrame,
    asset_base: str = COMPONENT_STATIC_BASE,
    marker_limit: int = MARKER_LIMIT,
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
    shown: Collection[str] | None = None,
) -> folium.Map:
    """The whole overview map in one object (``build_overview_layers`` on the base map), for rendering and tests."""
    m = build_base_map(asset_base, tiles=operator_tiles(), lang=lang)
    groups, control = build_overview_layers(places, corridors, marker_limit, lang, labels, shown)
    for group in groups:
        group.add_to(m)
    control.add_to(m)
    return m


# The columns a place marker or point reads.
_PLACE_COLUMNS = ("id", "kind", "status", "lat", "lon")


def place_records(places: pd.DataFrame) -> list[dict[str, object]]:
    """The places as records of the columns a marker or point reads (all columns cost ten times as much)."""
    columns = [c for c in _PLACE_COLUMNS if c in places.columns]
    # zip over the columns: DataFrame.to_dict("records") takes seven times as long.
    return [dict(zip(columns, row, strict=True)) for row in zip(*(places[c] for c in columns), strict=True)]


def add_places(
    group: folium.FeatureGroup,
    records: list[dict[str, object]],
    labels: Mapping[str, object],
    many: bool,
    selected: str = "",
) -> None:
    """Draw places into ``group``, tooltips from ``labels`` (escaped here).

    One marker per place; when there are ``many``, one layer of circles per kind
    instead (a per-place marker costs about 1 ms and 430 bytes and is rendered twice per run),
    with the ``selected`` place still a pin so it stands out.
    """
    if many:
        by_kind: dict[str, list[dict[str, object]]] = {}
        for record in records:
            by_kind.setdefault(str(record["kind"]), []).append(record)
        ordered = [k for k in KIND_STYLE if k in by_kind] + sorted(k for k in by_kind if k not in KIND_STYLE)
        for kind in ordered:
            _points_layer(by_kind[kind], labels, KIND_STYLE.get(kind, _OTHER_KIND_STYLE)[0]).add_to(group)
    for record in records:
        is_selected = bool(selected) and record["id"] == selected
        if is_selected or not many:
            place_marker(record, labels[str(record["id"])], is_selected).add_to(group)  # type: ignore[arg-type]


# --- What existed in a year -------------------------------------------------------------


def year_of(date: object) -> int | None:
    """The year of a partial ISO date ("2023-11-11", "2024-10", "1999"), or None when empty."""
    text = str(date or "").strip()
    return int(text[:4]) if len(text) >= 4 and text[:4].isdigit() else None


def exists_in(opened: object, year: int | None) -> bool:
    """Whether something that opened on ``opened`` is drawn in ``year``.

    No chosen year means today: everything is drawn. Something with no published opening
    date is drawn in every year (the page says so): hiding it would claim it did not exist.
    """
    if year is None:
        return True
    opened_year = year_of(opened)
    return opened_year is None or opened_year <= year


def corridor_first_years(milestones: pd.DataFrame) -> dict[str, int]:
    """For each subject, the year of its earliest milestone (corridors have no opening date column)."""
    years: dict[str, int] = {}
    for subject, date in zip(milestones["subject_id"], milestones["date"], strict=True):
        year = year_of(date)
        if year is not None:
            years[str(subject)] = min(year, years.get(str(subject), year))
    return years


def year_range(dataset: Dataset, today: int) -> tuple[int, int]:
    """The years the year control offers: from the first dated event to this year (or the last event)."""
    years = [
        y
        for dates in (dataset.places["opened"], dataset.facilities["opened"], dataset.milestones["date"])
        for y in map(year_of, dates)
        if y is not None
    ]
    if not years:
        return today, today
    return min(years), max(max(years), today)


# --- The corridor map's changing layers -------------------------------------------------


def place_labels(places: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Each place id with the text of its tooltip: its name, made unique so a click names one place.

    Two places with the same name get their kind added, and if that still collides, their id.
    An empty name falls back to the id (a tooltip is how a click is recognised).
    """
    names = {}
    for record in places.to_dict("records"):
        names[str(record["id"])] = _normalise(display(record, "name", lang)) or str(record["id"])
    counts = Counter(names.values())
    kinds = dict(zip(places["id"], places["kind"], strict=True))
    for place_id, name in list(names.items()):
        if counts[name] > 1:
            names[place_id] = f"{name} ({translate(f'kind.{kinds[place_id]}', lang)})"
    counts = Counter(names.values())
    for place_id, name in list(names.items()):
        if counts[name] > 1:
            names[place_id] = f"{name} [{place_id}]"
    return names


def _normalise(text: object) -> str:
    """Text as a tooltip reports it back: control characters dropped, runs of white space as one space."""
    return " ".join(plain_text(text).split())


def corridor_label(corridor: Mapping[str, object], figures: pd.DataFrame, lang: str = "en") -> str:
    """A corridor's tooltip text: name, mode, status and every stated length with its scope."""
    name = display(corridor, "name", lang)
    mode = translate(f"mode.{corridor['mode']}", lang)
    status = translate(f"status.{corridor['status']}", lang)
    lengths = figures[(figures["metric"] == "length") & (figures["subject_id"] == corridor["id"])]
    stated = "; ".join(
        plain_text(f"{format_measure(f['value'], f['qualifier'], f['unit'], lang)} ({mark_english(f['scope'], lang)})")
        for f in lengths.to_dict("records")
    )
    length_text = translate("map.stated_length", lang, lengths=stated) if stated else translate("map.no_length", lang)
    return f"{_normalise(name)} · {mode}, {status} · {length_text}"


@dataclass
class MapLayers:
    """What changes on the corridor map from run to run: passed to st_folium, not baked into the map.

    Attributes:
        groups: One feature group per place kind and one per corridor, in drawing order.
        control: The layer control listing the base layers and these groups.
        labels: Each place id drawn, with its tooltip text (to recognise clicks).
        shown_places: The ids of the places drawn.
        hidden_by_year: The ids of places that pass the filters but had not opened in the year.
    """

    groups: list[KeyedGroup]
    control: folium.LayerControl
    labels: dict[str, str]
    shown_places: tuple[str, ...]
    hidden_by_year: tuple[str, ...]


def build_map_layers(
    dataset: Dataset,
    state: ViewState,
    lang: str = "en",
    marker_limit: int = MARKER_LIMIT,
    labels: Mapping[str, str] | None = None,
) -> MapLayers:
    """The place and corridor layers for the view: filters, year and selection applied.

    Places pass ``filters.apply_places`` and must have opened by ``state.year``; corridors are
    drawn from the year of their first milestone. Above ``marker_limit`` places, each kind is
    one layer of circles (``PlacePoints``) instead of one marker object per place. ``labels`` are
    ``place_labels(dataset.places, lang)``, computed here unless the caller already has them
    (they do not depend on the view, so a page can compute them once per dataset).
    """
    places = apply_places(dataset.places, dataset.facilities, state)
    in_year = places["opened"].map(lambda opened: exists_in(opened, state.year))
    hidden = tuple(places.loc[~in_year, "id"])
    places = places[in_year]
    labels = dict(place_labels(dataset.places, lang) if labels is None else labels)
    groups: list[KeyedGroup] = []

    first_years = corridor_first_years(dataset.milestones)
    for corridor in dataset.corridors.to_dict("records"):
        first = first_years.get(str(corridor["id"]))
        if state.year is not None and first is not None and first > state.year:
            continue
        name = display(corridor, "name", lang)
        group = KeyedGroup(escape_text(_normalise(name) or corridor["id"]), f"corridor:{corridor['id']}")
        points = corridor_coordinates(corridor["waypoints"], dataset.places)
        if len(points) >= 2:
            corridor_line(corridor, points, corridor_label(corridor, dataset.figures, lang)).add_to(group)
        groups.append(group)

    records = place_records(places)
    by_kind: dict[str, list[dict[str, object]]] = {}
    for record in records:
        by_kind.setdefault(str(record["kind"]), []).append(record)
    many = len(records) > marker_limit
    for kind in (k for k in KIND_STYLE if k in by_kind):
        kind_records = by_kind[kind]
        label = translate(f"kind.{kind}", lang)
        group = KeyedGroup(escape_text(f"{label} ({len(kind_records)})"), f"kind:{kind}")
        add_places(group, kind_records, labels, many, state.site)
        groups.append(group)

    control = remembering_layer_control()
    return MapLayers(groups, control, labels, tuple(places["id"]), hidden)


def _points_layer(records: list[dict[str, object]], labels: Mapping[str, object], colour: str) -> PlacePoints:
    """Many places of one kind as one layer of circles, names escaped before they enter it."""
    points = [(float(r["lat"]), float(r["lon"]), _escaped_label(labels[str(r["id"])])) for r in records]  # type: ignore[arg-type]
    return PlacePoints(points, colour)


@lru_cache(maxsize=65536)
def _escaped_label(label: object) -> str:
    # The same few thousand names are escaped on every run of a large map; escape_text is pure.
    return escape_text(label)


def build_corridor_map(
    dataset: Dataset,
    state: ViewState,
    lang: str = "en",
    asset_base: str = COMPONENT_STATIC_BASE,
    marker_limit: int = MARKER_LIMIT,
) -> folium.Map:
    """The whole corridor map in one object (base, controls, layers, layer control), for rendering and tests.

    The page does not use this: it passes ``build_map_layers`` to st_folium separately so a
    change of filter or year does not re-mount the map.
    """
    m = build_base_map(asset_base, tiles=operator_tiles(), lang=lang, controls=True)
    layers = build_map_layers(dataset, state, lang, marker_limit)
    for group in layers.groups:
        group.add_to(m)
    layers.control.add_to(m)
    return m


# --- Clicks and view --------------------------------------------------------------------


def selection_from_map_event(
    event: Mapping[str, object] | None,
    labels: Mapping[str, str],
    coordinates: Mapping[str, tuple[float, float]] | None = None,
    tolerance_km: float = 1.0,
) -> str | None:
    """The place id a map click selects, or None when the click was not on a place.

    The tooltip text (as the browser reports it: unescaped and trimmed) is matched against
    ``labels``. Only when the event has no tooltip, the nearest place within
    ``tolerance_km`` of ``last_object_clicked`` is taken, if exactly one place is there
    (several places share Kashgar's point). A tooltip that names no place (a corridor line)
    selects nothing.
    """
    if not isinstance(event, Mapping):
        return None
    tooltip = event.get("last_object_clicked_tooltip")
    if isinstance(tooltip, str) and tooltip.strip():
        wanted = _normalise(tooltip)
        matches = [place_id for place_id, label in labels.items() if _normalise(label) == wanted]
        return matches[0] if len(matches) == 1 else None
    clicked = event.get("last_object_clicked")
    if not coordinates or not isinstance(clicked, Mapping):
        return None
    try:
        point = (float(clicked["lat"]), float(clicked["lng"]))
    except (KeyError, TypeError, ValueError):
        return None
    near = [place_id for place_id, where in coordinates.items() if haversine_km(point, where) <= tolerance_km]
    return near[0] if len(near) == 1 else None


def click_signature(event: Mapping[str, object] | None) -> tuple[object, ...] | None:
    """What identifies one click in a map event (tooltip, point, count), or None if there was no click.

    The component keeps returning its last event on later runs; comparing signatures tells a
    new click (including a second click on the same marker, which raises the count) from an old one.
    """
    if not isinstance(event, Mapping):
        return None
    clicked = event.get("last_object_clicked")
    point = (clicked.get("lat"), clicked.get("lng")) if isinstance(clicked, Mapping) else None
    signature = (event.get("last_object_clicked_tooltip"), point, event.get("last_object_clicked_count"))
    return None if signature == (None, None, None) else signature


def map_view(site: str, places: pd.DataFrame) -> tuple[tuple[float, float] | None, int | None]:
    """The (center, zoom) st_folium should move to: the selected place, or (None, None) to leave the view."""
    row = places[places["id"] == site]
    if not site or row.empty:
        return None, None
    return (float(row["lat"].iloc[0]), float(row["lon"].iloc[0])), SELECTED_ZOOM


# Objects whose change reruns the page: clicks only (pan and zoom never do).
MAP_EVENTS = ("last_object_clicked_tooltip", "last_object_clicked", "last_object_clicked_count")


def show_map(
    m: folium.Map,
    key: str,
    height: int = 560,
    returned_objects: tuple[str, ...] = ("last_object_clicked_tooltip",),
    groups: Sequence[folium.FeatureGroup] | None = None,
    control: folium.LayerControl | None = None,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
) -> dict[str, object]:
    """Draw a map with streamlit-folium: the one st_folium call of the dashboard.

    Only the keys in ``returned_objects`` rerun the script, so panning and zooming never do.
    ``groups`` (and the ``control`` listing them) are swapped into the mounted map
    (``feature_group_to_add``) rather than baked into it, and ``center``/``zoom`` move it, so
    neither re-mounts the map. The latest event is also kept in ``st.session_state[key]``,
    where the page reads it before drawing widgets.
    The map and its layers are used up: once drawn they are taken apart (``release_map``).
    """
    from streamlit_folium import st_folium

    if "last_object_clicked_count" in returned_objects:
        ClickCountFromNull().add_to(m)
    try:
        event = st_folium(
            m,
            key=key,
            height=height,
            use_container_width=True,
            returned_objects=list(returned_objects),
            feature_group_to_add=list(groups) if groups is not None else None,
            layer_control=control,
            center=center,
            zoom=zoom,
        )
    finally:
        release_map(m.get_root(), m, *(groups or ()), *([control] if control is not None else []))
    return map_event(event)


def map_event(value: object) -> dict[str, object]:
    """The component's value as an event; a value crafted over the websocket (a list, a number) is none."""
    return dict(value) if isinstance(value, Mapping) else {}


def release_map(*elements: Element) -> None:
    """Take rendered folium elements apart so their memory is freed now, not at the next full collection.

    Every element points to its parent and its parent to it, so a map's tree (with the text
    it rendered: a quarter of a megabyte for 5,000 places) is a reference cycle that only
    Python's full garbage collection frees; each run left one behind until then, and
    concurrent sessions held several at once. Removing the links lets reference counting free
    the tree as soon as the page drops it. The elements must not be used afterwards.
    """
    pending = list(elements)
    seen: set[int] = set()
    while pending:
        element = pending.pop()
        if id(element) in seen:
            continue
        seen.add(id(element))
        children = getattr(element, "_children", None)
        if children:
            pending.extend(children.values())
            children.clear()
        if getattr(element, "_parent", None) is not None:
            element._parent = None
