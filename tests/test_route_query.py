"""Unit tests for components.route_query: the planner's URL parameters parsed and written back."""

from __future__ import annotations

from pathlib import Path

import pytest

from components.data import read_dataset
from components.network import Network, RouteQuery, build_network
from components.route_query import params_from_query, query_from_params

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def net() -> Network:
    """The network of the shipped data."""
    dataset = read_dataset(DATA)
    return build_network(dataset.places, dataset.links, dataset.closures)


@pytest.mark.parametrize(
    ("params", "expected", "ignored"),
    [
        ({}, RouteQuery("kashgar", "gwadar-port"), []),
        ({"from": ["kashgar"], "to": ["tashkent"]}, RouteQuery("kashgar", "tashkent"), []),
        ({"from": ["kashgar"], "to": ["tashkent"], "mode": ["RAIL"]}, RouteQuery("kashgar", "tashkent", "rail"), []),
        ({"mode": ["boat"]}, RouteQuery("kashgar", "gwadar-port"), [("mode", "boat")]),
        (
            {"avoid": ["khunjerab-pass", "kkh-khunjerab-sost"]},
            RouteQuery("kashgar", "gwadar-port", avoid=("khunjerab-pass", "kkh-khunjerab-sost")),
            [],
        ),
        (
            {"avoid": ["khunjerab-pass,irkeshtam"]},
            RouteQuery("kashgar", "gwadar-port", avoid=("khunjerab-pass", "irkeshtam")),
            [],
        ),
        ({"avoid": ["nowhere"]}, RouteQuery("kashgar", "gwadar-port"), [("avoid", "nowhere")]),
        ({"month": ["1"]}, RouteQuery("kashgar", "gwadar-port", month=1), []),
        ({"month": ["13"]}, RouteQuery("kashgar", "gwadar-port"), [("month", "13")]),
        ({"month": ["01"]}, RouteQuery("kashgar", "gwadar-port"), [("month", "01")]),
        (
            {"from": ["<script>alert(1)</script>"]},
            RouteQuery("", "gwadar-port"),
            [("from", "<script>alert(1)</script>")],
        ),
        ({"from": ["kashgar"], "to": ["kashgar"]}, RouteQuery("kashgar", "kashgar"), []),
        ({"from": ["kashgar-ftz"]}, RouteQuery("", "gwadar-port"), [("from", "kashgar-ftz")]),
    ],
)
def test_params_parse_into_a_query_with_notices(
    net: Network, params: dict[str, list[str]], expected: RouteQuery, ignored: list[tuple[str, str]]
) -> None:
    """Known values are kept, unknown ones dropped with a notice; absent from/to default to Kashgar and Gwadar."""
    query, notices = query_from_params(params, net)
    assert query == expected
    assert [(n.param, n.value) for n in notices] == ignored


def test_a_huge_url_is_parsed_in_bounded_work(net: Network) -> None:
    """Thousands of avoid values and a very long id are cut short, not processed whole."""
    params = {"avoid": [f"x{i}" for i in range(10_000)], "from": ["a" * 100_000]}
    query, notices = query_from_params(params, net)
    assert query.avoid == () and query.start == ""
    assert len(notices) <= 101 and all(len(n.value) <= 65 for n in notices)


@pytest.mark.parametrize(
    "query",
    [
        RouteQuery("kashgar", "tashkent"),
        RouteQuery("kashgar", "andijan", "rail", ("irkeshtam",), 12),
        RouteQuery("kashgar", "gwadar-port", "any", ("khunjerab-pass", "kkh-khunjerab-sost")),
    ],
)
def test_a_query_survives_its_url(net: Network, query: RouteQuery) -> None:
    """Writing a query as parameters and reading them back gives the same query."""
    assert query_from_params(params_from_query(query), net) == (query, ())


def test_defaults_are_left_out_of_the_url() -> None:
    """Road, no avoid and no month leave only from and to in the link."""
    assert params_from_query(RouteQuery("kashgar", "tashkent")) == {"from": ["kashgar"], "to": ["tashkent"]}
