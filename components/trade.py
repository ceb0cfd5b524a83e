"""Trade and traffic over time: the dated figures of ``figures.csv`` as series and charts.

This module owns what the ``/trade`` page shows, as pure functions of the (already filtered)
figures and a language: which metrics count as trade and traffic, how figures group into
series (same subject, unit and scope: a partial year has its own scope and is never joined to
whole years), the rows of the table under each chart and of the CSV download, and the Altair
chart itself. No streamlit import: ``components.trade_panels`` draws what is built here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from components.i18n import format_date, format_measure, mark_english, term, translate, unit_scale
from components.model import is_partial_date

# The indicators the page charts, in the order it shows them.
TRADE_METRICS = (
    "trade_value",
    "trade_growth",
    "partner_countries",
    "registered_businesses",
    "companies",
    "cargo",
    "vehicles",
    "passengers",
    "customs_revenue",
    "container_throughput",
    "bulk_throughput",
)
# Columns of the shown table and of the CSV, in order, with their header keys (the chart reads a few more).
HEADER_KEYS = {
    "date": "trade.col_date",
    "value": "trade.col_value",
    "subject": "trade.col_subject",
    "scope": "trade.col_scope",
    "country": "trade.col_country",
    "source": "trade.col_source",
    "notes": "trade.col_notes",
}
TABLE_COLUMNS = tuple(HEADER_KEYS)


@dataclass(frozen=True)
class Indicator:
    """One chart: a metric in one unit (counts in different units never share an axis)."""

    metric: str
    unit: str


def year_of_date(text: object) -> int | None:
    """The year of a partial ISO date, or None when the cell is empty or not a date."""
    value = str(text or "")
    return int(value[:4]) if is_partial_date(value) else None


def _when(text: str) -> pd.Timestamp:
    # A period is drawn at its end's first day: "2023-09" (January–September) at 1 September.
    parts = [int(part) for part in text.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    return pd.Timestamp(year=year, month=month, day=day)


def build_observations(
    figures: pd.DataFrame,
    sources: pd.DataFrame,
    subject_names: Mapping[str, str],
    country_names: Mapping[str, str],
    lang: str,
    as_of: int | None = None,
) -> pd.DataFrame:
    """The dated trade and traffic figures, one row each, ready to chart and to tabulate.

    Args:
        figures: Figures of the view (``figures.csv`` rows after the filters).
        sources: ``sources.csv``, for the titles named beside each value.
        subject_names: Place, facility and corridor ids to names in ``lang``.
        country_names: ISO codes to country names in ``lang``.
        lang: The language of every text built here.
        as_of: Leave out figures dated after this year (None keeps all).

    Returns:
        Columns ``id``, ``metric``, ``unit``, ``series``, ``when`` (timestamp), the texts of
        ``TABLE_COLUMNS`` and ``amount`` (the value scaled as ``lang`` writes the unit), sorted by
        indicator order then date. Figures without a date cannot be placed in time and are left out.
    """
    titles = dict(zip(sources["source_id"], sources["title"], strict=True))
    rows = []
    for record in figures.to_dict("records"):
        metric, date = str(record["metric"]), str(record["date"])
        year = year_of_date(date)
        if metric not in TRADE_METRICS or year is None or (as_of is not None and year > as_of):
            continue
        unit = str(record["unit"])
        country = str(record.get("country", "") or "")
        rows.append(
            {
                "id": record["id"],
                "metric": metric,
                "unit": unit,
                "series": f"{record['subject_id']}|{unit}|{record['scope']}",
                "when": _when(date),
                "amount": float(record["value"]) * unit_scale(unit, lang),
                "date": format_date(date, lang),
                "value": format_measure(record["value"], record["qualifier"], unit, lang),
                "subject": subject_names.get(str(record["subject_id"]), str(record["subject_id"])),
                "scope": mark_english(str(record["scope"]), lang),
                "country": country_names.get(country, country),
                "source": "; ".join(titles.get(source, source) for source in record["sources"]),
                "notes": mark_english(str(record["notes"]), lang) if record["notes"] else "",
                "_order": TRADE_METRICS.index(metric),
            }
        )
    columns = ["id", "metric", "unit", "series", "when", "amount", *TABLE_COLUMNS]
    if not rows:
        return pd.DataFrame(columns=columns)
    table = pd.DataFrame(rows).sort_values(["_order", "unit", "when"], kind="stable")
    return table[columns].reset_index(drop=True)


def indicators(observations: pd.DataFrame) -> list[Indicator]:
    """The charts to draw, in the order of ``TRADE_METRICS`` (one per metric and unit)."""
    pairs = dict.fromkeys(zip(observations["metric"], observations["unit"], strict=True))
    return [Indicator(str(metric), str(unit)) for metric, unit in pairs]


def select_indicator(observations: pd.DataFrame, indicator: Indicator) -> pd.DataFrame:
    """The observations of one chart."""
    keep = (observations["metric"] == indicator.metric) & (observations["unit"] == indicator.unit)
    return observations[keep].reset_index(drop=True)


def indicator_title(indicator: Indicator, lang: str) -> str:
    """The chart's heading: the metric and its unit written out (the unit names its currency)."""
    return translate(
        "trade.chart_title",
        lang,
        metric=term("metric.", indicator.metric, lang),
        unit=term("unit.", indicator.unit, lang),
    )


def table_rows(observations: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table under a chart and the CSV: the texts only, with headers in ``lang``."""
    headers = {column: translate(HEADER_KEYS[column], lang) for column in TABLE_COLUMNS}
    return observations[list(TABLE_COLUMNS)].rename(columns=headers).reset_index(drop=True)


def build_chart(
    observations: pd.DataFrame, indicator: Indicator, lang: str, width: int | str = "container"
) -> tuple[pd.DataFrame, dict[str, object]]:
    """One indicator's chart as its data and Vega-Lite spec: a point per figure with its source on
    hover; a line joins the points of each series (same subject, unit and scope) and never points
    of different series.

    A plain spec, not an Altair chart: Altair validated each of the page's charts against the
    Vega-Lite schema on every run, and the spec is ours and fixed.
    """
    frame = select_indicator(observations, indicator)
    # One colour per series, named by its scope and subject (the text a reader can tell apart).
    frame = frame.assign(label=frame["scope"] + " — " + frame["subject"])
    encoding = {
        # Years only: Vega would write month names in English.
        "x": {
            "field": "when",
            "type": "temporal",
            "title": translate(HEADER_KEYS["date"], lang),
            "axis": {"format": "%Y", "tickCount": "year"},
        },
        "y": {"field": "amount", "type": "quantitative", "title": term("unit.", indicator.unit, lang)},
        "color": {
            "field": "label",
            "type": "nominal",
            "title": translate(HEADER_KEYS["scope"], lang),
            "legend": {"orient": "bottom", "direction": "vertical", "labelLimit": 600},
        },
    }
    tooltip = [
        {"field": column, "type": "nominal", "title": translate(HEADER_KEYS[column], lang)}
        for column in ("date", "value", "scope", "subject", "source")
    ]
    spec: dict[str, object] = {
        # Only the width fits the page: the legend below adds to the height instead of squashing the plot.
        "width": width,
        "height": 240,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "layer": [
            {
                "mark": {"type": "line", "strokeWidth": 2},
                "encoding": {**encoding, "detail": {"field": "series", "type": "nominal"}},
            },
            {
                "mark": {"type": "point", "filled": True, "size": 110, "opacity": 1},
                "encoding": {**encoding, "tooltip": tooltip},
            },
        ],
    }
    return frame, spec
