"""Browser tests of issue 14: the bundled Nastaliq font on Urdu pages only, and the /trade chart's hover."""

from __future__ import annotations

from components.layout import NASTALIQ_URL
from tests.e2e.conftest import READY, RecordedPage, Server

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
