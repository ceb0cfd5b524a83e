"""Browser test of `make serve`: two replicas behind nginx; the reader's replica is lost and /map draws again."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import ARTIFACTS, DETAIL, READY, RecordedPage, current_url, map_frame, wait_for_url
from tests.serve_process import ServeProcess, nginx_or_skip, self_signed_certificate

QUERY = "?site=gwadar-port&status=operating"
# Streamlit's frontend shows this dialog when it gives up reconnecting.
CONNECTION_ERROR = "[data-testid='stConnectionErrorDialog'], [data-testid='stException']"


@pytest.fixture
def serve() -> Iterator[ServeProcess]:
    """scripts/serve.py with two replicas on a free port."""
    nginx_or_skip()
    with ServeProcess(replicas=2) as running:
        yield running


def draw_map(recorded: RecordedPage) -> None:
    """The map's markers, the selected place's detail and a settled page."""
    page = recorded.page
    frame = map_frame(page, timeout_ms=60_000)
    frame.wait_for_selector(".leaflet-marker-icon", timeout=60_000)  # type: ignore[attr-defined]
    page.wait_for_selector(READY, timeout=60_000)  # type: ignore[attr-defined]
    page.wait_for_selector(DETAIL, timeout=60_000)  # type: ignore[attr-defined]


def test_losing_the_readers_replica_reconnects_and_redraws_the_map(
    serve: ServeProcess, offline_page: RecordedPage
) -> None:
    """Killing the replica that holds the session: the page reconnects through nginx and redraws /map as it was."""
    page = offline_page.page
    sockets: list[object] = []
    frames: list[int] = []

    def on_websocket(socket: object) -> None:
        sockets.append(socket)
        frames.append(0)
        index = len(frames) - 1

        def on_frame(_: object) -> None:
            frames[index] += 1

        socket.on("framereceived", on_frame)  # type: ignore[attr-defined]

    page.on("websocket", on_websocket)  # type: ignore[attr-defined]
    page.goto(serve.url + "/map" + QUERY)  # type: ignore[attr-defined]
    draw_map(offline_page)
    url_before = current_url(page)
    detail_before = page.locator(DETAIL).inner_text()  # type: ignore[attr-defined]
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}  # type: ignore[attr-defined]
    route = cookies["corridor_route"]
    served_by = serve.upstreams_for_route(route)
    assert served_by, f"no request of route {route} in the access log"
    # Every request after the first carried the cookie, so one replica served them all.
    assert len(set(served_by[1:])) == 1, served_by
    lost = served_by[-1]
    lost_port = int(lost.rpartition(":")[2])
    pid = serve.replica_pids()[lost_port]

    timeline = [f"0.00 s: replica {lost} (pid {pid}) killed"]
    killed_at = time.monotonic()
    # The page opens a new websocket after the kill, which nginx sends to the live replica, and a
    # new session runs /map there (the old elements stay on screen, stale, until that run replaces them).
    with page.expect_websocket(timeout=60_000):  # type: ignore[attr-defined]
        os.kill(pid, signal.SIGKILL)
        # The page notices the lost websocket first.
        page.wait_for_selector(  # type: ignore[attr-defined]
            "[data-testid='stApp']:not([data-test-connection-state='CONNECTED'])", timeout=30_000
        )
        timeline.append(f"{time.monotonic() - killed_at:.2f} s: page disconnected")
    assert len(sockets) >= 2
    timeline.append(f"{time.monotonic() - killed_at:.2f} s: new websocket open")
    draw_map(offline_page)
    timeline.append(f"{time.monotonic() - killed_at:.2f} s: /map drawn again")
    assert current_url(page) == url_before
    assert page.locator(DETAIL).inner_text() == detail_before  # type: ignore[attr-defined]
    assert page.locator(CONNECTION_ERROR).count() == 0  # type: ignore[attr-defined]

    # nginx sent the reconnecting reader to the live replica.
    after = serve.upstreams_for_route(route)[len(served_by) :]
    assert after, "no request of the route after the kill"
    assert after[-1] != lost, after

    # The new session works: Streamlit's frontend does not rerun on reconnecting (it expects to resume
    # its session), so the page above is the one drawn before; the next action runs on the live replica.
    sent_before = frames[-1]
    page.locator("[data-testid='stSidebar'] button").filter(has_text="Reset filters").click()  # type: ignore[attr-defined]
    wait_for_url(page, r"^(?!.*status=operating)", timeout_ms=60_000)
    draw_map(offline_page)
    assert frames[-1] > sent_before, "the reset did not run over the new websocket"
    assert page.locator(CONNECTION_ERROR).count() == 0  # type: ignore[attr-defined]
    timeline.append(f"{time.monotonic() - killed_at:.2f} s: a filter reset ran on the live replica")

    # The launcher restarted the lost replica on its port with a new process.
    serve.wait_for_restart(lost_port, pid)
    timeline.append(f"{time.monotonic() - killed_at:.2f} s: launcher restarted {lost}")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "serve-failover.txt").write_text("\n".join(timeline) + "\n")
    print("\n".join(timeline))


def test_cert_and_key_serve_the_dashboard_over_http2_with_tls(tmp_path: Path) -> None:
    """With a (self-signed) certificate nginx answers /map over HTTP/2 and TLS, with HSTS."""
    nginx_or_skip()
    curl = shutil.which("curl")
    assert curl is not None, "curl (an HTTP/2 client) is needed: apt-get install curl"
    cert, key = self_signed_certificate(tmp_path)
    with ServeProcess(replicas=1, tls=(cert, key)) as running:
        result = subprocess.run(
            [curl, "-sk", "--http2", "-D", "-", "-o", "/dev/null", "-w", "%{http_version}", running.url + "/map"],
            capture_output=True,
            text=True,
            check=True,
        )
    headers, _, version = result.stdout.rpartition("\n")
    assert version == "2", result.stdout
    assert headers.startswith("HTTP/2 200"), headers
    assert "strict-transport-security: max-age=31536000" in headers.lower()
    assert "secure" in next(line for line in headers.lower().splitlines() if line.startswith("set-cookie"))
