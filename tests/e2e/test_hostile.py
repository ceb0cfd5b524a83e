"""Browser tests of hostile input: payload data on every page, a broken folder, unknown paths, links.

One server runs with a data folder whose every name, description, note, title and source URL
is a payload (tests/hostile.py); another with a folder broken several ways at once. Pages
come from ``layout.PAGES`` whose script exists, so new pages are covered as they appear.
"""

from __future__ import annotations

import shutil
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Dialog, Frame, Page, expect
from playwright.sync_api import Error as PlaywrightError

from components.data import DATA_DIR_ENV, read_dataset
from components.layout import PAGES
from components.layout import Page as AppPage
from components.maps.layers import place_labels
from tests.e2e.conftest import READY, ROOT, RecordedPage, Server, map_frame
from tests.hostile import FAULTS, MARKER, PAYLOADS, displayed, folder_hashes, hostile_folder

EXISTING = [page for page in PAGES if (ROOT / page.script).exists()]
PAGE_IDS = [page.key for page in EXISTING]
# Applied together to one folder for the broken server.
BROKEN_WITH = ("invalid coordinates", "not UTF-8", "duplicate ids", "50 MB file", "garbage binary", "empty file")


def wait_for_app(page: Page, timeout: float = 30_000) -> None:
    """Wait until the app is connected and its script has finished running."""
    page.wait_for_selector(READY, timeout=timeout)
    page.wait_for_selector("[data-testid='stMain'] h1, [data-testid='stAlert']", timeout=timeout)


# Every image has loaded or failed (a payload's onerror handler has run) and the document is complete.
LOADED_JS = "() => document.readyState === 'complete' && Array.from(document.images).every(i => i.complete)"


def wait_until_loaded(page: Page, timeout: float = 15_000) -> None:
    """Wait until the page and each of its frames has finished loading, images included (late handlers fired)."""
    page.wait_for_function(LOADED_JS, timeout=timeout)
    for frame in page.frames:
        try:
            frame.wait_for_function(LOADED_JS, timeout=timeout)
        except PlaywrightError:
            continue  # (frames detach while the app reruns)


def injected(page: Page) -> list[str]:
    """The frames (page included) holding an element created by a payload, or a payload's global."""
    found = []
    for frame in page.frames:
        try:
            if frame.evaluate(f"() => document.querySelector('[{MARKER}]') !== null"):
                found.append(frame.url)
        except Exception:  # noqa: BLE001, S112  (frames detach while the app reruns)
            continue
    return found


def hovered_tooltips(frame: Frame, limit: int = 80) -> set[str]:
    """The text of every tooltip shown while hovering each marker and shape of a map (up to ``limit``)."""
    selector = ".leaflet-marker-icon, path.leaflet-interactive"
    frame.wait_for_selector(selector, timeout=30_000)
    shapes = frame.locator(selector)
    seen: set[str] = set()
    for index in range(min(shapes.count(), limit)):
        shapes.nth(index).dispatch_event("mouseover")
        seen.update(" ".join(t.split()) for t in frame.locator(".leaflet-tooltip").all_inner_texts())
    return seen


def body_links(page: Page) -> list[dict[str, str]]:
    """Every link in the page body that leaves the page (not heading anchors, not our navigation)."""
    links: list[dict[str, str]] = page.eval_on_selector_all(
        "[data-testid='stMain'] a:not([data-testid^='stPageLink'])",
        "els => els.filter(a => !(a.getAttribute('href') || '').startsWith('#'))"
        "          .map(a => ({href: a.href, rel: a.rel, target: a.target}))",
    )
    return links


def record_dialogs(page: Page) -> list[str]:
    """The message of every dialog (alert, confirm, prompt) the page opens from now on; each is dismissed."""
    messages: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        messages.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return messages


def health(server: Server) -> str:
    with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=5) as response:
        return str(response.read().decode().strip())


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    folder = hostile_folder(tmp_path_factory.mktemp("hostile-e2e") / "data")
    with Server({DATA_DIR_ENV: str(folder)}) as running:
        yield running, folder


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    folder = tmp_path_factory.mktemp("broken-e2e") / "data"
    shutil.copytree(ROOT / "data", folder)
    for fault in BROKEN_WITH:
        FAULTS[fault][0](folder)
    with Server({DATA_DIR_ENV: str(folder)}) as running:
        yield running, folder


@pytest.mark.parametrize("page_info", EXISTING, ids=PAGE_IDS)
def test_hostile_data_runs_no_script_and_shows_text_literally(
    hostile: tuple[Server, Path], offline_page: RecordedPage, page_info: AppPage
) -> None:
    """No dialog opens, no payload element appears, tooltips show payloads as text, links are safe."""
    server, folder = hostile
    page = offline_page.page
    dialogs = record_dialogs(page)
    page.goto(server.url + page_info.path)
    wait_for_app(page)
    assert not page.locator("[data-testid='stException']").count()
    if page.locator("iframe[title*='streamlit_folium']").count():
        seen = hovered_tooltips(map_frame(page))
        assert seen, "the map showed no tooltip"
        assert not any("A42B" in text or "49{% raw %}" in text for text in seen), "a template was evaluated"
        literal = {displayed(p) for p in PAYLOADS if len(displayed(p)) > 3}
        assert any(p in text for p in literal for text in seen), sorted(seen)[:5]
        if page_info.path == "/":
            # The overview names places as /map does (maps.layers.place_labels: repeated names get their kind).
            names = {displayed(label) for label in place_labels(read_dataset(folder).places).values()}
            assert names - seen == set(), sorted(name[:60] for name in names - seen)
    if page_info.path == "/":
        # The headline figures carry their unit, which is free text, in the label: "Label (unit)".
        units = {displayed(unit) for unit in read_dataset(folder).figures["unit"]}
        # Metrics come from a chunk loaded on first use: read them once they are drawn.
        expect(page.locator("[data-testid='stMetricLabel']").first).to_be_visible(timeout=30_000)
        labels = page.locator("[data-testid='stMetricLabel']").all_inner_texts()
        assert labels
        for label in labels:
            flat = " ".join(label.split())
            assert any(flat.endswith(f"({unit})") for unit in units if unit), flat[:80]
    for link in body_links(page):
        assert link["href"].startswith(("http://", "https://")), link
        assert {"noopener", "noreferrer"} <= set(link["rel"].split()), link
        assert link["target"] == "_blank", link
    # The overview cites sources as markdown links. (/sources lists them in a dataframe
    # LinkColumn: canvas cells that open with window.open(url, "_blank", "noopener,noreferrer").)
    if page_info.path == "/":
        assert body_links(page), "no source link on the overview"
    wait_until_loaded(page)
    assert dialogs == []
    assert injected(page) == []


def test_broken_folder_lists_problems_on_every_page_and_server_keeps_serving(
    broken: tuple[Server, Path], offline_page: RecordedPage
) -> None:
    """Each page shows the problem list (no traceback, no blank page), the server stays healthy, files unchanged."""
    server, folder = broken
    before = folder_hashes(folder)
    page = offline_page.page
    for page_info in EXISTING:
        page.goto(server.url + page_info.path)
        wait_for_app(page)
        assert page.locator("[data-testid='stAlert']").count() >= 1, page_info.path
        problems = page.locator("[data-testid='stCode']").first.inner_text()
        for fault in BROKEN_WITH:
            assert FAULTS[fault][1] in problems, (page_info.path, fault)
        body = page.locator("[data-testid='stMain']").inner_text()
        assert "Traceback" not in body
        assert not page.locator("[data-testid='stException']").count()
        assert health(server) == "ok"
    page.goto(server.url + "/")
    wait_for_app(page)
    assert health(server) == "ok"
    assert folder_hashes(folder) == before


def test_unknown_page_path_answers_404_with_a_page_that_links_home(
    hostile: tuple[Server, Path], offline_page: RecordedPage
) -> None:
    """An unknown or script-bearing path is an HTTP 404 with the small "Page not found" page, nothing else."""
    server, _ = hostile
    page = offline_page.page
    dialogs = record_dialogs(page)
    for path in ("/no-such-page", "/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/" + "x" * 5_000):
        response = page.goto(server.url + path)
        assert response.status == 404
        page.get_by_text("Page not found").wait_for(timeout=10_000)
        text = page.locator("body").inner_text()
        assert "Traceback" not in text and "script" not in text
        assert page.locator("a[href='/']").count() == 1
    assert dialogs == []
    assert injected(page) == []
    assert health(server) == "ok"


@pytest.mark.parametrize(
    "path",
    [
        "/app/static/../data/places.csv",
        "/app/static/%2e%2e/data/places.csv",
        "/app/static/..%2f..%2fcomponents/model.py",
        "/app/static/%2e%2e%2f%2e%2e%2f.streamlit/config.toml",
        "/etc/passwd",
        "/map/../../etc/passwd",
        "/map%00",
    ],
)
def test_traversal_paths_serve_no_file_outside_static(hostile: tuple[Server, Path], path: str) -> None:
    """Paths that climb out of static/ get no data, code or system file (Streamlit's page shell at most).

    A NUL in the path is refused with 400. A deep unknown path such as /etc/passwd gets the
    page shell, whose relative script paths then miss: the browser shows a blank page.
    """
    server, _ = hostile
    request = urllib.request.Request(server.url + path)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as error:
        assert error.code in (400, 403, 404), error.code
        body = ""
    for secret in ("id,kind,name_en", "DataError", "enableXsrfProtection", "root:x:0:0"):
        assert secret not in body
    assert health(server) == "ok"
