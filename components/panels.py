"""Panels: UI pieces that receive already-filtered data and never load it.

Pure helpers (``format_*``, ``select_*``) sit beside the ``render_*`` functions that draw
them. Data text reaches ``st.markdown`` only through ``escape_markdown``/``markdown_link``.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from components.escape import escape_markdown, markdown_link
from components.i18n import t

# The four figures the source article leads with: (label key, metric, subject_id, to_id).
HEADLINE = (
    ("headline.dtc_companies", "companies", "digital-trade-centre", ""),
    ("headline.partner_countries", "partner_countries", "kashgar-ftz", ""),
    ("headline.distance_sost", "distance", "kashgar-ftz", "sost-dry-port"),
    ("headline.distance_gwadar", "distance", "kashgar-ftz", "gwadar-port"),
)


def format_number(value: float) -> str:
    """A figure's value with thousands separators and no needless decimals."""
    if pd.isna(value):
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def format_value(figure: Mapping[str, object]) -> str:
    """E.g. "over 5,400 companies" or "about 400 km"; "not published" when there is no value."""
    value = figure.get("value")
    if value is None or pd.isna(value):  # type: ignore[call-overload]
        return t("figure.not_published")
    words = [str(figure.get("qualifier") or ""), format_number(float(value)), str(figure.get("unit") or "")]  # type: ignore[arg-type]
    return " ".join(word for word in words if word)


def select_figures(figures: pd.DataFrame, metric: str, subject_id: str, to_id: str = "") -> pd.DataFrame:
    """Every observation of one metric about one subject (competing figures included)."""
    keep = (figures["metric"] == metric) & (figures["subject_id"] == subject_id)
    if to_id:
        keep &= figures["to_id"] == to_id
    return figures[keep]


def source_links(source_ids: tuple[str, ...], sources: pd.DataFrame) -> str:
    """Markdown links to the given sources (titles as text, http(s) URLs only)."""
    by_id = sources.set_index("source_id")
    links = []
    for source_id in source_ids:
        if source_id in by_id.index:
            row = by_id.loc[source_id]
            links.append(markdown_link(row["title"], row["url"]))
        else:
            links.append(escape_markdown(source_id))
    return "; ".join(links)


def describe_figure(figure: Mapping[str, object], sources: pd.DataFrame) -> str:
    """Scope, date and sources of a figure as one markdown line."""
    parts = []
    if figure.get("scope"):
        parts.append(f"{t('figure.scope')}: {escape_markdown(figure['scope'])}")
    if figure.get("date"):
        parts.append(f"{t('figure.date')}: {escape_markdown(figure['date'])}")
    parts.append(f"{t('figure.source')}: {source_links(tuple(figure.get('sources') or ()), sources)}")  # type: ignore[arg-type]
    return " · ".join(parts)


def render_headline_figures(figures: pd.DataFrame, sources: pd.DataFrame) -> None:
    """The article's headline figures as metrics, each with scope, date and source."""
    st.subheader(t("overview.figures"))
    columns = st.columns(len(HEADLINE))
    for column, (label_key, metric, subject_id, to_id) in zip(columns, HEADLINE, strict=True):
        rows = select_figures(figures, metric, subject_id, to_id)
        with column:
            if rows.empty:
                st.metric(t(label_key), t("figure.not_published"))
                continue
            figure = rows.iloc[0].to_dict()
            # st.metric renders its value as markdown; the unit is free text from figures.csv.
            st.metric(t(label_key), escape_markdown(format_value(figure)))
            st.caption(describe_figure(figure, sources))
