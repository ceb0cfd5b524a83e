"""Partner-country panels: the totals, the legend, the sortable table and the selected countries.

``build_*`` helpers are pure (tables in, tables out); ``render_*`` draw them and receive
already-filtered data. Choosing a row calls back into the page (``on_pick``), which puts
the country into the shared ``country`` filter. The map itself is ``components.partner_map``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from components.escape import escape_markdown
from components.i18n import current_language, display, mark_english, t, translate
from components.panels import describe_figure, render_metric, source_links, value_and_unit
from components.partner_map import RELATION_SWATCH
from components.reserved import ELEMENT_HEIGHTS, METRIC_KEY
from components.schema import RELATIONS

PARTNER_METRIC = "partner_countries"
ZONE_ID = "kashgar-ftz"


def relation_labels(lang: str) -> dict[str, str]:
    """Each relation value with its display text in ``lang``."""
    return {relation: translate(f"relation.{relation}", lang) for relation in RELATIONS}


def build_partner_rows(
    partners: pd.DataFrame, country_names: Mapping[str, str], sources: pd.DataFrame, lang: str
) -> pd.DataFrame:
    """One row per (country, relation), as the table shows it and the CSV download holds it.

    Returns:
        Columns ``iso3``, ``country``, ``relation``, ``link`` (what the link is) and
        ``sources`` (source titles), sorted by country name then relation order.
    """
    titles = dict(zip(sources["source_id"], sources["title"], strict=True))
    labels = relation_labels(lang)
    rows = pd.DataFrame(
        {
            "iso3": partners["country"],
            "country": partners["country"].map(lambda c: country_names.get(c, c)),
            "relation": partners["relation"].map(lambda r: labels.get(r, r)),
            "link": partners["description"].map(lambda text: mark_english(text, lang)),
            "sources": partners["sources"].map(lambda ids: "; ".join(titles.get(i, i) for i in ids)),
            "_order": partners["relation"].map(lambda r: RELATIONS.index(r) if r in RELATIONS else len(RELATIONS)),
        }
    )
    rows = rows.sort_values(["country", "_order"], kind="stable")
    return rows.drop(columns="_order").reset_index(drop=True)


def build_partner_countries(
    partners: pd.DataFrame, countries: pd.DataFrame, country_names: Mapping[str, str]
) -> pd.DataFrame:
    """One row per named partner country: ``iso3``, ``iso_numeric``, ``name`` and its ``relations``."""
    numeric = dict(zip(countries["iso3"], countries["iso_numeric"], strict=True))
    relations: dict[str, list[str]] = {}
    for code, relation in zip(partners["country"], partners["relation"], strict=True):
        relations.setdefault(code, [])
        if relation not in relations[code]:
            relations[code].append(relation)
    return pd.DataFrame(
        {
            "iso3": list(relations),
            "iso_numeric": [numeric.get(code, "") for code in relations],
            "name": [country_names.get(code, code) for code in relations],
            "relations": [
                tuple(sorted(r, key=lambda x: RELATIONS.index(x) if x in RELATIONS else 99)) for r in relations.values()
            ],
        },
        columns=["iso3", "iso_numeric", "name", "relations"],
    )


def render_partner_totals(figures: pd.DataFrame, sources: pd.DataFrame, named: int) -> None:
    """The official total of partner countries, the competing totals with their scope, and how many are named."""
    totals = figures[figures["metric"] == PARTNER_METRIC]
    # The zone's own figure leads; the others (other scopes) follow.
    totals = totals.assign(_zone=totals["subject_id"] != ZONE_ID).sort_values("_zone", kind="stable")
    columns = st.columns(len(totals) + 1)
    for index, (column, figure) in enumerate(zip(columns, totals.to_dict("records"), strict=False)):
        with column:
            # The unit ("countries and regions") goes into the label: a metric's value is cut when long.
            value, unit = value_and_unit(figure)
            label = t("partners.total" if index == 0 else "partners.total_other", unit=unit)
            render_metric(escape_markdown(label), escape_markdown(value), f"{METRIC_KEY}partners_{index}")
            st.caption(describe_figure(figure, sources))
    with columns[-1]:
        render_metric(t("partners.named"), named, f"{METRIC_KEY}partners_named")
        st.caption(t("partners.named_caption"))
    if len(totals) > 1:
        st.caption(t("partners.totals_note"))


def build_region_rows(
    regions: pd.DataFrame | None, country_names: Mapping[str, str], sources: pd.DataFrame, lang: str
) -> pd.DataFrame:
    """One row per region statement: the region's name, M49 code, relation, statement, members, sources.

    The members are the standard's list, named in ``lang``; the statement stays about the region.
    """
    columns = ["region", "m49", "relation", "link", "members", "sources"]
    if regions is None or regions.empty:
        return pd.DataFrame(columns=columns)
    titles = dict(zip(sources["source_id"], sources["title"], strict=True))
    labels = relation_labels(lang)
    return pd.DataFrame(
        {
            "region": [display(record, "name", lang) for record in regions.to_dict("records")],
            "m49": regions["m49"],
            "relation": regions["relation"].map(lambda r: labels.get(r, r)),
            "link": regions["description"].map(lambda text: mark_english(text, lang)),
            "members": regions["members"].map(lambda codes: ", ".join(country_names.get(c, c) for c in codes)),
            "sources": regions["sources"].map(lambda ids: "; ".join(titles.get(i, i) for i in ids)),
        },
        columns=columns,
    )


def render_regions(rows: pd.DataFrame) -> None:
    """The region statements in their own table, apart from the countries and their map."""
    if rows.empty:
        return
    st.header(t("partners.regions_title"))
    st.caption(t("partners.regions_note"))
    st.dataframe(
        rows,
        hide_index=True,
        column_config={
            "region": t("partners.col_region"),
            "m49": t("partners.col_m49"),
            "relation": t("partners.col_relation"),
            "link": st.column_config.TextColumn(t("partners.col_link"), width="large"),
            "members": st.column_config.TextColumn(t("partners.col_members"), width="large"),
            "sources": t("partners.col_sources"),
        },
    )


def render_relation_legend(relations: Sequence[str]) -> None:
    """The map's colours as coloured squares in markdown (a branca legend would load d3 from a CDN)."""
    labels = relation_labels(current_language())
    keys = [f":{RELATION_SWATCH[r]}[■] {escape_markdown(labels.get(r, r))}" for r in RELATIONS if r in relations]
    if keys:
        st.markdown(" · ".join(keys))
        st.caption(t("partners.legend_note"))


def render_partner_table(rows: pd.DataFrame, key: str) -> None:
    """The sortable table of links; a chosen row is an event under ``key`` (see ``components.selection``)."""
    st.dataframe(
        rows,
        hide_index=True,
        key=key,
        height=ELEMENT_HEIGHTS[key],
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            "iso3": t("partners.col_code"),
            "country": t("partners.col_country"),
            "relation": t("partners.col_relation"),
            "link": st.column_config.TextColumn(t("partners.col_link"), width="large"),
            "sources": t("partners.col_sources"),
        },
    )
    st.caption(t("partners.table_hint"))


def render_selected_partners(
    selected: Sequence[str], partners: pd.DataFrame, country_names: Mapping[str, str], sources: pd.DataFrame
) -> None:
    """For each selected country, what links it to the zone (or that no source names it).

    Drawn in one container whatever the selection, so what follows (the map's box) keeps its
    place on the page and is not re-mounted when a country is picked.
    """
    labels = relation_labels(current_language())
    with st.container(key="selected_partners"):
        _render_selected(selected, partners, country_names, sources, labels)


def _render_selected(
    selected: Sequence[str],
    partners: pd.DataFrame,
    country_names: Mapping[str, str],
    sources: pd.DataFrame,
    labels: Mapping[str, str],
) -> None:
    for code in selected:
        name = escape_markdown(country_names.get(code, code))
        links = partners[partners["country"] == code]
        with st.container(border=True):
            st.markdown(f"**{t('partners.selected')}: {name}** ({escape_markdown(code)})")
            if links.empty:
                st.markdown(t("partners.not_named"))
                continue
            for link in links.to_dict("records"):
                relation = labels.get(link["relation"], link["relation"])
                st.markdown(
                    f"- **{escape_markdown(relation)}**: {escape_markdown(mark_english(link['description'], current_language()))}"
                )
                st.caption(f"{t('figure.source')}: {source_links(tuple(link['sources']), sources)}")
