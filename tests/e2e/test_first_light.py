"""Browser tests of the overview map with no internet: markers, corridor, tooltips, no CDN."""

from __future__ import annotations

import csv

from playwright.sync_api import Frame

from tests.e2e.conftest import ARTIFACTS, ROOT, RecordedPage, Server, map_frame

FOUR_IDS = ("kashgar-ftz", "sost-dry-port", "khunjerab-pass", "gwadar-port")


def _english_names(ids: tuple[str, ...]) -> list[str]:
    with (ROOT / "data" / "places.csv").open(encoding="utf-8") as handle:
        names = {row["id"]: row["name_en"] for row in csv.DictReader(handle)}
    return [names[i] for i in ids]


def _open_overview(server: Server, offline_page: RecordedPage) -> Frame:
    offline_page.page.goto(server.url + "/")
    frame = map_frame(offline_page.page)
    frame.wait_for_selector(".leaflet-marker-icon", timeout=30_000)
    return frame


def test_overview_map_draws_markers_and_corridor_offline(server: Server, offline_page: RecordedPage) -> None:
    """With other hosts unreachable the map draws markers, a corridor line and country outlines."""
    frame = _open_overview(server, offline_page)
    assert frame.locator(".leaflet-marker-icon").count() >= 4
    frame.wait_for_selector("path.leaflet-interactive", timeout=10_000)
    # Outlines arrive from static/ after the markers; wait for a good share of the 177 countries.
    frame.wait_for_function("document.querySelectorAll('path').length > 100", timeout=15_000)
    ARTIFACTS.mkdir(exist_ok=True)
    offline_page.page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)


def test_overview_tooltips_name_the_four_places(server: Server, offline_page: RecordedPage) -> None:
    """Hovering the markers shows the English names of the zone, Sost, Khunjerab and Gwadar."""
    frame = _open_overview(server, offline_page)
    seen: set[str] = set()
    markers = frame.locator(".leaflet-marker-icon")
    for index in range(markers.count()):
        markers.nth(index).dispatch_event("mouseover")
        seen.update(t.strip() for t in frame.locator(".leaflet-tooltip").all_inner_texts())
    for name in _english_names(FOUR_IDS):
        assert name in seen, (name, sorted(seen))


def test_overview_requests_nothing_from_other_hosts(server: Server, offline_page: RecordedPage) -> None:
    """Every request of the page and its map frame goes to the dashboard's own server."""
    frame = _open_overview(server, offline_page)
    frame.wait_for_function("document.querySelectorAll('path').length > 100", timeout=15_000)
    assert offline_page.requests, "no requests were recorded"
    assert offline_page.foreign_requests() == []
