"""The route planner's panels: the controls, each route's summary and legs, closures, stated vs measured.

Each ``render_*`` function receives what the page computed (network, plan, names) and draws one
piece of ``/routes``; the words come from ``components.route_texts`` and the catalogues. Data
text reaches ``st.markdown`` only through ``escape_markdown``; tables go through
``st.dataframe`` (never HTML). Nothing here loads data or builds folium objects.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from components.escape import escape_markdown
from components.i18n import format_date, format_measure, mark_english, t
from components.model import Dataset
from components.network import (
    MAX_ROUTES,
    MODE_ANY,
    MODE_RAIL,
    MODE_ROAD,
    NO_ROUTE_LEFT,
    Closure,
    Network,
    Route,
    RoutePlan,
    RouteQuery,
)
from components.panels import source_links
from components.route_query import PARAM_AVOID, PARAM_FROM, PARAM_MODE, PARAM_MONTH, PARAM_TO
from components.route_texts import (
    crossing_statements,
    describe_route,
    km_text,
    stated_on_route,
    transit_times,
)

ROUTE_MODES = (MODE_ROAD, MODE_RAIL, MODE_ANY)
_NO_MONTH = 0

# The page's tables are drawn only while their expander is open (on_change="rerun"): the data
# grid's code (Arrow and the grid, about 1.2 MB) then stays off the page's first load, as on /map.
# Session-state keys of those expanders (True while open).
STATED_TABLE_OPEN = "stated_vs_measured_open"


def legs_open_key(index: int) -> str:
    """The key of route ``index``'s (0 = shortest) legs-table expander."""
    return f"route_{index + 1}_legs_open"


LAZY_PANEL_KEYS = (STATED_TABLE_OPEN, *(legs_open_key(index) for index in range(MAX_ROUTES)))


def _seed(key: str, value: object, arrived: bool) -> None:
    # Seeded from the URL on arrival and when the widget has no value yet (as the frame does).
    if arrived or key not in st.session_state:
        st.session_state[key] = value


def render_route_controls(
    network: Network, query: RouteQuery, labels: Mapping[str, str], lang: str, arrived: bool
) -> RouteQuery:
    """From, to, mode, avoid and month widgets (keys = URL parameters); returns the query they set.

    ``labels`` must tell places apart (``PlaceTexts.labels``): the browser sends a choice back as its
    text, and two places of one name would come back as the first of them.
    """
    places = sorted(network.places, key=lambda p: labels.get(p, p).casefold())
    legs = sorted(
        network.legs.values(), key=lambda leg: (labels.get(leg.start, leg.start), labels.get(leg.end, leg.end))
    )
    avoidable = [*places, *(leg.id for leg in legs)]
    leg_names = {leg.id: _avoid_label(leg.id, network, labels) for leg in legs}
    _seed(PARAM_FROM, query.start or None, arrived)
    _seed(PARAM_TO, query.end or None, arrived)
    _seed(PARAM_MODE, query.mode, arrived)
    _seed(PARAM_AVOID, [a for a in query.avoid if a in avoidable], arrived)
    _seed(PARAM_MONTH, query.month or _NO_MONTH, arrived)
    first, second, third = st.columns([2, 2, 1])
    with first:
        start = st.selectbox(
            t("routes.from"),
            places,
            format_func=lambda p: labels.get(p, p),
            key=PARAM_FROM,
            placeholder=t("routes.choose"),
        )
    with second:
        end = st.selectbox(
            t("routes.to"), places, format_func=lambda p: labels.get(p, p), key=PARAM_TO, placeholder=t("routes.choose")
        )
    with third:
        mode = st.radio(
            t("routes.mode"), ROUTE_MODES, format_func=lambda m: t(f"routes.mode_choice.{m}"), key=PARAM_MODE
        )
    fourth, fifth = st.columns([4, 1])
    with fourth:
        avoid = st.multiselect(
            t("routes.avoid"),
            avoidable,
            format_func=lambda a: leg_names.get(a) or labels.get(a, a),
            key=PARAM_AVOID,
            placeholder=t("routes.avoid_placeholder"),
        )
    with fifth:
        month = st.selectbox(
            t("routes.month"),
            [_NO_MONTH, *range(1, 13)],
            format_func=lambda m: t(f"routes.month_name.{m}"),
            key=PARAM_MONTH,
        )
    return RouteQuery(str(start or ""), str(end or ""), str(mode or MODE_ROAD), tuple(avoid), int(month) or None)


def _statement_line(closure: Closure, dataset: Dataset, lang: str) -> str:
    months = ", ".join(t(f"routes.month_name.{m}") for m in closure.months) or t("routes.open_all_year")
    state = t("routes.in_force.current" if closure.current else "routes.in_force.historical")
    date = escape_markdown(format_date(closure.date, lang)) if closure.date else t("routes.undated")
    return (
        f"- {escape_markdown(mark_english(closure.statement, lang))} ({t('routes.closed_months')}: {months}; "
        f"{t(f'routes.traffic.{closure.traffic}')}; {state}; {date}) — {source_links(closure.sources, dataset.sources)}"
    )


def render_problem(plan: RoutePlan, names: Mapping[str, str]) -> None:
    """Why there is no route, in a sentence; nothing when there is one."""
    if not plan.problem:
        return
    query = plan.query
    values = {
        "start": escape_markdown(names.get(query.start, query.start)),
        "end": escape_markdown(names.get(query.end, query.end)),
    }
    st.error(t(f"routes.problem.{plan.problem}", **values), icon=":material/block:")
    if plan.problem == NO_ROUTE_LEFT:
        st.caption(t("routes.problem.no_route_left_hint"))


def render_closures(plan: RoutePlan, network: Network, dataset: Dataset, names: Mapping[str, str], lang: str) -> None:
    """With a month: which legs are closed, by which statements, and which statements disagree."""
    if plan.query.month is None:
        return
    month = t(f"routes.month_name.{plan.query.month}")
    if not plan.closed:
        st.info(t("routes.closures.none", month=month))
        return
    lines = [t("routes.closures.intro", month=month)]
    for leg_id, statements in plan.closed.items():
        leg = network.legs.get(leg_id)
        label = f"{names.get(leg.start, leg.start)} – {names.get(leg.end, leg.end)}" if leg else leg_id
        lines.append(f"**{escape_markdown(label)}**")
        lines.extend(_statement_line(c, dataset, lang) for c in statements)
        disagree = plan.disagreeing.get(leg_id, ())
        if disagree:
            lines.append(t("routes.closures.disagree"))
            lines.extend(_statement_line(c, dataset, lang) for c in disagree)
    st.warning("\n\n".join(lines), icon=":material/event_busy:")


def render_avoided(plan: RoutePlan, network: Network, names: Mapping[str, str]) -> None:
    """What ``avoid`` took out: the places and legs named, and how many legs that leaves out."""
    if plan.query.avoid:
        avoided = ", ".join(escape_markdown(_avoid_label(a, network, names)) for a in plan.query.avoid)
        st.caption(t("routes.avoided", places=avoided, count=len(plan.avoided_legs)))


def _avoid_label(value: str, network: Network, names: Mapping[str, str]) -> str:
    leg = network.legs.get(value)
    if leg is None:
        return names.get(value, value)
    return f"{names.get(leg.start, leg.start)} – {names.get(leg.end, leg.end)} ({t(f'routes.mode.{leg.mode}')})"


def legs_table(route: Route, names: Mapping[str, str], lang: str) -> pd.DataFrame:
    """The route's legs in travel order: ends, mode, status, measured and stated lengths, crossing, notes."""
    rows = []
    here = route.places[0]
    for leg in route.legs:
        there = leg.end if here == leg.start else leg.start
        rows.append(
            {
                t("routes.legs.from"): names.get(here, here),
                t("routes.legs.to"): names.get(there, there),
                t("routes.legs.mode"): t(f"routes.mode.{leg.mode}"),
                t("routes.legs.status"): t(f"status.{leg.status}") if leg.status else t("figure.not_published"),
                t("routes.legs.measured"): round(leg.length_km),
                t("routes.legs.stated"): round(leg.stated_km) if leg.stated_km is not None else None,
                t("routes.legs.crossing"): names.get(leg.border_crossing, leg.border_crossing),
                t("routes.legs.notes"): mark_english(leg.notes, lang),
            }
        )
        here = there
    return pd.DataFrame(rows)


def render_route(
    index: int, route: Route, network: Network, dataset: Dataset, names: Mapping[str, str], lang: str
) -> None:
    """One route: its sentence and length, stated figures, transit times, crossings and their season, legs."""
    with st.container(border=True, key=f"route_{index + 1}"):
        title = t("routes.shortest") if index == 0 else t("routes.alternative", number=index + 1)
        st.header(title)
        st.markdown(f"**{km_text(route.length_km, lang)}** · {t('routes.measured_note')}")
        st.markdown(escape_markdown(describe_route(route, network, dataset.figures, names, lang)))
        if route.unfinished:
            unfinished = ", ".join(
                escape_markdown(f"{names.get(leg.start, leg.start)} – {names.get(leg.end, leg.end)}")
                for leg in route.unfinished
            )
            st.info(t("routes.unfinished", legs=unfinished), icon=":material/construction:")
        _render_stated(route, network, dataset, names, lang)
        _render_transit(route, dataset, lang)
        _render_crossings(route, network, dataset, names, lang)
        with st.expander(
            t("routes.legs.title", count=len(route.legs)), key=legs_open_key(index), on_change="rerun"
        ) as block:
            if block.open:
                st.dataframe(legs_table(route, names, lang), hide_index=True, width="stretch")


def _render_stated(route: Route, network: Network, dataset: Dataset, names: Mapping[str, str], lang: str) -> None:
    stated = stated_on_route(dataset.figures, route, network)
    st.markdown(f"**{t('routes.stated.title')}**")
    if not stated:
        st.caption(t("routes.stated.none"))
        return
    lines = []
    for item in stated:
        figure = item.figure
        value = format_measure(figure["value"], figure["qualifier"], figure["unit"], lang)
        where = f"{names.get(item.start, item.start)} – {names.get(item.end, item.end)}"
        lines.append(
            f"- **{escape_markdown(value)}** ({escape_markdown(where)}; {escape_markdown(mark_english(str(figure['scope']), lang))})"
            f" · {t('routes.stated.measured', km=km_text(item.measured_km, lang))}"
            f" · {t('routes.stated.straight', km=km_text(item.straight_km, lang))}"
            f" · {t(f'routes.short.{item.verdict}')}"
            f" — {source_links(tuple(figure['sources']), dataset.sources)}"  # type: ignore[arg-type]
        )
    st.markdown("\n".join(lines))


def _render_transit(route: Route, dataset: Dataset, lang: str) -> None:
    times = transit_times(dataset.figures, route)
    st.markdown(f"**{t('routes.transit.title')}**")
    if not times:
        st.caption(t("routes.transit.none"))
        return
    st.markdown(
        "\n".join(
            f"- **{escape_markdown(format_measure(f['value'], f['qualifier'], f['unit'], lang))}** "
            f"({escape_markdown(mark_english(str(f['scope']), lang))}) — "
            f"{source_links(tuple(f['sources']), dataset.sources)}"  # type: ignore[arg-type]
            for f in times
        )
    )


def _render_crossings(route: Route, network: Network, dataset: Dataset, names: Mapping[str, str], lang: str) -> None:
    st.markdown(f"**{t('routes.crossings.title')}**")
    found = crossing_statements(network, route)
    if not found:
        st.caption(t("routes.crossings.none"))
        return
    for crossing, statements in found:
        lines = [f"*{escape_markdown(names.get(crossing, crossing))}*"]
        if statements:
            lines.extend(_statement_line(c, dataset, lang) for c in statements)
        else:
            lines.append(t("routes.crossings.season_not_published"))
        st.markdown("\n".join(lines))


def render_stated_vs_measured(table: pd.DataFrame) -> None:
    """Every stated distance in figures.csv beside the route it was compared on."""
    st.header(t("routes.table.title"))
    st.caption(t("routes.table.intro"))
    with st.expander(t("routes.table.open", count=len(table)), key=STATED_TABLE_OPEN, on_change="rerun") as block:
        if block.open:
            st.dataframe(table, hide_index=True, width="stretch")


def render_routes(plan: RoutePlan, network: Network, dataset: Dataset, names: Mapping[str, str], lang: str) -> None:
    """The problem (if any), the closures, what was avoided, then each route."""
    render_problem(plan, names)
    render_closures(plan, network, dataset, names, lang)
    render_avoided(plan, network, names)
    for index, route in enumerate(plan.routes):
        render_route(index, route, network, dataset, names, lang)
