"""Unit tests for components.network: the legs as a graph, routes planned, closures and avoid applied."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from components import network as nw
from components.geo import haversine_km
from components.model import Dataset

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def net(dataset: Dataset) -> nw.Network:
    """The network of the dataset legs."""
    return nw.build_network(dataset.places, dataset.links, dataset.closures)


# A tiny fixture: a square a-b-c-d with a waypoint w on a-b, and a railway a-c across it.
POINTS = {"a": (0.0, 0.0), "w": (0.0, 0.5), "b": (0.0, 1.0), "c": (1.0, 1.0), "d": (1.0, 0.0)}


def _places() -> pd.DataFrame:
    return pd.DataFrame(
        {"id": list(POINTS), "lat": [p[0] for p in POINTS.values()], "lon": [p[1] for p in POINTS.values()]}
    )


def _leg(leg_id: str, start: str, end: str, mode: str = "road", waypoints: tuple[str, ...] = ()) -> dict[str, object]:
    return {
        "id": leg_id,
        "from": start,
        "to": end,
        "mode": mode,
        "corridors": ("square",),
        "status": "operating",
        "waypoints": waypoints,
        "stated_km": float("nan"),
        "length_sources": (),
        "border_crossing": "",
        "sources": ("s",),
        "notes": "",
    }


def _tiny(closures: list[dict[str, object]] | None = None) -> nw.Network:
    links = pd.DataFrame(
        [
            _leg("ab", "a", "b", waypoints=("w",)),
            _leg("bc", "b", "c"),
            _leg("cd", "c", "d"),
            _leg("da", "d", "a"),
            _leg("ac-rail", "a", "c", mode="railway"),
        ]
    )
    return nw.build_network(_places(), links, pd.DataFrame(closures) if closures else None)


def _closure(closure_id: str, months: tuple[int, ...], in_force: str = "current") -> dict[str, object]:
    return {
        "id": closure_id,
        "links": ("bc",),
        "closed_months": months,
        "traffic": "all",
        "in_force": in_force,
        "statement": "",
        "date": "",
        "sources": ("s",),
    }


def test_route_length_matches_a_hand_computation_on_the_tiny_fixture() -> None:
    """a→c by road goes a-w-b-c or a-d-c; its length is the sum of the great-circle segments by hand."""
    plan = nw.plan_routes(_tiny(), nw.RouteQuery("a", "c", mode="road"))
    by_hand_north = haversine_km(POINTS["a"], POINTS["w"]) + haversine_km(POINTS["w"], POINTS["b"])
    by_hand_north += haversine_km(POINTS["b"], POINTS["c"])
    by_hand_south = haversine_km(POINTS["a"], POINTS["d"]) + haversine_km(POINTS["d"], POINTS["c"])
    lengths = sorted(route.length_km for route in plan.routes)
    assert lengths == pytest.approx(sorted([by_hand_north, by_hand_south]))
    # About 111.2 km per degree on the equator: 2 degrees of straight segments.
    assert lengths[0] == pytest.approx(2 * 2 * math.pi * 6371.0088 / 360, rel=0.01)


def test_mode_rail_uses_only_railway_legs() -> None:
    """mode=rail finds the railway a-c and nothing else; mode=road never uses it."""
    rail = nw.plan_routes(_tiny(), nw.RouteQuery("a", "c", mode="rail"))
    assert [[leg.id for leg in r.legs] for r in rail.routes] == [["ac-rail"]]
    road = nw.plan_routes(_tiny(), nw.RouteQuery("a", "c", mode="road"))
    assert all(leg.mode == "road" for r in road.routes for leg in r.legs)


def test_shortest_comes_first_then_alternatives() -> None:
    """Routes are ordered by measured length, at most three."""
    plan = nw.plan_routes(_tiny(), nw.RouteQuery("a", "c", mode="any"))
    lengths = [r.length_km for r in plan.routes]
    assert lengths == sorted(lengths) and 1 <= len(lengths) <= nw.MAX_ROUTES
    assert plan.routes[0].legs[0].id == "ac-rail"


def test_avoiding_a_waypoint_removes_the_legs_through_it() -> None:
    """Avoiding w (a waypoint, not an end) takes out leg ab, so a→b goes round the other way."""
    plan = nw.plan_routes(_tiny(), nw.RouteQuery("a", "b", avoid=("w",)))
    assert plan.avoided_legs == ("ab",)
    assert [p for p in plan.routes[0].places] == ["a", "d", "c", "b"]


def test_a_leg_closed_by_any_current_statement_is_not_used() -> None:
    """In month 1 a current statement closes bc; another current one says open: the leg is closed and both are reported."""
    network = _tiny([_closure("shut", (12, 1)), _closure("open", ()), _closure("old", (6,), "historical")])
    plan = nw.plan_routes(network, nw.RouteQuery("a", "b", month=1))
    assert "bc" not in {leg.id for r in plan.routes for leg in r.legs}
    assert [c.id for c in plan.closed["bc"]] == ["shut"]
    assert [c.id for c in plan.disagreeing["bc"]] == ["open"]
    june = nw.plan_routes(network, nw.RouteQuery("a", "b", month=6))
    assert june.closed == {}


def test_no_route_left_is_said_and_the_blocked_route_never_returned() -> None:
    """When avoid cuts every way, the plan has no routes and says a route exists without the avoid."""
    plan = nw.plan_routes(_tiny(), nw.RouteQuery("a", "c", mode="road", avoid=("b", "d")))
    assert plan.routes == () and plan.problem == nw.NO_ROUTE_LEFT


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        (nw.RouteQuery("nowhere", "c"), nw.UNKNOWN_START),
        (nw.RouteQuery("a", "<script>alert(1)</script>"), nw.UNKNOWN_END),
        (nw.RouteQuery("a", "a"), nw.SAME_PLACE),
        (nw.RouteQuery("a", "c", avoid=("a",)), nw.START_AVOIDED),
        (nw.RouteQuery("a", "c", avoid=("c",)), nw.END_AVOIDED),
        (nw.RouteQuery("a", "c", month=13), nw.BAD_MONTH),
        (nw.RouteQuery("a", "c", month=0), nw.BAD_MONTH),
        (nw.RouteQuery("a", "c", mode="boat"), nw.BAD_MODE),
    ],
)
def test_bad_queries_give_a_problem_and_no_route(query: nw.RouteQuery, problem: str) -> None:
    """Unknown ids, from == to, an avoided end, month 13 and an unknown mode are problems, not exceptions."""
    plan = nw.plan_routes(_tiny(), query)
    assert plan.problem == problem and plan.routes == ()


def test_unknown_avoid_values_are_reported_and_ignored() -> None:
    """An avoid value naming no place or leg is listed and changes nothing."""
    plan = nw.plan_routes(_tiny(), nw.RouteQuery("a", "c", avoid=("zzz",)))
    assert plan.ignored_avoid == ("zzz",) and plan.routes


def test_parallel_legs_keep_the_shorter_and_do_not_crash() -> None:
    """Two legs between the same places (road and rail) make one edge, not an error."""
    links = pd.DataFrame([_leg("ac-road", "a", "c"), _leg("ac-rail", "a", "c", mode="railway")])
    plan = nw.plan_routes(nw.build_network(_places(), links), nw.RouteQuery("a", "c", mode="any"))
    assert len(plan.routes) == 1


# The dataset network.


def test_every_road_place_is_reachable_from_kashgar_by_road(net: nw.Network) -> None:
    """Every place on a road leg can be reached from Kashgar by road."""
    road_places = {p for leg in net.legs.values() if leg.mode == "road" for p in leg.points}
    assert road_places <= nw.reachable(net, "kashgar", nw.MODE_ROAD)


def test_every_place_of_the_network_is_reachable_from_kashgar(net: nw.Network) -> None:
    """With any mode every place on a leg is reachable from Kashgar: the network is one piece."""
    assert net.places == nw.reachable(net, "kashgar", nw.MODE_ANY)


def test_every_rail_place_on_the_cku_is_reachable_from_kashgar_by_rail(net: nw.Network) -> None:
    """Andijan is reachable from Kashgar by rail; ML-1 is not (no railway crosses the Khunjerab)."""
    by_rail = nw.reachable(net, "kashgar", nw.MODE_RAIL)
    assert {"torugart", "andijan"} <= by_rail and "karachi" not in by_rail


def test_every_leg_has_both_ends_in_the_data(dataset: Dataset, net: nw.Network) -> None:
    """No leg is dropped for want of a point."""
    assert set(net.legs) == set(dataset.links["id"])


@pytest.mark.parametrize("corridor_id", list(pd.read_csv(DATA / "corridors.csv")["id"]))
def test_each_corridor_is_the_chain_of_its_legs(dataset: Dataset, net: nw.Network, corridor_id: str) -> None:
    """A corridor's waypoints run through its legs' places, each consecutive pair on one of its legs."""
    waypoints = dataset.corridors.set_index("id").loc[corridor_id, "waypoints"]
    pairs = set()
    for leg in net.legs_of(corridor_id):
        pairs |= {frozenset(p) for p in zip(leg.points, leg.points[1:], strict=False)}
    assert pairs, corridor_id
    assert {frozenset(p) for p in zip(waypoints, waypoints[1:], strict=False)} == pairs


@pytest.mark.parametrize(
    "corridor_id", ["cpec-western-alignment", "cpec-central-alignment", "cpec-eastern-alignment", "cpec-eastern-route"]
)
def test_kashgar_to_gwadar_exists_on_each_cpec_alignment(net: nw.Network, corridor_id: str) -> None:
    """Kashgar reaches Gwadar Port by road on the KKH plus each alignment's own legs."""
    others = {
        leg.id
        for leg in net.legs.values()
        if leg.corridors and corridor_id not in leg.corridors and "karakoram-highway" not in leg.corridors
    }
    plan = nw.plan_routes(net, nw.RouteQuery("kashgar", "gwadar-port", avoid=tuple(sorted(others))))
    assert plan.routes, plan.problem
    assert corridor_id in plan.routes[0].corridors
    assert plan.routes[0].places[0] == "kashgar" and plan.routes[0].places[-1] == "gwadar-port"


def test_avoiding_khunjerab_changes_the_answer(net: nw.Network) -> None:
    """Kashgar→Gwadar crosses the Khunjerab; avoiding it leaves no road in the data, and the plan says so."""
    plain = nw.plan_routes(net, nw.RouteQuery("kashgar", "gwadar-port"))
    assert "khunjerab-pass" in plain.routes[0].crossings
    avoided = nw.plan_routes(net, nw.RouteQuery("kashgar", "gwadar-port", avoid=("khunjerab-pass",)))
    assert avoided.routes == () and avoided.problem == nw.NO_ROUTE_LEFT


def test_avoiding_irkeshtam_reroutes_kashgar_to_tashkent_or_says_none(net: nw.Network) -> None:
    """Kashgar→Tashkent goes over Irkeshtam; with Irkeshtam avoided the answer is different."""
    plain = nw.plan_routes(net, nw.RouteQuery("kashgar", "tashkent"))
    assert plain.routes[0].crossings == ("irkeshtam",)
    avoided = nw.plan_routes(net, nw.RouteQuery("kashgar", "tashkent", mode="any", avoid=("irkeshtam",)))
    assert avoided.routes and "irkeshtam" not in avoided.routes[0].points


def test_winter_month_closes_the_khunjerab_and_names_the_disagreement(net: nw.Network) -> None:
    """In January the Khunjerab legs are closed by the bilateral season; China's year-round statement disagrees."""
    plan = nw.plan_routes(net, nw.RouteQuery("kashgar", "sost-dry-port", month=1))
    assert plan.routes == () and plan.problem == nw.NO_ROUTE_LEFT
    assert {c.id for c in plan.closed["kkh-khunjerab-sost"]} == {"khunjerab-bilateral-season", "khunjerab-winter-2024"}
    assert "khunjerab-china-year-round" in {c.id for c in plan.disagreeing["kkh-khunjerab-sost"]}
    july = nw.plan_routes(net, nw.RouteQuery("kashgar", "sost-dry-port", month=7))
    assert july.routes


def test_route_points_follow_the_legs_in_travel_order(net: nw.Network) -> None:
    """Travelling Sost→Kashgar lists the waypoints of each leg in the reverse of their file order."""
    route = net.shortest("karimabad", "kashgar")
    assert route is not None
    assert route.points[:3] == ("karimabad", "passu", "sost-dry-port")


def test_total_stated_is_none_unless_every_leg_has_one(net: nw.Network) -> None:
    """A route's stated total is the sum only when every leg states a length."""
    route = net.shortest("dera-ismail-khan", "surab")
    assert route is not None and nw.total_stated_km(route) == 235 + 331 + 211
    partial = net.shortest("kashgar", "khunjerab-pass")
    assert partial is not None and nw.total_stated_km(partial) is None


def test_every_problem_code_has_a_sentence_in_the_catalogue() -> None:
    """Each reason the planner can give for no route is a built key with text in every language."""
    from components.i18n import DYNAMIC_KEYS

    codes = {
        value
        for name, value in vars(nw).items()
        if name.isupper() and isinstance(value, str) and value.islower() and "_" in value
    }
    assert codes == set(DYNAMIC_KEYS["routes.problem."])
