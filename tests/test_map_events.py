"""App tests: no map on any page reruns the script when a person pans or zooms."""

from __future__ import annotations

from typing import Any

import pytest
import streamlit_folium

from tests.apptest import open_page

# Keys streamlit-folium reports on every pan and zoom; any of them in returned_objects reruns the page.
VIEW_EVENTS = frozenset({"bounds", "zoom", "center"})
MAP_PAGES = ("app.py", "pages/1_map.py", "pages/4_partners.py")


@pytest.fixture
def st_folium_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The keyword arguments of every st_folium call the pages make (show_map imports it per call)."""
    calls: list[dict[str, Any]] = []
    real = streamlit_folium.st_folium

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(streamlit_folium, "st_folium", recording)
    return calls


@pytest.mark.parametrize("script", MAP_PAGES)
def test_every_map_leaves_pan_and_zoom_out_of_its_events(script: str, st_folium_calls: list[dict[str, Any]]) -> None:
    """Each st_folium call names the events it reruns on, and none of them is bounds, zoom or centre."""
    at = open_page(script)
    assert not at.exception
    assert st_folium_calls, f"{script} drew no map"
    for kwargs in st_folium_calls:
        # None means every event, pan and zoom included.
        assert kwargs.get("returned_objects") is not None
        assert VIEW_EVENTS.isdisjoint(kwargs["returned_objects"])


def test_overview_map_reruns_on_no_event(st_folium_calls: list[dict[str, Any]]) -> None:
    """The overview's map shows no detail panel, so a marker click must not rerun the page."""
    open_page("app.py")
    assert [kwargs["returned_objects"] for kwargs in st_folium_calls] == [[]]
