"""Where the maps' tiles come from: the online sources on offer and the operator's own tile server.

The default base layer is offline (``elements.WorldOutlines``); these are the tile layers
the layer control offers besides it. ``operator_tiles`` reads the operator's server from the
environment (``DASHBOARD_TILES_URL``, ``_NAME``, ``_ATTRIBUTION``; see the README). Pure: no
streamlit import.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

import xyzservices


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
ONLINE_PROVIDERS = tuple(
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
