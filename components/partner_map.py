"""The partner-country choropleth: named countries coloured by how they are linked to the zone.

``build_partner_features`` and ``build_partner_map`` are pure (rows in, GeoJSON or a
``folium.Map`` out); ``selection_from_event`` turns a streamlit-folium click event back into
an ISO3 code. Outlines come from the bundled Natural Earth TopoJSON, decoded in Python
(``components.geo_topojson``), and sit on ``components.maps.layers.build_base_map()``. Every
property that reaches the tooltip passes ``escape_text``. The legend is drawn by the page
in Streamlit (a branca colormap would pull d3 from a CDN).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import folium
import pandas as pd

from components.escape import escape_text
from components.geo_topojson import country_geometries
from components.maps.layers import build_base_map
from components.schema import RELATIONS

# relation -> fill colour (Dark2: tells the three apart for common colour-vision deficiencies).
RELATION_COLOUR: dict[str, str] = {
    "twin park": "#d95f02",
    "e-commerce origin": "#7570b3",
    "corridor country": "#1b9e77",
}
# The Streamlit markdown colour of the same hue, for the legend (emoji squares need a colour-emoji font).
RELATION_SWATCH: dict[str, str] = {"twin park": "orange", "e-commerce origin": "violet", "corridor country": "green"}
OTHER_COLOUR = "#6b7280"
# Whole world from Morocco to Japan with the corridor in the middle.
PARTNER_MAP_CENTER = (36.0, 85.0)
PARTNER_MAP_ZOOM = 3
_CODE_AT_END = re.compile(r"\(([A-Z]{3})\)\s*$")


def primary_relation(relations: Sequence[str]) -> str:
    """The relation a country is coloured by: the first of ``RELATIONS`` it has."""
    for relation in RELATIONS:
        if relation in relations:
            return relation
    return relations[0] if relations else ""


def build_partner_features(
    countries: pd.DataFrame,
    relation_labels: Mapping[str, str],
    selected: Sequence[str] = (),
    geometries: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """A FeatureCollection of the countries in ``countries``, ready for ``folium.GeoJson``.

    Args:
        countries: One row per country: ``iso3``, ``iso_numeric``, ``name`` and ``relations``
            (a tuple of relation values).
        relation_labels: Relation value -> display text.
        selected: ISO3 codes drawn with a heavy outline.
        geometries: ISO numeric code -> GeoJSON geometry; the bundled outlines by default.
            Countries without an outline (too small at 1:110m) are left out.
    """
    outlines = geometries if geometries is not None else country_geometries(countries["iso_numeric"])
    features = []
    for row in countries.to_dict("records"):
        outline = outlines.get(row["iso_numeric"])
        if outline is None:
            continue
        relations = tuple(row["relations"])
        words = ", ".join(relation_labels.get(r, r) for r in relations)
        features.append(
            {
                "type": "Feature",
                "geometry": outline,
                "properties": {
                    # The code in brackets at the end lets a click be read back (selection_from_event).
                    "tooltip": escape_text(f"{row['name']}: {words} ({row['iso3']})"),
                    "fill": RELATION_COLOUR.get(primary_relation(relations), OTHER_COLOUR),
                    "selected": row["iso3"] in selected,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _style(feature: Mapping[str, Any]) -> dict[str, Any]:
    properties = feature["properties"]
    return {
        "fillColor": properties["fill"],
        "fillOpacity": 0.75 if properties["selected"] else 0.55,
        "color": "#111827" if properties["selected"] else "#374151",
        "weight": 3 if properties["selected"] else 1,
    }


def build_partner_base_map(**base: Any) -> folium.Map:
    """The partner map without its countries: the same on every run, so the browser keeps it mounted."""
    return build_base_map(center=PARTNER_MAP_CENTER, zoom=PARTNER_MAP_ZOOM, **base)


def build_partner_layer(features: Mapping[str, Any]) -> folium.FeatureGroup:
    """The partner countries as one layer, each showing its tooltip on hover.

    The page swaps this layer into the mounted base map (``maps.clicks.show_map(groups=...)``), so a
    change of selection restyles the countries without reloading the map.
    """
    group = folium.FeatureGroup(name="partner-countries", control=False)
    if features["features"]:
        folium.GeoJson(
            features,
            style_function=_style,
            highlight_function=lambda _feature: {"weight": 3, "fillOpacity": 0.8},
            tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False),
        ).add_to(group)
    return group


def build_partner_map(features: Mapping[str, Any], **base: Any) -> folium.Map:
    """The whole partner map in one object (base map and countries), for rendering and tests."""
    m = build_partner_base_map(**base)
    build_partner_layer(features).add_to(m)
    return m


def selection_from_event(event: Mapping[str, object], allowed: Sequence[str]) -> str:
    """The ISO3 code of the country a click event names, or "" when it names none we drew."""
    tooltip = event.get("last_object_clicked_tooltip")
    if not isinstance(tooltip, str):
        return ""
    match = _CODE_AT_END.search(tooltip)
    if match and match.group(1) in allowed:
        return match.group(1)
    return ""
