"""The corridor as a network: legs between places, routes planned over them, closures applied.

This module owns routing, the one home for it: ``build_network`` turns ``links.csv`` (legs),
``places.csv`` (their points) and ``closures.csv`` (statements about when legs are shut) into a
``Network``; ``plan_routes`` answers a ``RouteQuery`` (from, to, mode, avoid, month) with the
shortest route and up to two alternatives, found with networkx, or says plainly why there is
none. Lengths are measured along each leg's known waypoints with great-circle segments
(``geo.path_length_km``): straight lines between points, shorter than the road, never presented
as a road distance. Pure: no streamlit, no folium, no I/O.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice

import networkx as nx
import pandas as pd

from components.geo import LatLon, coordinates_by_id, path_length_km

# The URL's mode words and the data's modes they select (None: every mode).
MODE_ROAD = "road"
MODE_RAIL = "rail"
MODE_ANY = "any"
ROUTE_MODES: dict[str, tuple[str, ...] | None] = {MODE_ROAD: ("road",), MODE_RAIL: ("railway",), MODE_ANY: None}
MAX_ROUTES = 3
MONTHS = range(1, 13)

# Why a plan has no route (codes the page turns into sentences).
UNKNOWN_START = "unknown_start"
UNKNOWN_END = "unknown_end"
SAME_PLACE = "same_place"
START_AVOIDED = "start_avoided"
END_AVOIDED = "end_avoided"
BAD_MONTH = "bad_month"
BAD_MODE = "bad_mode"
NO_ROUTE = "no_route"
NO_ROUTE_LEFT = "no_route_left"


@dataclass(frozen=True)
class Leg:
    """One leg of the network (a row of links.csv) with its measured length.

    Attributes:
        id: The leg id.
        start: The place id it is written from.
        end: The place id it is written to.
        mode: ``road``, ``railway``, ``sea`` or ``air``.
        corridors: The corridor ids it belongs to.
        status: ``operating``, ``under construction``, ``planned`` or "" (not published).
        points: Every place it passes with a known point, from ``start`` to ``end``.
        length_km: Measured along ``points`` as straight great-circle segments.
        stated_km: The leg's length as a source states it, or None.
        length_sources: The sources of ``stated_km``.
        border_crossing: The crossing it passes, or "".
        sources: The leg's sources.
        notes: What the data says about places passed without a point, stand-ins, conflicts.
    """

    id: str
    start: str
    end: str
    mode: str
    corridors: tuple[str, ...]
    status: str
    points: tuple[str, ...]
    length_km: float
    stated_km: float | None = None
    length_sources: tuple[str, ...] = ()
    border_crossing: str = ""
    sources: tuple[str, ...] = ()
    notes: str = ""

    def places_from(self, here: str) -> tuple[str, ...]:
        """The leg's points in travel order when it is entered at ``here``."""
        return self.points if here == self.start else tuple(reversed(self.points))


@dataclass(frozen=True)
class Closure:
    """One statement about when legs are closed (a row of closures.csv)."""

    id: str
    links: tuple[str, ...]
    months: tuple[int, ...]
    traffic: str
    current: bool
    statement: str
    date: str
    sources: tuple[str, ...]

    def closes(self, month: int) -> bool:
        """Whether the statement says its legs are closed in ``month``."""
        return month in self.months


@dataclass(frozen=True)
class Network:
    """Every leg, the points of the places they join, and the closure statements."""

    legs: Mapping[str, Leg]
    coordinates: Mapping[str, LatLon]
    closures: tuple[Closure, ...] = ()

    @property
    def places(self) -> frozenset[str]:
        """Every place some leg passes."""
        return frozenset(p for leg in self.legs.values() for p in leg.points)

    def shortest(self, start: str, end: str) -> Route | None:
        """The shortest route of any mode between two places, ignoring closures, or None."""
        plan = plan_routes(self, RouteQuery(start, end, MODE_ANY), count=1)
        return plan.routes[0] if plan.routes else None

    def legs_of(self, corridor_id: str) -> list[Leg]:
        """The legs naming ``corridor_id``, in file order."""
        return [leg for leg in self.legs.values() if corridor_id in leg.corridors]


def build_network(places: pd.DataFrame, links: pd.DataFrame, closures: pd.DataFrame | None = None) -> Network:
    """The network of the dataset's legs; a leg with a point missing from ``places`` is left out."""
    coordinates = coordinates_by_id(places)
    legs: dict[str, Leg] = {}
    for row in links.to_dict("records"):
        points = (str(row["from"]), *(str(w) for w in row["waypoints"]), str(row["to"]))
        if any(p not in coordinates for p in points):
            continue
        stated = row.get("stated_km")
        legs[str(row["id"])] = Leg(
            id=str(row["id"]),
            start=points[0],
            end=points[-1],
            mode=str(row["mode"]),
            corridors=tuple(row.get("corridors") or ()),
            status=str(row.get("status") or ""),
            points=points,
            length_km=path_length_km([coordinates[p] for p in points]),
            stated_km=None if stated is None or pd.isna(stated) else float(stated),
            length_sources=tuple(row.get("length_sources") or ()),
            border_crossing=str(row.get("border_crossing") or ""),
            sources=tuple(row.get("sources") or ()),
            notes=str(row.get("notes") or ""),
        )
    statements = tuple(
        Closure(
            id=str(row["id"]),
            links=tuple(row["links"]),
            months=tuple(int(m) for m in row["closed_months"]),
            traffic=str(row["traffic"]),
            current=row["in_force"] == "current",
            statement=str(row["statement"]),
            date=str(row["date"]),
            sources=tuple(row["sources"]),
        )
        for row in ([] if closures is None else closures.to_dict("records"))
    )
    return Network(legs, coordinates, statements)


@dataclass(frozen=True)
class Route:
    """A path through the network.

    Attributes:
        places: The places at the ends of its legs, in travel order.
        legs: The legs in travel order.
        length_km: The sum of the legs' measured lengths.
    """

    places: tuple[str, ...]
    legs: tuple[Leg, ...]
    length_km: float

    @property
    def corridors(self) -> tuple[str, ...]:
        """The corridors followed, in order of first use.

        A leg shared by several corridors (the alignments share Havelian–Burhan) counts for
        the one the route follows most, so a route on the western alignment is not also said
        to follow the central and eastern ones.
        """
        uses = Counter(c for leg in self.legs for c in leg.corridors)
        followed: list[str] = []
        for leg in self.legs:
            if leg.corridors:
                most = max(uses[c] for c in leg.corridors)
                followed.append(f"{most}:" + ";".join(c for c in leg.corridors if uses[c] == most))
        # A shared leg whose corridors the route uses nowhere else (the Havelian–Burhan stub at
        # the end of a route) is named only when the route follows no corridor of its own.
        single = [f for f in followed if not (f.startswith("1:") and ";" in f)]
        return tuple(dict.fromkeys(c for f in (single or followed) for c in f.split(":", 1)[1].split(";")))

    @property
    def crossings(self) -> tuple[str, ...]:
        """The border crossings passed, in order."""
        return tuple(dict.fromkeys(leg.border_crossing for leg in self.legs if leg.border_crossing))

    @property
    def modes(self) -> tuple[str, ...]:
        """The modes used, in order of first use."""
        return tuple(dict.fromkeys(leg.mode for leg in self.legs))

    @property
    def points(self) -> tuple[str, ...]:
        """Every place passed with a point, waypoints included, in travel order."""
        found: list[str] = [self.places[0]] if self.places else []
        for here, leg in zip(self.places, self.legs, strict=False):
            found.extend(leg.places_from(here)[1:])
        return tuple(found)

    @property
    def unfinished(self) -> tuple[Leg, ...]:
        """Legs whose status is under construction or planned."""
        return tuple(leg for leg in self.legs if leg.status in ("under construction", "planned"))


@dataclass(frozen=True)
class RouteQuery:
    """What a person asks the planner (the URL's from, to, mode, avoid, month)."""

    start: str
    end: str
    mode: str = MODE_ROAD
    avoid: tuple[str, ...] = ()
    month: int | None = None


@dataclass(frozen=True)
class RoutePlan:
    """The planner's answer.

    Attributes:
        query: The question.
        routes: The shortest route first, then up to two alternatives (empty when ``problem``).
        problem: Why there is no route (one of the codes above), or "".
        closed: Legs closed in the query's month, each with the current statements closing it.
        disagreeing: For each closed leg, the current statements that say it is open that month.
        avoided_legs: Legs taken out by ``avoid`` (a place on the leg or the leg's id).
        ignored_avoid: ``avoid`` values that name no place or leg of the network.
    """

    query: RouteQuery
    routes: tuple[Route, ...] = ()
    problem: str = ""
    closed: Mapping[str, tuple[Closure, ...]] = field(default_factory=dict)
    disagreeing: Mapping[str, tuple[Closure, ...]] = field(default_factory=dict)
    avoided_legs: tuple[str, ...] = ()
    ignored_avoid: tuple[str, ...] = ()


def closed_in(network: Network, month: int) -> tuple[dict[str, tuple[Closure, ...]], dict[str, tuple[Closure, ...]]]:
    """Legs closed in ``month`` by any current statement, and the current statements that disagree.

    A leg counts as closed when any statement in force closes it that month, however many say
    otherwise: the planner never sends a person over a leg a current source says is shut.
    Historical statements are never applied.
    """
    closing: dict[str, list[Closure]] = {}
    opening: dict[str, list[Closure]] = {}
    for closure in network.closures:
        if not closure.current:
            continue
        for leg_id in closure.links:
            (closing if closure.closes(month) else opening).setdefault(leg_id, []).append(closure)
    closed = {leg_id: tuple(found) for leg_id, found in closing.items()}
    disagree = {leg_id: tuple(opening.get(leg_id, ())) for leg_id in closed if opening.get(leg_id)}
    return closed, disagree


def _graph(legs: Iterable[Leg]) -> nx.Graph:
    """An undirected graph of place ids; of parallel legs between two places only the shortest is kept."""
    graph = nx.Graph()
    for leg in legs:
        current = graph.get_edge_data(leg.start, leg.end)
        if current is None or leg.length_km < current["weight"]:
            graph.add_edge(leg.start, leg.end, weight=leg.length_km, leg=leg)
    return graph


def _route(graph: nx.Graph, path: Sequence[str]) -> Route:
    legs = tuple(graph.edges[a, b]["leg"] for a, b in zip(path, path[1:], strict=False))
    return Route(tuple(path), legs, sum(leg.length_km for leg in legs))


def _legs_for(network: Network, mode: str) -> list[Leg]:
    modes = ROUTE_MODES[mode]
    return [leg for leg in network.legs.values() if modes is None or leg.mode in modes]


def _routes(legs: Sequence[Leg], start: str, end: str, count: int) -> tuple[Route, ...]:
    graph = _graph(legs)
    if start not in graph or end not in graph or not nx.has_path(graph, start, end):
        return ()
    paths = islice(nx.shortest_simple_paths(graph, start, end, weight="weight"), count)
    return tuple(_route(graph, path) for path in paths)


def plan_routes(network: Network, query: RouteQuery, count: int = MAX_ROUTES) -> RoutePlan:
    """The shortest route for ``query`` and up to ``count - 1`` alternatives, or why there is none.

    ``avoid`` takes place ids (every leg passing the place is left out) and leg ids; values
    that name neither are reported in ``ignored_avoid``. With a ``month``, legs a current
    statement closes then are left out. When that leaves no route but one exists without
    them, the problem is ``NO_ROUTE_LEFT``; the blocked route is never returned.
    """
    places = network.places
    problem = ""
    if query.mode not in ROUTE_MODES:
        problem = BAD_MODE
    elif query.month is not None and query.month not in MONTHS:
        problem = BAD_MONTH
    elif query.start not in places:
        problem = UNKNOWN_START
    elif query.end not in places:
        problem = UNKNOWN_END
    elif query.start == query.end:
        problem = SAME_PLACE
    elif query.start in query.avoid:
        problem = START_AVOIDED
    elif query.end in query.avoid:
        problem = END_AVOIDED
    ignored = tuple(a for a in query.avoid if a not in places and a not in network.legs)
    if problem:
        return RoutePlan(query, problem=problem, ignored_avoid=ignored)
    avoided = tuple(
        leg.id for leg in network.legs.values() if leg.id in query.avoid or set(leg.points) & set(query.avoid)
    )
    closed, disagreeing = closed_in(network, query.month) if query.month is not None else ({}, {})
    candidates = _legs_for(network, query.mode)
    open_legs = [leg for leg in candidates if leg.id not in avoided and leg.id not in closed]
    routes = _routes(open_legs, query.start, query.end, count)
    if not routes:
        problem = NO_ROUTE_LEFT if _routes(candidates, query.start, query.end, 1) else NO_ROUTE
    return RoutePlan(query, routes, problem, closed, disagreeing, avoided, ignored)


def reachable(network: Network, start: str, mode: str = MODE_ANY) -> frozenset[str]:
    """Every place reachable from ``start`` over legs of ``mode`` (``start`` included when on the network)."""
    graph = _graph(_legs_for(network, mode))
    if start not in graph:
        return frozenset()
    reached = set(nx.node_connected_component(graph, start))
    reached |= {p for leg in _legs_for(network, mode) if leg.start in reached for p in leg.points}
    return frozenset(reached)


def straight_km(network: Network, start: str, end: str) -> float | None:
    """The great-circle distance between two places of the network, or None when one has no point."""
    if start not in network.coordinates or end not in network.coordinates:
        return None
    return path_length_km([network.coordinates[start], network.coordinates[end]])


def total_stated_km(route: Route) -> float | None:
    """The sum of the legs' stated lengths when every leg has one, else None (never a partial sum)."""
    stated = [leg.stated_km for leg in route.legs]
    if any(km is None for km in stated):
        return None
    return math.fsum(km for km in stated if km is not None)
