"""Panels: UI pieces that receive already-filtered data and never load it.

Pure helpers (``format_*``, ``select_*``, ``build_*``) sit beside the ``render_*`` functions
that draw them. Data text reaches ``st.markdown`` only through ``escape_markdown``/``markdown_link``.
This module holds the pieces shared by several pages (names, the filter summary, figures)
and those of the overview, facilities and companies pages; the partner and source pages
have ``components.partner_panels`` and ``components.source_panels``.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.escape import escape_markdown, markdown_link
from components.filters import PARAM_SITE, ViewState, describe_filters
from components.geo import haversine_km
from components.i18n import (
    current_language,
    display,
    format_date,
    format_measure,
    format_number,
    mark_english,
    names_by_id,
    t,
    term,
    translate,
)
from components.reserved import ELEMENT_HEIGHTS, MAP_LINK_KEY, METRIC_KEY


@dataclass(frozen=True)
class Headline:
    """A headline figure and the rule that finds the figures competing with it.

    Attributes:
        label_key: Catalogue key of the metric's label.
        metric: The figure's metric.
        subject_id: What it is about.
        to_id: The other end of a distance ("" otherwise).
        rival_metrics: Metrics of competing figures.
        rival_subjects: Subjects of competing figures (empty: any subject).
        rival_ends: For distances, where competing figures end (empty: anywhere).
    """

    label_key: str
    metric: str
    subject_id: str
    to_id: str = ""
    rival_metrics: tuple[str, ...] = ()
    rival_subjects: tuple[str, ...] = ()
    rival_ends: tuple[str, ...] = ()


# The four figures the source article leads with, and what other sources say about the same thing.
_NEAR_KASHGAR = ("kashgar-ftz", "kashgar", "khunjerab-pass")
HEADLINES: tuple[Headline, ...] = (
    Headline(
        "headline.dtc_companies",
        "companies",
        "digital-trade-centre",
        "",
        ("companies", "registered_businesses"),
        ("digital-trade-centre", "kashgar-ftz", "kashgar-cbz"),
    ),
    Headline("headline.partner_countries", "partner_countries", "kashgar-ftz", "", ("partner_countries",)),
    Headline(
        "headline.distance_sost",
        "distance",
        "kashgar-ftz",
        "sost-dry-port",
        ("distance",),
        _NEAR_KASHGAR,
        ("sost-dry-port", "khunjerab-pass", "kashgar"),
    ),
    Headline(
        "headline.distance_gwadar",
        "distance",
        "kashgar-ftz",
        "gwadar-port",
        ("distance",),
        _NEAR_KASHGAR,
        ("gwadar-port",),
    ),
)
COMPANY_METRICS = ("companies", "registered_businesses")


def format_figure(figure: Mapping[str, object], lang: str, with_unit: bool = True) -> str:
    """E.g. "over 5,400 companies" or "about 400 km" in ``lang``; else "not published"."""
    shown = format_measure(figure.get("value"), figure.get("qualifier"), figure.get("unit"), lang, with_unit)
    return shown or translate("figure.not_published", lang)


def format_value(figure: Mapping[str, object], with_unit: bool = True) -> str:
    """``format_figure`` in the session's language, for render functions."""
    return format_figure(figure, current_language(), with_unit)


def value_and_unit(figure: Mapping[str, object]) -> tuple[str, str]:
    """A figure's value without its unit, and the unit, for a metric that puts the unit in its
    label (st.metric cuts a long value)."""
    return format_value(figure, with_unit=False), term("unit.", figure.get("unit"), current_language())


def select_figures(figures: pd.DataFrame, metric: str, subject_id: str, to_id: str = "") -> pd.DataFrame:
    """Every observation of one metric about one subject (competing figures included)."""
    keep = (figures["metric"] == metric) & (figures["subject_id"] == subject_id)
    if to_id:
        keep &= figures["to_id"] == to_id
    return figures[keep]


# Each sources table's id -> (title, url), built once per table object: the dataset's tables are
# shared by every run (data.load_dataset), and a page cites sources dozens of times a run
# (reading the whole table per call cost ~35 ms a run on / with 122 sources).
_SOURCE_INDEXES: dict[int, tuple[weakref.ref[pd.DataFrame], dict[str, tuple[str, str]]]] = {}


def _source_index(sources: pd.DataFrame) -> dict[str, tuple[str, str]]:
    known = _SOURCE_INDEXES.get(id(sources))
    if known is not None and known[0]() is sources:
        return known[1]
    for key in [key for key, (ref, _) in _SOURCE_INDEXES.items() if ref() is None]:
        del _SOURCE_INDEXES[key]
    titles = zip(sources["title"].tolist(), sources["url"].tolist(), strict=True)
    index = dict(zip(sources["source_id"].tolist(), titles, strict=True))
    _SOURCE_INDEXES[id(sources)] = (weakref.ref(sources), index)
    return index


def source_links(source_ids: tuple[str, ...], sources: pd.DataFrame) -> str:
    """Markdown links to the given sources (titles as text, http(s) URLs only)."""
    cited = _source_index(sources)
    links = []
    for source_id in source_ids:
        if source_id in cited:
            links.append(markdown_link(*cited[source_id]))
        else:
            links.append(escape_markdown(source_id))
    return "; ".join(links)


def describe_figure(figure: Mapping[str, object], sources: pd.DataFrame) -> str:
    """Scope, date and sources of a figure as one markdown line."""
    parts = []
    if figure.get("scope"):
        parts.append(f"{t('figure.scope')}: {escape_markdown(mark_english(str(figure['scope']), current_language()))}")
    if figure.get("date"):
        parts.append(f"{t('figure.date')}: {escape_markdown(format_date(figure['date'], current_language()))}")
    parts.append(f"{t('figure.source')}: {source_links(tuple(figure.get('sources') or ()), sources)}")  # type: ignore[arg-type]
    return " · ".join(parts)


def select_rivals(figures: pd.DataFrame, headline: Headline, shown_id: str) -> pd.DataFrame:
    """Figures that compete with a headline figure: same kind of measure, other scope or source."""
    keep = figures["metric"].isin(headline.rival_metrics) & (figures["id"] != shown_id)
    if headline.rival_subjects:
        keep &= figures["subject_id"].isin(headline.rival_subjects)
    if headline.rival_ends:
        keep &= figures["to_id"].isin(headline.rival_ends)
    return figures[keep]


def measured_km(places: pd.DataFrame, from_id: str, to_id: str) -> float | None:
    """The great-circle distance between two places on our map, or None if one is missing."""
    ends = places.set_index("id")
    if from_id not in ends.index or to_id not in ends.index:
        return None
    a, b = ends.loc[from_id], ends.loc[to_id]
    return float(haversine_km((float(a["lat"]), float(a["lon"])), (float(b["lat"]), float(b["lon"]))))


def render_metric(label: str, value: str | int, key: str) -> None:
    """``st.metric`` in a box keyed ``key`` (``METRIC_KEY`` + a name): the page head reserves a
    metric's height for it (reserved.ELEMENT_HEIGHTS), so the metric's code landing after the
    first paint does not push the page down."""
    with st.container(key=key):
        st.metric(label, value)


def render_headline_figures(figures: pd.DataFrame, sources: pd.DataFrame, places: pd.DataFrame) -> None:
    """The article's headline figures as metrics, each with scope, date and source, and their rivals beside."""
    st.header(t("overview.figures"))
    columns = st.columns(len(HEADLINES))
    for index, (column, headline) in enumerate(zip(columns, HEADLINES, strict=True)):
        rows = select_figures(figures, headline.metric, headline.subject_id, headline.to_id)
        with column:
            if rows.empty:
                render_metric(t(headline.label_key), t("figure.not_published"), f"{METRIC_KEY}overview_{index}")
                continue
            figure = rows.iloc[0].to_dict()
            # st.metric renders its value as markdown, and cuts a long value: the unit goes into the label.
            value, unit = value_and_unit(figure)
            label = f"{t(headline.label_key)} ({unit})" if unit else t(headline.label_key)
            render_metric(escape_markdown(label), escape_markdown(value), f"{METRIC_KEY}overview_{index}")
            st.caption(describe_figure(figure, sources))
            if headline.to_id:
                km = measured_km(places, headline.subject_id, headline.to_id)
                if km is not None:
                    st.caption(t("figure.measured", km=format_number(round(km), current_language())))
            rivals = select_rivals(figures, headline, str(figure["id"]))
            if not rivals.empty:
                st.markdown(f"**{t('figure.rivals')}**")
                for rival in rivals.to_dict("records"):
                    st.caption(f"**{escape_markdown(format_value(rival))}** · {describe_figure(rival, sources)}")


def render_corridor_description() -> None:
    """A short plain-language description of the corridor (interface text, not data)."""
    st.markdown(t("overview.description"))


def render_products(products: pd.DataFrame, sources: pd.DataFrame, lang: str) -> None:
    """The products officials say the zone exports, with their sources."""
    st.header(t("overview.products"))
    if products.empty:
        st.markdown(t("figure.not_published"))
        return
    names = names_by_id(products, "id", lang)
    st.markdown("\n".join(f"- {escape_markdown(name)}" for name in names.values()))
    cited = tuple(dict.fromkeys(s for row in products["sources"] for s in row))
    st.caption(f"{t('figure.source')}: {source_links(cited, sources)}")


def render_filter_summary(
    state: ViewState, count: int, noun: str, facility_names: Mapping[str, str], country_names: Mapping[str, str]
) -> None:
    """The one-line plain-language summary of the active filters."""
    line = describe_filters(state, count, noun, facility_names, country_names, state.lang)
    st.markdown(f"_{escape_markdown(line)}_")


def render_facility_cards(
    facilities: pd.DataFrame,
    places: pd.DataFrame,
    sources: pd.DataFrame,
    lang: str,
    map_page: str | None,
    shared_params: Mapping[str, list[str]],
) -> None:
    """Every facility as a card: category, status, where it is (a map link), what it offers, sources.

    Args:
        facilities: The facilities in view.
        places: Every place (a facility's place may be filtered out of the place view).
        sources: The sources table.
        lang: The interface language.
        map_page: The map page's script, or None while it does not exist (then no link).
        shared_params: The filters the map link carries along.
    """
    if facilities.empty:
        st.info(t("facilities.none"))
        return
    place_names = names_by_id(places, "id", lang)
    for number, facility in enumerate(facilities.to_dict("records")):
        with st.container(border=True):
            # h2 under the page title (h1): Lighthouse asks headings to go down one level at a time.
            st.markdown(f"## {escape_markdown(display(facility, 'name', lang))}")
            status = t(f"status.{facility['status']}") if facility["status"] else t("facility.status_not_published")
            st.caption(
                f"{t('facility.category')}: {t('category.' + facility['category'])} · {t('frame.status')}: {status}"
            )
            place_id = str(facility["place_id"])
            if place_id in place_names and map_page:
                # In a keyed box whose placeholder the page head sizes (components.reserved.LINK_BOXES).
                with st.container(key=f"{MAP_LINK_KEY}{number}"):
                    st.page_link(
                        map_page,
                        label=t("facility.on_map", place=escape_markdown(place_names[place_id])),
                        icon=":material/location_on:",
                        query_params={**shared_params, PARAM_SITE: place_id},
                    )
            elif place_id in place_names:
                st.markdown(t("facility.at", place=escape_markdown(place_names[place_id])))
            else:
                st.markdown(f"**{t('facility.location_not_published')}**")
            if facility["location_note"]:
                st.caption(escape_markdown(mark_english(facility["location_note"], lang)))
            offers = (
                escape_markdown(mark_english(facility["offers"], lang))
                if facility["offers"]
                else t("figure.not_published")
            )
            st.markdown(f"**{t('facility.offers')}:** {offers}")
            if facility["description"]:
                st.markdown(escape_markdown(mark_english(facility["description"], lang)))
            st.caption(f"{t('figure.source')}: {source_links(tuple(facility['sources']), sources)}")


def build_company_observations(figures: pd.DataFrame, subject_names: Mapping[str, str], lang: str) -> pd.DataFrame:
    """Published company counts as observations: one row each, oldest first, undated last.

    Returns:
        Columns ``id``, ``label`` (unique, for the chart), ``subject``, ``value``, ``shown``
        (the value as stated), ``scope``, ``date`` and ``sources``.
    """
    rows = figures[figures["metric"].isin(COMPANY_METRICS)].copy()
    rows["subject"] = rows["subject_id"].map(lambda s: subject_names.get(s, s))
    rows["shown"] = [format_figure(r, lang) for r in rows.to_dict("records")]
    rows["label"] = [
        f"{format_date(r['date'], lang) or '?'} · {mark_english(r['scope'], lang)}" for r in rows.to_dict("records")
    ]
    duplicated = rows["label"].duplicated(keep=False)
    rows.loc[duplicated, "label"] = rows.loc[duplicated, "label"] + " (" + rows.loc[duplicated, "id"] + ")"
    rows = rows.assign(_undated=rows["date"] == "").sort_values(["_undated", "date"], kind="stable")
    return rows[["id", "label", "subject", "value", "shown", "scope", "date", "sources"]].reset_index(drop=True)


def render_company_observations(observations: pd.DataFrame, sources: pd.DataFrame) -> None:
    """The company counts over time and scope: a chart when there are several, each with its source."""
    st.header(t("companies.observations"))
    if observations.empty:
        st.info(t("companies.no_observations"))
        return
    if len(observations) > 1:
        with st.container(key="companies_chart"):
            _company_chart(observations)
        st.caption(t("companies.chart_caution"))
    for row in observations.to_dict("records"):
        st.markdown(f"**{escape_markdown(row['shown'])}** — {escape_markdown(row['subject'])}")
        st.caption(describe_figure(row, sources))


def _company_chart(observations: pd.DataFrame) -> None:
    st.bar_chart(
        observations,
        x="label",
        y="value",
        horizontal=True,
        sort=False,
        # With horizontal bars the x column (the observations) is drawn down the side, with x_label.
        x_label=t("companies.chart_observation"),
        y_label=t("companies.chart_value"),
        height=ELEMENT_HEIGHTS["companies_chart"],
    )


def count_by(companies: pd.DataFrame, column: str, names: Mapping[str, str]) -> pd.DataFrame:
    """How many companies have each value of ``column`` (named; empty cells counted as not published)."""
    labels = companies[column].map(lambda v: names.get(v, v) if v else t("figure.not_published"))
    counts = labels.value_counts().rename_axis("label").reset_index(name="count")
    return counts.sort_values(["count", "label"], ascending=[False, True], kind="stable").reset_index(drop=True)


def render_company_breakdowns(
    companies: pd.DataFrame | None, country_names: Mapping[str, str], facility_names: Mapping[str, str]
) -> None:
    """Counts by sector, country of origin and facility from a company register, or "not published"."""
    st.header(t("companies.breakdowns"))
    breakdowns: tuple[tuple[str, str, Mapping[str, str]], ...] = (
        ("sector", "companies.by_sector", {}),
        ("country", "companies.by_country", country_names),
        ("facility_id", "companies.by_facility", facility_names),
    )
    if companies is None:
        st.info(t("companies.register_absent"))
    columns = st.columns(len(breakdowns))
    for column, (field, title_key, names) in zip(columns, breakdowns, strict=True):
        with column:
            st.markdown(f"**{t(title_key)}**")
            if companies is None:
                st.markdown(t("figure.not_published"))
                continue
            counts = count_by(companies, field, names)
            st.dataframe(
                counts,
                hide_index=True,
                column_config={"label": t(title_key), "count": t("companies.count")},
            )
