"""Browser tests of the filter-driven pages: URL filters, selection, filters that follow, downloads."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from playwright.sync_api import Page, expect

from components.i18n import names_by_id
from components.model import Dataset
from components.partner_panels import build_partner_rows
from tests.e2e.conftest import READY, ROOT, RecordedPage, Server, map_frame, wait_for_url

TIMEOUT_MS = 30_000
# The height of a row (and of the header) in Streamlit's data grid.
ROW_PX = 35


def _uzbek_places() -> int:
    with (ROOT / "data" / "places.csv").open(encoding="utf-8") as handle:
        return sum(1 for row in csv.DictReader(handle) if row["country"] == "UZB")


def _open(server: Server, offline_page: RecordedPage, path: str, heading: str) -> Page:
    page = offline_page.page
    page.goto(server.url + path)
    expect(page.get_by_role("heading", name=heading).first).to_be_visible(timeout=TIMEOUT_MS)
    return page


def test_facility_in_the_url_shows_that_facility_only(server: Server, offline_page: RecordedPage) -> None:
    """/facilities?facility=bonded-warehousing shows the bonded warehousing card and no other card."""
    page = _open(server, offline_page, "/facilities?facility=bonded-warehousing", "Facilities")
    main = page.locator("[data-testid='stMain']")
    expect(main.get_by_role("heading", name="Bonded warehousing")).to_be_visible(timeout=TIMEOUT_MS)
    assert main.get_by_role("heading", name="Air freight facilities").count() == 0
    assert main.get_by_role("heading", name="Uzbekistan industrial park").count() == 0
    assert main.get_by_text("Showing 1 facility with bonded warehousing").count() == 1


def test_country_in_the_url_selects_it_on_the_partner_map(server: Server, offline_page: RecordedPage) -> None:
    """/partners?country=UZB shows Uzbekistan selected with its twin-park link, drawn on the map."""
    page = _open(server, offline_page, "/partners?country=UZB", "Partner countries")
    main = page.locator("[data-testid='stMain']")
    expect(main.get_by_text("Selected: Uzbekistan")).to_be_visible(timeout=TIMEOUT_MS)
    assert main.get_by_text("twin park", exact=False).count() >= 1
    frame = map_frame(page)
    frame.wait_for_selector("path.leaflet-interactive", timeout=TIMEOUT_MS)
    frame.locator("path.leaflet-interactive").first.dispatch_event("mouseover")
    frame.wait_for_selector(".leaflet-tooltip", timeout=TIMEOUT_MS)
    assert "(UZB)" in " ".join(frame.locator(".leaflet-tooltip").all_inner_texts())


def test_country_set_in_the_sidebar_follows_to_the_next_page(server: Server, offline_page: RecordedPage) -> None:
    """A country chosen in the sidebar on one page is still chosen, and in the URL, after the nav link."""
    page = _open(server, offline_page, "/facilities", "Facilities")
    sidebar = page.locator("[data-testid='stSidebar']")
    country = sidebar.locator("[data-testid='stMultiSelect']").filter(has_text="Country")
    country.locator("input").click()
    page.keyboard.type("Uzbekistan")
    page.keyboard.press("Enter")
    # Leave the multiselect as a person would: BaseWeb swallows the first click after typing into it.
    page.locator("[data-testid='stMain']").click(position={"x": 600, "y": 700})
    wait_for_url(page, r"[?&]country=UZB")
    # The reset button appears with the filter and shifts the links; click once the sidebar settled.
    expect(sidebar.get_by_role("button", name=re.compile("Reset filters"))).to_be_visible(timeout=TIMEOUT_MS)
    page.wait_for_selector(READY, timeout=TIMEOUT_MS)
    sidebar.locator("a").filter(has_text="Partner countries").first.click()
    expect(page.locator("[data-testid='stMain']").get_by_text("Selected: Uzbekistan")).to_be_visible(timeout=TIMEOUT_MS)
    url = wait_for_url(page, r"/partners\?(.*&)?country=UZB")
    assert "/partners" in url
    assert "Uzbekistan (UZB)" in country.inner_text()


def test_geojson_download_holds_the_filtered_features(
    server: Server, offline_page: RecordedPage, tmp_path: Path
) -> None:
    """On /sources?country=UZB the places GeoJSON parses and holds exactly the Uzbek places."""
    page = _open(server, offline_page, "/sources?country=UZB", "Sources")
    expected = _uzbek_places()
    button = page.get_by_role("button", name=f"Places (GeoJSON, {expected} features)")
    expect(button).to_be_visible(timeout=TIMEOUT_MS)
    with page.expect_download(timeout=TIMEOUT_MS) as download_info:
        button.click()
    target = tmp_path / "places.geojson"
    download_info.value.save_as(target)
    collection = json.loads(target.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == expected
    assert all(f["properties"]["country"] == "UZB" for f in collection["features"])
    assert offline_page.foreign_requests() == []


def test_clicking_a_country_on_the_partner_map_selects_it(server: Server, offline_page: RecordedPage) -> None:
    """A click on South Korea puts KOR into the country filter, the URL and the selection panel."""
    page = _open(server, offline_page, "/partners", "Partner countries")
    frame = map_frame(page)
    frame.wait_for_selector("path.leaflet-interactive", timeout=TIMEOUT_MS)
    countries = frame.locator("path.leaflet-interactive")
    frame.evaluate("() => { window.kgcMountedBefore = true; }")
    for index in range(countries.count()):
        countries.nth(index).dispatch_event("mouseover")
        shown = " ".join(frame.locator(".leaflet-tooltip").all_inner_texts())
        countries.nth(index).dispatch_event("mouseout")
        if "(KOR)" in shown:
            countries.nth(index).dispatch_event("click")
            break
    else:
        raise AssertionError("no country on the map is South Korea")
    wait_for_url(page, r"/partners\?(.*&)?country=KOR")
    expect(page.locator("[data-testid='stMain']").get_by_text("Selected: South Korea")).to_be_visible(
        timeout=TIMEOUT_MS
    )
    page.wait_for_selector(READY, timeout=TIMEOUT_MS)
    # The countries were restyled in the same map document: the map was not reloaded.
    assert frame.evaluate("() => window.kgcMountedBefore === true")
    assert offline_page.foreign_requests() == []


def test_choosing_a_row_of_the_partner_table_selects_its_country(
    server: Server, offline_page: RecordedPage, dataset: Dataset
) -> None:
    """A click on the third row's selection box puts that row's country into the filter, the URL and the panel."""
    names = names_by_id(dataset.countries, "iso3", "en")
    rows = build_partner_rows(dataset.partners, names, dataset.sources, "en")
    code = str(rows["iso3"].iloc[2])
    page = _open(server, offline_page, "/partners", "Partner countries")
    page.wait_for_selector(READY, timeout=TIMEOUT_MS)
    table = page.locator("[data-testid='stDataFrame']").first
    # The grid comes from a chunk loaded on first use: click once its rows are drawn (its
    # accessible table has them), not as soon as the page's run has ended.
    expect(table.locator("[role='row']").nth(3)).to_be_attached(timeout=TIMEOUT_MS)
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    assert box is not None
    # The grid is drawn on a canvas: the row selection boxes sit in the first column, rows 35 px high
    # under a 35 px header.
    page.mouse.click(box["x"] + 12, box["y"] + ROW_PX * 3.5)
    wait_for_url(page, rf"/partners\?(.*&)?country={code}(&|$)")
    expect(page.locator("[data-testid='stMain']").get_by_text(f"Selected: {names[code]}")).to_be_visible(
        timeout=TIMEOUT_MS
    )
    assert offline_page.foreign_requests() == []


# The colour a person sees of an element's text: its colour, faded by every ancestor's opacity
# over the white page, and its contrast with white (WCAG's formula).
EFFECTIVE_CONTRAST_JS = """(e) => {
  const [r, g, b] = getComputedStyle(e).color.match(/\\d+(\\.\\d+)?/g).map(Number);
  let alpha = 1;
  for (let node = e; node; node = node.parentElement) { alpha *= Number(getComputedStyle(node).opacity); }
  const seen = [r, g, b].map((c) => alpha * c + (1 - alpha) * 255);
  const [lr, lg, lb] = seen.map((c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
  return 1.05 / (0.2126 * lr + 0.7152 * lg + 0.0722 * lb + 0.05);
}"""


def test_source_links_in_captions_keep_a_readable_contrast(server: Server, offline_page: RecordedPage) -> None:
    """Source links sit in captions, which Streamlit fades with opacity; on the partners page each
    reads at 4.5:1 or more against the white page, as the caption text around it does."""
    page = _open(server, offline_page, "/partners", "Partner countries")
    links = page.locator("[data-testid='stCaptionContainer'] a")
    expect(links.first).to_be_visible(timeout=TIMEOUT_MS)
    contrasts = [links.nth(i).evaluate(EFFECTIVE_CONTRAST_JS) for i in range(min(links.count(), 5))]
    caption = page.locator("[data-testid='stCaptionContainer'] p").first.evaluate(EFFECTIVE_CONTRAST_JS)
    assert min([*contrasts, caption]) >= 4.5, (contrasts, caption)
