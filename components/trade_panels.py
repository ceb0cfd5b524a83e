"""The /trade page's Streamlit pieces: the "as of" year, one chart and table per indicator, the download.

Every function here draws what ``components.trade`` built from already-filtered figures; none
loads data. The year control shares the ``year`` URL parameter with the map page.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.downloads import csv_download, render_downloads
from components.escape import escape_markdown
from components.filters import PARAM_YEAR, ViewState
from components.i18n import t
from components.trade import build_chart, indicator_title, indicators, select_indicator, table_rows, year_of_date


def render_as_of(figures: pd.DataFrame, state: ViewState, today: int) -> int | None:
    """An "as of" year slider over the years the figures cover; None at the last year (show all)."""
    years = [year for year in map(year_of_date, figures["date"]) if year is not None]
    if not years:
        return None
    low, high = min(years), max(max(years), today)
    if PARAM_YEAR not in st.session_state:
        wanted = high if state.year is None else state.year
        st.session_state[PARAM_YEAR] = min(max(wanted, low), high)
    chosen = int(st.slider(t("trade.as_of"), low, high, key=PARAM_YEAR, help=t("trade.as_of_help")))
    return None if chosen == high else chosen


def points_open_key(number: int) -> str:
    """The key of indicator ``number``'s table expander (True while open)."""
    return f"trade_points_{number}_open"


def render_indicators(observations: pd.DataFrame, lang: str) -> None:
    """For each indicator: its title with the unit written out, the chart, then every point in a
    table, drawn only while its expander is open (``on_change="rerun"``): thirteen data grids were
    most of the page's first load, and each point's source is also in the chart's tooltip."""
    if observations.empty:
        st.info(t("trade.none"))
        return
    for number, indicator in enumerate(indicators(observations)):
        rows = select_indicator(observations, indicator)
        # Metric and unit are data text: escaped, so a unit cannot become a link or markup.
        st.header(escape_markdown(indicator_title(indicator, lang)))
        series = rows["series"].nunique()
        st.caption(t("trade.chart_caption", points=len(rows), series=series))
        # Vega's tooltip handler escapes HTML itself; the texts stay plain here.
        with st.container(key=f"trade_chart_{number}_box"):
            data, spec = build_chart(observations, indicator, lang)
            st.vega_lite_chart(data, spec, width="stretch", key=f"trade_chart_{number}")
        with st.expander(
            t("trade.points_open", points=len(rows)), key=points_open_key(number), on_change="rerun"
        ) as block:
            if block.open:
                st.dataframe(table_rows(rows, lang), hide_index=True, width="stretch")


def render_trade_download(observations: pd.DataFrame, lang: str) -> None:
    """The CSV of every point shown (formula-safe, as every download)."""
    render_downloads([csv_download("trade", table_rows(observations, lang))], key="trade_downloads")
