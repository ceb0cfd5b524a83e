"""Property tests of the URL-to-state parser: any query string gives a valid state, never an error."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from components.filters import (
    LIST_PARAMS,
    MAX_VALUE_LENGTH,
    MAX_VALUES,
    PARAM_FACILITY,
    PARAM_LANG,
    PARAM_SITE,
    PARAM_YEAR,
    ViewState,
    Vocabulary,
    params_from_state,
    state_from_params,
)

VOCABULARY = Vocabulary(
    facilities=("bonded-warehousing", "customs-clearance", "air-freight"),
    countries=("PAK", "CHN", "UZB", "KGZ"),
    statuses=("operating", "under construction", "planned"),
    sites=("kashgar-ftz", "gwadar-port", "sost-dry-port"),
    languages=("en", "zh", "ur"),
)
PARAMS = (*LIST_PARAMS, PARAM_SITE, PARAM_LANG, PARAM_YEAR)

# Hostile text: script, template literals, percent-encoding, controls, bidi overrides, huge values.
HOSTILE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "${alert(1)}",
        "`",
        "%3Cscript%3E",
        "%2C%2C",
        "\u202ePAK",
        "\x00",
        "javascript:alert(1)",
        "PAK" * 4_000,
        " , , ",
        "",
    ]
)
VALUE = st.one_of(
    st.text(max_size=80),
    HOSTILE,
    st.sampled_from(VOCABULARY.facilities + VOCABULARY.countries + VOCABULARY.statuses + VOCABULARY.sites),
    st.sampled_from(("en", "ZH", "ur", "2024", "1969", "２０２４", "-1", "99999")),
)
QUERY = st.dictionaries(
    st.one_of(st.sampled_from(PARAMS), st.text(max_size=10)), st.lists(VALUE, max_size=6), max_size=8
)


@given(QUERY)
def test_any_query_gives_a_state_inside_the_vocabulary(params: dict[str, list[str]]) -> None:
    """Whatever the URL holds, every kept value is one the dataset knows."""
    state = state_from_params(params, VOCABULARY)
    assert set(state.facilities) <= set(VOCABULARY.facilities)
    assert set(state.countries) <= set(VOCABULARY.countries)
    assert set(state.statuses) <= set(VOCABULARY.statuses)
    assert state.site in ("", *VOCABULARY.sites)
    assert state.lang in VOCABULARY.languages
    assert state.year is None or VOCABULARY.years[0] <= state.year <= VOCABULARY.years[1]


@given(QUERY)
def test_notices_are_short(params: dict[str, list[str]]) -> None:
    """A notice quotes at most MAX_VALUE_LENGTH characters of the value (plus an ellipsis)."""
    state = state_from_params(params, VOCABULARY)
    assert all(len(notice.value) <= MAX_VALUE_LENGTH + 1 for notice in state.notices)
    assert all(notice.param in PARAMS for notice in state.notices)


@given(QUERY)
def test_parsing_is_idempotent(params: dict[str, list[str]]) -> None:
    """The URL written for a parsed state parses back to the same state."""
    state = state_from_params(params, VOCABULARY)
    again = state_from_params(params_from_state(state), VOCABULARY)
    assert again == state
    assert again.notices == ()


@given(
    st.builds(
        ViewState,
        facilities=st.lists(st.sampled_from(VOCABULARY.facilities), unique=True).map(tuple),
        countries=st.lists(st.sampled_from(VOCABULARY.countries), unique=True).map(tuple),
        statuses=st.lists(st.sampled_from(VOCABULARY.statuses), unique=True).map(tuple),
        site=st.sampled_from(("", *VOCABULARY.sites)),
        lang=st.sampled_from(VOCABULARY.languages),
        year=st.one_of(st.none(), st.integers(*VOCABULARY.years)),
    )
)
def test_every_valid_state_survives_a_round_trip(state: ViewState) -> None:
    """A state built from the vocabulary comes back unchanged from its own URL."""
    assert state_from_params(params_from_state(state), VOCABULARY) == state


@given(st.lists(HOSTILE, min_size=1, max_size=6))
def test_only_unknown_values_give_the_default_view(values: list[str]) -> None:
    """When no value is known, the view is the default one."""
    state = state_from_params({param: values for param in PARAMS}, VOCABULARY)
    assert state == ViewState()


@settings(max_examples=20)
@given(st.lists(st.sampled_from(VOCABULARY.facilities), min_size=1, max_size=200))
def test_repeated_values_are_kept_once(values: list[str]) -> None:
    """A facility repeated in the URL is selected once, in first-seen order."""
    state = state_from_params({PARAM_FACILITY: values}, VOCABULARY)
    assert state.facilities == tuple(dict.fromkeys(values))
    assert state.notices == ()


def _parse_cpu_seconds(count: int) -> float:
    """The least CPU time (of three runs) to parse every parameter holding ``count`` distinct values."""
    values = ",".join(f"v{index}" for index in range(count))
    params = {param: [values] for param in PARAMS}
    runs = []
    for _ in range(3):
        started = time.process_time()
        state_from_params(params, VOCABULARY)
        runs.append(time.process_time() - started)
    return min(runs)


def test_a_huge_list_of_distinct_values_parses_in_linear_time() -> None:
    """A 2 MB URL of distinct values (about Chromium's limit) gives the default view, and ten times the
    values cost about ten times the CPU, not a hundred (a list membership test per value would)."""
    huge = ",".join(f"v{index}" for index in range(300_000))
    state = state_from_params({param: [huge] for param in PARAMS}, VOCABULARY)
    assert state == ViewState()
    assert len(state.notices) <= len(PARAMS) * MAX_VALUES * 2
    # CPU time of this process, not the wall clock: other work on the machine does not count.
    assert _parse_cpu_seconds(300_000) < 30 * _parse_cpu_seconds(30_000)
