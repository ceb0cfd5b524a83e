"""Distances on the globe: great-circle lengths, stated distances and distance rows.

This module owns the arithmetic behind the distances panel: ``haversine_km`` (the straight
line over the Earth's surface), ``path_length_km`` (along a polyline), ``stated_distances``
(what sources say) and ``distance_row`` (stated, straight and along the network side by side,
with a verdict on each stated figure). Routing itself lives in ``components.network``; rows
take a ``Network`` and ask it for the shortest route. It is pure: no streamlit, no folium, no
I/O. The legs join their towns with straight segments, so a length along them is a lower
bound of the road, never the road itself.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # network imports this module for its arithmetic; rows only call its functions.
    from components.network import Network, Route

# IUGG mean Earth radius; the choice moves a 2,000 km distance by about 7 km at most.
EARTH_RADIUS_KM = 6371.0088
# Stated figures this much below the straight line cannot be a distance over the ground.
STRAIGHT_LINE_TOLERANCE = 0.98

LatLon = tuple[float, float]


def haversine_km(a: LatLon, b: LatLon) -> float:
    """The great-circle distance in km between two (lat, lon) points in degrees."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def path_length_km(points: Sequence[LatLon]) -> float:
    """The sum of the great-circle lengths of the segments of a polyline (0 for fewer than two points)."""
    return sum(haversine_km(a, b) for a, b in zip(points, points[1:], strict=False))


def coordinates_by_id(places: pd.DataFrame) -> dict[str, LatLon]:
    """Each place id with its (lat, lon)."""
    return {
        str(p): (float(lat), float(lon)) for p, lat, lon in zip(places["id"], places["lat"], places["lon"], strict=True)
    }


@dataclass(frozen=True)
class DistancePair:
    """Two places whose distance the panel compares.

    Attributes:
        start: The place measured from (its point is used for the straight line).
        end: The place measured to.
        start_aliases: Other ids sources use for the start (the FTZ is drawn at Kashgar's point).
        end_aliases: Other ids sources use for the end.
    """

    start: str
    end: str
    start_aliases: tuple[str, ...] = ()
    end_aliases: tuple[str, ...] = ()

    @property
    def start_ids(self) -> tuple[str, ...]:
        """The start and its aliases."""
        return (self.start, *self.start_aliases)

    @property
    def end_ids(self) -> tuple[str, ...]:
        """The end and its aliases."""
        return (self.end, *self.end_aliases)


KASHGAR_ALIASES = ("kashgar-ftz",)
DISTANCE_PAIRS: tuple[DistancePair, ...] = (
    DistancePair("kashgar", "sost-dry-port", KASHGAR_ALIASES),
    DistancePair("kashgar", "khunjerab-pass", KASHGAR_ALIASES),
    DistancePair("kashgar", "gwadar-port", KASHGAR_ALIASES),
    DistancePair("khunjerab-pass", "gwadar-port"),
)


def _between(figures: pd.DataFrame, a_ids: Iterable[str], b_ids: Iterable[str]) -> pd.DataFrame:
    a, b = set(a_ids), set(b_ids)
    forward = figures["subject_id"].isin(a) & figures["to_id"].isin(b)
    backward = figures["subject_id"].isin(b) & figures["to_id"].isin(a)
    return figures[(figures["metric"] == "distance") & (forward | backward)]


def _records_between(
    records: Sequence[Mapping[str, object]], a_ids: Iterable[str], b_ids: Iterable[str]
) -> list[Mapping[str, object]]:
    """``_between`` over distance records already taken out of the table (file order kept)."""
    a, b = set(a_ids), set(b_ids)
    return [
        r for r in records if (r["subject_id"] in a and r["to_id"] in b) or (r["subject_id"] in b and r["to_id"] in a)
    ]


def stated_distances(figures: pd.DataFrame, pair: DistancePair) -> pd.DataFrame:
    """The distance figures sources state between the two places (either direction, aliases included)."""
    return _between(figures, pair.start_ids, pair.end_ids)


def km_of(figure: Mapping[str, object]) -> float | None:
    """A distance figure's value in km, or None when it is in another unit."""
    unit = str(figure.get("unit") or "").strip().lower()
    value = figure.get("value")
    if value is None or pd.isna(value):
        return None
    if unit == "km":
        return float(value)  # type: ignore[arg-type]
    if unit == "m":
        return float(value) / 1000  # type: ignore[arg-type]
    return None


def _distance_records(figures: pd.DataFrame) -> list[dict[str, object]]:
    records: list[dict[str, object]] = figures[figures["metric"] == "distance"].to_dict("records")
    return records


def stated_via(figures: pd.DataFrame, pair: DistancePair, places: pd.DataFrame) -> list[tuple[str, float, float]]:
    """Stated distances chained through a place between the two: (via id, shortest and longest sum in km).

    E.g. Kashgar–Khunjerab (420 km) plus Khunjerab–Sost (75 or 125 km) gives Khunjerab, 495, 545.
    A place lies between when it is nearer (in a straight line) to each end than the ends are to
    each other, so a detour beyond either end never counts as a road.
    """
    return _stated_via(pair, coordinates_by_id(places), _distance_records(figures))


def _stated_via(
    pair: DistancePair, coordinates: Mapping[str, LatLon], distances: Sequence[Mapping[str, object]]
) -> list[tuple[str, float, float]]:
    if pair.start not in coordinates or pair.end not in coordinates:
        return []
    start, end = coordinates[pair.start], coordinates[pair.end]
    span = haversine_km(start, end)
    ends = set(pair.start_ids) | set(pair.end_ids)
    candidates = ({str(r["subject_id"]) for r in distances} | {str(r["to_id"]) for r in distances}) - ends - {""}
    found = []
    for via in sorted(candidates):
        point = coordinates.get(via)
        if point is None or haversine_km(start, point) >= span or haversine_km(point, end) >= span:
            continue
        first = [km for km in map(km_of, _records_between(distances, pair.start_ids, [via])) if km]
        second = [km for km in map(km_of, _records_between(distances, [via], pair.end_ids)) if km]
        if first and second:
            sums = [x + y for x in first for y in second]
            found.append((via, min(sums), max(sums)))
    return found


# Verdicts on a stated figure, compared with the straight line and the stated road legs.
BELOW_STRAIGHT_LINE = "below_straight_line"
BELOW_ROAD = "below_road"
LIKE_ROAD = "like_road"
ABOVE_STRAIGHT_LINE = "above_straight_line"


def verdict(stated_km: float, straight_km: float, road_km: tuple[float, float] | None) -> str:
    """How a stated distance compares with the straight line and with road legs sources state.

    Returns one of ``BELOW_STRAIGHT_LINE`` (it cannot be a distance over the ground),
    ``BELOW_ROAD`` (longer than the straight line but shorter than any stated road: a round
    or differently measured figure), ``LIKE_ROAD`` (within or above the stated road legs) or
    ``ABOVE_STRAIGHT_LINE`` (longer than the straight line, no road legs to compare).
    """
    if stated_km < straight_km * STRAIGHT_LINE_TOLERANCE:
        return BELOW_STRAIGHT_LINE
    if road_km is None:
        return ABOVE_STRAIGHT_LINE
    return BELOW_ROAD if stated_km < road_km[0] * STRAIGHT_LINE_TOLERANCE else LIKE_ROAD


@dataclass(frozen=True)
class DistanceRow:
    """One line of the distances panel.

    Attributes:
        pair: The two places.
        stated: The stated figures (records of figures.csv), in file order.
        straight_km: The great-circle distance between the two points.
        route: The shortest route along the network's legs, or None when none links them.
        via: Stated distances chained through a third place: (via id, min km, max km).
        verdicts: For each stated figure id, how it compares (see ``verdict``).
    """

    pair: DistancePair
    stated: tuple[Mapping[str, object], ...]
    straight_km: float
    route: Route | None
    via: tuple[tuple[str, float, float], ...]
    verdicts: Mapping[str, str]


def distance_row(
    pair: DistancePair, places: pd.DataFrame, network: Network, figures: pd.DataFrame
) -> DistanceRow | None:
    """Stated, straight-line and along-the-network distances for one pair, or None if a place is missing."""
    rows = distance_rows(places, network, figures, (pair,))
    return rows[0] if rows else None


def distance_rows(
    places: pd.DataFrame, network: Network, figures: pd.DataFrame, pairs: Sequence[DistancePair] = DISTANCE_PAIRS
) -> list[DistanceRow]:
    """A row for each pair whose two places are in the data.

    The place coordinates and the distance figures are taken out of the tables once for all
    pairs: they do not depend on the pair.
    """
    coordinates = coordinates_by_id(places)
    distances = _distance_records(figures)
    rows = []
    for pair in pairs:
        if pair.start not in coordinates or pair.end not in coordinates:
            continue
        straight = haversine_km(coordinates[pair.start], coordinates[pair.end])
        stated = tuple(_records_between(distances, pair.start_ids, pair.end_ids))
        via = tuple(_stated_via(pair, coordinates, distances))
        road = (min(v[1] for v in via), max(v[2] for v in via)) if via else None
        verdicts = {}
        for figure in stated:
            km = km_of(figure)
            if km is not None:
                verdicts[str(figure["id"])] = verdict(km, straight, road)
        route = network.shortest(pair.start, pair.end)
        rows.append(DistanceRow(pair, stated, straight, route, via, verdicts))
    return rows
