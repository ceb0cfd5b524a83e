"""Tests of issue 14's /trade page: the pure series builders (components.trade) and the page itself (AppTest)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pandas as pd
import pytest

from components.data import read_dataset
from components.downloads import build_csv
from components.i18n import names_by_id, translate
from components.model import Dataset
from components.partner_map import build_partner_features
from components.partner_panels import build_partner_countries, build_region_rows, relation_labels
from components.trade import Indicator, build_chart, build_observations, indicators, table_rows
from components.trade_panels import points_open_key
from tests.apptest import open_page, shown_texts

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    """The shipped data."""
    return read_dataset(ROOT / "data")


def observations(dataset: Dataset, lang: str = "en", as_of: int | None = None) -> pd.DataFrame:
    """The /trade rows of the whole dataset."""
    names = names_by_id(dataset.places, "id", lang) | names_by_id(dataset.facilities, "id", lang)
    countries = names_by_id(dataset.countries, "iso3", lang)
    return build_observations(dataset.figures, dataset.sources, names, countries, lang, as_of)


def test_prefecture_trade_is_one_series_and_partial_years_are_apart(dataset: Dataset) -> None:
    """Whole years of Kashgar's trade share one series; January–September 2023 is a series of its own."""
    rows = observations(dataset)
    kashgar = rows[(rows["metric"] == "trade_value") & rows["id"].str.startswith("kashgar-trade-")]
    whole = kashgar[kashgar["id"].isin(["kashgar-trade-2013", "kashgar-trade-2022", "kashgar-trade-2024"])]
    assert whole["series"].nunique() == 1
    partial = kashgar[kashgar["id"] == "kashgar-trade-2023-09"]
    assert partial["series"].iloc[0] != whole["series"].iloc[0]


def test_every_point_names_its_source_scope_and_unit(dataset: Dataset) -> None:
    """Each row carries a source title, its scope and a value written with its unit."""
    rows = observations(dataset)
    assert len(rows) >= 30
    assert (rows["source"] != "").all() and (rows["scope"] != "").all()
    revenue = rows[rows["id"] == "sost-revenue-2025-10"].iloc[0]
    assert revenue["value"] == "1.88 billion Pakistani rupees"
    assert "Rs1.88 Billion Revenue" in revenue["source"]


def test_as_of_leaves_out_later_figures(dataset: Dataset) -> None:
    """With "as of 2022", nothing dated 2023 or later is shown."""
    rows = observations(dataset, as_of=2022)
    assert not rows.empty
    assert max(rows["when"]).year <= 2022


def test_indicators_split_metrics_by_unit(dataset: Dataset) -> None:
    """Partner counts in "countries" and in "countries and regions" are separate charts."""
    charts = indicators(observations(dataset))
    assert Indicator("partner_countries", "countries") in charts
    assert Indicator("partner_countries", "countries and regions") in charts
    assert charts[0].metric == "trade_value"


def test_chart_joins_only_within_a_series_and_has_the_source_on_hover(dataset: Dataset) -> None:
    """The line layer is split by series; the point layer's tooltip includes the source."""
    data, spec = build_chart(observations(dataset), Indicator("trade_value", "billion yuan"), "en")
    line, points = spec["layer"]  # type: ignore[misc]
    assert data["series"].nunique() >= 2
    assert line["encoding"]["detail"]["field"] == "series"
    assert "source" in [tip["field"] for tip in points["encoding"]["tooltip"]]
    assert spec["layer"][0]["mark"]["type"] == "line"


def test_chinese_values_are_scaled_to_the_chinese_unit(dataset: Dataset) -> None:
    """99.44 billion yuan is charted as 994.4 (亿元) on a Chinese page."""
    rows = observations(dataset, "zh")
    amount = rows[rows["id"] == "kashgar-trade-2024"]["amount"].iloc[0]
    assert amount == pytest.approx(994.4)


def test_download_is_formula_safe_and_translated(dataset: Dataset) -> None:
    """The CSV has the table's translated headers, and a cell starting with "=" is neutralised."""
    rows = observations(dataset, "zh")
    table = table_rows(rows, "zh")
    assert list(table.columns)[0] == translate("trade.col_date", "zh")
    hostile = table.copy()
    hostile.iloc[0, 4] = "=HYPERLINK(1)"
    assert b"\n'=HYPERLINK" in build_csv(hostile) or b",'=HYPERLINK" in build_csv(hostile)


def test_region_rows_keep_the_statement_on_the_region(dataset: Dataset) -> None:
    """Central Asia is one row naming its five M49 members; none of them gets a partner row from it."""
    names = names_by_id(dataset.countries, "iso3", "en")
    rows = build_region_rows(dataset.regions, names, dataset.sources, "en")
    central = rows[(rows["region"] == "Central Asia") & (rows["relation"] == "e-commerce origin")].iloc[0]
    assert central["members"] == "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan"
    assert "TKM" not in set(dataset.partners["country"])


@pytest.mark.parametrize("lang", ["en", "zh", "ur"])
def test_trade_page_draws_a_chart_and_table_per_indicator(lang: str) -> None:
    """/trade renders without exception: a chart for each indicator, its table once opened, and a download."""
    at = open_page("pages/7_trade.py", {"lang": lang}, panels_open=True)
    assert not at.exception
    charts = at.get("vega_lite_chart")
    assert len(charts) >= 8
    assert len(at.dataframe) == len(charts)
    assert translate("trade.title", lang) in shown_texts(at)


def test_trade_tables_are_drawn_only_when_opened() -> None:
    """/trade arrives with its charts and no table (the data grid's code stays off its first load);
    opening one indicator's expander draws that indicator's table, with every point's source."""
    at = open_page("pages/7_trade.py", {"lang": "en"})
    assert not at.exception
    assert len(at.get("vega_lite_chart")) >= 8
    assert len(at.dataframe) == 0
    assert [e.label for e in at.expander if e.label.startswith("Every figure with its source")]
    at.session_state[points_open_key(0)] = True
    at.run()
    assert len(at.dataframe) == 1
    assert at.dataframe[0].value["Source"].str.len().min() > 0


def test_trade_page_follows_the_country_filter() -> None:
    """?country=PAK keeps Pakistani places' series and the Kashgar–Pakistan figures, not Kashgar's total trade."""
    at = open_page("pages/7_trade.py", {"country": "PAK"}, panels_open=True)
    assert not at.exception
    shown = pd.concat([frame.value for frame in at.dataframe])
    scopes = set(shown["Scope"])
    assert any("Kashgar and Pakistan" in scope for scope in scopes)
    assert any("Sost" in scope for scope in scopes)
    assert not any(scope.startswith("Foreign trade (imports plus exports), Kashgar prefecture") for scope in scopes)


def test_trade_page_as_of_year_from_the_url() -> None:
    """?year=2022 shows no figure dated after 2022."""
    at = open_page("pages/7_trade.py", {"year": "2022"}, panels_open=True)
    assert not at.exception
    dates = pd.concat([frame.value for frame in at.dataframe])["Date"]
    assert all(int(date[-4:]) <= 2022 for date in dates)


@pytest.mark.parametrize(
    ("file", "column", "bad", "message"),
    [
        (
            "regions.csv",
            "members",
            "KAZ;XXX",
            'regions.csv, row 2, column members: expected ids from countries.csv, got "XXX"',
        ),
        ("figures.csv", "country", "XKX", "figures.csv, row 2, column country: expected an ISO 3166-1 alpha-3 code"),
        ("figures.csv", "date", "Q3 2024", "figures.csv, row 2, column date: expected a date written YYYY"),
        ("figures.csv", "unit", "", "figures.csv, row 2, column unit: expected a value (this column is required)"),
    ],
)
def test_trade_page_shows_a_bad_file_message_and_changes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, column: str, bad: str, message: str
) -> None:
    """A broken regions or figures cell stops /trade with the validator's message; the folder is left as it was."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    path = folder / file
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows[1][rows[0].index(column)] = bad
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(folder))
    at = open_page("pages/7_trade.py", {"lang": "en"})
    assert not at.exception
    assert at.error
    assert message in at.code[0].value
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_partner_map_draws_every_named_partner_country(dataset: Dataset) -> None:
    """Each of the named partner countries has an outline on the partner map, and no region member is added."""
    names = names_by_id(dataset.countries, "iso3", "en")
    countries = build_partner_countries(dataset.partners, dataset.countries, names)
    features = build_partner_features(countries, relation_labels("en"))
    drawn = {feature["properties"]["tooltip"][-4:-1] for feature in features["features"]}
    assert drawn == set(dataset.partners["country"])
    assert {"KAZ", "TJK", "AFG", "RUS", "TUR", "GHA"} <= drawn
    assert "TKM" not in drawn


def test_country_filter_offers_every_partner() -> None:
    """The sidebar's country filter lists the partner countries, Ghana and Türkiye included."""
    at = open_page("pages/7_trade.py", {"lang": "en"})
    options = at.sidebar.multiselect(key="country").options
    assert any("(GHA)" in option for option in options)
    assert any("(TUR)" in option for option in options)
