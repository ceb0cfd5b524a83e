"""Unit tests of the TopoJSON decoder: arcs, reversed arcs, stitched rings and the bundled outlines."""

from __future__ import annotations

import pytest

from components.geo_topojson import (
    TopologyError,
    country_geometries,
    decode_arcs,
    features_by_id,
    ring,
)

# Two arcs sharing the point (1, 1): a square split along its diagonal, quantized with a transform.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 2.0], "translate": [10.0, -5.0]},
    "arcs": [
        [[0, 0], [2, 0], [0, 2]],  # (0,0) -> (2,0) -> (2,2)
        [[2, 2], [-2, 0], [0, -2]],  # (2,2) -> (0,2) -> (0,0)
    ],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "001", "arcs": [[0, 1]]},
                {"type": "MultiPolygon", "id": "002", "arcs": [[[0, 1]], [[~1, ~0]]]},
                {"type": "Point", "id": "003", "coordinates": [0, 0]},
            ],
        }
    },
}


def test_quantized_arcs_are_delta_decoded_and_transformed() -> None:
    """Each position adds to the previous one, then scale and translate map it to degrees."""
    arcs = decode_arcs(TOPOLOGY)
    assert arcs[0] == [[10.0, -5.0], [11.0, -5.0], [11.0, -1.0]]


def test_arcs_without_transform_are_absolute() -> None:
    """A topology without a transform keeps its positions as they are."""
    assert decode_arcs({"arcs": [[[1, 2], [3, 4]]]}) == [[[1.0, 2.0], [3.0, 4.0]]]


def test_ring_shares_joining_points_once_and_closes() -> None:
    """Two arcs make a closed ring of five positions, the joint written once."""
    closed = ring(decode_arcs(TOPOLOGY), [0, 1])
    assert len(closed) == 5
    assert closed[0] == closed[-1]


def test_negative_index_walks_the_arc_backwards() -> None:
    """~i is arc i reversed, so [~1, ~0] walks the square the other way round."""
    arcs = decode_arcs(TOPOLOGY)
    assert ring(arcs, [~1, ~0]) == ring(arcs, [0, 1])[::-1]


def test_features_by_id_returns_polygons_and_multipolygons_only() -> None:
    """Polygon and MultiPolygon features are decoded; other types and unknown ids are left out."""
    found = features_by_id(TOPOLOGY, ["001", "002", "003", "999"])
    assert set(found) == {"001", "002"}
    assert found["001"]["type"] == "Polygon"
    assert found["002"]["type"] == "MultiPolygon" and len(found["002"]["coordinates"]) == 2


def test_missing_object_names_what_was_expected() -> None:
    """A topology without the countries object raises an error naming it."""
    with pytest.raises(TopologyError, match="countries"):
        features_by_id({"arcs": [], "objects": {"land": {}}}, ["1"])


@pytest.mark.parametrize(
    ("code", "lon_range", "lat_range"),
    [
        ("860", (55.9, 73.2), (37.1, 45.6)),  # Uzbekistan
        ("586", (60.8, 77.9), (23.6, 37.2)),  # Pakistan
        ("392", (129.3, 145.6), (31.0, 45.6)),  # Japan
    ],
)
def test_bundled_outline_lies_inside_the_country_bounding_box(
    code: str, lon_range: tuple[float, float], lat_range: tuple[float, float]
) -> None:
    """The decoded Natural Earth outline of a country lies within its known bounding box, lon first."""
    outline = country_geometries([code])[code]
    polygons = [outline["coordinates"]] if outline["type"] == "Polygon" else outline["coordinates"]
    points = [point for polygon in polygons for ring_ in polygon for point in ring_]
    assert points
    assert all(lon_range[0] <= lon <= lon_range[1] and lat_range[0] <= lat <= lat_range[1] for lon, lat in points)
    assert all(polygon[0][0] == polygon[0][-1] for polygon in polygons)
