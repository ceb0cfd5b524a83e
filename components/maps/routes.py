"""The route planner's map layers: the whole network faded, the planned routes drawn over it.

``build_route_layers`` returns keyed feature groups that the page hands to ``show_map`` (so a
new route swaps layers in the mounted map instead of re-mounting it) and the centre and zoom
that frame the shortest route. Each route line carries the class ``kgc-route-N`` so browser
tests can find it. Every label is escaped here (``escape_text``) before it enters the map, so lines and their
tooltips can be rendered once (``maps.elements.Prerendered``), as on the corridor map.
Pure: builds folium objects, no streamlit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import folium

from components.escape import escape_text
from components.i18n import format_number, translate
from components.maps.elements import KeyedGroup, PrerenderedPolyLine, PrerenderedTooltip
from components.network import Leg, Network, Route

# The shortest route in a strong colour, alternatives in quieter ones; the network in grey.
ROUTE_COLOURS = ("#b91c1c", "#7c3aed", "#0369a1")
NETWORK_COLOUR = "#9ca3af"


@dataclass
class RouteLayers:
    """What the route map shows this run.

    Attributes:
        groups: The faded network, then one group per route (the shortest last, drawn on top).
        center: The middle of the shortest route's points (or of the network).
        zoom: A zoom that shows the shortest route whole.
    """

    groups: list[KeyedGroup]
    center: tuple[float, float]
    zoom: int


def leg_label(leg: Leg, names: Mapping[str, str], lang: str) -> str:
    """A leg's tooltip: its ends, mode and measured length (labelled as straight segments)."""
    start, end = names.get(leg.start, leg.start), names.get(leg.end, leg.end)
    mode = translate(f"routes.mode.{leg.mode}", lang)
    km = translate("routes.km_straight", lang, km=format_number(round(leg.length_km), lang))
    return f"{start} – {end} · {mode} · {km}"


def _points(network: Network, places: Sequence[str]) -> list[tuple[float, float]]:
    return [network.coordinates[p] for p in places]


def _frame(points: Sequence[tuple[float, float]]) -> tuple[tuple[float, float], int]:
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    span = max(max(lats) - min(lats), max(lons) - min(lons))
    zoom = 4 if span > 20 else 5 if span > 9 else 6 if span > 4 else 7
    return ((max(lats) + min(lats)) / 2, (max(lons) + min(lons)) / 2), zoom


def build_route_layers(
    network: Network,
    routes: Sequence[Route],
    names: Mapping[str, str],
    lang: str = "en",
    focus: Sequence[str] = (),
) -> RouteLayers:
    """The network as thin grey lines and each route as a thick line through its legs' points.

    The view frames the shortest route; with no route, the ``focus`` places (the trip's ends),
    else the whole network.
    """
    base = KeyedGroup(escape_text(translate("routes.map_network", lang)), "routes:network")
    for leg in network.legs.values():
        PrerenderedPolyLine(  # type: ignore[no-untyped-call]
            _points(network, leg.points),
            color=NETWORK_COLOUR,
            weight=2,
            opacity=0.5,
            dash_array=None if leg.status in ("operating", "") else "4 6",
            tooltip=PrerenderedTooltip(escape_text(leg_label(leg, names, lang))),
        ).add_to(base)
    route_groups: list[KeyedGroup] = []
    for index, route in enumerate(routes):
        name = translate("routes.map_route" if index == 0 else "routes.map_alternative", lang, number=index + 1)
        group = KeyedGroup(escape_text(name), f"routes:route-{index + 1}")
        colour = ROUTE_COLOURS[index % len(ROUTE_COLOURS)]
        for leg in route.legs:
            PrerenderedPolyLine(  # type: ignore[no-untyped-call]
                _points(network, leg.points),
                color=colour,
                weight=6 if index == 0 else 4,
                opacity=0.9 if index == 0 else 0.7,
                dash_array=None if index == 0 else "10 8",
                class_name=f"kgc-route-{index + 1}",
                tooltip=PrerenderedTooltip(escape_text(leg_label(leg, names, lang))),
            ).add_to(group)
        if index == 0:
            for place in (route.places[0], *route.crossings, route.places[-1]):
                folium.CircleMarker(
                    network.coordinates[place],
                    radius=7,
                    color=colour,
                    fill=True,
                    fill_opacity=1.0,
                    tooltip=folium.Tooltip(escape_text(names.get(place, place))),
                ).add_to(group)
        route_groups.append(group)
    # Alternatives first, so the shortest route is drawn on top where they share legs.
    groups = [base, *reversed(route_groups)]
    known_focus = [p for p in focus if p in network.coordinates]
    shown = routes[0].points if routes else (tuple(known_focus) or tuple(network.places))
    center, zoom = _frame(_points(network, shown)) if shown else ((35.0, 70.0), 4)
    return RouteLayers(groups, center, zoom)
