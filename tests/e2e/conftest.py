"""Browser tier: a real Streamlit server on a free port, driven by Debian's Chromium.

The server is started with ``streamlit run server.py`` (the real middleware and API) and polled on ``/_stcore/health`` (never a
fixed sleep). Every page runs in a context whose requests to any host but the server
are aborted, as on a machine with no internet, and recorded so tests can assert on them.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Frame, Page, Route, sync_playwright

from components.maps.first_draw import WHOLE_PAGE_SELECTOR
from scripts.serve import streamlit_argv
from tests.conftest import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# The Makefile's APP_ENTRY: the pages behind the HTTP rules and beside the API, as `make run` serves them.
APP_ENTRY = os.environ.get("APP_ENTRY", "server.py")


class Server:
    """A running ``streamlit run server.py`` on loopback."""

    # A free port can be taken by another process between our probe and Streamlit's bind; the
    # server then exits at once, and a new port is tried.
    START_ATTEMPTS = 3

    def __init__(self, env_overrides: dict[str, str] | None = None) -> None:
        self._env = {**os.environ, **(env_overrides or {})}
        ARTIFACTS.mkdir(exist_ok=True)
        for attempt in range(1, self.START_ATTEMPTS + 1):
            self._start(free_port())
            try:
                self._wait_healthy()
                return
            except RuntimeError:
                # Never leave a half-started server behind, whatever went wrong.
                exited_early = self.process.poll() is not None
                self.stop()
                if not exited_early or attempt == self.START_ATTEMPTS:
                    raise

    def _start(self, port: int) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = ARTIFACTS / f"server-{self.port}.log"
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(
            streamlit_argv(APP_ENTRY, self.port),
            cwd=ROOT,
            env=self._env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _wait_healthy(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited early; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1) as response:
                    if response.read().strip() == b"ok":
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"streamlit did not answer /_stcore/health within {timeout}s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    """The dashboard with the shipped data."""
    with Server() as running:
        yield running


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        skip_or_fail(f"no Chromium at {CHROMIUM}: run `make test` (it installs Debian's chromium) or set CHROMIUM")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class RecordedPage:
    """A Playwright page plus every URL it (and its frames) asked for."""

    def __init__(self, page: Page, requests: list[str]) -> None:
        self.page = page
        self.requests = requests

    def foreign_requests(self) -> list[str]:
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).hostname not in LOCAL_HOSTS
        ]


@pytest.fixture
def offline_page(browser: Browser) -> Iterator[RecordedPage]:
    """A page in a fresh context where every request to another host fails."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []

    def route(route: Route) -> None:
        url = route.request.url
        requests.append(url)
        host = urlsplit(url).hostname
        if urlsplit(url).scheme in ("http", "https") and host not in LOCAL_HOSTS:
            route.abort("internetdisconnected")
        else:
            route.continue_()

    context.route("**/*", route)
    page = context.new_page()
    yield RecordedPage(page, requests)
    context.close()


def map_frame(page: Page, timeout_ms: float = 30_000) -> Frame:
    """The frame that holds the Leaflet map, once it exists."""
    # The component's iframe appears first, its Leaflet container once the map's scripts ran.
    page.locator(MAP_IFRAME).first.wait_for(timeout=timeout_ms)
    handle = page.locator(MAP_IFRAME).first.element_handle(timeout=timeout_ms)
    frame = handle.content_frame()
    if frame is None:
        raise AssertionError("the map's iframe has no document")
    frame.wait_for_selector(".leaflet-container", timeout=timeout_ms)
    return frame


def current_url(page: Page) -> str:
    """The address bar as the app left it (page.url does not follow st.query_params writes)."""
    return str(page.evaluate("() => location.href"))


def wait_for_url(page: Page, pattern: str, timeout_ms: float = 15_000) -> str:
    """Wait until the address bar (as the app left it) matches the regular expression ``pattern``."""
    page.wait_for_function("(pattern) => new RegExp(pattern).test(location.href)", arg=pattern, timeout=timeout_ms)
    return current_url(page)


def main_text(page: Page) -> str:
    """The text a person reads in the page's main area (not the sidebar)."""
    return page.locator("[data-testid='stMain']").inner_text()


# The streamlit-folium component's iframe (one per map).
MAP_IFRAME = "iframe[title*='streamlit_folium']"
# The page has connected, no script runs and no page waits for its map: what a person sees is settled.
READY = WHOLE_PAGE_SELECTOR
# The map page's place detail panel.
DETAIL = ".st-key-place_detail"
# Mark the icon of the marker whose tooltip is `name`, so Playwright can click it like a person.
TAG_MARKER_JS = """(name) => {
  for (const id in window.map._layers) {
    const layer = window.map._layers[id];
    if (layer._icon && layer.getTooltip && layer.getTooltip()) {
      const span = document.createElement('span');
      span.innerHTML = layer.getTooltip().getContent();
      if (span.textContent.trim() === name) { layer._icon.setAttribute('data-test-place', name); return true; }
    }
  }
  return false;
}"""
