"""The interface catalogues (complete, used, placeholders intact) and the language-aware formatters."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pandas as pd
import pytest

from components.i18n import (
    DATA_TERM_KEYS,
    DYNAMIC_KEYS,
    LANGUAGES,
    UNIT_SCALES,
    catalogue,
    display,
    format_date,
    format_measure,
    format_number,
    localized,
    mark_english,
    translate,
)
from components.layout import PAGES

ROOT = Path(__file__).resolve().parent.parent
CODE = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "components").rglob("*.py"))]
# Keys written out in the code: t("key"), translate("key", ...), label keys held in constants.
LITERAL_KEY = re.compile(r"""["']([a-z_]+(?:\.[a-z0-9_ -]+)+)["']""")
OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != "en"]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _keys_in_code() -> set[str]:
    english = set(catalogue("en"))
    found: set[str] = set()
    for path in CODE:
        found |= {key for key in LITERAL_KEY.findall(path.read_text("utf-8")) if key in english}
    return found


def _dynamic_keys() -> set[str]:
    built = {f"{prefix}{value}" for prefix, values in DYNAMIC_KEYS.items() for value in values}
    return built | {f"nav.{page.key}" for page in PAGES}


def _data_term_keys() -> set[str]:
    """unit.* and metric.* keys whose value occurs in the shipped data."""
    keys = set()
    for prefix, (file_name, column) in DATA_TERM_KEYS.items():
        values = pd.read_csv(ROOT / "data" / file_name, dtype=str, keep_default_na=False)[column]
        keys |= {f"{prefix}{value}" for value in values if value}
    return keys


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_key_is_translated(lang: str) -> None:
    """Chinese and Urdu have every key English has, and no others."""
    english, other = set(catalogue("en")), set(catalogue(lang))
    assert sorted(english - other) == [], "missing"
    assert sorted(other - english) == [], "not in English"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_translations_keep_placeholders(lang: str) -> None:
    """A translation uses exactly the placeholders of the English text."""
    english = catalogue("en")
    wrong = {k: v for k, v in catalogue(lang).items() if _placeholders(v) != _placeholders(english.get(k, ""))}
    assert wrong == {}


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_translations_are_not_empty(lang: str) -> None:
    assert [key for key, value in catalogue(lang).items() if not value.strip()] == []


def test_every_key_is_used_by_the_code() -> None:
    """No catalogue entry is dead: each key is in the code, built from a vocabulary, or names a data term."""
    unused = set(catalogue("en")) - _keys_in_code() - _dynamic_keys() - _data_term_keys()
    assert sorted(unused) == []


def test_every_built_key_exists() -> None:
    """Keys built from vocabularies (statuses, kinds, pages, qualifiers) all have English text."""
    assert sorted(_dynamic_keys() - set(catalogue("en"))) == []


def test_every_data_term_in_the_shipped_data_has_a_translation() -> None:
    """Each unit and metric the shipped figures use is in the catalogue (new data terms fall back, unmarked)."""
    assert sorted(_data_term_keys() - set(catalogue("en"))) == []


def test_missing_translation_falls_back_to_english() -> None:
    """An unknown language or key never raises: English, then the key itself."""
    assert translate("nav.map", "xx") == translate("nav.map", "en")
    assert translate("no.such.key", "zh") == "no.such.key"


@pytest.mark.parametrize(
    ("record", "lang", "expected"),
    [
        ({"name_en": "Gwadar Port", "name_zh": "瓜达尔港"}, "zh", ("瓜达尔港", False)),
        ({"name_en": "Gwadar Port", "name_zh": ""}, "zh", ("Gwadar Port", True)),
        ({"name_en": "Gwadar Port", "name_ur": "گوادر بندرگاہ"}, "ur", ("گوادر بندرگاہ", False)),
        ({"name_en": "Gwadar Port"}, "en", ("Gwadar Port", False)),
        ({"name_en": "Gwadar Port", "name_zh": float("nan")}, "zh", ("Gwadar Port", True)),
        ({"name_en": None}, "en", ("", False)),
    ],
)
def test_localized_reports_the_english_fallback(record: dict[str, str], lang: str, expected: tuple[str, bool]) -> None:
    assert localized(record, "name", lang) == expected


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_display_marks_an_english_fallback_visibly(lang: str) -> None:
    """A name without a sourced translation is shown in English with the language's marker around it."""
    shown = display({"name_en": "Sost dry port", f"name_{lang}": ""}, "name", lang)
    assert shown == translate("data.in_english", lang, text="Sost dry port")
    assert shown != "Sost dry port"
    assert display({"name_en": "Gwadar Port", f"name_{lang}": "X"}, "name", lang) == "X"


def test_english_pages_carry_no_marker() -> None:
    assert display({"name_en": "Sost dry port"}, "name", "en") == "Sost dry port"
    assert mark_english("", "zh") == ""


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2024-03-12", "en", "12 March 2024"),
        ("2024-03", "en", "March 2024"),
        ("2024", "en", "2024"),
        ("2024-03-12", "zh", "2024年3月12日"),
        ("2024-03", "zh", "2024年3月"),
        ("2024-03-12", "ur", "12 مارچ، 2024"),
        ("2024-03", "ur", "مارچ 2024"),
        ("", "zh", ""),
        ("2024-13-40", "zh", "2024-13-40"),
        ("around 2016", "ur", "around 2016"),
    ],
)
def test_dates_are_written_for_the_language(text: str, lang: str, expected: str) -> None:
    """Partial ISO dates keep their precision; text that is not a date is left as it is."""
    assert format_date(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "value", "expected"), [("en", 5400, "5,400"), ("en", 532.534, "532.53"), ("zh", 1234567, "1,234,567")]
)
def test_numbers_are_grouped_for_the_language(lang: str, value: float, expected: str) -> None:
    assert format_number(value, lang) == expected


def test_measures_keep_qualifier_number_and_unit() -> None:
    assert format_measure(5400.0, "over", "companies", "en") == "over 5,400 companies"
    assert format_measure(28.48, "", "km²", "en") == "28.48 km²"
    assert format_measure(float("nan"), "", "km", "en") == ""
    assert format_measure(None, "about", "km", "zh") == ""
    # A unit the catalogue does not know is shown as the data writes it.
    assert format_measure(3, "", "widgets", "en") == "3 widgets"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_measures_are_translated(lang: str) -> None:
    shown = format_measure(400.0, "about", "km", lang)
    assert "400" in shown
    assert "about" not in shown
    assert shown == translate("value.about", lang, number="400", unit=translate("unit.km", lang)).strip()


@pytest.mark.parametrize(
    ("value", "qualifier", "unit", "expected"),
    [
        (17.6, "over", "billion yuan", "超过 176 亿元"),
        (93.16, "", "billion yuan", "931.6 亿元"),
        (246.0, "", "million US dollars", "2.46 亿美元"),
        (15.0, "", "million tonnes per year", "1,500 万吨/年"),
        (5400.0, "over", "companies", "超过 5,400 家企业"),
    ],
)
def test_chinese_counts_large_amounts_in_wan_and_yi(value: float, qualifier: str, unit: str, expected: str) -> None:
    assert format_measure(value, qualifier, unit, "zh") == expected


def test_scaled_units_are_written_as_the_factor_says() -> None:
    """A factor in UNIT_SCALES goes with a zh unit text in 亿 (x 10^8) or 万 (x 10^4)."""
    base = {"billion yuan": 1e9, "million US dollars": 1e6, "million tonnes per year": 1e6}
    for unit, factor in UNIT_SCALES["zh"].items():
        text = translate(f"unit.{unit}", "zh")
        assert text[0] in "亿万", text
        assert base[unit] / factor == (1e8 if text[0] == "亿" else 1e4), unit
    assert format_measure(17.6, "", "billion yuan", "en") == "17.6 billion yuan"
    assert format_measure(17.6, "", "billion yuan", "ur") == "17.6 ارب یوآن"


def test_a_measure_without_its_unit_is_still_scaled_for_it() -> None:
    """Metrics put the unit in their label: the value beside it must be in the same scale (176 with 亿元)."""
    assert format_measure(17.6, "over", "billion yuan", "zh", with_unit=False) == "超过 176"
    assert format_measure(5400.0, "over", "companies", "en", with_unit=False) == "over 5,400"
