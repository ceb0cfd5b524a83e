"""Decoding TopoJSON into GeoJSON geometries, in pure Python.

This module owns turning a TopoJSON topology (shared, delta-encoded, quantized arcs) into
GeoJSON ``Polygon``/``MultiPolygon`` geometries for chosen features, so the app can draw a
handful of countries from the bundled Natural Earth outlines without a JavaScript decoder.
It reads the bundled file once (``read_world_outlines``) and never imports streamlit or folium.

Format: https://github.com/topojson/topojson-specification (arcs, ``transform``, negative
arc indexes meaning "this arc reversed", rings whose consecutive arcs share an end point).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

WORLD_OUTLINES_PATH = (
    Path(__file__).resolve().parent.parent / "static" / "vendor" / "world-atlas" / "countries-110m.json"
)
COUNTRIES_OBJECT = "countries"

Position = list[float]


class TopologyError(ValueError):
    """A topology that cannot be decoded; the message names what was expected and what was found."""


def decode_arcs(topology: Mapping[str, Any]) -> list[list[Position]]:
    """Every arc of ``topology`` as absolute [lon, lat] positions.

    With a ``transform`` the arcs are quantized and delta-encoded: each position after the
    first is an offset from the previous one, and ``scale``/``translate`` map the integer
    grid back to degrees. Without one, arcs already hold absolute positions.
    """
    arcs = topology.get("arcs")
    if not isinstance(arcs, list):
        raise TopologyError(f"topology: expected a list of arcs, got {type(arcs).__name__}")
    transform = topology.get("transform")
    if not transform:
        return [[[float(p[0]), float(p[1])] for p in arc] for arc in arcs]
    (scale_x, scale_y), (shift_x, shift_y) = transform["scale"], transform["translate"]
    decoded: list[list[Position]] = []
    for arc in arcs:
        x = y = 0
        points: list[Position] = []
        for position in arc:
            x += position[0]
            y += position[1]
            points.append([x * scale_x + shift_x, y * scale_y + shift_y])
        decoded.append(points)
    return decoded


def _arc(arcs: Sequence[list[Position]], index: int) -> list[Position]:
    # A negative index ~i means arc i walked backwards.
    if index >= 0:
        return arcs[index]
    return arcs[~index][::-1]


def ring(arcs: Sequence[list[Position]], indexes: Iterable[int]) -> list[Position]:
    """One closed ring stitched from arcs; consecutive arcs share their joining point once."""
    points: list[Position] = []
    for index in indexes:
        part = _arc(arcs, index)
        if points:
            points.pop()
        points.extend(part)
    return points


def geometry(arcs: Sequence[list[Position]], topo_geometry: Mapping[str, Any]) -> dict[str, Any] | None:
    """A TopoJSON ``Polygon``/``MultiPolygon`` as a GeoJSON geometry (None for other types)."""
    kind = topo_geometry.get("type")
    if kind == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(arcs, r) for r in topo_geometry["arcs"]]}
    if kind == "MultiPolygon":
        polygons = [[ring(arcs, r) for r in polygon] for polygon in topo_geometry["arcs"]]
        return {"type": "MultiPolygon", "coordinates": polygons}
    return None


def features_by_id(
    topology: Mapping[str, Any], ids: Iterable[str], object_name: str = COUNTRIES_OBJECT
) -> dict[str, dict[str, Any]]:
    """GeoJSON geometries of the features whose ``id`` is in ``ids`` (ids not found are left out)."""
    wanted = set(ids)
    objects = topology.get("objects") or {}
    if object_name not in objects:
        raise TopologyError(f"topology: expected an object named {object_name!r}, got {sorted(objects)}")
    arcs = decode_arcs(topology)
    found: dict[str, dict[str, Any]] = {}
    for topo_geometry in objects[object_name].get("geometries", []):
        feature_id = topo_geometry.get("id")
        if feature_id in wanted and feature_id not in found:
            decoded = geometry(arcs, topo_geometry)
            if decoded is not None:
                found[feature_id] = decoded
    return found


@cache
def read_world_outlines(path: Path = WORLD_OUTLINES_PATH) -> Mapping[str, Any]:
    """The bundled Natural Earth 1:110m topology (read once per process; do not mutate it)."""
    with path.open(encoding="utf-8") as handle:
        topology: dict[str, Any] = json.load(handle)
    return topology


def country_geometries(iso_numeric: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Outlines of countries by ISO 3166-1 numeric code ("586"), from the bundled file."""
    return features_by_id(read_world_outlines(), iso_numeric)
