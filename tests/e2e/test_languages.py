"""Browser tests of the three languages: Chinese map and navigation, Urdu right to left, switching keeps the view."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from components.i18n import RTL_LANGUAGES, translate
from components.layout import PAGES
from components.layout import Page as AppPage
from tests.e2e.conftest import DETAIL, READY, ROOT, TAG_MARKER_JS, RecordedPage, Server, current_url, map_frame

TIMEOUT_MS = 30_000
EXISTING = [page for page in PAGES if (ROOT / page.script).exists()]
# Every block of body text in the main area and the sidebar (headings, markdown, captions).
BODY_TEXT = (
    "[data-testid='stMain'] h1, [data-testid='stMain'] [data-testid='stMarkdownContainer'], [data-testid='stSidebar']"
)
# The page's language script has run (it is drawn with the direction style, just after the run)
# and every block of body text reads in ``direction``.
BODY_DIRECTION_JS = """([lang, direction, selector]) => {
  const blocks = Array.from(document.querySelectorAll(selector));
  return document.documentElement.lang === lang && blocks.length > 0
    && blocks.every(block => getComputedStyle(block).direction === direction);
}"""


def _open(server: Server, recorded: RecordedPage, path: str) -> Page:
    page = recorded.page
    page.goto(server.url + path)
    page.wait_for_selector(READY, timeout=TIMEOUT_MS)
    return page


def test_chinese_map_has_chinese_tooltips_and_navigation(server: Server, offline_page: RecordedPage) -> None:
    """/map?lang=zh: hovering Kashgar shows 喀什, and the sidebar's page links are in Chinese."""
    page = _open(server, offline_page, "/map?lang=zh")
    frame = map_frame(page)
    frame.wait_for_selector(".leaflet-marker-icon", timeout=TIMEOUT_MS)
    assert frame.evaluate(TAG_MARKER_JS, "喀什")
    frame.frame_element().evaluate("e => e.scrollIntoView({block: 'center'})")
    frame.locator("[data-test-place='喀什']").hover()
    tooltip = frame.locator(".leaflet-tooltip")
    expect(tooltip).to_be_visible(timeout=TIMEOUT_MS)
    assert tooltip.inner_text().strip() == "喀什"
    sidebar = page.locator("[data-testid='stSidebar']")
    for key in ("nav.overview", "nav.map", "nav.facilities", "nav.sources"):
        assert sidebar.get_by_role("link", name=translate(key, "zh")).count() == 1, key
    assert sidebar.get_by_role("link", name="Corridor map").count() == 0
    # The legend drawn on the map speaks Chinese too.
    assert translate("kind.seaport", "zh") in frame.locator(".kgc-legend").inner_text()


def test_urdu_reads_right_to_left_and_the_map_left_to_right(server: Server, offline_page: RecordedPage) -> None:
    """/?lang=ur: the heading and the sidebar are right to left; the map and its frame stay left to right."""
    page = _open(server, offline_page, "/?lang=ur")
    heading = page.locator("[data-testid='stMain'] h1").first
    expect(heading).to_be_visible(timeout=TIMEOUT_MS)
    assert heading.inner_text().strip() == translate("overview.title", "ur")
    # The style and the language script arrive in elements the browser draws just after the run
    # ends (about 0.2 s after the heading): wait for them rather than read the first paint.
    page.wait_for_function(
        "() => { const h = document.querySelector(\"[data-testid='stMain'] h1\");"
        " return h !== null && getComputedStyle(h).direction === 'rtl' && document.documentElement.lang === 'ur'; }",
        timeout=5_000,
    )
    assert heading.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.evaluate("() => document.documentElement.lang") == "ur"
    sidebar = page.locator("[data-testid='stSidebar']")
    assert sidebar.evaluate("e => getComputedStyle(e).direction") == "rtl"
    frame = map_frame(page)
    frame.wait_for_selector(".leaflet-container", timeout=TIMEOUT_MS)
    assert frame.frame_element().evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert frame.locator(".leaflet-container").evaluate("e => getComputedStyle(e).direction") == "ltr"
    metric = page.locator("[data-testid='stMetricValue']").first
    assert metric.evaluate("e => getComputedStyle(e).direction") == "ltr"


def test_switching_language_keeps_filters_and_the_selected_place(server: Server, offline_page: RecordedPage) -> None:
    """On /map with a country filter and Gwadar selected, choosing 中文 keeps both and renames the place."""
    page = _open(server, offline_page, "/map?country=PAK&site=gwadar-port")
    detail = page.locator(DETAIL)
    expect(detail.get_by_role("heading", name="Gwadar Port")).to_be_visible(timeout=TIMEOUT_MS)
    sidebar = page.locator("[data-testid='stSidebar']")
    # Choose once the page has settled: the browser then sends the filters back as option texts
    # in English, which the frame must still read as PAK and gwadar-port.
    page.wait_for_selector(READY, timeout=TIMEOUT_MS)
    language = sidebar.locator("[data-testid='stSelectbox']").first
    language.click()
    page.get_by_role("option", name="中文").click()
    expect(detail.get_by_role("heading", name="瓜达尔港")).to_be_visible(timeout=TIMEOUT_MS)
    page.wait_for_function("() => location.href.includes('lang=zh')", timeout=TIMEOUT_MS)
    url = current_url(page)
    assert re.search(r"[?&]country=PAK(&|$)", url), url
    assert re.search(r"[?&]site=gwadar-port(&|$)", url), url
    # The filter is still applied: the country chip in the sidebar and the Chinese heading of the page.
    assert sidebar.get_by_text(re.compile(r"\(PAK\)")).count() >= 1
    assert page.locator("[data-testid='stMain'] h1").first.inner_text().strip() == translate("map_page.title", "zh")


@pytest.mark.parametrize("lang", ["en", "zh", "ur"])
@pytest.mark.parametrize("page_info", EXISTING, ids=[page.key for page in EXISTING])
def test_body_text_reads_in_the_language_direction_on_every_page(
    server: Server, offline_page: RecordedPage, page_info: AppPage, lang: str
) -> None:
    """Urdu body text (headings, paragraphs, captions, sidebar) is right to left on every page; English and
    Chinese stay left to right. In every language the headings go down one level at a time."""
    page = _open(server, offline_page, f"{page_info.path}?lang={lang}")
    direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
    page.wait_for_function(BODY_DIRECTION_JS, arg=[lang, direction, BODY_TEXT], timeout=TIMEOUT_MS)
    directions = page.eval_on_selector_all(BODY_TEXT, "blocks => blocks.map(b => getComputedStyle(b).direction)")
    assert set(directions) == {direction}
    # Headings go down one level at a time (h1, then h2, ...), as screen readers and Lighthouse expect.
    levels = page.eval_on_selector_all(
        "[data-testid='stMain'] :is(h1, h2, h3, h4, h5, h6)", "hs => hs.map(h => Number(h.tagName[1]))"
    )
    assert levels and levels[0] == 1, levels
    assert all(after <= before + 1 for before, after in zip(levels, levels[1:], strict=False)), levels
