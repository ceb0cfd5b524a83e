"""Browser tests of issue 14: the bundled Nastaliq font on Urdu pages only, and the /trade chart's hover."""

from __future__ import annotations

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from components.data import read_dataset
from components.i18n import translate
from components.layout import NASTALIQ_URL
from tests.e2e.conftest import READY, ROOT, RecordedPage, Server

TIMEOUT_MS = 30_000


def _open(server: Server, recorded: RecordedPage, path: str) -> object:
    page = recorded.page
    page.goto(server.url + path)  # type: ignore[attr-defined]
    page.wait_for_selector(READY, timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    return page


def test_urdu_page_loads_the_bundled_nastaliq_font(server: Server, offline_page: RecordedPage) -> None:
    """/?lang=ur: the Noto Nastaliq Urdu face is declared, fetched from the app's static folder and loaded."""
    page = _open(server, offline_page, "/?lang=ur")
    page.wait_for_function(  # type: ignore[attr-defined]
        "url => [...document.fonts].some(f => f.family.replace(/[\"']/g, '') === 'Noto Nastaliq Urdu'"
        " && f.status === 'loaded')"
        " && performance.getEntriesByType('resource').some(e => e.name.endsWith(url))",
        arg=NASTALIQ_URL,
        timeout=TIMEOUT_MS,
    )
    heading = page.locator("[data-testid='stMain'] h1").first  # type: ignore[attr-defined]
    assert "Noto Nastaliq Urdu" in heading.evaluate("e => getComputedStyle(e).fontFamily")
    assert offline_page.foreign_requests() == []


def test_english_page_does_not_load_the_nastaliq_font(server: Server, offline_page: RecordedPage) -> None:
    """/?lang=en: no Nastaliq face is declared and its file is never requested."""
    page = _open(server, offline_page, "/?lang=en")
    page.locator("[data-testid='stMain'] h1").first.wait_for(timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    fonts = page.evaluate(  # type: ignore[attr-defined]
        "url => ({declared: [...document.fonts].some(f => f.family.includes('Nastaliq')),"
        " fetched: performance.getEntriesByType('resource').some(e => e.name.endsWith(url))})",
        NASTALIQ_URL,
    )
    assert fonts == {"declared": False, "fetched": False}
    assert not any("nastaliq" in url for url in offline_page.requests)


def test_hovering_a_trade_point_shows_its_source(server: Server, offline_page: RecordedPage) -> None:
    """/trade: hovering a point of the first chart shows a tooltip naming the point's source."""
    dataset = read_dataset(ROOT / "data")
    titles = dict(zip(dataset.sources["source_id"], dataset.sources["title"], strict=True))
    # Any figure's: the first chart can hold more than one indicator (a partner count beside the
    # trade value), and the point under the pointer is the topmost there, not always the first drawn.
    cited = {titles[source] for sources in dataset.figures["sources"] for source in sources}
    page = _open(server, offline_page, "/trade")
    chart = page.locator("[data-testid='stVegaLiteChart']").first  # type: ignore[attr-defined]
    point = chart.locator("g.mark-symbol.role-mark path").first
    point.wait_for(timeout=TIMEOUT_MS)
    text = None
    # Hover as a person would, again if the tooltip went away before it was read (on the loaded
    # CI machine a late element can still move the chart from under the pointer); at most three times.
    for _turn in range(3):
        point.scroll_into_view_if_needed()
        point.hover()
        try:
            page.wait_for_selector("#vg-tooltip-element.visible", timeout=15_000)  # type: ignore[attr-defined]
        except PlaywrightTimeoutError:
            continue
        text = page.evaluate(  # type: ignore[attr-defined]
            "() => { const t = document.querySelector('#vg-tooltip-element.visible'); return t && t.innerText; }"
        )
        if text:
            break
    assert text, "no tooltip stayed up long enough to be read after three hovers"
    assert translate("trade.col_source", "en") in text
    assert any(title in text for title in cited), text
