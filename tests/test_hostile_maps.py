"""Every map builder, fed a dataset full of hostile text, renders HTML in which no payload is live."""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Iterator
from pathlib import Path

import folium
import pandas as pd
import pytest

from components.data import read_dataset
from components.escape import escape_text
from components.filters import ViewState
from components.maps import layers
from components.model import Dataset
from tests.apptest import map_tooltips
from tests.hostile import PAYLOADS, hostile_folder

# Tokens that would mean markup or script from the data went live; a hostile map must have
# exactly as many of each as the same map built from the shipped data.
# (Handler names such as onerror may appear as escaped text; only live syntax is counted.)
LIVE_TOKENS = (
    "`",
    "${",
    "{{",
    "{%",
    "<script",
    "</script",
    "<img",
    "<svg",
    "<iframe",
    "<b ",
    'href="javascript:',
    'src="javascript:',
    'data-pwn="',
    "data-pwn='",
)
DANGEROUS = [p for p in PAYLOADS if any(ch in p for ch in "<>\"'`$\\")]


def _builders() -> Iterator[tuple[str, Callable[..., folium.Map]]]:
    for name, function in inspect.getmembers(layers, inspect.isfunction):
        if name.startswith("build_") and name.endswith("_map") and function.__module__ == layers.__name__:
            yield name, function


BUILDERS = dict(_builders())


def _arguments(function: Callable[..., folium.Map], dataset: Dataset) -> dict[str, object]:
    """Arguments for a builder, by parameter name: dataset tables, the default view, the first place."""
    arguments: dict[str, object] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if hasattr(dataset, name) and isinstance(getattr(dataset, name), pd.DataFrame):
            arguments[name] = getattr(dataset, name)
        elif name == "dataset":
            arguments[name] = dataset
        elif name == "state":
            arguments[name] = ViewState(site=str(dataset.places["id"].iloc[0]))
        elif name in ("site", "selected", "place_id"):
            arguments[name] = str(dataset.places["id"].iloc[0])
        elif parameter.default is inspect.Parameter.empty:
            pytest.skip(f"{function.__name__}: do not know how to fill parameter {name!r}")
    return arguments


def _render(name: str, dataset: Dataset) -> str:
    function = BUILDERS[name]
    return function(**_arguments(function, dataset)).get_root().render()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return read_dataset(hostile_folder(tmp_path_factory.mktemp("hostile") / "data"))


def test_overview_builder_is_covered() -> None:
    """The builder discovery finds at least the overview map."""
    assert "build_overview_map" in BUILDERS


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_hostile_map_has_no_more_live_tokens_than_the_shipped_one(
    builder: str, hostile: Dataset, dataset: Dataset
) -> None:
    """Hostile names add no backtick, template, tag, handler or javascript: link to the map."""
    hostile_html = _render(builder, hostile)
    shipped_html = _render(builder, dataset)
    extra = {t: hostile_html.count(t) - shipped_html.count(t) for t in LIVE_TOKENS}
    assert {t: n for t, n in extra.items() if n} == {}


@pytest.mark.parametrize("builder", sorted(BUILDERS))
@pytest.mark.parametrize("payload", DANGEROUS, ids=range(len(DANGEROUS)))
def test_no_raw_payload_survives_in_map_html(builder: str, payload: str, hostile: Dataset) -> None:
    """A payload with markup or template characters never appears unescaped in the map HTML."""
    html = _render(builder, hostile)
    assert payload not in html


def test_place_names_reach_the_tooltips_escaped(hostile: Dataset) -> None:
    """Each hostile place name is in the overview map as its label (white space and control
    characters tidied, as /map writes it), escaped, so tooltips show it literally."""
    tooltips = set(map_tooltips(_render("build_overview_map", hostile)))
    for label in set(layers.place_labels(hostile.places).values()):
        assert escape_text(label) in tooltips, label[:80]


def test_template_expression_is_not_evaluated(hostile: Dataset) -> None:
    """``A${7*6}B`` is written with an entity for ``$``, so the template literal cannot compute A42B."""
    html = _render("build_overview_map", hostile)
    assert escape_text("A${7*6}B") in "\n".join(map_tooltips(html))
    assert "A${7*6}B" not in html


@pytest.mark.parametrize("missing", [math.nan, None, ""])
def test_missing_names_render_as_empty_tooltips(dataset: Dataset, missing: object) -> None:
    """A NaN, None or empty name gives the record's id as tooltip (as on /map, where a tooltip is
    how a click is recognised), not "nan" or "None" and not an error."""
    places = dataset.places.copy()
    places["name_en"] = pd.Series([missing] * len(places), dtype=object)
    corridors = dataset.corridors.copy()
    corridors["name_en"] = pd.Series([missing] * len(corridors), dtype=object)
    html = layers.build_overview_map(places, corridors).get_root().render()
    tooltips = map_tooltips(html)
    assert set(tooltips) == set(places["id"]) | set(corridors["id"])


def test_ten_thousand_character_name_is_kept_whole(hostile: Dataset) -> None:
    """A 10,000-character name is escaped and drawn, neither cut nor dropped (it is valid data)."""
    long_names = [n for n in hostile.places["name_en"] if len(n) >= 10_000]
    assert long_names
    html = _render("build_overview_map", hostile)
    assert long_names[0] in html


def test_builders_leave_the_hostile_folder_unchanged(tmp_path: Path) -> None:
    """Reading and mapping a hostile folder writes nothing to it."""
    folder = hostile_folder(tmp_path / "data")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    dataset = read_dataset(folder)
    for name in BUILDERS:
        _render(name, dataset)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
