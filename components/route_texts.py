"""What the route planner says about a route: stated figures beside measured ones, in plain words.

``stated_on_route`` finds every stated distance between two places a route passes and measures
the route between the same two places; ``compare_stated`` says how a stated figure relates to
the straight line and to the length along our waypoints; ``describe_route`` is the plain
sentence at the top of a route; ``stated_vs_measured_table`` compares every stated distance in
``figures.csv`` with the shortest route between its ends. Measured lengths are straight
great-circle segments between known waypoints: a lower bound of the road, never the road.
Pure: no streamlit import; texts come from the catalogues in ``lang``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from components.geo import KASHGAR_ALIASES, km_of
from components.i18n import format_measure, format_number, mark_english, translate
from components.network import Closure, Network, Route, straight_km

# Ids sources use for a place the network draws at another's point (the FTZ at Kashgar's).
ALIASES: dict[str, str] = {alias: "kashgar" for alias in KASHGAR_ALIASES}

# How a stated distance compares (keys routes.verdict.<code>).
BELOW_STRAIGHT = "below_straight"
ABOUT_STRAIGHT = "about_straight"
BELOW_MEASURED = "below_measured"
LIKE_ROAD = "like_road"
# A stated figure within this share of the straight line is read as the straight line.
ABOUT = 0.05
TOLERANCE = 0.98


def compare_stated(stated_km: float, straight: float, measured: float) -> str:
    """How a stated distance relates to the straight line and to the length along our waypoints.

    The waypoint line bends at every known town but cuts every curve between them, so a road
    along the same places is at least that long; a figure shorter than it is a round figure
    or measured another way.
    """
    if stated_km < straight * TOLERANCE:
        return BELOW_STRAIGHT
    if stated_km <= straight * (1 + ABOUT):
        return ABOUT_STRAIGHT
    if stated_km < measured * TOLERANCE:
        return BELOW_MEASURED
    return LIKE_ROAD


def km_text(km: float, lang: str) -> str:
    """A length rounded to the kilometre, in ``lang``."""
    return f"{format_number(round(km), lang)} {translate('unit.km', lang)}"


def distances_along(route: Route, network: Network) -> dict[str, float]:
    """Each place the route passes with its distance from the start along the route's points."""
    along: dict[str, float] = {}
    total = 0.0
    points = route.points
    for index, place in enumerate(points):
        if index:
            total += straight_km(network, points[index - 1], place) or 0.0
        along.setdefault(place, total)
    return along


@dataclass(frozen=True)
class StatedOnRoute:
    """A stated distance between two places a route passes, beside the route's length between them.

    Attributes:
        figure: The record of figures.csv.
        start: The first of its places along the route (aliases resolved).
        end: The other place.
        measured_km: The route's length between them, along its points.
        straight_km: The great-circle distance between them.
        verdict: ``compare_stated`` of the figure.
        whole_trip: Whether the figure is about the route's own two ends.
    """

    figure: Mapping[str, object]
    start: str
    end: str
    measured_km: float
    straight_km: float
    verdict: str
    whole_trip: bool


def stated_on_route(figures: pd.DataFrame, route: Route, network: Network) -> list[StatedOnRoute]:
    """Every stated distance (km or m) between two places on ``route``: the whole trip first, then longest first."""
    along = distances_along(route, network)
    ends = {route.places[0], route.places[-1]}
    found = []
    for figure in figures[figures["metric"] == "distance"].to_dict("records"):
        km = km_of(figure)
        a = ALIASES.get(str(figure["subject_id"]), str(figure["subject_id"]))
        b = ALIASES.get(str(figure["to_id"]), str(figure["to_id"]))
        if km is None or a not in along or b not in along or a == b:
            continue
        first, second = (a, b) if along[a] <= along[b] else (b, a)
        measured = along[second] - along[first]
        straight = straight_km(network, first, second) or 0.0
        found.append(
            StatedOnRoute(
                figure, first, second, measured, straight, compare_stated(km, straight, measured), {a, b} == ends
            )
        )
    return sorted(found, key=lambda s: (not s.whole_trip, -s.measured_km))


def transit_times(figures: pd.DataFrame, route: Route) -> list[Mapping[str, object]]:
    """Published transit times between the route's two ends (either direction, aliases resolved)."""
    ends = {route.places[0], route.places[-1]}
    records: list[Mapping[str, object]] = figures[figures["metric"] == "transit_time"].to_dict("records")
    return [
        f
        for f in records
        if {ALIASES.get(str(f["subject_id"]), str(f["subject_id"])), ALIASES.get(str(f["to_id"]), str(f["to_id"]))}
        == ends
    ]


def crossing_statements(network: Network, route: Route) -> list[tuple[str, tuple[Closure, ...]]]:
    """Each border crossing the route passes with every statement about its legs' closures."""
    found = []
    for crossing in route.crossings:
        legs = {leg.id for leg in route.legs if leg.border_crossing == crossing}
        statements = tuple(c for c in network.closures if legs & set(c.links))
        found.append((crossing, statements))
    return found


def _join(items: Sequence[str], lang: str) -> str:
    return translate("routes.list_separator", lang).join(items)


def describe_route(route: Route, network: Network, figures: pd.DataFrame, names: Mapping[str, str], lang: str) -> str:
    """The plain sentence about a route: ends, modes, crossings, corridors, measured length, stated figures."""

    def name(place_id: str) -> str:
        return names.get(place_id, place_id)

    modes = _join([translate(f"routes.mode.{m}", lang) for m in route.modes], lang)
    parts = [
        translate("routes.sentence.start", lang, start=name(route.places[0]), end=name(route.places[-1]), modes=modes)
    ]
    if route.crossings:
        parts.append(translate("routes.sentence.over", lang, crossings=_join([name(c) for c in route.crossings], lang)))
    if route.corridors:
        parts.append(
            translate("routes.sentence.along", lang, corridors=_join([name(c) for c in route.corridors], lang))
        )
    sentence = translate("routes.sentence.measured", lang, route=" ".join(parts), km=km_text(route.length_km, lang))
    verdicts = []
    for stated in stated_on_route(figures, route, network):
        if stated.whole_trip:
            value = format_measure(stated.figure["value"], stated.figure["qualifier"], stated.figure["unit"], lang)
            verdicts.append(
                translate(
                    f"routes.verdict.{stated.verdict}",
                    lang,
                    value=value,
                    scope=mark_english(str(stated.figure["scope"]), lang),
                    straight=km_text(stated.straight_km, lang),
                    measured=km_text(stated.measured_km, lang),
                )
            )
    return " ".join([sentence, *verdicts])


def stated_vs_measured_table(
    network: Network, figures: pd.DataFrame, names: Mapping[str, str], lang: str
) -> pd.DataFrame:
    """Every stated distance in ``figures`` beside the shortest route between its ends (any mode, no closures)."""
    rows = []
    for figure in figures[figures["metric"] == "distance"].to_dict("records"):
        km = km_of(figure)
        a = ALIASES.get(str(figure["subject_id"]), str(figure["subject_id"]))
        b = ALIASES.get(str(figure["to_id"]), str(figure["to_id"]))
        route = network.shortest(a, b) if km is not None else None
        straight = straight_km(network, a, b)
        rows.append(
            {
                translate("routes.table.from", lang): names.get(str(figure["subject_id"]), str(figure["subject_id"])),
                translate("routes.table.to", lang): names.get(str(figure["to_id"]), str(figure["to_id"])),
                translate("routes.table.stated", lang): format_measure(
                    figure["value"], figure["qualifier"], figure["unit"], lang
                ),
                translate("routes.table.measured", lang): round(route.length_km) if route else None,
                translate("routes.table.straight", lang): round(straight) if straight is not None else None,
                translate("routes.table.verdict", lang): (
                    translate(f"routes.short.{compare_stated(km, straight or 0.0, route.length_km)}", lang)
                    if route and km is not None
                    else ""
                ),
                translate("routes.table.compared_on", lang): (
                    _join([names.get(c, c) for c in route.corridors], lang)
                    if route
                    else translate("routes.table.not_on_network", lang)
                ),
                translate("routes.table.scope", lang): mark_english(str(figure["scope"]), lang),
            }
        )
    table = pd.DataFrame(rows)
    for key in ("routes.table.measured", "routes.table.straight"):
        column = translate(key, lang)
        if column in table.columns:
            table[column] = table[column].astype("Int64")
    return table
