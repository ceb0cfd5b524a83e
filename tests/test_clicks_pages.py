"""App tests of the one click mechanism on the pages: a map or table event reaches the view in the same run.

The events are set under the widgets' keys as the browser reports them (see tests/test_selection.py
for the payloads); the frame applies them before the sidebar is drawn, with no st.rerun().
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from components import layout
from components.place_panels import MAP_KEY
from tests.apptest import open_page, page_text

PARTNERS = "pages/4_partners.py"
KOREA_CLICK = {
    "last_object_clicked_tooltip": "South Korea: e-commerce origin (KOR)",
    "last_object_clicked": {"lat": 36.38, "lng": 127.85},
    "last_object_clicked_count": 1,
}


@pytest.fixture
def frames(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The page key of every frame drawn from now on (one per script run)."""
    drawn: list[str] = []
    original: Callable[[str], layout.Frame] = layout.render_frame

    def counted(page_key: str) -> layout.Frame:
        drawn.append(page_key)
        return original(page_key)

    monkeypatch.setattr(layout, "render_frame", counted)
    return drawn


def test_partner_map_click_sets_the_country_filter_in_one_run(frames: list[str]) -> None:
    """A click on South Korea sets the sidebar's country filter and the selection panel in the run it arrives in."""
    at = open_page(PARTNERS)
    frames.clear()
    at.session_state["partners_map"] = KOREA_CLICK
    at.run()
    assert not at.exception
    assert at.sidebar.multiselect(key="country").value == ["KOR"]
    assert "Selected: South Korea" in page_text(at)
    assert frames == ["partners"]


def test_partner_map_click_is_not_applied_again_after_the_filter_is_cleared() -> None:
    """After a click on South Korea, clearing the country filter sticks although the map still reports Korea."""
    at = open_page(PARTNERS)
    at.session_state["partners_map"] = KOREA_CLICK
    at.run()
    at.sidebar.multiselect(key="country").set_value([]).run()
    assert at.sidebar.multiselect(key="country").value == []
    # The browser's component keeps reporting its last click on every run.
    at.session_state["partners_map"] = dict(KOREA_CLICK)
    at.run()
    assert at.sidebar.multiselect(key="country").value == []


def test_partner_table_row_sets_the_country_filter_in_one_run(frames: list[str]) -> None:
    """Choosing South Korea's row in the partner table sets the country filter in the same run."""
    at = open_page(PARTNERS)
    row = list(at.dataframe[0].value["iso3"]).index("KOR")
    frames.clear()
    at.session_state["partners_table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    assert at.sidebar.multiselect(key="country").value == ["KOR"]
    assert "Selected: South Korea" in page_text(at)
    assert frames == ["partners"]


def test_map_marker_click_selects_the_place_in_one_run(frames: list[str]) -> None:
    """A click on Gwadar Port's pin selects it (picker and URL) in the run the event arrives in."""
    at = open_page("pages/1_map.py")
    frames.clear()
    at.session_state[MAP_KEY] = {"last_object_clicked_tooltip": "Gwadar Port", "last_object_clicked_count": 1}
    at.run()
    assert at.selectbox(key="site").value == "gwadar-port"
    assert at.query_params["site"] == "gwadar-port"
    assert frames == ["map"]
