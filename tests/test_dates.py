"""Unit tests for components.dates: the one parser of partial dates, and what existed in a year."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pandas as pd
import pytest

from components import dates
from components.i18n import format_date
from components.model import Dataset, is_partial_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-11-11", dates.PartialDate(2023, 11, 11)),
        ("2024-10", dates.PartialDate(2024, 10)),
        ("1999", dates.PartialDate(1999)),
        (" 2024-02-29 ", dates.PartialDate(2024, 2, 29)),
        ("2023-02-29", None),
        ("2023-13", None),
        ("2023-00", None),
        ("23-01-01", None),
        ("2023-1-01", None),
        ("2023--01", None),
        ("2023-01-01T00:00", None),
        ("", None),
        (None, None),
        ("not published", None),
    ],
)
def test_parse_partial_date_reads_year_month_day_and_refuses_the_rest(text: object, expected: object) -> None:
    """YYYY, YYYY-MM and YYYY-MM-DD that name a real day parse; anything else is None."""
    assert dates.parse_partial_date(text) == expected


@pytest.mark.parametrize(
    ("text", "first_day"),
    [("2023-11-11", dt.date(2023, 11, 11)), ("2024-10", dt.date(2024, 10, 1)), ("1999", dt.date(1999, 1, 1))],
)
def test_first_day_of_a_partial_date(text: str, first_day: dt.date) -> None:
    """A year means its 1 January and a month its 1st (what the timeline plots)."""
    parsed = dates.parse_partial_date(text)
    assert parsed is not None and parsed.first_day == first_day


@pytest.mark.parametrize("text", ["2023-11-11", "2024-10", "1999", "2023-02-29", "2023-13", "99", "", "1999?"])
def test_validation_and_the_year_control_agree_on_what_is_a_date(text: str) -> None:
    """The validator accepts exactly the texts the year control reads a year from."""
    accepted = dates.parse_partial_date(text) is not None
    assert is_partial_date(text) is accepted
    assert (dates.year_of(text) is not None) is accepted


@pytest.mark.parametrize(
    ("text", "shown"), [("2023-11-11", "11 November 2023"), ("2024-10", "October 2024"), ("2023-02-30", "2023-02-30")]
)
def test_format_date_writes_what_the_parser_reads(text: str, shown: str) -> None:
    """The formatter writes the parsed date at its precision, and a non-date as it is."""
    assert format_date(text, "en") == shown


@pytest.mark.parametrize(
    ("date", "expected"),
    [("2023-11-11", 2023), ("2024-10", 2024), ("1999", 1999), ("", None), (None, None)],
)
def test_year_of_reads_partial_dates(date: object, expected: int | None) -> None:
    """The year of YYYY, YYYY-MM and YYYY-MM-DD; None for an empty date."""
    assert dates.year_of(date) == expected


@pytest.mark.parametrize(
    ("opened", "year", "expected"),
    [
        ("2023-11-11", None, True),
        ("2023-11-11", 2010, False),
        ("2023-11-11", 2023, True),
        ("", 1980, True),
        ("1999", 2000, True),
    ],
)
def test_exists_in_year(opened: str, year: int | None, expected: bool) -> None:
    """Things appear from their opening year; undated things are always drawn."""
    assert dates.exists_in(opened, year) is expected


def test_year_range_runs_from_first_event_to_today(dataset: Dataset) -> None:
    """The year control starts at the first dated event (1979) and ends at this year."""
    assert dates.year_range(dataset, 2026) == (1979, 2026)


def test_year_range_of_an_undated_dataset_is_this_year(dataset: Dataset) -> None:
    """With no dated event at all, the year control offers only this year."""
    undated = replace(
        dataset,
        places=dataset.places.assign(opened=""),
        facilities=dataset.facilities.assign(opened=""),
        milestones=dataset.milestones.iloc[0:0],
    )
    assert dates.year_range(undated, 2026) == (2026, 2026)


def test_corridor_first_years_take_each_subjects_earliest_milestone() -> None:
    """A subject's first year is the minimum over its dated milestones; undated ones are ignored."""
    milestones = pd.DataFrame({"subject_id": ["a", "a", "b", "c"], "date": ["2019-05", "2015", "2020-01-02", ""]})
    assert dates.corridor_first_years(milestones) == {"a": 2015, "b": 2020}
