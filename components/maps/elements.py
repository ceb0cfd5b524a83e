"""The dashboard's own Leaflet and branca elements, and folium's with a faster render.

Offline outlines and their minimap, the pins' stylesheet, the map's background and legend
styles, the legend control, layer groups that keep their key from run to run, a layer control
that remembers what a person switched off, and ``Prerendered`` subclasses of folium's marker,
icon, tooltip and line that skip branca's second template pass (``PlacePoints`` draws many
places as one array). Every data-derived string these carry was passed through ``escape_text``
by the caller or is escaped here. Pure: no streamlit import; assets come from ``static/``
(``components.assets``).
"""

from __future__ import annotations

from collections.abc import Sequence

import folium
from branca.element import Element, Figure, MacroElement
from folium.elements import ElementAddToElement, JSCSSMixin
from folium.plugins import MiniMap
from folium.template import Template as FoliumTemplate
from jinja2 import Template

from components.assets import MARKERS_CSS, TOPOJSON_CLIENT_JS, WORLD_OUTLINES, leaflet_layout_css, use_local_assets
from components.escape import escape_text

use_local_assets()

# The outlines file is fetched once per map document and shared by the map and the minimap;
# kgcDrawOutlines(url, layer, weight) draws it into a layer and resolves to the drawn GeoJSON layer.
_OUTLINES_JS = """
window.kgcOutlines = window.kgcOutlines || {};
window.kgcOutlines[{{ this.url|tojson }}] = window.kgcOutlines[{{ this.url|tojson }}] ||
  fetch({{ this.url|tojson }}).then(function (response) { return response.json(); });
window.kgcDrawOutlines = window.kgcDrawOutlines || function (url, layer, weight) {
  return window.kgcOutlines[url].then(function (topology) {
    return L.geoJSON(topojson.feature(topology, topology.objects.countries), {
      interactive: false,
      style: {color: "#6b7280", weight: weight, fillColor: "#f3f1ea", fillOpacity: 1}
    }).addTo(layer);
  });
};
"""


class _Fragment(Element):
    """Text an element has already rendered, kept as it is."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Fragment"
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class Prerendered(MacroElement):
    """``MacroElement.render`` without branca's second pass over what was rendered.

    branca wraps each fragment an element renders in ``Element(template=fragment)``, which
    compiles the fragment as a new Jinja template and renders it again: about 1 ms for each
    part of a marker (marker, tooltip, icon, setIcon), twice per st_folium call, and 0.15 s
    for the script of 5,000 points. The subclasses below keep the fragment as text instead. Their
    fragments hold data only through ``escape_text`` or ``tojson``, never raw Jinja syntax, so the
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
        + _OUTLINES_JS
        + """
        window.kgcDrawOutlines({{ this.url|tojson }}, {{ this.get_name() }}, 0.8).then(function (outlines) {
            outlines.bringToBack();
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
        + _OUTLINES_JS
        + """
        window.kgcDrawOutlines({{ this.url|tojson }}, {{ this.get_name() }}_layer, 0.6);
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


class MarkerStyles(JSCSSMixin, Prerendered):
    """The stylesheet of the place pins (static/app/markers.css)."""

    def __init__(self, asset_base: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "MarkerStyles"
        self.default_css = [("kgc_markers", asset_base + MARKERS_CSS)]


class MapStyles(Prerendered):
    """Leaflet's layout rules, applied before the map is drawn (``assets.leaflet_layout_css``), and
    the sea colour behind the outlines (main map and minimap), so land and water read apart without tiles."""

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.layout_css = leaflet_layout_css()

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.layout_css }}</style>
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


class MapLegend(Prerendered):
    """A legend drawn as a Leaflet control from escaped HTML (not a branca colormap, which pulls d3 from a CDN).

    It sits top right, under the layer button, where the default view has no markers, and
    folds away (a ``<details>`` element) when it is in the way. On a phone-width map (narrower
    than ``FOLD_BELOW_PX``) it starts folded: open, it would cover most of the map.
    """

    FOLD_BELOW_PX = 500

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "topright"});
        {{ this.get_name() }}.onAdd = function (map) {
            var div = L.DomUtil.create("div", "kgc-legend");
            div.innerHTML = {{ this.html|tojson }};
            if (map.getSize().x < {{ this.FOLD_BELOW_PX }}) {
                div.querySelectorAll("details").forEach(function (d) { d.removeAttribute("open"); });
            }
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


class KeyedGroup(folium.FeatureGroup, Prerendered):
    """A feature group that carries a key which stays the same from run to run ("kind:seaport").

    Its name in the layer control changes with the language and the filters (it holds a
    count); the key is how ``LayerMemory`` recognises the group in the next run's layers.
    Rendered once (``Prerendered``): its script holds no data but the escaped key.
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

    def render(self, **kwargs):  # type: ignore[no-untyped-def]  # (untyped like the method it replaces)
        # folium's Layer.render adds its "addTo" line as an element branca renders twice (a
        # Jinja compilation per group per run); this adds the same line rendered once.
        if self.show and self._parent is not None:
            self.add_child(_AddTo(self.get_name(), self._parent.get_name()), name=self.get_name() + "_add")
        folium.map.Class.render(self, **kwargs)  # type: ignore[no-untyped-call]  # (Layer's parent: skips its addTo)


class _AddTo(ElementAddToElement, Prerendered):
    pass


class LayerMemory(Prerendered):
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


class PrerenderedTooltip(folium.Tooltip, Prerendered):
    pass


class PrerenderedPolyLine(folium.PolyLine, Prerendered):
    pass


def _bounds(rows: Sequence[Sequence[object]]) -> list[list[float | None]]:
    """The [[south, west], [north, east]] of rows that start with lat, lon (folium's bounds), or Nones."""
    if not rows:
        return [[None, None], [None, None]]
    lats, lons = [float(r[0]) for r in rows], [float(r[1]) for r in rows]  # type: ignore[arg-type]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


class PlacePoints(Prerendered):
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
        return _bounds(self.points)


class PlacePins(Prerendered):
    """Places as pins (Leaflet markers with a div icon and a tooltip) in one layer, sent as one array.

    Each pin travels as ``[lat, lon, tooltip, icon, z-index offset]``, ``icon`` indexing a short
    list of ``L.divIcon`` options shared by the pins that look alike. The browser builds the same
    markers, icons and tooltips that one ``folium.Marker`` per place would, so pins look, stack
    and answer clicks alike; the server renders one element instead of four per place (a
    folium marker with its icon and tooltip took about 0.6 ms, twice per run). Tooltips are
    escaped (``escape_text``) before they enter the array, and the array is written with
    ``tojson``, so no name can leave its string or add markup to the tooltip.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.featureGroup();
        (function () {
          var icons = {{ this.icons|tojson }}.map(function (options) { return L.divIcon(options); });
          {{ this.pins|tojson }}.forEach(function (pin) {
            L.marker([pin[0], pin[1]], {icon: icons[pin[3]], zIndexOffset: pin[4]})
              .bindTooltip("<div>" + pin[2] + "</div>", {{ this.tooltip_options|tojson }})
              .addTo({{ this.get_name() }});
          });
        })();
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, pins: list[tuple[float, float, str, int, int]], icons: list[dict[str, object]]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "PlacePins"
        self.pins = pins
        self.icons = icons
        self.tooltip_options = {"sticky": True}

    def _get_self_bounds(self) -> list[list[float | None]]:
        return _bounds(self.pins)


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
