"""Browser tests of the map page with no internet: clicks select places, pan and zoom never rerun, the year control."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest

from tests.e2e.conftest import (
    ARTIFACTS,
    DETAIL,
    READY,
    TAG_MARKER_JS,
    RecordedPage,
    Server,
    current_url,
    map_frame,
)

RUNS = re.compile(r"Map page runs in this session: (\d+)")
FTZ_NAME = "Kashgar Area, China (Xinjiang) Pilot Free Trade Zone"

# The tooltip text of every marker currently on the map (the browser's view of what is drawn).
MARKER_TOOLTIPS_JS = """() => {
  const names = [];
  for (const id in window.map._layers) {
    const layer = window.map._layers[id];
    if (layer._icon && layer.getTooltip && layer.getTooltip()) {
      const span = document.createElement('span');
      span.innerHTML = layer.getTooltip().getContent();
      names.push(span.textContent.trim());
    }
  }
  return names;
}"""


@pytest.fixture(scope="module")
def debug_server() -> Iterator[Server]:
    """The dashboard with the run counter shown (DASHBOARD_DEBUG_RUNS=1)."""
    with Server({"DASHBOARD_DEBUG_RUNS": "1"}) as running:
        yield running


def _open(server: Server, recorded: RecordedPage, query: str = "") -> tuple[object, float]:
    """Open /map and wait for its markers; return the map frame and the seconds it took."""
    page = recorded.page
    started = time.monotonic()
    page.goto(server.url + "/map" + query)  # type: ignore[attr-defined]
    frame = map_frame(page)
    frame.wait_for_selector(".leaflet-marker-icon", timeout=30_000)  # type: ignore[attr-defined]
    elapsed = time.monotonic() - started
    page.wait_for_selector(READY, timeout=30_000)  # type: ignore[attr-defined]
    return frame, elapsed


def _runs(recorded: RecordedPage) -> int:
    text = recorded.page.locator("[data-testid='stCaptionContainer']").filter(has_text="Map page runs").inner_text()  # type: ignore[attr-defined]
    match = RUNS.search(text)
    assert match, text
    return int(match.group(1))


def _detail_text(recorded: RecordedPage) -> str:
    return str(recorded.page.locator(DETAIL).inner_text())  # type: ignore[attr-defined]


def test_clicking_gwadar_port_shows_its_details_and_puts_it_in_the_url(
    debug_server: Server, offline_page: RecordedPage
) -> None:
    """A click on the Gwadar Port marker fills the detail panel and the URL carries site=gwadar-port."""
    frame, elapsed = _open(debug_server, offline_page)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "map-timing.txt").write_text(f"open /map to first marker: {elapsed:.2f} s\n")
    print(f"open /map to first marker: {elapsed:.2f} s")
    assert frame.evaluate(TAG_MARKER_JS, "Gwadar Port")  # type: ignore[attr-defined]
    # Centre the map in the window so Streamlit's sticky header does not cover the marker.
    frame.frame_element().evaluate("e => e.scrollIntoView({block: 'center'})")  # type: ignore[attr-defined]
    frame.locator("[data-test-place='Gwadar Port']").click()  # type: ignore[attr-defined]
    offline_page.page.wait_for_function("() => location.href.includes('site=gwadar-port')", timeout=15_000)  # type: ignore[attr-defined]
    offline_page.page.locator(DETAIL).get_by_role("heading", name="Gwadar Port").wait_for(timeout=15_000)  # type: ignore[attr-defined]
    detail = _detail_text(offline_page)
    assert "Seaport" in detail and "瓜达尔港" in detail and "20 March 2007" in detail
    assert "site=gwadar-port" in current_url(offline_page.page)
    offline_page.page.wait_for_selector(READY, timeout=30_000)  # type: ignore[attr-defined]
    frame.wait_for_function("document.querySelectorAll('path').length > 100", timeout=15_000)  # type: ignore[attr-defined]
    offline_page.page.screenshot(path=str(ARTIFACTS / "map-page.png"), full_page=True)  # type: ignore[attr-defined]


def test_site_in_the_url_shows_sost(debug_server: Server, offline_page: RecordedPage) -> None:
    """Opening /map?site=sost-dry-port shows the Sost dry port in the detail panel."""
    _open(debug_server, offline_page, "?site=sost-dry-port")
    offline_page.page.locator(DETAIL).get_by_role("heading", name="Sost dry port").wait_for(timeout=15_000)  # type: ignore[attr-defined]
    assert "Dry port" in _detail_text(offline_page)


def test_pan_and_zoom_do_not_rerun_the_script(debug_server: Server, offline_page: RecordedPage) -> None:
    """Loading the page runs it once, and three drags and two wheel zooms leave the run count unchanged."""
    frame, _ = _open(debug_server, offline_page)
    page = offline_page.page
    # The map's first report to the server comes about a second after it is drawn; it must
    # not rerun the page (see maps.elements.ClickCountFromNull).
    page.wait_for_timeout(2_000)  # type: ignore[attr-defined]
    page.wait_for_selector(READY, timeout=30_000)  # type: ignore[attr-defined]
    before = _runs(offline_page)
    assert before == 1
    box = frame.frame_element().bounding_box()  # type: ignore[attr-defined]
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    start_center = frame.evaluate("() => map.getCenter().lng")  # type: ignore[attr-defined]
    for dx in (120, -80, 60):
        page.mouse.move(x, y)  # type: ignore[attr-defined]
        page.mouse.down()  # type: ignore[attr-defined]
        page.mouse.move(x + dx, y + 40, steps=8)  # type: ignore[attr-defined]
        page.mouse.up()  # type: ignore[attr-defined]
    for _ in range(2):
        page.mouse.move(x, y)  # type: ignore[attr-defined]
        page.mouse.wheel(0, -300)  # type: ignore[attr-defined]
        page.wait_for_timeout(400)  # type: ignore[attr-defined]
    assert frame.evaluate("() => map.getCenter().lng") != start_center  # type: ignore[attr-defined]
    # Longer than streamlit-folium's debounce (250 ms) plus a round trip.
    page.wait_for_timeout(2_000)  # type: ignore[attr-defined]
    page.wait_for_selector(READY, timeout=30_000)  # type: ignore[attr-defined]
    assert _runs(offline_page) == before


def test_year_2010_hides_the_zone_and_the_digital_trade_centre(
    debug_server: Server, offline_page: RecordedPage
) -> None:
    """Moving the year control to 2010 removes the FTZ marker and lists the Digital Trade Centre as not yet there."""
    frame, _ = _open(debug_server, offline_page)
    page = offline_page.page
    assert FTZ_NAME in frame.evaluate(MARKER_TOOLTIPS_JS)  # type: ignore[attr-defined]
    frame.evaluate("() => { window.kgcMountedBefore = true; }")  # type: ignore[attr-defined]
    thumb = page.locator("[data-testid='stSlider'] input[type='range']")  # type: ignore[attr-defined]
    current = int(thumb.input_value())
    thumb.focus()
    for _ in range(current - 2010):
        page.keyboard.press("ArrowLeft")  # type: ignore[attr-defined]
    page.wait_for_function("() => location.href.includes('year=2010')", timeout=15_000)  # type: ignore[attr-defined]
    page.wait_for_selector(READY, timeout=30_000)  # type: ignore[attr-defined]
    frame.wait_for_function(  # type: ignore[attr-defined]
        "(name) => !(" + MARKER_TOOLTIPS_JS + ")().includes(name)", arg=FTZ_NAME, timeout=15_000
    )
    names = frame.evaluate(MARKER_TOOLTIPS_JS)  # type: ignore[attr-defined]
    assert "Gwadar Port" in names
    assert "Kashgar Comprehensive Bonded Zone" not in names
    # The same map document: the layers were swapped, the map was not re-mounted.
    assert frame.evaluate("() => window.kgcMountedBefore === true")  # type: ignore[attr-defined]
    facilities_note = page.locator("[data-testid='stCaptionContainer']").filter(
        has_text="Facilities not yet established in 2010"
    )  # type: ignore[attr-defined]
    assert "Digital Trade Centre" in facilities_note.inner_text()


def test_map_page_requests_nothing_from_other_hosts(debug_server: Server, offline_page: RecordedPage) -> None:
    """The map page, its controls, minimap and chart load everything from the dashboard's own server."""
    frame, _ = _open(debug_server, offline_page, "?site=gwadar-port")
    frame.wait_for_function("document.querySelectorAll('path').length > 100", timeout=15_000)  # type: ignore[attr-defined]
    assert frame.locator(".leaflet-control-minimap").count() == 1  # type: ignore[attr-defined]
    assert frame.locator(".leaflet-control-measure").count() == 1  # type: ignore[attr-defined]
    assert frame.locator(".kgc-legend").count() == 1  # type: ignore[attr-defined]
    offline_page.page.locator("[data-testid='stVegaLiteChart']").first.wait_for(timeout=15_000)  # type: ignore[attr-defined]
    assert offline_page.foreign_requests() == []


def test_a_layer_switched_off_stays_off_after_a_filter_change(debug_server: Server, offline_page: RecordedPage) -> None:
    """Seaports switched off in the layer control stay off when the country filter swaps in new layers."""
    frame, _ = _open(debug_server, offline_page)
    page = offline_page.page
    assert "Gwadar Port" in frame.evaluate(MARKER_TOOLTIPS_JS)  # type: ignore[attr-defined]
    frame.frame_element().evaluate("e => e.scrollIntoView({block: 'center'})")  # type: ignore[attr-defined]
    frame.evaluate("() => window.layer_control.expand()")  # type: ignore[attr-defined]
    seaports = frame.locator(".leaflet-control-layers-overlays label").filter(has_text="Seaport").locator("input")  # type: ignore[attr-defined]
    seaports.click()
    assert "Gwadar Port" not in frame.evaluate(MARKER_TOOLTIPS_JS)  # type: ignore[attr-defined]
    frame.evaluate("() => { window.layer_control.getContainer().dataset.kgcOld = '1'; }")  # type: ignore[attr-defined]

    sidebar = page.locator("[data-testid='stSidebar']")  # type: ignore[attr-defined]
    sidebar.locator("[data-testid='stMultiSelect']").filter(has_text="Country").locator("input").click()
    page.keyboard.type("Pakistan")  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    page.wait_for_function("() => /[?&]country=PAK/.test(location.href)", timeout=15_000)  # type: ignore[attr-defined]
    page.wait_for_selector(READY, timeout=30_000)  # type: ignore[attr-defined]
    # New layers and a new control arrived (the Chinese places are gone)...
    frame.wait_for_function("() => !window.layer_control.getContainer().dataset.kgcOld", timeout=15_000)  # type: ignore[attr-defined]
    names = frame.evaluate(MARKER_TOOLTIPS_JS)  # type: ignore[attr-defined]
    assert "Sost dry port" in names
    assert "Kashgar Comprehensive Bonded Zone" not in names
    # ...and the seaports are still off, in the map and in the control.
    assert "Gwadar Port" not in names
    assert not seaports.is_checked()
    frame.evaluate("() => window.layer_control.expand()")  # type: ignore[attr-defined]
    seaports.click()
    assert "Gwadar Port" in frame.evaluate(MARKER_TOOLTIPS_JS)  # type: ignore[attr-defined]
