"""The route planner's URL form: ``/routes?from=kashgar&to=gwadar-port&mode=road&avoid=...&month=1``.

Parses the planner's query parameters into a ``network.RouteQuery`` the way ``components.filters``
parses the view's (bounded, unknown values dropped with a ``Notice``, never raising) and writes a
query back as parameters. Pure: no streamlit import.

URL parameters (contracts; people bookmark them): ``from`` and ``to`` place ids, ``mode``
road|rail|any (default road), ``avoid`` place or leg ids (repeatable or comma-separated),
``month`` 1..12 (applies seasonal closures).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from components.filters import MAX_VALUE_LENGTH, MAX_VALUES, Notice, split_values
from components.network import MODE_ROAD, ROUTE_MODES, Network, RouteQuery

PARAM_FROM = "from"
PARAM_TO = "to"
PARAM_MODE = "mode"
PARAM_AVOID = "avoid"
PARAM_MONTH = "month"
ROUTE_PARAMS = (PARAM_FROM, PARAM_TO, PARAM_MODE, PARAM_AVOID, PARAM_MONTH)
# Where /routes starts when the URL names no trip: the dashboard's own question.
DEFAULT_FROM = "kashgar"
DEFAULT_TO = "gwadar-port"


def _short(value: str) -> str:
    return value if len(value) <= MAX_VALUE_LENGTH else value[:MAX_VALUE_LENGTH] + "…"


def _one(
    param: str, raw: Sequence[str], allowed: frozenset[str] | Mapping[str, object]
) -> tuple[str | None, list[Notice]]:
    """The first value of a single-valued parameter if allowed, else None and a notice (None, no notice, when absent)."""
    values = split_values(raw[:MAX_VALUES])
    if not values:
        return None, []
    value = values[0]
    if len(value) <= MAX_VALUE_LENGTH and value in allowed:
        return value, []
    return None, [Notice(param, _short(value))]


def query_from_params(params: Mapping[str, Sequence[str]], network: Network) -> tuple[RouteQuery, tuple[Notice, ...]]:
    """Parse the planner's parameters; unknown values become notices and fall back to the defaults.

    An absent ``from``/``to`` means Kashgar/Gwadar Port; a ``from`` or ``to`` naming no place of
    the network is dropped with a notice and left empty, so the page asks for one rather than
    guessing. ``from == to`` and an ``avoid`` that names an end are kept: the planner explains them.
    """
    notices: list[Notice] = []
    places = network.places
    start, found = _one(PARAM_FROM, params.get(PARAM_FROM, ()), places)
    notices += found
    end, found = _one(PARAM_TO, params.get(PARAM_TO, ()), places)
    notices += found
    mode, found = _one(PARAM_MODE, [v.lower() for v in params.get(PARAM_MODE, ())[:MAX_VALUES]], ROUTE_MODES)
    notices += found
    month_text, found = _one(PARAM_MONTH, params.get(PARAM_MONTH, ()), {str(m): m for m in range(1, 13)})
    notices += found
    avoid: list[str] = []
    for value in split_values(params.get(PARAM_AVOID, ())[: MAX_VALUES * 2])[: MAX_VALUES * 2]:
        if len(value) <= MAX_VALUE_LENGTH and (value in places or value in network.legs):
            if len(avoid) < MAX_VALUES:
                avoid.append(value)
        else:
            notices.append(Notice(PARAM_AVOID, _short(value)))
    query = RouteQuery(
        start=start if start is not None else ("" if params.get(PARAM_FROM) else DEFAULT_FROM),
        end=end if end is not None else ("" if params.get(PARAM_TO) else DEFAULT_TO),
        mode=mode or MODE_ROAD,
        avoid=tuple(avoid),
        month=int(month_text) if month_text is not None else None,
    )
    return query, tuple(notices)


def params_from_query(query: RouteQuery) -> dict[str, list[str]]:
    """The parameters of a query, leaving out defaults (road, no avoid, no month) so links stay short."""
    params: dict[str, list[str]] = {}
    if query.start:
        params[PARAM_FROM] = [query.start]
    if query.end:
        params[PARAM_TO] = [query.end]
    if query.mode != MODE_ROAD:
        params[PARAM_MODE] = [query.mode]
    if query.avoid:
        params[PARAM_AVOID] = list(query.avoid)
    if query.month is not None:
        params[PARAM_MONTH] = [str(query.month)]
    return params
