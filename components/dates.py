"""Partial dates and what existed in a year: the one parser of the dataset's dates.

The data writes dates as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a month or a day is left out
when the source does not publish it). ``parse_partial_date`` reads them once for every
caller: validation (``model.is_partial_date``), display (``i18n.format_date``), the map's
year control (``year_of``, ``exists_in``, ``corridor_first_years``, ``year_range``) and the
timeline (``place_panels.milestone_dates``). Pure: no streamlit import.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    # Only for the annotation: model imports this module to validate dates.
    from components.model import Dataset

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A date as precise as its source: a year, a month of a year, or a day.

    Attributes:
        year: The year.
        month: The month (1-12), or None when only the year is published.
        day: The day of the month, or None when the day is not published.
    """

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def first_day(self) -> dt.date:
        """The first day the date can mean (1 January for a year, the 1st for a month)."""
        return dt.date(self.year, self.month or 1, self.day or 1)


def parse_partial_date(text: object) -> PartialDate | None:
    """``text`` as a ``PartialDate`` if it is a real date written YYYY, YYYY-MM or YYYY-MM-DD, else None.

    Surrounding white space is ignored; "2023-02-30", "2023-13" and "23-01-01" are not dates.
    """
    match = _PARTIAL_DATE.fullmatch(str(text or "").strip())
    if match is None:
        return None
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    month = int(month_text) if month_text else None
    day = int(day_text) if day_text else None
    try:
        dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return None
    return PartialDate(year, month, day)


def year_of(date: object) -> int | None:
    """The year of a partial date ("2023-11-11", "2024-10", "1999"), or None when it is empty or not a date."""
    parsed = parse_partial_date(date)
    return None if parsed is None else parsed.year


def exists_in(opened: object, year: int | None) -> bool:
    """Whether something that opened on ``opened`` is drawn in ``year``.

    No chosen year means today: everything is drawn. Something with no published opening
    date is drawn in every year (the page says so): hiding it would claim it did not exist.
    """
    if year is None:
        return True
    opened_year = year_of(opened)
    return opened_year is None or opened_year <= year


def corridor_first_years(milestones: pd.DataFrame) -> dict[str, int]:
    """For each subject, the year of its earliest milestone (corridors have no opening date column)."""
    years: dict[str, int] = {}
    for subject, date in zip(milestones["subject_id"], milestones["date"], strict=True):
        year = year_of(date)
        if year is not None:
            years[str(subject)] = min(year, years.get(str(subject), year))
    return years


def year_range(dataset: Dataset, today: int) -> tuple[int, int]:
    """The years the year control offers: from the first dated event to this year (or the last event)."""
    dated = (dataset.places["opened"], dataset.facilities["opened"], dataset.milestones["date"])
    years = [year for dates in dated for year in map(year_of, dates) if year is not None]
    if not years:
        return today, today
    return min(years), max(max(years), today)
