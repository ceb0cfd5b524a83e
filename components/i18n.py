"""Interface text in English, Chinese and Urdu: one catalogue file per language.

``translate(key, lang)`` is pure; ``t(key)`` reads the language the frame chose for this
session. Data text (place names, descriptions) is not here: it comes from the dataset's
``name_en``/``name_zh``/``name_ur`` columns through ``localized``.
Every user-visible string in pages and components goes through ``t``; tests fail when a
key is missing in a language or unused in the code.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import pandas as pd
from babel.dates import format_skeleton
from babel.numbers import format_decimal

from components import schema
from components.dates import parse_partial_date

LOCALES_DIR = Path(__file__).resolve().parent / "locales"
LANGUAGES: tuple[str, ...] = ("en", "zh", "ur")
DEFAULT_LANGUAGE = "en"
RTL_LANGUAGES = frozenset({"ur"})
LANGUAGE_NAMES = {"en": "English", "zh": "中文", "ur": "اردو"}
# The CLDR locale whose number and date patterns each language uses (Babel).
CLDR_LOCALES = {"en": "en_GB", "zh": "zh_Hans_CN", "ur": "ur_PK"}
# Keys built at run time from a data vocabulary, by prefix (the catalogue test checks both
# ways; page names, "nav.<page>", come from components.layout.PAGES).
DYNAMIC_KEYS: dict[str, tuple[str, ...]] = {
    "status.": schema.STATUSES,
    "kind.": schema.PLACE_KINDS,
    "mode.": schema.MODES,
    "precision.": schema.PRECISIONS,
    "category.": schema.FACILITY_CATEGORIES,
    "relation.": schema.RELATIONS,
    "value.": tuple(q or "exact" for q in schema.QUALIFIERS),
    "detail.name_": LANGUAGES,
    # What components.filters.describe_filters counts, in the singular and plural.
    "summary.noun.": tuple(
        f"{noun}.{form}"
        for noun in ("places", "facilities", "observations", "partner_countries")
        for form in ("one", "other")
    ),
    # The tables components.downloads offers, as CSV and as GeoJSON.
    "download.": (
        "places",
        "facilities",
        "figures",
        "company_figures",
        "partners",
        "places_geojson",
        "corridors_geojson",
    ),
    # How components.geo.verdict compares a stated distance with the measured ones.
    "distances.verdict.": ("below_straight_line", "below_road", "like_road", "above_straight_line"),
}
# Keys whose suffix is free text found in the data (units, metrics): translated when the
# catalogue knows the value, shown as written otherwise. Prefix -> (data file, column).
DATA_TERM_KEYS: dict[str, tuple[str, str]] = {"unit.": ("figures.csv", "unit"), "metric.": ("figures.csv", "metric")}
# Streamlit runs each browser session in its own thread; the frame stores the language here.
SESSION_KEY = "_lang"


@cache
def catalogue(lang: str) -> Mapping[str, str]:
    """The interface strings of ``lang`` (keys starting with ``_`` are notes for reviewers)."""
    path = LOCALES_DIR / f"{lang}.json"
    if not path.is_file():
        # A language without a catalogue yet falls back to English key by key.
        return {}
    with path.open(encoding="utf-8") as handle:
        entries: dict[str, str] = json.load(handle)
    return {key: value for key, value in entries.items() if not key.startswith("_")}


def translate(key: str, lang: str, **values: object) -> str:
    """The text for ``key`` in ``lang`` (English when missing there), formatted with ``values``."""
    text = catalogue(lang).get(key) if lang in LANGUAGES else None
    if text is None:
        text = catalogue(DEFAULT_LANGUAGE).get(key, key)
    return text.format(**values) if values else text


def current_language() -> str:
    """The language the frame chose for this session (English outside a running app)."""
    try:
        import streamlit as st

        lang = st.session_state.get(SESSION_KEY, DEFAULT_LANGUAGE)
    except Exception:  # noqa: BLE001  (no script run context: tests and scripts)
        return DEFAULT_LANGUAGE
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, **values: object) -> str:
    """The text for ``key`` in the session's language."""
    return translate(key, current_language(), **values)


def localized(record: Mapping[str, object], field: str, lang: str) -> tuple[str, bool]:
    """``record[field_<lang>]``, or the English value and True when no translation is sourced."""
    value = _text(record.get(f"{field}_{lang}"))
    if value:
        return value, False
    return _text(record.get(f"{field}_en")), lang != "en"


def _text(value: object) -> str:
    # A missing cell may arrive as None or NaN (a float, and truthy): neither is a name.
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def mark_english(text: str, lang: str) -> str:
    """Data text that exists only in English, marked as such on a Chinese or Urdu page."""
    if not text or lang == DEFAULT_LANGUAGE:
        return text
    return translate("data.in_english", lang, text=text)


def display(record: Mapping[str, object], field: str, lang: str) -> str:
    """``record``'s ``field`` in ``lang``; the English value, visibly marked, where none is sourced."""
    value, fallback = localized(record, field, lang)
    return mark_english(value, lang) if fallback else value


def names_by_id(table: pd.DataFrame, key: str, lang: str) -> dict[str, str]:
    """Each record's display name (``name_<lang>``, else English marked as such) by its ``key`` column."""
    return {str(row[key]): display(row, "name", lang) for row in table.to_dict("records")}


def term(prefix: str, value: object, lang: str) -> str:
    """A data vocabulary term (unit, metric, category) in ``lang``; as written when unknown."""
    text = str(value or "")
    key = f"{prefix}{text}"
    return translate(key, lang) if key in catalogue(DEFAULT_LANGUAGE) else text


def format_number(value: float, lang: str) -> str:
    """A number with the language's grouping and decimal signs, at most two decimals."""
    return str(format_decimal(value, format="#,##0.##", locale=CLDR_LOCALES.get(lang, "en_GB")))


def format_date(text: object, lang: str) -> str:
    """An ISO date, year-month or year (as the data holds them) written for ``lang``; other text as is."""
    raw = str(text or "").strip()
    parsed = parse_partial_date(raw)
    if parsed is None:
        return raw
    skeleton = "yMMMMd" if parsed.day else "yMMMM" if parsed.month else "y"
    return str(format_skeleton(skeleton, parsed.first_day, locale=CLDR_LOCALES.get(lang, "en_GB")))


# Chinese counts large amounts in 万 (10^4) and 亿 (10^8), not in millions and billions:
# 17.6 billion yuan reads 176 亿元. zh.json writes these units as the scaled unit (亿元); this is
# the factor that goes with each, applied wherever a number is shown with the unit.
UNIT_SCALES: dict[str, dict[str, float]] = {
    "zh": {"billion yuan": 10, "million US dollars": 0.01, "million tonnes per year": 100},
}


def unit_scale(unit: object, lang: str) -> float:
    """The factor a value in ``unit`` is multiplied by before it is written in ``lang`` (usually 1)."""
    return UNIT_SCALES.get(lang, {}).get(str(unit or ""), 1)


def format_measure(value: object, qualifier: object, unit: object, lang: str, with_unit: bool = True) -> str:
    """A stated value in ``lang``: "over 5,400 companies", "超过 5,400 家企业"; "" when there is none.

    Without ``with_unit`` the unit's text is left out (a label carries it) but the number is
    still scaled for it (``unit_scale``).
    """
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""
    if math.isnan(number):
        return ""
    key = f"value.{qualifier or 'exact'}"
    shown = format_number(number * unit_scale(unit, lang), lang)
    unit_text = term("unit.", unit, lang) if with_unit else ""
    if key in catalogue(DEFAULT_LANGUAGE):
        text = translate(key, lang, number=shown, unit=unit_text)
    else:
        text = f"{qualifier} {shown} {unit_text}"
    return " ".join(text.split())
