"""Load test (``make load``): 25 browser sessions at once against one server, each changing a filter.

Not part of ``make test`` (pyproject ``addopts`` ignores tests/load): it takes about a
minute and wants the machine to itself. It records the streamlit process's resident memory
(``VmRSS``) before, at the peak and after the sessions close, in artifacts/load.json.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pytest

from tests.e2e.conftest import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, Server

SESSIONS = 25
# Memory after the sessions close must come back to within this share of the baseline.
TOLERANCE = 0.20
# Streamlit keeps a closed session for reconnection for server.disconnectedSessionTTL seconds.
SETTLE_SECONDS = 90
TIMEOUT_MS = 240_000
READY = "[data-testid='stApp'][data-test-script-state='notRunning'][data-test-connection-state='CONNECTED']"


def rss_kib(pid: int) -> int:
    """The resident memory of a process in KiB, from /proc/<pid>/status."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError(f"no VmRSS for pid {pid}")


def target_path() -> str:
    """The facilities page with one facility selected, or the overview while that page is being built."""
    page = "/facilities" if (ROOT / "pages" / "2_facilities.py").exists() else "/"
    return page + "?facility=bonded-warehousing"


@dataclass
class Record:
    sessions: int = SESSIONS
    path: str = ""
    failures: list[str] = field(default_factory=list)
    rss_start_kib: int = 0
    rss_baseline_kib: int = 0
    rss_peak_kib: int = 0
    rss_after_kib: int = 0
    seconds_to_settle: float = 0.0
    seconds_for_sessions: float = 0.0


class Sampler(threading.Thread):
    """Samples a process's RSS every 100 ms and keeps the highest value."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.running = True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, rss_kib(self.pid))
            time.sleep(0.1)


def settled_rss_kib(pid: int, timeout: float = 30.0) -> int:
    """The process's RSS once it has stopped moving: five samples 200 ms apart within 1% of each other."""
    samples: list[int] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        samples = [*samples[-4:], rss_kib(pid)]
        if len(samples) == 5 and max(samples) <= min(samples) * 1.01:
            return samples[-1]
        time.sleep(0.2)
    raise AssertionError(f"RSS did not settle within {timeout:.0f} s: {samples}")


async def one_session(context: object, url: str, index: int) -> None:
    """Open the page, wait for it, then pick a status in the sidebar and wait for the rerun."""
    page = await context.new_page()  # type: ignore[attr-defined]
    try:
        # "commit", not "load": on a busy machine the browser, not the server, is the slow part.
        await page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        await page.wait_for_selector(READY, timeout=TIMEOUT_MS)
        await page.wait_for_selector("[data-testid='stMain'] h1", timeout=TIMEOUT_MS)
        status = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").nth(2)
        await status.click(timeout=TIMEOUT_MS)
        await page.locator("[role='option']").filter(has_text="operating").first.click(timeout=TIMEOUT_MS)
        await page.wait_for_function("() => location.href.includes('status=operating')", timeout=TIMEOUT_MS)
        await page.wait_for_selector(READY, timeout=TIMEOUT_MS)
        if await page.locator("[data-testid='stException']").count():
            raise AssertionError(f"session {index}: the page shows an exception")
    finally:
        await page.close()


async def run_sessions(url: str, count: int) -> list[str]:
    """Run ``count`` sessions at once (pages of one browser, each its own Streamlit session)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context(viewport={"width": 1280, "height": 900})
            results = await asyncio.gather(
                *(one_session(context, url, index) for index in range(count)), return_exceptions=True
            )
        finally:
            await browser.close()
    return [f"session {i}: {r!r}"[:300] for i, r in enumerate(results) if isinstance(r, BaseException)]


def test_twenty_five_sessions_at_once_all_succeed_and_memory_returns() -> None:
    """25 simultaneous sessions each change a filter without failure; RSS returns to within 20% of the baseline."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    record = Record(path=target_path())
    server = Server()
    try:
        pid = server.process.pid
        url = server.url + record.path
        record.rss_start_kib = rss_kib(pid)
        warm_up = asyncio.run(run_sessions(url, 1))
        print(f"warm-up done, RSS {rss_kib(pid)} KiB")
        assert warm_up == [], warm_up
        record.rss_baseline_kib = settled_rss_kib(pid)

        sampler = Sampler(pid)
        sampler.start()
        started = time.monotonic()
        record.failures = asyncio.run(run_sessions(url, SESSIONS))
        record.seconds_for_sessions = round(time.monotonic() - started, 1)
        sampler.running = False
        sampler.join()
        record.rss_peak_kib = sampler.peak

        limit = record.rss_baseline_kib * (1 + TOLERANCE)
        closed = time.monotonic()
        while time.monotonic() - closed < SETTLE_SECONDS:
            record.rss_after_kib = rss_kib(pid)
            print(f"{time.monotonic() - closed:5.1f}s after close: RSS {record.rss_after_kib} KiB (limit {limit:.0f})")
            if record.rss_after_kib <= limit:
                break
            time.sleep(1)
        record.seconds_to_settle = round(time.monotonic() - closed, 1)
        assert server.process.poll() is None, "the server died"
    finally:
        server.stop()
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "load.json").write_text(json.dumps(asdict(record), indent=2))
        print(json.dumps(asdict(record), indent=2))
    assert record.failures == []
    assert record.rss_after_kib <= limit, f"RSS {record.rss_after_kib} KiB > {limit:.0f} KiB"
