"""Interface text in English, Chinese and Urdu: one catalogue file per language.

``translate(key, lang)`` is pure; ``t(key)`` reads the language the frame chose for this
session. Data text (place names, descriptions) is not here: it comes from the dataset's
``name_en``/``name_zh``/``name_ur`` columns through ``localized``.
Every user-visible string in pages and components goes through ``t``; tests fail when a
key is missing in a language or unused in the code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path

LOCALES_DIR = Path(__file__).resolve().parent / "locales"
LANGUAGES: tuple[str, ...] = ("en", "zh", "ur")
DEFAULT_LANGUAGE = "en"
RTL_LANGUAGES = frozenset({"ur"})
LANGUAGE_NAMES = {"en": "English", "zh": "中文", "ur": "اردو"}
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
    value = str(record.get(f"{field}_{lang}", "") or "")
    if value:
        return value, False
    return str(record.get(f"{field}_en", "") or ""), lang != "en"
