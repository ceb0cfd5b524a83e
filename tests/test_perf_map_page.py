"""Work the map page does once per dataset, not on every rerun: cached texts and distances, one translation per value."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from components import data, geo, place_panels, place_texts
from components.i18n import translate
from components.maps import layers
from components.model import Dataset
from tests.apptest import open_page

DATA = Path(__file__).resolve().parent.parent / "data"


def _counting(function: Callable[..., object], calls: list[object]) -> Callable[..., object]:
    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return function(*args, **kwargs)

    return counted


@pytest.mark.parametrize("lang", ["en", "zh", "ur"])
def test_place_table_says_what_each_row_would_say_alone(dataset: Dataset, lang: str) -> None:
    """Each row's kind, status and precision are the catalogue's words for that row's values."""
    table = place_texts.place_table(dataset, lang)
    assert len(table) == len(dataset.places)
    for row, place in zip(table.to_dict("records"), dataset.places.to_dict("records"), strict=True):
        assert row[translate("table.kind", lang)] == translate(f"kind.{place['kind']}", lang)
        status = translate(f"status.{place['status']}", lang) if place["status"] else ""
        assert row[translate("table.status", lang)] == status
        assert row[translate("table.precision", lang)] == translate(f"precision.{place['precision']}", lang)
        assert row[translate("table.id", lang)] == place["id"]


def test_place_table_translates_each_value_once(dataset: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """Kinds, statuses and precisions are translated once per distinct value, not once per row."""
    calls: list[object] = []
    monkeypatch.setattr(place_texts, "translate", _counting(translate, calls))
    place_texts.place_table(dataset, "en")
    places = dataset.places
    distinct = places["kind"].nunique() + places["status"].nunique() + places["precision"].nunique()
    headers = 7
    assert len(calls) <= headers + distinct < len(places) * 3


def test_place_rows_mark_the_places_on_the_map_before_the_id(dataset: Dataset) -> None:
    """The "on the map" column comes just before the id and is true exactly for the places shown."""
    shown = ("gwadar-port", "kashgar")
    rows = place_panels.place_rows(place_texts.place_table(dataset, "en"), shown, "en")
    assert list(rows.columns)[-2:] == [translate("table.on_map", "en"), translate("table.id", "en")]
    on_map = dict(zip(rows[translate("table.id", "en")], rows[translate("table.on_map", "en")], strict=True))
    assert {place for place, shown_now in on_map.items() if shown_now} == set(shown)


def test_cached_place_texts_equal_the_pure_functions(dataset: Dataset) -> None:
    """load_place_texts gives exactly the labels, names and table the pure functions compute."""
    texts = data.load_place_texts(str(DATA), "zh")
    assert texts.labels == layers.place_labels(dataset.places, "zh")
    assert texts.names == place_texts.place_names(dataset, "zh")
    assert texts.table.equals(place_texts.place_table(dataset, "zh"))


def test_cached_distance_rows_equal_the_pure_function(dataset: Dataset) -> None:
    """load_distance_rows gives exactly geo.distance_rows of the folder's dataset."""
    expected = geo.distance_rows(dataset.places, dataset.corridors, dataset.figures)
    assert data.load_distance_rows(str(DATA)) == expected


def test_filter_change_on_the_map_page_recomputes_no_names_labels_or_distances(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After the first run, a filter change reruns /map without rebuilding per-dataset texts or distance rows."""
    at = open_page("pages/1_map.py")
    calls: list[object] = []
    for name in ("place_labels", "place_names", "place_table"):
        monkeypatch.setattr(place_texts, name, _counting(getattr(place_texts, name), calls))
    monkeypatch.setattr(data, "distance_rows", _counting(data.distance_rows, calls))
    monkeypatch.setattr(layers, "place_labels", _counting(layers.place_labels, calls))
    at.multiselect(key="country").set_value(["PAK"])
    at.run()
    assert not at.exception
    assert any("of 30 places" in caption.value for caption in at.caption)
    assert calls == []


def test_place_table_sends_repeated_words_as_categories(dataset: Dataset) -> None:
    """Kind, country, status, opening and precision are categorical, so Arrow sends each word once."""
    table = place_texts.place_table(dataset, "en")
    for key in ("table.kind", "table.country", "table.status", "table.opened", "table.precision"):
        assert isinstance(table[translate(key, "en")].dtype, pd.CategoricalDtype), key
    assert not isinstance(table[translate("table.name", "en")].dtype, pd.CategoricalDtype)
