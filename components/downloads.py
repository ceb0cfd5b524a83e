"""Downloads of the current view: CSV tables and RFC 7946 GeoJSON, plus the one render function.

The ``build_*`` functions are pure (tables in, bytes out) and receive the already-filtered
tables, so a download holds exactly the rows on screen. CSV cells that a spreadsheet would
read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) are
prefixed with a single quote (OWASP "CSV injection"). ``render_downloads`` is the only
function here that draws anything; ``*_download`` only add the translated label.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from components.i18n import t

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_MIME = "text/csv"
GEOJSON_MIME = "application/geo+json"


@dataclass(frozen=True)
class Download:
    """One file offered for download: its label, name, bytes and media type."""

    label: str
    file_name: str
    data: bytes
    mime: str


def neutralise_cell(value: object) -> object:
    """A text cell that would start a spreadsheet formula, prefixed with a single quote.

    Numbers are returned unchanged: a float column cannot carry a formula, and ``-1.5``
    must stay a number for the person who sorts by it.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value: object) -> object:
    # Lists (sources, waypoints) are written the way the data files write them.
    if isinstance(value, tuple | list):
        value = ";".join(str(item) for item in value)
    return neutralise_cell(value)


def build_csv(table: pd.DataFrame) -> bytes:
    """``table`` as UTF-8 CSV (with a byte-order mark, so spreadsheets read the Chinese and Urdu)."""
    safe = table.copy()
    safe.columns = [str(neutralise_cell(str(column))) for column in safe.columns]
    for column in safe.columns:
        safe[column] = safe[column].map(_cell)
    text: str = safe.to_csv(index=False, lineterminator="\n")
    return text.encode("utf-8-sig")


def _json_value(value: object) -> Any:
    if isinstance(value, tuple | list):
        return [str(item) for item in value]
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _properties(record: Mapping[str, object], leave_out: Sequence[str]) -> dict[str, Any]:
    return {key: _json_value(value) for key, value in record.items() if key not in leave_out}


def build_places_geojson(places: pd.DataFrame) -> dict[str, Any]:
    """Places as an RFC 7946 FeatureCollection of Points ([longitude, latitude])."""
    features = [
        {
            "type": "Feature",
            "id": str(place["id"]),
            "geometry": {"type": "Point", "coordinates": [float(place["lon"]), float(place["lat"])]},
            "properties": _properties(place, ("lat", "lon")),
        }
        for place in places.to_dict("records")
    ]
    return {"type": "FeatureCollection", "features": features}


def build_corridors_geojson(corridors: pd.DataFrame, places: pd.DataFrame) -> dict[str, Any]:
    """Corridors as LineStrings through their waypoints ([longitude, latitude]).

    ``places`` must hold every place (not a filtered view), so a line keeps its shape when
    some of its towns are filtered out. Waypoints that are not places are skipped; a
    corridor with fewer than two known waypoints has a null geometry.
    """
    return _lines(corridors, places, lambda corridor: corridor["waypoints"])


def build_links_geojson(links: pd.DataFrame, places: pd.DataFrame) -> dict[str, Any]:
    """The network's legs as LineStrings from their start through their waypoints to their end.

    Straight segments between known points, as on the maps; ``places`` must hold every place.
    """
    return _lines(links, places, lambda leg: (leg["from"], *leg["waypoints"], leg["to"]))


def _lines(
    table: pd.DataFrame, places: pd.DataFrame, through: Callable[[dict[str, Any]], Sequence[str]]
) -> dict[str, Any]:
    """A FeatureCollection of one LineString per record, through the places ``through`` names (unknown ones skipped)."""
    where = {p["id"]: [float(p["lon"]), float(p["lat"])] for p in places[["id", "lat", "lon"]].to_dict("records")}
    features = []
    for record in table.to_dict("records"):
        line = [where[w] for w in through(record) if w in where]
        features.append(
            {
                "type": "Feature",
                "id": str(record["id"]),
                "geometry": {"type": "LineString", "coordinates": line} if len(line) >= 2 else None,
                "properties": _properties(record, ()),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def build_facilities_geojson(facilities: pd.DataFrame, places: pd.DataFrame) -> dict[str, Any]:
    """Facilities as Points at their place ([longitude, latitude]); null geometry where unpublished.

    ``places`` must hold every place, so a facility keeps its point whatever the filters.
    """
    where = {p["id"]: [float(p["lon"]), float(p["lat"])] for p in places[["id", "lat", "lon"]].to_dict("records")}
    features = []
    for facility in facilities.to_dict("records"):
        point = where.get(facility["place_id"])
        features.append(
            {
                "type": "Feature",
                "id": str(facility["id"]),
                "geometry": {"type": "Point", "coordinates": point} if point else None,
                "properties": _properties(facility, ()),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def geojson_bytes(collection: Mapping[str, Any]) -> bytes:
    """A FeatureCollection as compact UTF-8 JSON."""
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def csv_download(name: str, table: pd.DataFrame) -> Download:
    """A table of the view as ``<name>.csv``, labelled with its row count (``download.<name>``)."""
    return Download(t(f"download.{name}", count=len(table)), f"{name}.csv", build_csv(table), CSV_MIME)


def geojson_download(name: str, collection: Mapping[str, Any], citation: Mapping[str, Any] | None = None) -> Download:
    """A FeatureCollection as ``<name>.geojson``, labelled with its feature count.

    ``citation`` (``components.citation.cite_all``) travels with the file as a foreign member,
    as in the API's GeoJSON, so the file says how to cite it.
    """
    label = t(f"download.{name}_geojson", count=len(collection["features"]))
    if citation is not None:
        collection = {**collection, "citation": citation}
    return Download(label, f"{name}.geojson", geojson_bytes(collection), GEOJSON_MIME)


def render_downloads(downloads: Sequence[Download], key: str) -> None:
    """Download buttons in a row; clicking one does not rerun the page."""
    columns = st.columns(max(len(downloads), 1))
    for column, download in zip(columns, downloads, strict=False):
        with column:
            st.download_button(
                download.label,
                data=download.data,
                file_name=download.file_name,
                mime=download.mime,
                key=f"{key}_{download.file_name}",
                on_click="ignore",
                icon=":material/download:",
            )
