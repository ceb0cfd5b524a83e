"""Unit tests of the download builders: CSV neutralisation and RFC 7946 GeoJSON."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from components.downloads import (
    build_corridors_geojson,
    build_csv,
    build_places_geojson,
    geojson_bytes,
    neutralise_cell,
)
from components.filters import ViewState, apply_view
from components.model import Dataset

PLACES = pd.DataFrame(
    {
        "id": ["a", "b", "c"],
        "name_en": ["Alpha", '=HYPERLINK("http://x")', "Gamma"],
        "lat": [39.4672, 36.69, 25.1122],
        "lon": [75.9868, 74.8211, 62.3386],
        "sources": [("s1", "s2"), ("s1",), ("s3",)],
    }
)
CORRIDORS = pd.DataFrame(
    {"id": ["road", "short"], "name_en": ["Road", "Short"], "waypoints": [("a", "missing", "b", "c"), ("c",)]}
)


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1", "'+33 1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Kashgar", "Kashgar"),
        ("a=b", "a=b"),
        ("", ""),
        (-1.5, -1.5),
        (7, 7),
    ],
)
def test_cells_that_start_a_formula_are_quoted(cell: object, expected: object) -> None:
    """Text starting with = + - @ tab or CR gets a leading quote; other text and numbers do not."""
    assert neutralise_cell(cell) == expected


def test_csv_neutralises_data_cells_and_joins_lists() -> None:
    """The CSV carries the quoted formula and source lists joined with ';'."""
    rows = _rows(build_csv(PLACES))
    assert rows[0] == ["id", "name_en", "lat", "lon", "sources"]
    assert rows[2][1] == '\'=HYPERLINK("http://x")'
    assert rows[1][4] == "s1;s2"


def test_csv_row_count_equals_the_table() -> None:
    """A download has one line per row of the view plus the header."""
    assert len(_rows(build_csv(PLACES.iloc[:2]))) == 3


def test_csv_keeps_negative_numbers_as_numbers() -> None:
    """A float column is written as numbers, even when negative."""
    rows = _rows(build_csv(pd.DataFrame({"lon": [-70.5]})))
    assert rows[1] == ["-70.5"]


def test_csv_neutralises_a_hostile_header() -> None:
    """Column names are neutralised too (a renamed column could carry a formula)."""
    assert _rows(build_csv(pd.DataFrame({"=cmd": ["x"]})))[0] == ["'=cmd"]


def test_places_geojson_is_a_feature_collection_in_lon_lat_order() -> None:
    """Each place is a Point whose first coordinate is the longitude."""
    collection = json.loads(geojson_bytes(build_places_geojson(PLACES)))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 3
    first = collection["features"][0]
    assert first["type"] == "Feature"
    assert first["geometry"] == {"type": "Point", "coordinates": [75.9868, 39.4672]}
    assert "lat" not in first["properties"] and first["properties"]["sources"] == ["s1", "s2"]


def test_corridor_geojson_skips_unknown_waypoints_and_nulls_short_lines() -> None:
    """Lines run through known places in order; a line with one point has a null geometry."""
    collection = build_corridors_geojson(CORRIDORS, PLACES)
    road, short = collection["features"]
    assert road["geometry"]["type"] == "LineString"
    assert road["geometry"]["coordinates"] == [[75.9868, 39.4672], [74.8211, 36.69], [62.3386, 25.1122]]
    assert short["geometry"] is None


def test_geojson_of_the_shipped_data_respects_coordinate_ranges(dataset: Dataset) -> None:
    """Every shipped place is written with a longitude in [-180, 180] then a latitude in [-90, 90]."""
    collection = json.loads(geojson_bytes(build_places_geojson(dataset.places)))
    assert len(collection["features"]) == len(dataset.places)
    for feature, (_, place) in zip(collection["features"], dataset.places.iterrows(), strict=True):
        lon, lat = feature["geometry"]["coordinates"]
        assert (lon, lat) == (place["lon"], place["lat"])
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_filtered_geojson_counts_match_the_filtered_view(dataset: Dataset) -> None:
    """With country=UZB the downloads hold exactly the Uzbek places and the corridors through them (rail and road)."""
    view = apply_view(dataset, ViewState(countries=("UZB",)))
    places, corridors = view.places, view.corridors
    assert len(build_places_geojson(places)["features"]) == len(places) == (dataset.places["country"] == "UZB").sum()
    assert [f["id"] for f in build_corridors_geojson(corridors, dataset.places)["features"]] == [
        "cku-railway",
        "kashgar-tashkent-road",
    ]


def test_geojson_bytes_are_utf8_json_without_ascii_escapes() -> None:
    """Chinese and Urdu names stay readable in the file."""
    data = geojson_bytes({"type": "FeatureCollection", "features": [{"properties": {"name": "喀什"}}]})
    assert "喀什".encode() in data
