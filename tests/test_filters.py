"""Unit tests of the view state: URL <-> state tables, garbage fallbacks, apply_*() and the summary line."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from components.filters import (
    ViewState,
    Vocabulary,
    apply_companies,
    apply_corridors,
    apply_facilities,
    apply_figures,
    apply_partners,
    apply_places,
    apply_view,
    describe_filters,
    params_from_state,
    recover_choice,
    shared_params,
    state_from_params,
)
from components.model import Dataset

VOCABULARY = Vocabulary(
    facilities=("bonded-warehousing", "air-freight", "uzbekistan-industrial-park"),
    countries=("CHN", "PAK", "UZB", "KGZ"),
    statuses=("operating", "under construction", "planned"),
    sites=("kashgar-ftz", "sost-dry-port", "andijan"),
    languages=("en", "zh", "ur"),
)

PLACES = pd.DataFrame(
    {
        "id": ["kashgar-ftz", "sost-dry-port", "andijan"],
        "country": ["CHN", "PAK", "UZB"],
        "status": ["operating", "operating", ""],
    }
)
FACILITIES = pd.DataFrame(
    {
        "id": ["bonded-warehousing", "air-freight", "uzbekistan-industrial-park"],
        "place_id": ["kashgar-ftz", "kashgar-ftz", ""],
        "status": ["operating", "operating", ""],
    }
)
CORRIDORS = pd.DataFrame(
    {
        "id": ["karakoram-highway", "cku-railway"],
        "status": ["operating", "under construction"],
        "waypoints": [("kashgar", "sost-dry-port"), ("kashgar", "andijan")],
    }
)
FIGURES = pd.DataFrame(
    {
        "id": ["ftz-area", "sost-distance", "cku-length", "dtc-companies"],
        "subject_id": ["kashgar-ftz", "kashgar-ftz", "cku-railway", "digital-trade-centre"],
        "to_id": ["", "sost-dry-port", "", ""],
    }
)
PARTNERS = pd.DataFrame({"country": ["UZB", "KGZ", "PAK"], "relation": ["twin park", "corridor country", "twin park"]})
COMPANIES = pd.DataFrame(
    {"name": ["A", "B", "C"], "country": ["CHN", "PAK", "UZB"], "facility_id": ["air-freight", "", "air-freight"]}
)
NAMES = {"bonded-warehousing": "Bonded warehousing", "air-freight": "Air freight facilities"}
COUNTRIES = {"PAK": "Pakistan", "CHN": "China", "UZB": "Uzbekistan"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ViewState()),
        ({"facility": ["bonded-warehousing"]}, ViewState(facilities=("bonded-warehousing",))),
        (
            {"facility": ["bonded-warehousing,air-freight"], "country": ["UZB"]},
            ViewState(facilities=("bonded-warehousing", "air-freight"), countries=("UZB",)),
        ),
        ({"country": ["UZB", "PAK"]}, ViewState(countries=("UZB", "PAK"))),
        ({"country": ["uzb, pak"]}, ViewState(countries=("UZB", "PAK"))),
        ({"status": ["under construction"]}, ViewState(statuses=("under construction",))),
        ({"site": ["andijan"], "lang": ["ZH"]}, ViewState(site="andijan", lang="zh")),
        ({"year": ["2024"]}, ViewState(year=2024)),
    ],
)
def test_url_gives_the_expected_state(query: dict[str, list[str]], expected: ViewState) -> None:
    """Each table row's query parses to the state it describes, with no notice."""
    state = state_from_params(query, VOCABULARY)
    assert state == expected
    assert state.notices == ()


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (ViewState(), {}),
        (
            ViewState(facilities=("bonded-warehousing", "air-freight")),
            {"facility": ["bonded-warehousing", "air-freight"]},
        ),
        (ViewState(countries=("UZB",), lang="ur"), {"country": ["UZB"], "lang": ["ur"]}),
        (ViewState(site="andijan", year=2030), {"site": ["andijan"], "year": ["2030"]}),
    ],
)
def test_state_gives_short_url_and_back(state: ViewState, expected: dict[str, list[str]]) -> None:
    """A state writes only its non-default parameters, and they parse back to the same state."""
    assert params_from_state(state) == expected
    assert state_from_params(params_from_state(state), VOCABULARY) == state


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ({"facility": ["nope"]}, "facility"),
        ({"country": ["XXX"]}, "country"),
        ({"country": ["PAKISTAN"]}, "country"),
        ({"status": ["closed"]}, "status"),
        ({"site": ["<script>"]}, "site"),
        ({"lang": ["fr"]}, "lang"),
        ({"year": ["20x4"]}, "year"),
        ({"year": ["1900"]}, "year"),
    ],
)
def test_garbage_value_falls_back_to_default_with_a_notice(query: dict[str, list[str]], param: str) -> None:
    """An unknown value leaves the default view and is reported as a notice for its parameter."""
    state = state_from_params(query, VOCABULARY)
    assert state == ViewState()
    assert [notice.param for notice in state.notices] == [param]


def test_shared_params_leave_out_site_and_year() -> None:
    """Only the filters and the language follow a person to another page."""
    state = ViewState(facilities=("air-freight",), countries=("PAK",), site="andijan", year=2024, lang="zh")
    assert shared_params(state) == {"facility": ["air-freight"], "country": ["PAK"], "lang": ["zh"]}


@given(st.dictionaries(st.text(max_size=12), st.lists(st.text(max_size=40), max_size=5), max_size=6))
def test_state_from_params_never_raises_on_arbitrary_text(query: dict[str, list[str]]) -> None:
    """Arbitrary keys and values never raise, and every kept value is in the vocabulary."""
    state = state_from_params(query, VOCABULARY)
    assert set(state.facilities) <= set(VOCABULARY.facilities)
    assert set(state.countries) <= set(VOCABULARY.countries)
    assert set(state.statuses) <= set(VOCABULARY.statuses)
    assert state.site in ("", *VOCABULARY.sites)
    assert state.lang in VOCABULARY.languages


@given(
    st.lists(
        st.one_of(st.sampled_from(VOCABULARY.countries), st.sampled_from(("uzb", "Pak")), st.text(max_size=5)),
        max_size=8,
    )
)
def test_country_values_are_upper_case_codes_of_the_vocabulary(values: list[str]) -> None:
    """Country codes in any case come out as the vocabulary's own upper-case codes."""
    state = state_from_params({"country": values}, VOCABULARY)
    assert all(code in VOCABULARY.countries for code in state.countries)
    assert len(set(state.countries)) == len(state.countries)


def test_facility_filter_keeps_places_hosting_it() -> None:
    """Places are narrowed to those that host a selected facility."""
    shown = apply_places(PLACES, FACILITIES, ViewState(facilities=("bonded-warehousing",)))
    assert list(shown["id"]) == ["kashgar-ftz"]


def test_country_filter_drops_facilities_without_a_published_location() -> None:
    """A facility whose place is not published cannot be in a selected country."""
    shown = apply_facilities(FACILITIES, PLACES, ViewState(countries=("CHN",)))
    assert list(shown["id"]) == ["bonded-warehousing", "air-freight"]


def test_corridors_pass_through_a_place_in_view() -> None:
    """With a country filter a corridor stays only if one of its waypoints is still shown."""
    state = ViewState(countries=("UZB",))
    places = apply_places(PLACES, FACILITIES, state)
    assert list(apply_corridors(CORRIDORS, places, state)["id"]) == ["cku-railway"]


def test_corridor_status_filter_applies_to_the_corridor_itself() -> None:
    """A status filter keeps corridors of that status whatever their places."""
    state = ViewState(statuses=("operating",))
    places = apply_places(PLACES, FACILITIES, state)
    assert list(apply_corridors(CORRIDORS, places, state)["id"]) == ["karakoram-highway"]


def test_figures_follow_the_subjects_in_view() -> None:
    """Figures about, or measured to, a subject in view are kept; the others are dropped."""
    state = ViewState(countries=("PAK",))
    places = apply_places(PLACES, FACILITIES, state)
    facilities = apply_facilities(FACILITIES, PLACES, state)
    corridors = apply_corridors(CORRIDORS, places, state)
    shown = apply_figures(FIGURES, places, facilities, corridors, state)
    assert list(shown["id"]) == ["sost-distance"]


def test_figures_about_a_selected_partner_country_are_kept() -> None:
    """A figure whose country column names a selected country stays though its subject is elsewhere."""
    figures = FIGURES.assign(country=["", "", "", "PAK"])
    state = ViewState(countries=("PAK",))
    places = apply_places(PLACES, FACILITIES, state)
    facilities = apply_facilities(FACILITIES, PLACES, state)
    corridors = apply_corridors(CORRIDORS, places, state)
    shown = apply_figures(figures, places, facilities, corridors, state)
    assert list(shown["id"]) == ["sost-distance", "dtc-companies"]


def test_no_filter_keeps_every_figure() -> None:
    """Without filters even figures about subjects that are neither places nor facilities stay."""
    shown = apply_figures(FIGURES, PLACES.iloc[0:0], FACILITIES.iloc[0:0], CORRIDORS.iloc[0:0], ViewState())
    assert len(shown) == len(FIGURES)


def test_partner_filter_keeps_rows_of_selected_countries() -> None:
    """Partner rows narrow to the selected countries."""
    partners = pd.DataFrame(
        {"country": ["UZB", "KGZ", "UZB"], "relation": ["twin park", "twin park", "corridor country"]}
    )
    assert list(apply_partners(partners, ViewState(countries=("UZB",)))["relation"]) == [
        "twin park",
        "corridor country",
    ]


def test_company_filter_uses_facility_and_home_country() -> None:
    """Companies narrow by the facility they work in and their home country."""
    companies = pd.DataFrame({"facility_id": ["air-freight", "air-freight", ""], "country": ["PAK", "CHN", "PAK"]})
    shown = apply_companies(companies, ViewState(facilities=("air-freight",), countries=("PAK",)))
    assert list(shown.index) == [0]


@pytest.mark.parametrize(
    ("state", "count", "expected"),
    [
        (ViewState(), 30, "Showing 30 places"),
        (ViewState(), 1, "Showing 1 place"),
        (
            ViewState(facilities=("bonded-warehousing",), countries=("PAK", "CHN")),
            3,
            "Showing 3 places with bonded warehousing in Pakistan and China",
        ),
        (
            ViewState(facilities=("bonded-warehousing", "air-freight"), statuses=("operating", "planned")),
            2,
            "Showing 2 places with bonded warehousing or air freight facilities that are operating or planned",
        ),
        (ViewState(countries=("UZB", "PAK", "CHN")), 4, "Showing 4 places in Uzbekistan, Pakistan and China"),
    ],
)
def test_summary_line_reads_as_plain_english(state: ViewState, count: int, expected: str) -> None:
    """The filter summary names the count, the facilities, the countries and the statuses."""
    assert describe_filters(state, count, "places", NAMES, COUNTRIES) == expected


def test_summary_line_in_chinese_has_no_english_left() -> None:
    """A Chinese summary carries the count and the translated names, and not a word of English."""
    state = ViewState(countries=("PAK", "CHN"), statuses=("operating",))
    line = describe_filters(state, 2, "facilities", NAMES, {"PAK": "巴基斯坦", "CHN": "中国"}, lang="zh")
    assert "2" in line and "巴基斯坦" in line and "中国" in line and "运营" in line
    assert re.search("[A-Za-z]", line) is None, line


_TEXTS = {"Pakistan (PAK)": "PAK", "巴基斯坦 (PAK)": "PAK", "China (CHN)": "CHN"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("PAK", "PAK"),
        ("巴基斯坦 (PAK)", "PAK"),
        ("Atlantis (ATL)", None),
        (["PAK", "CHN"], ["PAK", "CHN"]),
        (["Pakistan (PAK)", "CHN"], ["PAK", "CHN"]),
        (["Pakistan (PAK)", "PAK", "Atlantis (ATL)"], ["PAK"]),
        ([], []),
    ],
)
def test_recover_choice_turns_option_texts_back_into_ids(value: object, expected: object) -> None:
    assert recover_choice(value, {"PAK", "CHN"}, lambda: _TEXTS) == expected


def test_recover_choice_reads_the_texts_only_when_a_text_turns_up() -> None:
    def texts() -> dict[str, str]:
        raise AssertionError("texts were built for a value of ids")

    assert recover_choice(["PAK"], {"PAK"}, texts) == ["PAK"]
    assert recover_choice("PAK", {"PAK"}, texts) == "PAK"


# Two legs of the network: one operating from the zone to Sost, one under construction from Andijan.
LINKS = pd.DataFrame(
    {
        "id": ["leg-ftz-sost", "leg-andijan-ftz"],
        "from": ["kashgar-ftz", "andijan"],
        "to": ["sost-dry-port", "kashgar-ftz"],
        "status": ["operating", "under construction"],
        "waypoints": [(), ()],
    }
)


def _dataset(companies: pd.DataFrame | None = COMPANIES) -> Dataset:
    empty = pd.DataFrame()
    return Dataset(
        PLACES, CORRIDORS, FACILITIES, FIGURES, PARTNERS, empty, empty, empty, empty, LINKS, empty, companies
    )


@pytest.mark.parametrize(
    ("state", "places", "facilities", "corridors", "figures", "partners", "companies", "links"),
    [
        (
            ViewState(),
            ["kashgar-ftz", "sost-dry-port", "andijan"],
            ["bonded-warehousing", "air-freight", "uzbekistan-industrial-park"],
            ["karakoram-highway", "cku-railway"],
            ["ftz-area", "sost-distance", "cku-length", "dtc-companies"],
            ["UZB", "KGZ", "PAK"],
            ["A", "B", "C"],
            ["leg-ftz-sost", "leg-andijan-ftz"],
        ),
        (
            ViewState(countries=("PAK",)),
            ["sost-dry-port"],
            [],
            ["karakoram-highway"],
            ["sost-distance"],
            ["PAK"],
            ["B"],
            ["leg-ftz-sost"],
        ),
        (
            ViewState(facilities=("air-freight",)),
            ["kashgar-ftz"],
            ["air-freight"],
            [],
            ["ftz-area", "sost-distance"],
            ["UZB", "KGZ", "PAK"],
            ["A", "C"],
            ["leg-ftz-sost", "leg-andijan-ftz"],
        ),
        (
            ViewState(statuses=("under construction",)),
            [],
            [],
            ["cku-railway"],
            ["cku-length"],
            ["UZB", "KGZ", "PAK"],
            ["A", "B", "C"],
            ["leg-andijan-ftz"],
        ),
        (ViewState(countries=("KGZ",)), [], [], [], [], ["KGZ"], [], []),
    ],
)
def test_apply_view_narrows_every_table_in_dependency_order(
    state: ViewState,
    places: list[str],
    facilities: list[str],
    corridors: list[str],
    figures: list[str],
    partners: list[str],
    companies: list[str],
    links: list[str],
) -> None:
    """apply_view filters places first, facilities, corridors and legs through the places left, figures about any of them."""
    view = apply_view(_dataset(), state)
    assert list(view.places["id"]) == places
    assert list(view.facilities["id"]) == facilities
    assert list(view.corridors["id"]) == corridors
    assert list(view.figures["id"]) == figures
    assert list(view.partners["country"]) == partners
    assert view.companies is not None
    assert list(view.companies["name"]) == companies
    assert list(view.links["id"]) == links


def test_apply_view_keeps_companies_absent_when_the_file_is() -> None:
    """A dataset without companies.csv gives a view without companies, not an empty table."""
    assert apply_view(_dataset(companies=None), ViewState(countries=("PAK",))).companies is None
