"""Unit tests of the pure panel helpers: figures and rivals, company observations, partners, sources."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from components.i18n import mark_english, translate
from components.model import Dataset
from components.panels import (
    HEADLINES,
    build_company_observations,
    count_by,
    format_value,
    measured_km,
    names_by_id,
    select_rivals,
)
from components.partner_map import (
    RELATION_COLOUR,
    build_partner_features,
    build_partner_map,
    primary_relation,
    selection_from_event,
)
from components.partner_panels import build_partner_countries, build_partner_rows
from components.source_panels import build_licences, build_source_usage, split_markdown
from tests.hostile import PAYLOADS


def _headline(label_key: str) -> object:
    return next(h for h in HEADLINES if h.label_key == label_key)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ({"value": 5400.0, "qualifier": "over", "unit": "companies"}, "over 5,400 companies"),
        ({"value": 28.48, "qualifier": "", "unit": "km²"}, "28.48 km²"),
        ({"value": float("nan"), "qualifier": "", "unit": "km"}, "not published"),
    ],
)
def test_format_value_reads_like_the_source(figure: dict[str, object], expected: str) -> None:
    """Values keep their qualifier and unit, and a missing value reads "not published"."""
    assert format_value(figure) == expected


def test_company_headline_has_the_registered_businesses_as_a_rival(dataset: Dataset) -> None:
    """Over 5,400 DTC companies are shown beside the 5,173 registered businesses of the FTZ area."""
    rivals = select_rivals(dataset.figures, _headline("headline.dtc_companies"), "dtc-companies-2025")  # type: ignore[arg-type]
    assert 5173.0 in set(rivals["value"])
    assert "dtc-companies-2025" not in set(rivals["id"])


def test_partner_headline_has_the_128_with_its_other_scope(dataset: Dataset) -> None:
    """The 118 countries are shown beside the prefecture's 128 countries and regions."""
    rivals = select_rivals(dataset.figures, _headline("headline.partner_countries"), "ftz-partner-countries-2025")  # type: ignore[arg-type]
    assert list(rivals["value"]) == [128.0]
    assert "Kashgar prefecture" in rivals["scope"].iloc[0]


def test_distance_rivals_end_where_the_headline_does(dataset: Dataset) -> None:
    """The Gwadar distance's rivals all end at Gwadar port."""
    rivals = select_rivals(dataset.figures, _headline("headline.distance_gwadar"), "distance-ftz-gwadar-2025")  # type: ignore[arg-type]
    assert len(rivals) >= 3
    assert set(rivals["to_id"]) == {"gwadar-port"}


def test_measured_distance_is_a_plausible_great_circle(dataset: Dataset) -> None:
    """Kashgar FTZ to Sost measures between 200 and 400 km in a straight line (stated: 400 km by road)."""
    km = measured_km(dataset.places, "kashgar-ftz", "sost-dry-port")
    assert km is not None and 200 < km < 400


def test_company_observations_are_dated_in_order_and_labelled_uniquely(dataset: Dataset) -> None:
    """Every company count appears once, oldest first, with a unique chart label."""
    names = names_by_id(dataset.places, "id", "en") | names_by_id(dataset.facilities, "id", "en")
    observations = build_company_observations(dataset.figures, names, "en")
    assert set(observations["id"]) >= {"dtc-companies-2025", "kashgar-area-registered-businesses-2026"}
    assert observations["label"].is_unique
    dated = [d for d in observations["date"] if d]
    assert dated == sorted(dated)


def test_count_by_names_values_and_counts_empty_cells_as_not_published() -> None:
    """Counts use display names, and an empty cell is counted as "not published"."""
    companies = pd.DataFrame({"country": ["PAK", "PAK", "", "CHN"]})
    counts = count_by(companies, "country", {"PAK": "Pakistan", "CHN": "China"})
    assert counts.to_dict("records") == [
        {"label": "Pakistan", "count": 2},
        {"label": "China", "count": 1},
        {"label": "not published", "count": 1},
    ]


def test_partner_rows_are_one_per_link_with_names(dataset: Dataset) -> None:
    """The partner table has one row per (country, relation), named, and Uzbekistan's twin park first."""
    names = names_by_id(dataset.countries, "iso3", "en")
    rows = build_partner_rows(dataset.partners, names, dataset.sources, "en")
    assert len(rows) == len(dataset.partners)
    uzbekistan = rows[rows["iso3"] == "UZB"]
    assert list(uzbekistan["relation"]) == ["twin park", "corridor country"]
    assert set(uzbekistan["country"]) == {"Uzbekistan"}


def test_partner_countries_collect_relations_in_order(dataset: Dataset) -> None:
    """Each named country appears once with its relations in the vocabulary's order."""
    names = names_by_id(dataset.countries, "iso3", "en")
    countries = build_partner_countries(dataset.partners, dataset.countries, names)
    assert countries["iso3"].is_unique
    uzbekistan = countries.set_index("iso3").loc["UZB"]
    assert uzbekistan["relations"] == ("twin park", "corridor country")
    assert uzbekistan["iso_numeric"] == "860"


@pytest.mark.parametrize(
    ("relations", "expected"),
    [(("corridor country", "twin park"), "twin park"), (("e-commerce origin",), "e-commerce origin"), ((), "")],
)
def test_primary_relation_follows_the_vocabulary_order(relations: tuple[str, ...], expected: str) -> None:
    """A country with several links is coloured by the first relation of the vocabulary."""
    assert primary_relation(relations) == expected


def _countries(name: str = "Uzbekistan") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "iso3": ["UZB", "KOR"],
            "iso_numeric": ["860", "410"],
            "name": [name, "South Korea"],
            "relations": [("twin park", "corridor country"), ("e-commerce origin",)],
        }
    )


def test_partner_features_are_coloured_by_relation_and_mark_the_selection() -> None:
    """Each country becomes a feature with its relation's colour; the selected one is flagged."""
    features = build_partner_features(_countries(), {"twin park": "twin park"}, selected=("UZB",))
    by_code = {f["properties"]["tooltip"][-4:-1]: f["properties"] for f in features["features"]}
    assert by_code["UZB"]["fill"] == RELATION_COLOUR["twin park"] and by_code["UZB"]["selected"]
    assert by_code["KOR"]["fill"] == RELATION_COLOUR["e-commerce origin"] and not by_code["KOR"]["selected"]


def test_country_without_an_outline_is_left_off_the_map() -> None:
    """A code missing from the outlines gives no feature rather than an error."""
    features = build_partner_features(_countries(), {}, geometries={"860": {"type": "Polygon", "coordinates": []}})
    assert len(features["features"]) == 1


@pytest.mark.parametrize("payload", PAYLOADS)
def test_partner_map_tooltip_carries_hostile_names_escaped(payload: str) -> None:
    """A hostile country name reaches the map's HTML only escaped, never as live markup."""
    features = build_partner_features(_countries(payload), {})
    html = build_partner_map(features).get_root().render()
    assert not re.search(r"<[a-z]+[^>]*data-pwn", html)
    assert "${alert" not in html and "{{ 7*7 }}" not in html


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"last_object_clicked_tooltip": "Uzbekistan: twin park, corridor country (UZB)"}, "UZB"),
        ({"last_object_clicked_tooltip": "  South Korea (KOR) : e-commerce origin (KOR)\n"}, "KOR"),
        ({"last_object_clicked_tooltip": "China (CHN)"}, ""),
        ({"last_object_clicked_tooltip": None}, ""),
        ({}, ""),
        ({"last_object_clicked_tooltip": "(UZB) trailing text"}, ""),
    ],
)
def test_selection_from_event_reads_the_code_of_a_drawn_country(event: dict[str, object], expected: str) -> None:
    """A click names the country by the code at the end of its tooltip, if that country is drawn."""
    assert selection_from_event(event, ("UZB", "KOR")) == expected


def test_partner_map_renders_local_assets_only() -> None:
    """The choropleth adds no script or stylesheet from another host (no branca colormap, no CDN)."""
    m = build_partner_map(build_partner_features(_countries(), {}))
    html = m.get_root().render()
    assert "d3js.org" not in html and "cdnjs" not in html and "branca" not in html.lower()


def test_source_usage_counts_citing_records_per_file(dataset: Dataset) -> None:
    """The source article is cited by every partner row that names it, and totals add up."""
    usage = build_source_usage(dataset).set_index("source_id")
    cited_by_partners = sum("source-article" in s for s in dataset.partners["sources"])
    assert usage.loc["source-article", "partners.csv"] == cited_by_partners
    file_columns = [c for c in usage.columns if c.endswith(".csv")]
    assert (usage[file_columns].sum(axis=1) == usage["total"]).all()
    assert (usage["total"] > 0).all(), "every source in sources.csv is cited"


def test_source_usage_drops_urls_that_are_not_http(dataset: Dataset) -> None:
    """Only http(s) addresses reach the link column."""
    usage = build_source_usage(dataset)
    assert all(url == "" or url.startswith(("http://", "https://")) for url in usage["url"])


def test_licences_are_counted_with_unstated_ones_named() -> None:
    """Licences are counted, and an empty licence reads "not stated"."""
    sources = pd.DataFrame({"licence": ["CC BY 4.0", "", "CC BY 4.0"]})
    assert build_licences(sources, "en").to_dict("records") == [
        {"licence": "CC BY 4.0", "sources": 2},
        {"licence": "not stated", "sources": 1},
    ]


def test_data_dictionary_code_blocks_are_kept_apart_and_prose_dollars_escaped() -> None:
    """Fenced code becomes a code block; $ < & in prose are escaped, inside code spans they are not."""
    text = "Costs $5 & <b>\n\n```\necho $HOME\n```\n\nRun `echo $PATH` now"
    assert split_markdown(text) == [
        ("markdown", "Costs \\$5 \\& \\<b>"),
        ("code", "echo $HOME"),
        ("markdown", "Run `echo $PATH` now"),
    ]


def test_builders_write_in_the_language_they_are_given(dataset: Dataset) -> None:
    """Pure builders take the language as an argument and never read the session's."""
    sources = pd.DataFrame({"licence": [""]})
    assert build_licences(sources, "zh")["licence"].tolist() == [translate("sources.licence_unstated", "zh")]
    names = names_by_id(dataset.countries, "iso3", "zh")
    rows = build_partner_rows(dataset.partners, names, dataset.sources, "zh")
    assert translate("relation.twin park", "zh") in set(rows["relation"])
    observations = build_company_observations(dataset.figures, {}, "ur")
    scoped = observations[observations["scope"] != ""].iloc[0]
    assert scoped["label"].endswith(mark_english(scoped["scope"], "ur"))
