"""Unit tests for components.geo: haversine, path lengths, routes along corridors, distance rows."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from components import geo
from components.model import Dataset


def _places(*rows: tuple[str, float, float]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["id", "lat", "lon"])


def _corridors(*rows: tuple[str, tuple[str, ...]]) -> pd.DataFrame:
    return pd.DataFrame({"id": [r[0] for r in rows], "waypoints": pd.Series([r[1] for r in rows], dtype=object)})


def _figures(*rows: tuple[str, str, str, float, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"id": f"f{i}", "subject_id": s, "to_id": t, "metric": m, "value": v, "qualifier": "", "unit": u}
            for i, (s, t, m, v, u) in enumerate(rows)
        ]
    )


@pytest.mark.parametrize(
    ("a", "b", "expected_km"),
    [
        ((0.0, 0.0), (0.0, 0.0), 0.0),
        ((0.0, 0.0), (0.0, 1.0), 2 * math.pi * geo.EARTH_RADIUS_KM / 360),  # one degree of the equator, 111.2 km
        ((0.0, 0.0), (90.0, 0.0), math.pi * geo.EARTH_RADIUS_KM / 2),  # equator to pole, 10,007.5 km
        ((0.0, 0.0), (0.0, 180.0), math.pi * geo.EARTH_RADIUS_KM),  # antipodes, 20,015.1 km
        ((51.5074, -0.1278), (48.8566, 2.3522), 343.6),  # London to Paris
        ((40.7128, -74.0060), (51.5074, -0.1278), 5570.2),  # New York to London
    ],
)
def test_haversine_matches_known_distances(a: tuple[float, float], b: tuple[float, float], expected_km: float) -> None:
    """Great-circle distances agree with known values to within 0.5 km."""
    assert geo.haversine_km(a, b) == pytest.approx(expected_km, abs=0.5)


def test_haversine_is_symmetric() -> None:
    """The distance from A to B equals the distance from B to A."""
    kashgar, gwadar = (39.4672, 75.9868), (25.1122, 62.3386)
    assert geo.haversine_km(kashgar, gwadar) == pytest.approx(geo.haversine_km(gwadar, kashgar))


def test_kashgar_to_sost_is_about_325_km_in_a_straight_line(dataset: Dataset) -> None:
    """The article's "400 km to Sost" compares with a straight line of about 325 km."""
    where = geo.coordinates_by_id(dataset.places)
    assert geo.haversine_km(where["kashgar"], where["sost-dry-port"]) == pytest.approx(325, abs=3)


@pytest.mark.parametrize(
    ("points", "expected_km"),
    [
        ([], 0.0),
        ([(0.0, 0.0)], 0.0),
        ([(0.0, 0.0), (0.0, 1.0)], 111.195),
        ([(0.0, 0.0), (0.0, 1.0), (0.0, 2.0)], 222.39),
        ([(0.0, 0.0), (0.0, 1.0), (0.0, 0.0)], 222.39),
    ],
)
def test_path_length_sums_segment_lengths(points: list[tuple[float, float]], expected_km: float) -> None:
    """A polyline's length is the sum of its segments' great-circle lengths."""
    assert geo.path_length_km(points) == pytest.approx(expected_km, abs=0.01)


def test_route_follows_one_corridor_between_its_waypoints() -> None:
    """Between two waypoints of one corridor the route is the waypoint chain between them."""
    places = _places(("a", 0, 0), ("b", 0, 1), ("c", 0, 2), ("d", 0, 3))
    route = geo.route_along_corridors("b", "d", _corridors(("line", ("a", "b", "c", "d"))), places)
    assert route is not None
    assert route.places == ("b", "c", "d")
    assert route.corridors == ("line",)
    assert route.links == ()
    assert route.length_km == pytest.approx(2 * 111.195, abs=0.01)


def test_route_chains_corridors_that_share_a_place() -> None:
    """Two corridors meeting at a place are chained, and both are named in order."""
    places = _places(("a", 0, 0), ("b", 0, 1), ("c", 1, 1))
    route = geo.route_along_corridors("a", "c", _corridors(("east", ("a", "b")), ("north", ("b", "c"))), places)
    assert route is not None
    assert route.corridors == ("east", "north")
    assert route.places == ("a", "b", "c")


def test_route_joins_nearby_corridor_ends_with_a_straight_link() -> None:
    """A corridor ending 50 km from another's start is joined to it, and the link is reported."""
    places = _places(("a", 0, 0), ("b", 0, 1), ("c", 0, 1.45), ("d", 0, 2.5))
    route = geo.route_along_corridors("a", "d", _corridors(("west", ("a", "b")), ("east", ("c", "d"))), places)
    assert route is not None
    assert route.corridors == ("west", "east")
    assert route.links == (("b", "c"),)
    assert route.length_km == pytest.approx(geo.path_length_km([(0, 0), (0, 1), (0, 1.45), (0, 2.5)]))


def test_route_is_none_when_corridors_are_far_apart() -> None:
    """Corridors whose ends are farther apart than the junction distance are not joined."""
    places = _places(("a", 0, 0), ("b", 0, 1), ("c", 0, 5), ("d", 0, 6))
    assert geo.route_along_corridors("a", "d", _corridors(("west", ("a", "b")), ("east", ("c", "d"))), places) is None


@pytest.mark.parametrize(("start", "end"), [("a", "a"), ("a", "nowhere"), ("nowhere", "a")])
def test_route_is_none_for_unknown_or_identical_places(start: str, end: str) -> None:
    """An unknown place, or the same place twice, has no route."""
    places = _places(("a", 0, 0), ("b", 0, 1))
    assert geo.route_along_corridors(start, end, _corridors(("line", ("a", "b"))), places) is None


def test_route_skips_waypoints_without_coordinates() -> None:
    """A waypoint that is not a place is skipped, as it is on the map."""
    places = _places(("a", 0, 0), ("c", 0, 2))
    route = geo.route_along_corridors("a", "c", _corridors(("line", ("a", "ghost", "c"))), places)
    assert route is not None
    assert route.places == ("a", "c")


def test_kashgar_to_gwadar_chains_the_highway_and_the_cpec_alignment(dataset: Dataset) -> None:
    """Kashgar–Gwadar runs along the Karakoram Highway, then the CPEC western alignment via Hasan Abdal–Islamabad."""
    route = geo.route_along_corridors("kashgar", "gwadar-port", dataset.corridors, dataset.places)
    assert route is not None
    assert route.corridors == ("karakoram-highway", "cpec-western-alignment")
    assert route.links == (("hasan-abdal", "islamabad"),)
    assert route.places[0] == "kashgar" and route.places[-1] == "gwadar-port"
    straight = geo.haversine_km(*(geo.coordinates_by_id(dataset.places)[p] for p in ("kashgar", "gwadar-port")))
    assert straight < route.length_km < 3000


def test_stated_distances_match_either_direction_and_aliases() -> None:
    """A figure from B to A, or from an alias of A, counts as a distance between A and B."""
    figures = _figures(
        ("b", "a", "distance", 10, "km"),
        ("a-zone", "b", "distance", 12, "km"),
        ("a", "c", "distance", 99, "km"),
        ("a", "b", "length", 5, "km"),
    )
    pair = geo.DistancePair("a", "b", ("a-zone",))
    assert list(geo.stated_distances(figures, pair)["value"]) == [10, 12]


def test_stated_via_sums_legs_through_a_place_between() -> None:
    """Kashgar–Khunjerab 420 km plus Khunjerab–Sost 75 or 125 km gives a road of 495–545 km."""
    places = _places(("kashgar", 39.4672, 75.9868), ("khunjerab", 36.845, 75.4231), ("sost", 36.69, 74.8211))
    figures = _figures(
        ("khunjerab", "kashgar", "distance", 420, "km"),
        ("khunjerab", "sost", "distance", 75, "km"),
        ("khunjerab", "sost", "distance", 125, "km"),
    )
    assert geo.stated_via(figures, geo.DistancePair("kashgar", "sost"), places) == [("khunjerab", 495.0, 545.0)]


def test_stated_via_ignores_places_beyond_either_end() -> None:
    """A leg that overshoots the far end (Kashgar–Sost–Khunjerab) is not a road between the two."""
    places = _places(("kashgar", 39.4672, 75.9868), ("khunjerab", 36.845, 75.4231), ("sost", 36.69, 74.8211))
    figures = _figures(("kashgar", "sost", "distance", 400, "km"), ("khunjerab", "sost", "distance", 75, "km"))
    assert geo.stated_via(figures, geo.DistancePair("kashgar", "khunjerab"), places) == []


@pytest.mark.parametrize(
    ("stated", "straight", "road", "expected"),
    [
        (2000, 2043, (2837, 3106), geo.BELOW_STRAIGHT_LINE),
        (400, 325, (495, 545), geo.BELOW_ROAD),
        (3000, 2043, (2837, 3106), geo.LIKE_ROAD),
        (495, 325, (495, 545), geo.LIKE_ROAD),
        (420, 296, None, geo.ABOVE_STRAIGHT_LINE),
        (100, 296, None, geo.BELOW_STRAIGHT_LINE),
    ],
)
def test_verdict_compares_stated_figures_with_lines_and_roads(
    stated: float, straight: float, road: tuple[float, float] | None, expected: str
) -> None:
    """Each stated figure is judged against the straight line and the stated road legs."""
    assert geo.verdict(stated, straight, road) == expected


@pytest.mark.parametrize(("unit", "expected"), [("km", 420.0), ("m", 0.42), ("miles", None), ("", None)])
def test_km_of_converts_units(unit: str, expected: float | None) -> None:
    """Distances in km and m are compared; other units are left out rather than guessed."""
    assert geo.km_of({"value": 420, "unit": unit}) == expected


def test_distance_rows_cover_the_four_pairs(dataset: Dataset) -> None:
    """The shipped data gives the four rows of the panel, each with a stated figure and a drawn route."""
    rows = geo.distance_rows(dataset.places, dataset.corridors, dataset.figures)
    assert [(r.pair.start, r.pair.end) for r in rows] == [
        ("kashgar", "sost-dry-port"),
        ("kashgar", "khunjerab-pass"),
        ("kashgar", "gwadar-port"),
        ("khunjerab-pass", "gwadar-port"),
    ]
    assert all(row.stated and row.route for row in rows)
    sost = rows[0]
    assert {str(f["id"]) for f in sost.stated} == {"distance-ftz-sost-2025"}
    assert sost.verdicts == {"distance-ftz-sost-2025": geo.BELOW_ROAD}
    assert sost.via == (("khunjerab-pass", 495.0, 545.0),)
    assert sost.straight_km < sost.route.length_km  # type: ignore[union-attr]


def test_distance_row_is_none_when_a_place_is_missing(dataset: Dataset) -> None:
    """A pair whose place is not in the data gives no row instead of an error."""
    places = dataset.places[dataset.places["id"] != "sost-dry-port"]
    assert geo.distance_row(geo.DISTANCE_PAIRS[0], places, dataset.corridors, dataset.figures) is None


def test_distance_rows_agree_with_the_per_pair_functions(dataset: Dataset) -> None:
    """Rows built for all pairs at once hold the same figures, legs and routes as each function alone."""
    for row in geo.distance_rows(dataset.places, dataset.corridors, dataset.figures):
        start, end = row.pair.start, row.pair.end
        assert list(row.stated) == geo.stated_distances(dataset.figures, row.pair).to_dict("records")
        assert list(row.via) == geo.stated_via(dataset.figures, row.pair, dataset.places)
        assert row.route == geo.route_along_corridors(start, end, dataset.corridors, dataset.places)
