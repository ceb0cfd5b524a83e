"""Unit tests for components.selection: one function from a map or table event to the next view state.

The events are the payloads the widgets really store under their keys: streamlit-folium's
click events (a marker on /map, a country on /partners) and st.dataframe's row selection.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from components import selection
from components.filters import ViewState
from components.geo import coordinates_by_id
from components.maps.layers import place_labels
from components.model import Dataset

# A click on Gwadar Port's pin on /map (returned_objects = maps.clicks.MAP_EVENTS).
MARKER_EVENT = {
    "last_object_clicked_tooltip": "Gwadar Port",
    "last_object_clicked": {"lat": 25.1122, "lng": 62.3386},
    "last_object_clicked_count": 1,
}
# A click on South Korea on the /partners map (the tooltip ends with the code in brackets).
COUNTRY_EVENT = {
    "last_object_clicked_tooltip": "South Korea: e-commerce origin (KOR)",
    "last_object_clicked": {"lat": 36.38, "lng": 127.85},
    "last_object_clicked_count": 1,
}
# The fourth row chosen in the /partners table (st.dataframe, selection_mode="single-row").
TABLE_EVENT = {"selection": {"rows": [3], "columns": [], "cells": []}}
TABLE_CODES = ("AFG", "CHN", "KAZ", "KOR", "PAK")


@pytest.fixture(scope="module")
def clickables(dataset: Dataset) -> dict[str, selection.Clickable]:
    return {
        "map": selection.place_map(place_labels(dataset.places), coordinates_by_id(dataset.places)),
        "partners_map": selection.country_map(("KOR", "UZB", "PAK")),
        "partners_table": selection.country_table(TABLE_CODES),
    }


@pytest.mark.parametrize(
    ("source", "event", "expected"),
    [
        ("map", MARKER_EVENT, ViewState(countries=("PAK",), site="gwadar-port")),
        ("partners_map", COUNTRY_EVENT, ViewState(countries=("KOR",))),
        ("partners_table", TABLE_EVENT, ViewState(countries=("KOR",))),
    ],
)
def test_an_event_from_each_source_gives_the_next_view_state(
    clickables: dict[str, selection.Clickable], source: str, event: object, expected: ViewState
) -> None:
    """A marker click selects its place; a country click or a table row sets the country filter to that country."""
    state, signature = selection.state_after_event(ViewState(countries=("PAK",)), clickables[source], event)
    assert state == expected
    assert signature is not None


@pytest.mark.parametrize(
    ("source", "event"), [("map", MARKER_EVENT), ("partners_map", COUNTRY_EVENT), ("partners_table", TABLE_EVENT)]
)
def test_a_repeated_old_event_changes_nothing(
    clickables: dict[str, selection.Clickable], source: str, event: object
) -> None:
    """The widget repeats its last event on every run; once applied, it changes the state no more."""
    _, seen = selection.state_after_event(ViewState(), clickables[source], event)
    chosen_later = ViewState(countries=("UZB",), site="sost-dry-port")
    assert selection.state_after_event(chosen_later, clickables[source], event, seen) == (chosen_later, seen)


def test_the_picker_can_change_the_selection_after_a_click(clickables: dict[str, selection.Clickable]) -> None:
    """Click Gwadar, then pick Sost: the map still reports Gwadar, and Sost stays selected."""
    clicked, seen = selection.state_after_event(ViewState(), clickables["map"], MARKER_EVENT)
    picked = replace(clicked, site="sost-dry-port")
    assert selection.state_after_event(picked, clickables["map"], dict(MARKER_EVENT), seen)[0].site == "sost-dry-port"


def test_a_second_click_on_the_same_marker_keeps_it_selected(clickables: dict[str, selection.Clickable]) -> None:
    """A second click on Gwadar (count 2) is a new event: Gwadar is selected again, also after picking Sost."""
    clicked, seen = selection.state_after_event(ViewState(), clickables["map"], MARKER_EVENT)
    again = {**MARKER_EVENT, "last_object_clicked_count": 2}
    assert selection.state_after_event(clicked, clickables["map"], again, seen)[0].site == "gwadar-port"
    picked = replace(clicked, site="sost-dry-port")
    assert selection.state_after_event(picked, clickables["map"], again, seen)[0].site == "gwadar-port"


def test_choosing_a_row_again_after_clearing_it_is_a_new_event(clickables: dict[str, selection.Clickable]) -> None:
    """Row 3, cleared (nothing chosen: no change), row 3 again: the country is set again."""
    table = clickables["partners_table"]
    _, seen = selection.state_after_event(ViewState(), table, TABLE_EVENT)
    cleared = {"selection": {"rows": [], "columns": [], "cells": []}}
    state, seen = selection.state_after_event(ViewState(countries=("UZB",)), table, cleared, seen)
    assert state.countries == ("UZB",)
    assert selection.state_after_event(state, table, TABLE_EVENT, seen)[0].countries == ("KOR",)


@pytest.mark.parametrize(
    ("source", "event"),
    [
        ("map", {"last_object_clicked_tooltip": "Karakoram Highway · Road, operating", "last_object_clicked_count": 1}),
        ("map", {"last_object_clicked": {"lat": 0.0, "lng": 0.0}, "last_object_clicked_count": 1}),
        ("partners_map", {"last_object_clicked_tooltip": "China (CHN)", "last_object_clicked_count": 1}),
        ("partners_map", {"last_object_clicked_tooltip": "(KOR) and more", "last_object_clicked_count": 1}),
        ("partners_table", {"selection": {"rows": [99], "columns": [], "cells": []}}),
        ("partners_table", {"selection": {"rows": [-1], "columns": [], "cells": []}}),
        ("partners_table", {"selection": {"rows": [], "columns": [], "cells": []}}),
    ],
)
def test_an_event_naming_nothing_drawn_keeps_the_state(
    clickables: dict[str, selection.Clickable], source: str, event: object
) -> None:
    """A corridor line, the sea, a country not drawn, or a row that is not there leaves the view as it was."""
    before = ViewState(countries=("UZB",), site="sost-dry-port")
    state, signature = selection.state_after_event(before, clickables[source], event)
    assert state == before
    assert signature is not None


@pytest.mark.parametrize(
    "event",
    [None, {}, [], "Gwadar Port", {"last_object_clicked_tooltip": None}, {"selection": None}, {"selection": {}}],
)
@pytest.mark.parametrize("source", ["map", "partners_map", "partners_table"])
def test_no_event_or_a_malformed_one_changes_nothing(
    clickables: dict[str, selection.Clickable], source: str, event: object
) -> None:
    """Before the first click (or with a payload of another shape) the state and the seen signature stay."""
    before = ViewState(countries=("UZB",))
    assert selection.state_after_event(before, clickables[source], event, ("seen",)) == (before, ("seen",))
