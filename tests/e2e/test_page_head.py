"""Browser tests of what each page's head asks for (components/page_head.py): every page's first run
finds the code of its elements already fetched, the frontend goes straight to the server's root,
and the page's Content-Security-Policy refuses nothing the page itself does."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from components.layout import PAGES
from tests.e2e.conftest import READY, RecordedPage, Server

TIMEOUT_MS = 60_000

# Every CSP refusal, in the page and in its frames (some, like WebAssembly's, never reach the console).
WATCH_CSP_JS = """
window.kgcRefused = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.kgcRefused.push(e.effectiveDirective + ' ' + e.blockedURI);
}, true);
"""

# Streamlit's chunks fetched after the frontend first asked the server for its health (the moment
# its run can begin), other than by a link in the head.
LATE_CHUNKS_JS = """() => {
  const entries = performance.getEntriesByType('resource');
  const health = entries.find((e) => e.name.includes('/_stcore/health'));
  if (!health) { return ['no health check was made']; }
  return entries
    .filter((e) => e.name.includes('/static/js/') && e.initiatorType !== 'link' && e.startTime > health.startTime)
    .map((e) => e.name.split('/').pop());
}"""


@pytest.mark.parametrize("path", [page.path for page in PAGES])
def test_a_page_has_its_code_before_its_run_and_the_csp_refuses_nothing(
    server: Server, offline_page: RecordedPage, path: str
) -> None:
    """Loading the page fetches no Streamlit chunk after its run could begin (the head preloaded
    them all: layout.PAGES names each page's elements), asks nothing under the page's own path
    (the frontend is told the server's root), and no frame reports a CSP refusal."""
    page = offline_page.page
    page.add_init_script(WATCH_CSP_JS)
    page.goto(server.url + path)
    page.wait_for_selector(READY, state="attached", timeout=TIMEOUT_MS)
    page.wait_for_selector("h1", timeout=TIMEOUT_MS)
    # Elements draw (and fetch their code) as their part of the run arrives: wait until nothing is loading.
    page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)
    assert page.evaluate(LATE_CHUNKS_JS) == []
    if path != "/":
        under_page = [url for url in offline_page.requests if urlsplit(url).path.startswith(path + "/_stcore/")]
        assert under_page == []
    for frame in page.frames:
        assert frame.evaluate("() => window.kgcRefused || []") == [], frame.url


# Every layout shift of the load, with the test ids of what moved (none of them follows input).
WATCH_SHIFTS_JS = """
window.kgcShifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const nodes = (e.sources || []).map((s) => s.node).filter((n) => n && n.getAttribute);
    window.kgcShifts.push({value: e.value, moved: nodes.map((n) => n.getAttribute('data-testid') || n.className),
      inSidebar: nodes.length > 0 && nodes.every((n) => !!n.closest('[data-testid="stSidebar"]'))});
  }
}).observe({type: 'layout-shift', buffered: true});
"""


NO_SKELETON_JS = "() => !document.querySelector(\"[data-testid='stSkeleton']\")"


@pytest.mark.parametrize(("path", "sidebar_only"), [("/facilities", False), ("/map?site=kashgar", True)])
def test_nothing_moves_when_the_page_links_arrive(
    server: Server, offline_page: RecordedPage, path: str, sidebar_only: bool
) -> None:
    """Page links (the sidebar's, each facility card's, a place's "Routes from here") are 40 px
    placeholders until their code loads and 20 px of the column after: the page head sizes the
    placeholders in their boxes (reserved.LINK_BOXES), so nothing below them moves. Without it,
    /facilities' cards moved up 20 px each (a layout shift of 0.045) and the sidebar's links
    0.007 on every page; on /map only the sidebar's shifts are counted (its detail panel may
    still settle on a loaded machine, for reasons of its own)."""
    page = offline_page.page
    page.add_init_script(WATCH_SHIFTS_JS)
    page.goto(server.url + path)
    page.wait_for_selector(READY, state="attached", timeout=TIMEOUT_MS)
    page.wait_for_selector("[data-testid='stSidebar'] [data-testid='stPageLink']", timeout=TIMEOUT_MS)
    links = page.locator("[data-testid='stMain'] [data-testid='stPageLink']")
    links.first.wait_for(timeout=TIMEOUT_MS)
    page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)
    # Every placeholder gives way to its element (widgets too: their code is evaluated after the
    # page is whole, up to 190 ms later on a busy machine, which the network going quiet does not wait for).
    page.wait_for_function(NO_SKELETON_JS, polling=20, timeout=TIMEOUT_MS)
    shifts = [shift for shift in page.evaluate("() => window.kgcShifts") if shift["inSidebar"] or not sidebar_only]
    assert sum(shift["value"] for shift in shifts) < 0.003, shifts
