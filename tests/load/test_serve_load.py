"""Load and faults through `make serve` (``make load``): 100 sessions behind nginx, a replica lost, bad clients.

Not part of ``make test`` (pyproject ``addopts`` ignores tests/load). Everything runs on loopback
and is bounded in count and time. The sessions are protocol-level clients (scripts/stcore_client.py):
each fetches /map like a browser's first request (which gets the sticky cookie), opens the
websocket with that cookie, loads /map (answering its map's ask to report having drawn, as the
map in a browser does, so the page runs whole), changes the status filter and clicks Gwadar
Port's marker (the value streamlit-folium would send). 100 of them cost the machine a small fraction of 100
Chromium contexts, which on two cores would measure the browsers rather than the servers. Each
session comes from its own loopback address (127.0.0.N), as separate readers would, so nginx's
per-client limits apply to each, not to all of them together.

While the filter and click steps run: one replica is killed (its readers reconnect through nginx
and repeat their action on a live replica, as the browser does on its next action), a slow client
dribbles headers and reads a large file a byte at a time, a client sends garbage over the
websocket, and a client asks for a static file 1,000 times a second. Results (latencies per step,
failures, memory per replica, the failover timeline) go to artifacts/load-serve.json.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import multiprocessing
import os
import re
import shutil
import signal
import statistics
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pytest
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.exceptions import ConnectionClosed

from scripts.stcore_client import Run, Session, json_value, string_array
from tests.serve_process import ARTIFACTS, ServeProcess, nginx_or_skip, read_replica_pids, read_state

# LOAD_SESSIONS=10 makes a quick smoke run of the same scenario.
SESSIONS = int(os.environ.get("LOAD_SESSIONS", "100"))
REPLICAS = 2
STEP_TIMEOUT = 300.0
FLOOD_RATE = 1000
FLOOD_SECONDS = 10
FLOOD_CONNECTIONS = 20
# The share of FLOOD_RATE the flood must reach. nginx alone sent the file 1,089 times a second
# (p50 0.8 ms) when asked ~1,100; with 100 readers' script runs saturating the 2 cores it got
# 58-68% through (p50 20-28 ms), every request answered. Below half, something is wrong.
FLOOD_MIN_SHARE = 0.5
SETTLE_SECONDS = 60
PLACE = "Gwadar Port"
MAP_COMPONENT = "component:streamlit_folium.st_folium"
# Leaflet's stylesheet: a file every map reader fetches (14 KB, 3.5 KB gzipped).
STATIC_FILE = "/app/static/vendor/leaflet/dist/leaflet.css"


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 3) if ordered else 0.0


@dataclass
class Record:
    sessions: int = SESSIONS
    replicas: int = REPLICAS
    failures: list[str] = field(default_factory=list)
    reconnected_sessions: int = 0
    steps: dict[str, dict[str, float]] = field(default_factory=dict)
    rss_kib: dict[str, dict[str, int]] = field(default_factory=dict)
    failover: list[str] = field(default_factory=list)
    probes_after_kill: dict[str, int] = field(default_factory=dict)
    flood: dict[str, float] = field(default_factory=dict)
    slow_client: str = ""
    garbage_client: str = ""
    seconds: float = 0.0


class Sampler(threading.Thread):
    """The highest RSS of each replica process, every 200 ms (a restarted replica is sampled by its new pid)."""

    def __init__(self, serve: ServeProcess) -> None:
        super().__init__(daemon=True)
        self.serve = serve
        self.peak: dict[int, int] = {}
        self.running = True

    def run(self) -> None:
        while self.running:
            for port, pid in self.serve.replica_pids().items():
                self.peak[port] = max(self.peak.get(port, 0), rss_kib(pid))
            time.sleep(0.2)


def get_page(port: int, source: str, path: str) -> tuple[float, str]:
    """GET ``path`` through nginx from ``source``; the seconds it took and the sticky cookie it set."""
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=STEP_TIMEOUT, source_address=(source, 0))
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise AssertionError(f"GET {path}: {response.status}")
        cookie = (response.getheader("Set-Cookie") or "").split(";")[0]
    finally:
        connection.close()
    return time.monotonic() - started, cookie


def arrival_widgets(arrival: Run, widgets: dict[str, WidgetState]) -> dict[str, WidgetState]:
    """The widget values to send after a reconnection: the old session's, for the widgets the new run drew."""
    drawn = set(arrival.widget_ids.values())
    return {widget_id: state for widget_id, state in widgets.items() if widget_id in drawn}


class Reader:
    """One protocol-level reader: page, websocket, /map, a filter, a click; reconnects like the browser."""

    def __init__(self, serve: ServeProcess, index: int, timings: dict[str, list[float]]) -> None:
        self.serve, self.index, self.timings = serve, index, timings
        self.source = f"127.0.0.{index + 2}"
        self.cookie = ""
        self.session: Session | None = None
        self.widget_ids: dict[str, str] = {}
        self.reconnected = False

    async def connect(self) -> None:
        started = time.monotonic()
        self.session = await Session.open(self.serve.url, local_address=self.source, cookie=self.cookie)
        self.timings["connect"].append(time.monotonic() - started)

    async def step(self, name: str, changes: list[object] | None = None) -> list[str]:
        """Run /map with ``changes``; after a lost connection reconnect once and send the full state again."""
        for attempt in (1, 2):
            assert self.session is not None
            try:
                run = await self.session.load("map", None, changes, timeout=STEP_TIMEOUT)  # type: ignore[arg-type]
                break
            except (OSError, EOFError, ConnectionClosed) as error:
                if attempt == 2:
                    raise
                self.reconnected = True
                print(f"reader {self.index}: {name} lost its connection ({type(error).__name__}); reconnecting")
                widgets, query_string = self.session.widgets, self.session.query_string
                await self.connect()
                assert self.session is not None
                # A new session on the live replica: run the page from its URL first, as a reload does
                # (the app seeds its widgets from the URL on a session's first run, so a change sent in
                # that first run would be replaced), then repeat the action.
                arrival = await self.session.load("map", query_string, timeout=STEP_TIMEOUT)
                if not arrival.ok:
                    raise AssertionError(
                        f"{name}: rerun after reconnecting: {arrival.status} {arrival.exceptions}"
                    ) from error
                self.session.widgets = arrival_widgets(arrival, widgets)
        if not run.ok:
            raise AssertionError(f"{name}: {run.status} {run.exceptions}")
        self.timings[name].append(run.seconds)
        self.widget_ids.update(run.widget_ids)
        # The address bar after the run (a run that finds the URL already right writes nothing).
        return run.texts + [self.session.query_string]

    async def open_map(self) -> None:
        seconds, self.cookie = await asyncio.to_thread(get_page, self.serve.port, self.source, "/map")
        self.timings["page"].append(seconds)
        await self.connect()
        await self.step("open_map")

    async def change_filter(self) -> None:
        output = await self.step("filter", [string_array(self.widget_ids["status"], ["operating"])])
        if "status=operating" not in output[-1]:
            raise AssertionError(f"filter: the URL did not take status=operating ({output[-1]!r})")

    async def click_place(self) -> None:
        click = json_value(self.widget_ids[MAP_COMPONENT], {"last_object_clicked_tooltip": PLACE})
        output = await self.step("click", [click])
        if not any(PLACE in text for text in output[:-1]):
            raise AssertionError(f"click: no detail of {PLACE} drawn")

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()


async def gather_step(readers: list[Reader], name: str, failures: list[str]) -> None:
    results = await asyncio.gather(*(getattr(r, name)() for r in readers), return_exceptions=True)
    for reader, result in zip(readers, results, strict=True):
        if isinstance(result, BaseException):
            failures.append(f"reader {reader.index} {name}: {result!r}"[:300])


async def kill_one_replica(port: int, prefix: Path, result: dict[str, object], delay: float) -> None:
    """Kill a replica mid-run; probe that new requests reach a live one; wait for the restart."""
    await asyncio.sleep(delay)
    replica_port, pid = sorted(read_replica_pids(prefix).items())[0]
    address = f"127.0.0.1:{replica_port}"
    started = time.monotonic()
    os.kill(pid, signal.SIGKILL)
    timeline = [f"0.00 s: replica {address} (pid {pid}) killed"]
    ok = failed = 0
    restarted_at = None
    while time.monotonic() - started < 5:
        if restarted_at is None and read_replica_pids(prefix).get(replica_port) != pid:
            restarted_at = time.monotonic() - started
        try:
            await asyncio.to_thread(get_page, port, "127.0.0.250", "/_stcore/health")
            ok += 1
        except (OSError, AssertionError):
            failed += 1
        await asyncio.sleep(0.2)
    result["probes_after_kill"] = {"answered": ok, "failed": failed}
    timeline.append(f"{time.monotonic() - started:.2f} s: {ok} health probes through nginx answered, {failed} not")
    while read_replica_pids(prefix).get(replica_port) == pid and time.monotonic() - started < 60:
        await asyncio.sleep(0.1)
    if restarted_at is None:
        restarted_at = time.monotonic() - started
    timeline.insert(1, f"{restarted_at:.2f} s: launcher started a new replica on {replica_port}")
    while address in read_state(prefix)["down"] and time.monotonic() - started < 180:  # type: ignore[operator]
        await asyncio.sleep(0.2)
    timeline.append(f"{time.monotonic() - started:.2f} s: replica {replica_port} warmed and back in nginx")
    result["failover"] = timeline


async def static_flood(port: int, path: str, result: dict[str, object]) -> None:
    """FLOOD_RATE requests a second for FLOOD_SECONDS over keep-alive connections (without wrk)."""
    per_connection = FLOOD_RATE / FLOOD_CONNECTIONS
    counts = {"ok": 0, "other": 0, "connections": 0}
    latencies: list[float] = []

    async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> bytes:
        """One request on a keep-alive connection: its status code (b"" when the server closed the connection)."""
        writer.write(request)
        status_line = await reader.readline()
        if not status_line:
            return b""
        length, chunked = 0, False
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "transfer-encoding":
                chunked = True
        if chunked:
            while (size := int((await reader.readline()).strip(), 16)) > 0:
                await reader.readexactly(size + 2)
            await reader.readline()
        else:
            await reader.readexactly(length)
        return status_line.split()[1]

    async def one_connection() -> None:
        request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept-Encoding: gzip\r\n\r\n".encode()
        start = time.monotonic()
        sent = 0
        connection: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while time.monotonic() - start < FLOOD_SECONDS:
            await asyncio.sleep(max(0.0, start + sent / per_connection - time.monotonic()))
            began = time.monotonic()
            sent += 1
            status = b""
            # nginx closes idle keep-alive connections when it reloads (a replica marked down or back):
            # like a browser, open a new connection and send the request again.
            for _ in range(2):
                if connection is None:
                    connection = await asyncio.open_connection("127.0.0.1", port, local_addr=("127.0.0.200", 0))
                    counts["connections"] += 1
                try:
                    status = await fetch(*connection, request)
                except (OSError, asyncio.IncompleteReadError):
                    status = b""
                if status:
                    break
                connection[1].close()
                connection = None
            latencies.append(time.monotonic() - began)
            counts["ok" if status == b"200" else "other"] += 1
        if connection is not None:
            connection[1].close()

    started = time.monotonic()
    await asyncio.gather(*(one_connection() for _ in range(FLOOD_CONNECTIONS)))
    elapsed = time.monotonic() - started
    result["flood"] = {
        "client": "python",
        "requests": counts["ok"] + counts["other"],
        "ok": counts["ok"],
        "other": counts["other"],
        "connections_opened": counts["connections"],
        "per_second": round((counts["ok"] + counts["other"]) / elapsed, 1),
        "p50_s": percentile(latencies, 0.5),
        "p95_s": percentile(latencies, 0.95),
    }


async def slow_client(port: int, path: str, result: dict[str, object], seconds: float) -> None:
    """A slowloris (headers a byte a second) and a reader taking a file a byte a second, for ``seconds``."""

    async def dribble() -> str:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=("127.0.0.201", 0))
        started = time.monotonic()
        try:
            for byte in b"GET /map HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 1000:
                if time.monotonic() - started > seconds:
                    return f"header dribbler still open after {seconds:.0f} s"
                writer.write(bytes([byte]))
                await writer.drain()
                try:
                    answer = await asyncio.wait_for(reader.read(100), timeout=1)
                except TimeoutError:
                    continue
                return f"header dribbler closed by nginx after {time.monotonic() - started:.0f} s ({answer[:12]!r})"
        except OSError as error:
            return f"header dribbler cut off by nginx after {time.monotonic() - started:.0f} s ({error!r})"
        finally:
            writer.close()
        return "header dribbler sent everything"

    async def slow_read() -> str:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=("127.0.0.202", 0))
        writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        started, taken = time.monotonic(), 0
        try:
            while time.monotonic() - started < seconds:
                taken += len(await asyncio.wait_for(reader.read(1), timeout=seconds))
                await asyncio.sleep(1)
        except (OSError, TimeoutError) as error:
            return f"slow reader stopped after {taken} bytes: {error!r}"
        finally:
            writer.close()
        return f"slow reader took {taken} bytes in {seconds:.0f} s"

    result["slow_client"] = "; ".join(await asyncio.gather(dribble(), slow_read()))


async def garbage_client(port: int, result: dict[str, object]) -> None:
    """Opens the websocket properly, then sends bytes that are not a BackMsg and a text frame."""
    session = await Session.open(f"http://127.0.0.1:{port}", local_address="127.0.0.203")
    outcome = "still open"
    try:
        for _ in range(50):
            await session.websocket.send(os.urandom(512))
        await session.websocket.send("not protobuf at all")
        await asyncio.wait_for(session.websocket.recv(), timeout=10)
    except TimeoutError:
        outcome = "ignored (no answer in 10 s)"
    except Exception as error:  # noqa: BLE001  (ConnectionClosed* carry the close code)
        outcome = f"closed by the server: {type(error).__name__} {error}"[:200]
    finally:
        await session.close()
    result["garbage_client"] = outcome


def summarise(timings: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    return {
        name: {
            "count": len(values),
            "p50_s": percentile(values, 0.5),
            "p95_s": percentile(values, 0.95),
            "max_s": round(max(values), 3) if values else 0.0,
            "mean_s": round(statistics.fmean(values), 3) if values else 0.0,
        }
        for name, values in timings.items()
    }


# wrk (Debian's package) has no rate option: each of its connections waits WRK_DELAY_MS between
# requests, so WRK_CONNECTIONS of them ask about 1,000 times a second (1,111 less their latency: many
# connections, so a busy machine's slower answers lower the rate little).
WRK_CONNECTIONS = 100
WRK_DELAY_MS = 90


async def wrk_flood(wrk: str, port: int, path: str, result: dict[str, object]) -> None:
    """FLOOD_RATE requests a second for FLOOD_SECONDS with wrk: a C client, so the flood is not our CPU's limit."""
    script = ARTIFACTS / "wrk-delay.lua"
    script.write_text(f'wrk.headers["Accept-Encoding"] = "gzip"\nfunction delay() return {WRK_DELAY_MS} end\n')
    process = await asyncio.create_subprocess_exec(
        wrk,
        "-t2",
        f"-c{WRK_CONNECTIONS}",
        f"-d{FLOOD_SECONDS}s",
        "--latency",
        "-s",
        str(script),
        f"http://127.0.0.1:{port}{path}",
        stdout=asyncio.subprocess.PIPE,
    )
    output = (await process.communicate())[0].decode()
    requests = re.search(r"(\d+) requests in ([\d.]+)s", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    latency = dict(re.findall(r"^\s+(50|95|99)%\s+(\S+)", output, flags=re.MULTILINE))
    assert requests, output
    result["flood"] = {
        "client": "wrk",
        "requests": int(requests.group(1)),
        "other": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "none",
        "per_second": round(int(requests.group(1)) / float(requests.group(2)), 1),
        "p50": latency.get("50", ""),
        "p99": latency.get("99", ""),
    }


def run_faults(port: int, prefix: Path, static_path: str, results: multiprocessing.Queue[dict[str, object]]) -> None:
    """The faults, in a process of their own so the 100 readers' event loop cannot delay them."""
    result: dict[str, object] = {}
    wrk = shutil.which("wrk")

    async def everything() -> None:
        await asyncio.gather(
            kill_one_replica(port, prefix, result, delay=2.0),
            wrk_flood(wrk, port, static_path, result) if wrk else static_flood(port, static_path, result),
            slow_client(port, static_path, result, seconds=30),
            garbage_client(port, result),
        )

    asyncio.run(everything())
    results.put(result)


async def scenario(serve: ServeProcess, record: Record) -> None:
    timings: dict[str, list[float]] = {name: [] for name in ("page", "connect", "open_map", "filter", "click")}
    readers = [Reader(serve, index, timings) for index in range(SESSIONS)]
    await gather_step(readers, "open_map", record.failures)
    print(f"open_map done: {summarise(timings)['open_map']}")
    context = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[dict[str, object]] = context.Queue()
    faults = context.Process(target=run_faults, args=(serve.port, serve.prefix, STATIC_FILE, results))
    faults.start()
    alive = [r for r in readers if r.session is not None]
    await gather_step(alive, "change_filter", record.failures)
    await gather_step(alive, "click_place", record.failures)
    result = await asyncio.to_thread(results.get, True, 300)
    faults.join(timeout=30)
    for name, value in result.items():
        setattr(record, name, value)
    record.reconnected_sessions = sum(r.reconnected for r in readers)
    record.steps = summarise(timings)
    await asyncio.gather(*(r.close() for r in readers), return_exceptions=True)


@pytest.mark.timeout(1200)
def test_hundred_sessions_through_nginx_survive_a_lost_replica_and_bad_clients() -> None:
    """100 readers open /map, filter and click through nginx with 0 failures while a replica dies and bad clients push."""
    nginx_or_skip()
    record = Record()
    started = time.monotonic()
    with ServeProcess(replicas=REPLICAS) as serve:
        # Leaflet's stylesheet: a file every map reader fetches (14 KB, 3.5 KB gzipped).
        serve.static_path = STATIC_FILE  # type: ignore[attr-defined]
        before = {port: rss_kib(pid) for port, pid in serve.replica_pids().items()}
        sampler = Sampler(serve)
        sampler.start()
        try:
            asyncio.run(scenario(serve, record))
        finally:
            sampler.running = False
            sampler.join()
            closed = time.monotonic()
            after: dict[int, int] = {}
            while time.monotonic() - closed < SETTLE_SECONDS:
                after = {port: rss_kib(pid) for port, pid in serve.replica_pids().items()}
                if all(after[p] <= 1.2 * before.get(p, after[p]) for p in after):
                    break
                time.sleep(2)
            record.rss_kib = {
                str(port): {
                    "before": before.get(port, 0),
                    "peak": sampler.peak.get(port, 0),
                    "after": after.get(port, 0),
                }
                for port in sorted(set(before) | set(after))
            }
            record.seconds = round(time.monotonic() - started, 1)
            ARTIFACTS.mkdir(exist_ok=True)
            (ARTIFACTS / "load-serve.json").write_text(json.dumps(asdict(record), indent=2))
            print(json.dumps(asdict(record), indent=2))
        assert serve.process.poll() is None, "make serve died"
    assert record.failures == []
    assert record.probes_after_kill.get("failed", 1) == 0
    assert record.flood["other"] == 0
    assert record.flood["per_second"] >= FLOOD_MIN_SHARE * FLOOD_RATE
