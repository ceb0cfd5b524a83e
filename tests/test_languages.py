"""App tests: every page in English, Chinese and Urdu, without an exception and, on a Chinese
or Urdu page, without an English interface string left (data text in English is marked instead)."""

from __future__ import annotations

import functools
import re
import string

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components.data import load_dataset, read_dataset
from components.i18n import LANGUAGE_NAMES, LANGUAGES, catalogue, translate
from components.layout import PAGES
from tests.apptest import ROOT, map_strings, open_page, shown_texts

# A query per page that draws its fullest view (a selected place, a selected country).
QUERIES: dict[str, dict[str, str]] = {"map": {"site": "kashgar-ftz"}, "partners": {"country": "PAK"}}
# Separators between the phrases of an English text: placeholders are cut out before this.
PHRASE_BREAK = re.compile(r"[()\[\],;:·—–“”\"?!]|\.(?:\s|$)")


@functools.cache
def rendered(script: str, lang: str) -> AppTest:
    key = next(page.key for page in PAGES if page.script == script)
    # Every text the page can show, including its panels drawn only while open.
    return open_page(script, {"lang": lang, **QUERIES.get(key, {})}, panels_open=True)


@functools.cache
def data_strings() -> tuple[str, ...]:
    """Every text the data holds (names, descriptions, scopes, titles) and the data dictionary's lines:
    English data text is allowed on every page, marked as English."""
    dataset = load_dataset(str(ROOT / "data"))
    found: set[str] = set()
    for table in (getattr(dataset, field) for field in dataset.__dataclass_fields__):
        if hasattr(table, "columns"):
            for column in table.columns:
                found |= {str(v) for v in table[column] if isinstance(v, str) and len(v) > 2}
    found |= {line.strip() for line in (ROOT / "data" / "README.md").read_text("utf-8").splitlines() if line.strip()}
    # Longest first, so a long text is removed before a short one inside it.
    return tuple(sorted(found, key=len, reverse=True))


def _plain(text: str) -> str:
    # Markdown escapes and the JSON escaping of map arguments, undone enough to compare words.
    return text.replace("\\", "")


def english_phrases(lang: str | None) -> dict[str, str]:
    """Phrase -> catalogue key: the English interface phrases that ``lang`` translates differently
    (every English phrase when ``lang`` is None)."""
    phrases: dict[str, str] = {}
    for key, english in catalogue("en").items():
        translated = translate(key, lang) if lang else ""
        literal = "\x00".join(part for part, *_ in string.Formatter().parse(english))
        for phrase in PHRASE_BREAK.split(literal.replace("\x00", ",")):
            phrase = phrase.strip(" .")
            letters = sum(ch.isalpha() for ch in phrase)
            # Short words and names kept as they are (CSV, GeoJSON, Leaflet) are not evidence.
            if letters >= 4 and phrase.casefold() not in translated.casefold():
                phrases.setdefault(phrase, key)
    return phrases


def english_left(at: AppTest, lang: str | None) -> dict[str, str]:
    """The English interface phrases still on the page (after removing the data's own text)."""
    page = _plain("\n".join(shown_texts(at)))
    for text in data_strings():
        page = page.replace(_plain(text), " ")
    # Each language is offered under its own name, and data files under theirs (places.csv).
    for name in LANGUAGE_NAMES.values():
        page = page.replace(name, " ")
    page = re.sub(r"\b\w+\.csv\b", " ", page)
    return {
        phrase: key
        for phrase, key in english_phrases(lang).items()
        if phrase in page and re.search(rf"(?<![A-Za-z]){re.escape(phrase)}(?![A-Za-z])", page)
    }


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("script", [page.script for page in PAGES])
def test_every_page_renders_in_every_language(script: str, lang: str) -> None:
    at = rendered(script, lang)
    assert not at.exception
    # No raw catalogue key reached the page (a key built from a value the catalogue lacks).
    text = _plain(" ".join(shown_texts(at)))
    # The substring test first: a regular expression per key over every text took seconds a page.
    assert {k for k in catalogue("en") if k in text and re.search(rf"(?<![\w.]){re.escape(k)}(?![\w.])", text)} == set()


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
@pytest.mark.parametrize("script", [page.script for page in PAGES])
def test_no_english_interface_text_is_left(script: str, lang: str) -> None:
    assert english_left(rendered(script, lang), lang) == {}


@pytest.mark.parametrize("script", [page.script for page in PAGES])
def test_the_english_check_finds_english(script: str) -> None:
    """The check above can fail: on the English page it finds the English interface text."""
    found = english_left(rendered(script, "en"), None)
    assert len(found) >= 5, found


@pytest.mark.parametrize("script", ["app.py", "pages/1_map.py"])
def test_the_maps_speak_the_language(script: str) -> None:
    """Layer names, controls and marker tooltips of both maps are in the page's language; a name
    with no sourced Chinese form is shown in English, marked."""
    at = rendered(script, "zh")
    (args,) = [e.proto.json_args for e in at.get("component_instance") if "script" in e.proto.json_args]
    tooltips = [text.strip() for text in map_strings(args)]
    assert "喀什" in tooltips
    assert "Kashgar (Kashi)" not in tooltips
    assert translate("data.in_english", "zh", text="Sost dry port") in tooltips
    everything = "\n".join(tooltips)
    keys = ["map.outlines_layer"]
    if script == "pages/1_map.py":
        keys += ["map.fullscreen", "map.legend", "kind.seaport"]
    else:
        keys += ["map.corridors_layer", "map.places_layer"]
    for key in keys:
        assert translate(key, "zh") in everything, key
        assert translate(key, "en") not in everything, key


def _send_stale_texts(at: AppTest, states: dict[str, object]) -> None:
    # What a browser sends when it asks for a run before drawing the options of a new language:
    # the widget's id with the option texts it drew last (here, the English run's states).
    for key, state in states.items():
        widget = at.multiselect(key=key) if key == "country" else at.selectbox(key=key)
        widget.__class__ = type("StaleWidget", (type(widget),), {"_widget_state": property(lambda _, s=state: s)})


def _query(at: AppTest) -> dict[str, list[str]]:
    # AppTest holds a single value as a string and several as a list.
    return {key: [values] if isinstance(values, str) else list(values) for key, values in at.query_params.items()}


@pytest.mark.parametrize("stale", [False, True], ids=["switch", "switch-then-stale-run"])
def test_switching_language_keeps_the_filters_and_the_place(stale: bool) -> None:
    """The country filter and the selected place survive a language switch, and a run the browser
    asks for with the old language's option texts (a map event racing the switch)."""
    at = open_page("pages/1_map.py", {"country": "PAK", "site": "gwadar-port"})
    english = {
        key: widget._widget_state
        for key, widget in (("country", at.multiselect(key="country")), ("site", at.selectbox(key="site")))
    }
    at.selectbox(key="lang").set_value("zh").run()
    if stale:
        _send_stale_texts(at, english)
        at.run()
    assert not at.exception
    assert at.multiselect(key="country").value == ["PAK"]
    assert at.selectbox(key="site").value == "gwadar-port"
    assert at.multiselect(key="country").label == translate("frame.country", "zh")
    query = _query(at)
    assert query.get("country") == ["PAK"] and query.get("site") == ["gwadar-port"] and query.get("lang") == ["zh"], (
        query
    )


def test_pages_leave_the_shared_dataset_as_read() -> None:
    """load_dataset hands every run the same tables (st.cache_resource): no page may change them."""
    for page in PAGES:
        for lang in LANGUAGES:
            rendered(page.script, lang)
    shared = load_dataset(str(ROOT / "data"))
    assert shared is load_dataset(str(ROOT / "data"))
    fresh = read_dataset(ROOT / "data")
    for field in fresh.__dataclass_fields__:
        table = getattr(fresh, field)
        if isinstance(table, pd.DataFrame):
            pd.testing.assert_frame_equal(getattr(shared, field), table, obj=field)
