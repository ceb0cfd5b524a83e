"""The map page's panels: place picker, year control, place detail, distances, timeline.

Each ``render_*`` function receives data the page already has (the frame's dataset and
view state, the cached ``components.data.load_place_texts`` and ``load_distance_rows``) and
draws one piece of the map page; it never loads data. Pure helpers (``milestone_dates``,
``place_rows``, ``not_yet_open``, ``explain_row``) sit beside them and are tested directly.
Data text reaches ``st.markdown`` only through ``escape_markdown``/``markdown_link`` (via
``components.panels``). Nothing here builds folium objects.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from components.dates import exists_in, parse_partial_date, year_range
from components.escape import escape_markdown, plain_line, plain_text
from components.filters import PARAM_SITE, PARAM_YEAR, ViewState, shared_params
from components.geo import DistanceRow
from components.i18n import (
    LANGUAGES,
    current_language,
    display,
    format_date,
    format_number,
    mark_english,
    t,
    term,
    translate,
)
from components.layout import keep_choice
from components.maps import first_draw
from components.maps.layers import place_labels
from components.model import Dataset
from components.panels import describe_figure, format_value, source_links
from components.reserved import (
    ELEMENT_HEIGHTS,
    ROUTES_LINK_KEY,
    WIDGET_HEIGHTS,
    WIDGETS_AFTER_FIRST_MAP,
    waiting_widget_key,
)
from components.route_query import PARAM_FROM

# The st_folium key of the corridor map; st_folium also keeps its latest event here.
MAP_KEY = "corridor_map"
_RUNS_KEY = "_map_page_runs"
DEBUG_RUNS_ENV = "DASHBOARD_DEBUG_RUNS"

# The Khunjerab season: what the sources say about winter, by record id (absent ids are skipped).
SEASON_MILESTONES = ("khunjerab-year-round", "khunjerab-winter-closure-2024")
SEASON_FIGURES = ("sost-cargo-2025-12", "sost-cargo-2026-01")


def render_run_counter() -> None:
    """With DASHBOARD_DEBUG_RUNS=1, count this session's runs of the page and show the count (for browser tests)."""
    st.session_state[_RUNS_KEY] = st.session_state.get(_RUNS_KEY, 0) + 1
    if os.environ.get(DEBUG_RUNS_ENV) == "1":
        st.caption(t("map_page.debug_runs", count=st.session_state[_RUNS_KEY]))


def _label_texts(places: pd.DataFrame) -> dict[str, str]:
    # Every language's label of each place, to its id (see layout.keep_choice).
    return {label: place_id for lang in LANGUAGES for place_id, label in place_labels(places, lang).items()}


def render_view_controls(
    dataset: Dataset, state: ViewState, labels: Mapping[str, str], today: int
) -> tuple[str, int | None]:
    """The place picker and the year control side by side; returns (site, year) as they hold them.

    While the session waits for its first map (``maps.first_draw``) each is an empty box of its
    height and the URL's values hold: their code would share the browser's main thread with the map.
    """
    picker_column, year_column = st.columns([3, 2])
    if first_draw.waiting():
        for column, key in zip((picker_column, year_column), WIDGETS_AFTER_FIRST_MAP, strict=True):
            column.container(key=waiting_widget_key(key), height=WIDGET_HEIGHTS[key], border=False)
        # The frame has checked the URL's site against the places already (filters.state_from_params).
        return state.site, _year_shown(dataset, state.year, today)
    with picker_column:
        site = render_place_picker(dataset.places, state, labels)
    with year_column:
        year = render_year_control(dataset, state, today)
    return site, year


def render_place_picker(places: pd.DataFrame, state: ViewState, labels: Mapping[str, str]) -> str:
    """A select box of every place (the same as a click on its marker); returns the selected id or ""."""
    if PARAM_SITE not in st.session_state:
        st.session_state[PARAM_SITE] = state.site or None
    keep_choice(PARAM_SITE, set(places["id"]), lambda: _label_texts(places))
    options = sorted(places["id"], key=lambda place_id: labels.get(place_id, place_id).casefold())
    chosen = st.selectbox(
        t("map_page.picker"),
        options,
        format_func=lambda place_id: labels.get(place_id, place_id),
        placeholder=t("map_page.picker_placeholder"),
        key=PARAM_SITE,
    )
    return str(chosen or "")


def _year_shown(dataset: Dataset, year: int | None, today: int) -> int | None:
    """``year`` kept within the data's years; None at the latest year (today: everything drawn)."""
    low, high = year_range(dataset, today)
    kept = min(max(high if year is None else year, low), high)
    return None if kept == high else kept


def render_year_control(dataset: Dataset, state: ViewState, today: int) -> int | None:
    """A year slider; returns the chosen year, or None at the latest year (today: everything drawn)."""
    low, high = year_range(dataset, today)
    if PARAM_YEAR not in st.session_state:
        st.session_state[PARAM_YEAR] = _year_shown(dataset, state.year, today) or high
    if low == high:
        return None
    chosen = int(st.slider(t("map_page.year"), low, high, key=PARAM_YEAR, help=t("map_page.year_help")))
    return None if chosen == high else chosen


def not_yet_open(dataset: Dataset, year: int | None, names: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """Names of the places and facilities that had not opened by ``year`` (empty lists for today)."""
    if year is None:
        return [], []
    places = [
        names[str(p)]
        for p, o in zip(dataset.places["id"], dataset.places["opened"], strict=True)
        if not exists_in(o, year)
    ]
    facilities = [
        names[str(f)]
        for f, o in zip(dataset.facilities["id"], dataset.facilities["opened"], strict=True)
        if not exists_in(o, year)
    ]
    return places, facilities


def render_year_note(dataset: Dataset, year: int | None, names: Mapping[str, str]) -> None:
    """What the year control does, and what was not open yet in the chosen year."""
    if year is None:
        st.caption(t("map_page.year_today"))
        return
    st.caption(t("map_page.year_note", year=year))
    places, facilities = not_yet_open(dataset, year, names)
    if places:
        st.caption(t("map_page.year_hidden_places", year=year, names=escape_markdown("; ".join(places))))
    if facilities:
        st.caption(t("map_page.year_hidden_facilities", year=year, names=escape_markdown("; ".join(facilities))))


def render_legend() -> None:
    """The legend in words, beside the drawn one on the map: what the pin and line styles mean."""
    st.caption(t("map_page.legend_words"))


def render_boundaries_note() -> None:
    """The disputed-boundaries note: the outlines are Natural Earth's de facto lines."""
    st.caption(t("map_page.boundaries"))


def _names_line(record: Mapping[str, object]) -> str:
    parts = []
    for lang in ("en", "zh", "ur"):
        value = plain_line(record.get(f"name_{lang}"))
        parts.append(f"{t(f'detail.name_{lang}')}: {escape_markdown(value) if value else t('detail.not_sourced')}")
    return " · ".join(parts)


def _country_name(dataset: Dataset, iso3: str, lang: str) -> str:
    row = dataset.countries[dataset.countries["iso3"] == iso3]
    if row.empty:
        return iso3
    return f"{display(row.iloc[0].to_dict(), 'name', lang)} ({iso3})"


def render_place_detail(dataset: Dataset, state: ViewState, lang: str, shown: Sequence[str]) -> None:
    """The selected place: names, kind, status, opening, precision, facilities, figures, milestones, sources."""
    with st.container(key="place_detail"):
        rows = dataset.places[dataset.places["id"] == state.site]
        if not state.site or rows.empty:
            st.info(t("detail.none"))
            return
        place = rows.iloc[0].to_dict()
        st.header(escape_markdown(display(place, "name", lang)) or escape_markdown(place["id"]))
        if state.site not in shown:
            st.caption(t("detail.not_on_map"))
        st.markdown(_names_line(place))
        status = t(f"status.{place['status']}") if place["status"] else t("detail.not_published")
        kind = t(f"kind.{place['kind']}")
        precision = t(f"precision.{place['precision']}")
        facts = [
            f"**{t('detail.kind')}:** {kind}",
            f"**{t('detail.status')}:** {status}",
            f"**{t('detail.opened')}:** {escape_markdown(format_date(place['opened'], lang)) or t('detail.not_published')}",
            f"**{t('detail.precision')}:** {precision}",
            f"**{t('detail.country')}:** {escape_markdown(_country_name(dataset, str(place['country']), lang))}",
        ]
        st.markdown("\n".join(f"- {fact}" for fact in facts))
        if place["description"]:
            st.markdown(escape_markdown(mark_english(place["description"], lang)))
        if place["notes"]:
            st.caption(f"{t('detail.notes')}: {escape_markdown(mark_english(place['notes'], lang))}")
        _render_facilities(dataset, state, lang)
        _render_figures(dataset, state.site)
        _render_milestones(dataset, state.site)
        st.markdown(f"**{t('detail.sources')}:** {source_links(tuple(place['sources']), dataset.sources)}")
        if state.site in on_network(dataset):
            with st.container(key=ROUTES_LINK_KEY):  # its placeholder is sized (reserved.LINK_BOXES)
                st.page_link(
                    "pages/6_routes.py",
                    label=t("detail.routes_from_here"),
                    icon=":material/route:",
                    query_params={**shared_params(state), PARAM_FROM: [state.site]},
                )


def on_network(dataset: Dataset) -> frozenset[str]:
    """The places some leg of links.csv passes (the ones /routes can start from)."""
    links = dataset.links
    return frozenset(links["from"]) | frozenset(links["to"]) | frozenset(w for ws in links["waypoints"] for w in ws)


def _render_facilities(dataset: Dataset, state: ViewState, lang: str) -> None:
    st.markdown(f"**{t('detail.facilities')}**")
    here = dataset.facilities[dataset.facilities["place_id"] == state.site]
    if here.empty:
        st.caption(t("detail.no_facilities"))
        return
    lines = []
    for facility in here.to_dict("records"):
        words = [f"{escape_markdown(display(facility, 'name', lang))} ({t('category.' + facility['category'])}"]
        if facility["status"]:
            words.append(", " + t(f"status.{facility['status']}"))
        if facility["opened"]:
            words.append(f", {t('detail.opened')}: {escape_markdown(format_date(facility['opened'], lang))}")
        words.append(")")
        if not exists_in(facility["opened"], state.year):
            words.append(f" — {t('detail.not_yet', year=state.year)}")
        lines.append("- " + "".join(words))
    st.markdown("\n".join(lines))


def _render_figures(dataset: Dataset, site: str) -> None:
    figures = dataset.figures[(dataset.figures["subject_id"] == site) | (dataset.figures["to_id"] == site)]
    if figures.empty:
        return
    st.markdown(f"**{t('detail.figures')}**")
    lines = []
    for figure in figures.to_dict("records"):
        metric = escape_markdown(term("metric.", figure["metric"], current_language()).replace("_", " "))
        lines.append(
            f"- {metric}: {escape_markdown(format_value(figure))} — {describe_figure(figure, dataset.sources)}"
        )
    st.markdown("\n".join(lines))


def _render_milestones(dataset: Dataset, site: str) -> None:
    lang = current_language()
    milestones = dataset.milestones[dataset.milestones["subject_id"] == site]
    if milestones.empty:
        return
    st.markdown(f"**{t('detail.milestones')}**")
    lines = [
        f"- {escape_markdown(format_date(m['date'], lang))}: {escape_markdown(mark_english(m['title_en'], lang))} "
        f"({source_links(tuple(m['sources']), dataset.sources)})"
        for m in milestones.to_dict("records")
    ]
    st.markdown("\n".join(lines))


# The /map panels drawn only while their expander is open: a table (Arrow and the data grid,
# about 1.2 MB of code) and a chart (Vega, about 0.8 MB) would otherwise load with the map and
# hold up its first marker. Session-state keys of the expanders (True while open).
PLACES_TABLE_OPEN = "places_table_open"
TIMELINE_OPEN = "timeline_open"
LAZY_PANEL_KEYS = (PLACES_TABLE_OPEN, TIMELINE_OPEN)


def place_rows(table: pd.DataFrame, shown: Sequence[str], lang: str) -> pd.DataFrame:
    """``place_table`` with, before the id, whether each place is on the map now."""
    on_map = set(shown)
    rows = table.copy()
    # place_table puts the id last.
    rows.insert(len(rows.columns) - 1, translate("table.on_map", lang), [i in on_map for i in rows.iloc[:, -1]])
    return rows


def render_places_table(table: pd.DataFrame, shown: Sequence[str], lang: str) -> None:
    """All places (``place_table``) in a table a keyboard can reach, with whether each is on the map now."""
    st.header(t("map_page.places_table"))
    st.caption(t("map_page.shown_count", count=len(shown), total=len(table)))
    # Drawn only while open (LAZY_PANEL_KEYS): the data grid's code stays off the map's first load.
    with st.expander(t("map_page.table_open", total=len(table)), key=PLACES_TABLE_OPEN, on_change="rerun") as block:
        if block.open:
            st.dataframe(
                place_rows(table, shown, lang),
                hide_index=True,
                width="stretch",
                key="places_table",
                height=ELEMENT_HEIGHTS["places_table"],
            )


def _km(value: float) -> str:
    lang = current_language()
    return f"{format_number(round(value), lang)} {term('unit.', 'km', lang)}"


def _km_range(low: float, high: float) -> str:
    return _km(low) if low == high else f"{format_number(round(low), current_language())}–{_km(high)}"


def _distance_lines(row: DistanceRow, names: Mapping[str, str], dataset: Dataset) -> list[str]:
    lines = []
    if row.stated:
        for figure in row.stated:
            subject = names.get(str(figure["subject_id"]), str(figure["subject_id"]))
            to = names.get(str(figure["to_id"]), str(figure["to_id"]))
            lines.append(
                f"- {t('distances.stated')}: **{escape_markdown(format_value(figure))}** "
                f"({escape_markdown(subject)} – {escape_markdown(to)}) — {describe_figure(figure, dataset.sources)}"
            )
    else:
        lines.append(f"- {t('distances.stated')}: {t('figure.not_published')}")
    lines.append(f"- {t('distances.straight')}: **{_km(row.straight_km)}**")
    if row.route is None:
        lines.append(f"- {t('distances.along')}: {t('distances.no_route')}")
    else:
        corridors = ", ".join(escape_markdown(names.get(c, c)) for c in row.route.corridors)
        lines.append(
            f"- {t('distances.along')}: **{_km(row.route.length_km)}** ({t('distances.chained', corridors=corridors)})"
        )
    for via, low, high in row.via:
        road = _km_range(low, high)
        lines.append(f"- {t('distances.via', place=escape_markdown(names.get(via, via)), road=road)}")
    return lines


def explain_row(row: DistanceRow) -> str:
    """The sentence under a distance row: how each stated figure compares, and why the lines differ."""
    road = None
    if row.via:
        low, high = min(v[1] for v in row.via), max(v[2] for v in row.via)
        road = _km_range(low, high)
    # Figures with the same verdict share one sentence ("2,463 km, 2,417 km, 2,686 km: longer than ...").
    by_verdict: dict[str, list[str]] = {}
    for figure in row.stated:
        code = row.verdicts.get(str(figure["id"]))
        if code:
            by_verdict.setdefault(code, []).append(format_value(figure))
    sentences = [
        t(f"distances.verdict.{code}", value=", ".join(values), straight=_km(row.straight_km), road=road or "")
        for code, values in by_verdict.items()
    ]
    sentences.append(t("distances.drawn_note"))
    return " ".join(sentences)


def render_distances(dataset: Dataset, rows: Sequence[DistanceRow], names: Mapping[str, str]) -> None:
    """Kashgar–Sost, Kashgar–Khunjerab, Kashgar–Gwadar and Khunjerab–Gwadar: stated, straight and drawn."""
    st.header(t("distances.title"))
    st.caption(t("distances.intro"))
    if not rows:
        st.caption(t("distances.none"))
    for row in rows:
        with st.container(border=True):
            start, end = names.get(row.pair.start, row.pair.start), names.get(row.pair.end, row.pair.end)
            st.markdown(f"**{escape_markdown(start)} – {escape_markdown(end)}**")
            st.markdown("\n".join(_distance_lines(row, names, dataset)))
            st.caption(escape_markdown(explain_row(row)))


def render_season(dataset: Dataset, lang: str, names: Mapping[str, str]) -> None:
    """The Khunjerab crossing's season: our summary, then each record it rests on with its sources."""
    st.header(t("season.title"))
    st.markdown(t("season.summary"))
    lines = []
    for record in dataset.milestones[dataset.milestones["id"].isin(SEASON_MILESTONES)].to_dict("records"):
        note = f" {escape_markdown(mark_english(record['notes'], lang))}" if record["notes"] else ""
        lines.append(
            f"- {escape_markdown(format_date(record['date'], lang))}: {escape_markdown(mark_english(record['title_en'], lang))}.{note} "
            f"({source_links(tuple(record['sources']), dataset.sources)})"
        )
    for figure in dataset.figures[dataset.figures["id"].isin(SEASON_FIGURES)].to_dict("records"):
        subject = names.get(str(figure["subject_id"]), str(figure["subject_id"]))
        lines.append(
            f"- {escape_markdown(subject)}: {escape_markdown(format_value(figure))} — {describe_figure(figure, dataset.sources)}"
        )
    if lines:
        st.markdown("\n".join(lines))


def milestone_dates(milestones: pd.DataFrame, names: Mapping[str, str], lang: str = "en") -> pd.DataFrame:
    """Milestones with a plottable date (a partial date's first day), their text date, title and subject name."""
    rows = []
    for record in milestones.to_dict("records"):
        when = parse_partial_date(record["date"])
        if when is None:
            continue
        rows.append(
            {
                "when": pd.Timestamp(when.first_day),
                "date": format_date(record["date"], lang),
                "event": plain_text(mark_english(record["title_en"], lang)),
                "about": names.get(str(record["subject_id"]), str(record["subject_id"])),
            }
        )
    return pd.DataFrame(rows, columns=["when", "date", "event", "about"])


def timeline_spec(year: int | None, subjects: int) -> dict[str, object]:
    """The Vega-Lite spec of the milestones chart (data: ``milestone_dates``): a dot per milestone on
    its subject's row, and the chosen ``year``'s end as a dashed rule.

    A plain spec, not an Altair chart: Altair validates its chart against the Vega-Lite schema
    on every run (about 12 ms here), and the spec is ours and fixed.
    """
    points: dict[str, object] = {
        "mark": {"type": "circle", "size": 90, "color": "#0b6e4f"},
        "encoding": {
            # Years only: Vega would write month names in English.
            "x": {"field": "when", "type": "temporal", "title": t("timeline.date"), "axis": {"format": "%Y"}},
            "y": {
                "field": "about",
                "type": "nominal",
                "title": None,
                "sort": {"field": "when", "op": "min"},
                "axis": {"labelLimit": 260},
            },
            "tooltip": [
                {"field": field, "type": "nominal", "title": t(f"timeline.{title}")}
                for field, title in (("date", "date"), ("event", "event"), ("about", "about"))
            ],
        },
    }
    layers: list[dict[str, object]] = [points]
    if year is not None:
        layers.append(
            {
                "data": {"values": [{"when": f"{year:04d}-12-31T00:00:00"}]},
                "mark": {"type": "rule", "color": "#b91c1c", "strokeDash": [4, 4]},
                "encoding": {"x": {"field": "when", "type": "temporal"}},
            }
        )
    return {"height": max(160, 28 * subjects), "layer": layers}


def render_timeline(dataset: Dataset, lang: str, year: int | None, names: Mapping[str, str]) -> None:
    """The milestones as a dated chart (one row per subject), the chosen year as a rule, and as a table."""
    st.header(t("timeline.title"))
    frame = milestone_dates(dataset.milestones, names, lang)
    if frame.empty:
        st.caption(t("timeline.none"))
        return
    # Drawn only while open (LAZY_PANEL_KEYS): the chart's and the table's code stay off the map's first load.
    with st.expander(t("timeline.open", count=len(frame)), key=TIMELINE_OPEN, on_change="rerun") as block:
        if not block.open:
            return
        # Vega's tooltip handler escapes HTML itself; the values stay plain text here.
        st.vega_lite_chart(frame, timeline_spec(year, frame["about"].nunique()), width="stretch")
        table = frame[["date", "event", "about"]].rename(
            columns={"date": t("timeline.date"), "event": t("timeline.event"), "about": t("timeline.about")}
        )
        st.dataframe(table, hide_index=True, width="stretch")
