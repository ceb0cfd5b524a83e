"""The dashboard's benchmark: ``make bench`` (or ``python bench/run.py``).

It starts the app on a free port, measures it against two limits in the same run, and
checks the budgets of issue 8:

- the static page: the same map (captured from the page's own ``st_folium`` call) saved as
  one HTML file and served with ``static/`` by a loopback ``http.server``;
- Streamlit's floor: ``bench/floor_app.py`` (``st.write`` and nothing else).

Measured with the shipped data and with generated data (``bench/generate.py``: 5,000
places, 6,000 companies): time to map (cold and warm, headless Chromium), server time of a
rerun after a filter change and a marker click (AppTest, ``bench/server_timing.py``),
reruns on pan and zoom, payload, and the server's memory with 1, 10 and 25 open sessions.
Results go to ``bench/results/latest.json`` and a table; bench/README.md says how to read it.
The whole run keeps to ``--deadline`` seconds: when generated data makes the app slow, the
later measurements take fewer repeats (each result records its ``n``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import browser as bb  # noqa: E402  (needs ROOT on sys.path when run as a script)
from bench import lighthouse  # noqa: E402
from bench.generate import generate, validate  # noqa: E402
from scripts.serve import streamlit_argv  # noqa: E402
from tests.e2e.conftest import CHROMIUM_ARGS  # noqa: E402  (one list of launch flags for tests and bench)

RESULTS = ROOT / "bench" / "results"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
MAP_PAGES = (("overview", "app.py", "/"), ("map", "pages/1_map.py", "/map"))

# Budgets of issues 8 and 16 (2-core machine).
SHARE_VS_STATIC = 2.0  # cold map share at most this times the static page's time to map
PEER_RATIO = 0.75  # cold time to first marker at most this times the plain streamlit-folium peer's
FILTER_P95_MS = {"shipped": 150.0, "scaled": 400.0}
MAP_HTML_BYTES = 250 * 1024
MB_PER_SESSION = 15.0
CLICK_TO_PANEL_MS = 300.0  # median marker click to the detail panel showing the place (shipped /map)
CLICKS = 5  # clicks timed on /map, each on a different place


class Clock:
    """The run's deadline, so `make bench` ends in time however slow the app is."""

    def __init__(self, seconds: float) -> None:
        self.started = time.monotonic()
        self.deadline = self.started + seconds

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def left(self) -> float:
        return self.deadline - time.monotonic()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args} exited early; see {log}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s; see {log}")


@contextmanager
def served(command: list[str], health: str, name: str, env: dict[str, str] | None = None) -> Iterator[Any]:
    """Run a server on a free port until the block ends; yields (base URL, process)."""
    port = free_port()
    logs = RESULTS / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log_path = logs / f"{name}.log"
    argv = [part.replace("{port}", str(port)) for part in command]
    with log_path.open("w") as log:
        process = subprocess.Popen(
            argv, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_for(base + health, process, log_path)
            yield base, process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def streamlit_command(script: str) -> list[str]:
    return streamlit_argv(script, "{port}")


def peer_script(work: Path) -> Path:
    """bench/peer_app.py linked into ``work`` beside a link to static/: Streamlit serves /app/static
    from the folder of the script it runs, so the peer loads the same local assets as the dashboard."""
    folder = work / "peer"
    folder.mkdir(exist_ok=True)
    (folder / "static").symlink_to(ROOT / "static")
    (folder / "peer_app.py").symlink_to(ROOT / "bench" / "peer_app.py")
    return folder / "peer_app.py"


def dashboard_command() -> list[str]:
    """How the dashboard is started: through server.py (the app with its routes and headers) when it exists."""
    entry = "server.py" if (ROOT / "server.py").exists() else "app.py"
    return streamlit_command(entry)


def rss_mb(pid: int) -> dict[str, float]:
    """Resident memory of a process now and at its peak, from /proc."""
    values: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = round(int(rest.split()[0]) / 1024, 1)
    return {"rss_mb": values.get("VmRSS", 0.0), "peak_mb": values.get("VmHWM", 0.0)}


def spread(values: list[float]) -> dict[str, Any]:
    """Median and spread of timings in ms."""
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
        "stdev": round(statistics.stdev(values), 1) if len(values) > 1 else 0.0,
        "runs": [round(v, 1) for v in values],
    }


def machine() -> dict[str, Any]:
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
    import folium
    import streamlit
    import streamlit_folium

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "streamlit": streamlit.__version__,
        "folium": folium.__version__,
        "streamlit_folium": getattr(streamlit_folium, "__version__", "?"),
        "load_average_at_start": [round(v, 2) for v in os.getloadavg()],
    }


@dataclass
class Target:
    """One page timed in the browser."""

    label: str
    url: str
    ready: str
    kind: str  # "dashboard", "static", "floor" or "peer"
    page: str = ""

    @property
    def whole(self) -> bool:
        """Whether the time until the page is whole is taken too (Streamlit pages: not the static one)."""
        return self.kind != "static"


@dataclass(frozen=True)
class Plan:
    """How much one data folder's phase measures, and by when it must end."""

    name: str
    repeats: int  # cold + warm loads per page
    runs: int  # AppTest reruns per measurement
    min_runs: int
    run_budget_s: float  # per AppTest measurement, after min_runs
    server_share: float  # share of the phase's time the AppTest worker may take
    sessions: list[int]
    memory_reserve_s: float  # phase time kept for the memory curve
    first_visit: bool  # time a separate first visit after the server starts
    memory_page: str  # the page each memory session opens
    ends_at: float  # time.monotonic() by which the phase must end


def server_side(folder: Path, export: Path, plan: Plan, profile: Path | None) -> dict[str, Any]:
    """AppTest timings and the static map pages, from bench/server_timing.py in its own process."""
    out = export / "server_timing.json"
    deadline = max(5.0, (plan.ends_at - time.monotonic()) * plan.server_share)
    command = [
        sys.executable, "-m", "bench.server_timing",
        "--data", str(folder), "--out", str(out), "--export", str(export),
        "--runs", str(plan.runs), "--min-runs", str(plan.min_runs),
        "--budget-seconds", str(plan.run_budget_s), "--deadline-seconds", f"{deadline:.0f}",
    ]  # fmt: skip
    if profile is not None:
        command += ["--profile", str(profile)]
    logs = RESULTS / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    with (logs / f"server_timing-{plan.name}.log").open("w") as log:
        subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, check=True)
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def time_pages(
    browser: Any, targets: list[Target], repeats: int, until: float, extras: Callable[..., None]
) -> dict[str, Any]:
    """Cold and warm time to ready for every target, interleaved so noise hits them alike.

    Rounds are whole: every target gets one cold load, and a further round starts only when
    all of it fits before ``until`` (time.monotonic()), so the pages a budget compares (the
    dashboard and the peer, the dashboard and the floor) rest on the same number of loads.
    The extras (payload, clicks, pan and zoom) run once, in the first round, after its timings.
    """
    timings: dict[str, dict[str, Any]] = {
        t.label: {"cold": [], "warm": [], "frame_start": [], "whole": []} for t in targets
    }
    cost: dict[str, float] = {}  # a target's last cold + warm loads, seconds (extras excluded)
    for repeat in range(repeats):
        live = [t for t in targets if not timings[t.label].get("errors")]  # a page that failed once is not retried
        if repeat > 0 and time.monotonic() + sum(cost.get(t.label, 0.0) for t in live) > until:
            break
        for target in live:
            record = timings[target.label]
            timeout = 60.0 if target.kind == "static" else 300.0
            context, page, wire = bb.new_page(browser, target.ready, bb.WHOLE if target.whole else None)
            try:
                started = time.monotonic()
                cold = bb.load(page, target.url, timeout, whole=target.whole)
                cold_s = time.monotonic() - started
                record["cold"].append(cold["ttm_ms"])
                if "whole_ms" in cold:
                    record["whole"].append(cold["whole_ms"])
                if "frame_start_ms" in cold:
                    record["frame_start"].append(cold["frame_start_ms"])
                if repeat == 0:
                    extras(target, page, wire, cold.get("_frame"), record)
                if time.monotonic() + cold_s > until:
                    record["warm_skipped"] = "out of time"
                    cost[target.label] = 2 * cold_s
                    continue
                started = time.monotonic()
                warm = bb.load(page, target.url, timeout)
                cost[target.label] = cold_s + time.monotonic() - started
                record["warm"].append(warm["ttm_ms"])
            except Exception as error:  # noqa: BLE001  (record and carry on: one page must not sink the run)
                record.setdefault("errors", []).append(f"{type(error).__name__}: {error}")
            finally:
                context.close()
    return {
        label: {
            "url": next(t.url for t in targets if t.label == label),
            "cold_ms": spread(v["cold"]),
            "warm_ms": spread(v["warm"]),
            "map_frame_start_ms": spread(v["frame_start"]),
            "whole_ms": spread(v["whole"]),
            **{k: v[k] for k in v if k not in ("cold", "warm", "frame_start", "whole")},
        }
        for label, v in timings.items()
    }


def measure_memory(browser: Any, folder: Path, url_path: str, plan: Plan) -> dict[str, Any]:
    """Server RSS on a fresh server: idle, with N open sessions, and after they close.

    Sessions are opened five at a time until each count is reached; when the phase runs out
    of time the curve ends at the count reached (and says so).
    """
    result: dict[str, Any] = {"page": url_path, "sessions": {}}
    env = {"DASHBOARD_DATA_DIR": str(folder)}
    with served(dashboard_command(), "/_stcore/health", f"memory-{plan.name}", env) as (base, process):
        time.sleep(2)
        result["idle"] = rss_mb(process.pid)
        open_pages: list[Any] = []
        started = time.monotonic()
        for count in plan.sessions:
            while len(open_pages) < count and time.monotonic() + 10 < plan.ends_at:
                batch = []
                for _ in range(min(5, count - len(open_pages))):
                    context, page, _wire = bb.new_page(browser, bb.MAP_READY)
                    page.goto(base + url_path, wait_until="commit")
                    batch.append((context, page))
                for context, page in batch:
                    bb.load_wait(page, timeout_s=300)
                    open_pages.append(context)
            reached = len(open_pages)
            if reached == 0 or str(reached) in result["sessions"]:
                break
            time.sleep(2)
            result["sessions"][str(reached)] = {
                **rss_mb(process.pid),
                "opened_after_s": round(time.monotonic() - started, 1),
            }
            if reached < count:
                result["stopped_early"] = f"reached {reached} of {count} sessions before the deadline"
                break
        for context in open_pages:
            context.close()
        time.sleep(5)
        result["after_close"] = rss_mb(process.pid)
        result["after_close_note"] = (
            "5 s after closing; Streamlit keeps disconnected sessions for server.disconnectedSessionTTL (120 s)"
        )
    sessions = {int(k): v["rss_mb"] for k, v in result["sessions"].items()}
    if len(sessions) >= 2:
        low, high = min(sessions), max(sessions)
        result["mb_per_session"] = round((sessions[high] - sessions[low]) / (high - low), 2)
        result["mb_per_session_from"] = f"{low} to {high} sessions"
    if sessions:
        result["first_session_mb"] = round(sessions[min(sessions)] - result["idle"]["rss_mb"], 1)
    return result


def measure_dataset(
    folder: Path,
    browser: Any,
    work: Path,
    plan: Plan,
    profile: bool,
    floor_url: str | None,
    clock: Clock,
    peer_url: str | None = None,
) -> dict[str, Any]:
    """Every measurement for one data folder, within ``plan.ends_at``."""
    name = plan.name
    result: dict[str, Any] = {"data": str(folder)}
    export = work / f"export-{name}"
    (export / "app").mkdir(parents=True, exist_ok=True)
    (export / "app" / "static").symlink_to(ROOT / "static")
    print(f"[{clock.elapsed():5.0f}s] {name}: server-side timings (AppTest)", flush=True)
    result["server"] = server_side(folder, export, plan, RESULTS / "profiles" / name if profile else None)
    pages = [p for p in result["server"]["pages"] if "static_path" in p]

    print(f"[{clock.elapsed():5.0f}s] {name}: browser timings", flush=True)
    env = {"DASHBOARD_DATA_DIR": str(folder)}
    static_command = [sys.executable, "-m", "http.server", "{port}", "--bind", "127.0.0.1", "--directory", str(export)]
    with (
        served(dashboard_command(), "/_stcore/health", f"app-{name}", env) as (base, app),
        served(static_command, "/app/static/app/markers.css", f"static-{name}") as (static_base, _static),
    ):
        result["server_rss_before_visits"] = rss_mb(app.pid)
        targets = [
            Target(f"dashboard {p['path']}", base + p["path"], bb.MAP_READY, "dashboard", p["page"]) for p in pages
        ]
        targets += [
            Target(f"static {p['path']}", static_base + p["static_path"], bb.MAP_READY, "static", p["page"])
            for p in pages
        ]
        if floor_url:
            targets.append(Target("floor", floor_url, bb.FLOOR_READY, "floor"))
        if peer_url:
            targets.append(Target("peer", peer_url, bb.MAP_READY, "peer"))

        def extras(target: Target, page: Any, wire: bb.Wire, frame: Any, record: dict[str, Any]) -> None:
            # On the first cold load only: payload, and on the dashboard clicks, then pan and zoom.
            map_frame = frame if target.kind != "floor" else None
            record["payload"] = bb.payload(page, map_frame, wire)
            if target.kind != "dashboard":
                return
            if target.page == "map":
                page.wait_for_timeout(1000)
                before = len(wire.reruns)
                clicks: list[dict[str, Any]] = []
                for index in range(CLICKS):
                    seen = [str(c.get("name")) for c in clicks]
                    clicks.append(bb.click_to_panel(page, bb.find_map_frame(page), index, seen))
                page.wait_for_timeout(1000)
                record["click_to_panel"] = clicks
                record["click_to_panel_ms"] = spread([c["ms"] for c in clicks if "ms" in c])
                record["reruns_per_click"] = round((len(wire.reruns) - before) / len(clicks), 2)
            # Dragging thousands of DOM markers takes the browser seconds per gesture: a page that
            # took over 10 s to show its map gets one drag and one zoom (the count must still be 0).
            gestures = (1, 1) if record["cold"][-1] > 10_000 else (3, 2)
            record["pan_zoom"] = bb.pan_and_zoom(page, bb.find_map_frame(page), wire, *gestures)

        if plan.first_visit:
            # The first visit after a server starts also pays for the script's imports (pandas,
            # folium): recorded on its own, and kept out of the cold and warm numbers.
            result["first_visit_after_start_ms"] = {}
            for target in targets:
                if target.kind == "static":
                    continue
                context, page, _wire = bb.new_page(browser, target.ready)
                try:
                    result["first_visit_after_start_ms"][target.label] = bb.load(page, target.url, 300)["ttm_ms"]
                finally:
                    context.close()
        else:
            result["first_visit_note"] = "no separate first visit: the first cold load includes the server's imports"
        until = plan.ends_at - plan.memory_reserve_s
        result["browser"] = time_pages(browser, targets, plan.repeats, until, extras)
        result["server_rss_after_visits"] = rss_mb(app.pid)
    skipped = [p for p in result["server"]["pages"] if "skipped" in p or "error" in p]
    if skipped:
        result["skipped_pages"] = skipped

    print(f"[{clock.elapsed():5.0f}s] {name}: memory", flush=True)
    result["memory"] = measure_memory(browser, folder, plan.memory_page, plan)
    return result


# ---------------------------------------------------------------------------------------------
# Budgets and the table


def _median(record: dict[str, Any] | None, key: str) -> float | None:
    if not record or record.get(key, {}).get("n", 0) == 0:
        return None
    return float(record[key]["median"])


def budgets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """PASS/FAIL per budget, with the numbers each verdict rests on."""
    verdicts: list[dict[str, Any]] = []

    def add(name: str, ok: bool | None, detail: str, info: bool = False) -> None:
        result = "INFO" if info else "PASS" if ok else ("FAIL" if ok is False else "N/A")
        verdicts.append({"budget": name, "result": result, "detail": detail})

    floor = results["datasets"].get("shipped", {}).get("browser", {}).get("floor")
    for name, data in results["datasets"].items():
        browser = data.get("browser", {})
        for page in data["server"]["pages"]:
            path = page.get("path")
            if "skipped" in page or "error" in page:
                add(f"{name} {path}: all budgets", None, page.get("skipped") or page.get("error", ""))
                continue
            dash, static = browser.get(f"dashboard {path}"), browser.get(f"static {path}")
            for kind in ("cold_ms", "warm_ms"):
                d, s, f = _median(dash, kind), _median(static, kind), _median(floor, kind)
                if None in (d, s, f):
                    add(f"{name} {path}: map share ({kind[:4]})", None, "missing timings")
                    continue
                share = d - f  # type: ignore[operator]
                limit = SHARE_VS_STATIC * s  # type: ignore[operator]
                detail = (
                    f"{d:.0f} - floor {f:.0f} = {share:.0f} ms vs {SHARE_VS_STATIC} x static {s:.0f} = {limit:.0f} ms"
                )
                # The budget is on cold loads; warm is reported beside it.
                add(f"{name} {path}: map share ({kind[:4]})", share <= limit, detail, info=kind == "warm_ms")
            peer_cold = _median(browser.get("peer"), "cold_ms")
            if name == "shipped" and path in ("/", "/map"):
                d = _median(dash, "cold_ms")
                if d is None or peer_cold is None:
                    add(f"{name} {path}: vs plain streamlit-folium (cold)", None, "missing timings")
                else:
                    limit = PEER_RATIO * peer_cold
                    add(
                        f"{name} {path}: vs plain streamlit-folium (cold)",
                        d <= limit,
                        f"{d:.0f} ms vs {PEER_RATIO} x peer {peer_cold:.0f} = {limit:.0f} ms",
                    )
                # What lies below the map comes after it (components.maps.first_draw): when it is all there.
                whole, peer_whole = _median(dash, "whole_ms"), _median(browser.get("peer"), "whole_ms")
                if whole is not None and peer_whole is not None:
                    add(
                        f"{name} {path}: whole page (cold)",
                        None,
                        f"{whole:.0f} ms; plain streamlit-folium peer {peer_whole:.0f} ms",
                        info=True,
                    )
            change = page["filter_change"]
            limit_ms = FILTER_P95_MS[name]
            if change["n"] == 0 and "first_run_ms" in change:
                add(
                    f"{name} {path}: filter rerun p95",
                    change["first_run_ms"] <= limit_ms,
                    f"{change['note']} ({change['first_run_ms']:.0f} ms vs {limit_ms:.0f} ms)",
                )
            elif change["n"] == 0:
                add(f"{name} {path}: filter rerun p95", None, change.get("note", "not measured"))
            else:
                add(
                    f"{name} {path}: filter rerun p95",
                    change["p95"] <= limit_ms,
                    f"{change['p95']:.0f} ms (n={change['n']}) vs {limit_ms:.0f} ms",
                )
            pan = (dash or {}).get("pan_zoom")
            if pan:
                ok = pan["reruns"] == 0 and pan["map_moved"]
                note = "" if pan["map_moved"] else " (the map did not move: measurement invalid)"
                add(
                    f"{name} {path}: reruns on pan/zoom",
                    ok,
                    f"{pan['reruns']} reruns after {pan['drags']} drags + {pan['wheel_zooms']} wheel zooms{note}",
                )
            else:
                add(f"{name} {path}: reruns on pan/zoom", None, "not measured")
            clicks = (dash or {}).get("click_to_panel_ms")
            if clicks and clicks.get("n"):
                reruns = (dash or {}).get("reruns_per_click")
                add(
                    f"{name} {path}: click to panel",
                    clicks["median"] <= CLICK_TO_PANEL_MS,
                    f"median {clicks['median']:.0f} ms (n={clicks['n']}, {reruns} reruns a click)"
                    f" vs {CLICK_TO_PANEL_MS:.0f} ms",
                    # The budget is the shipped data's; the generated data's clicks are reported.
                    info=name != "shipped",
                )
            if name == "shipped":
                size = page["map_json_args_bytes"]
                add(
                    f"{name} {path}: map HTML",
                    size <= MAP_HTML_BYTES,
                    f"{size / 1024:.0f} KB vs {MAP_HTML_BYTES // 1024} KB",
                )
        memory = data.get("memory", {})
        if "mb_per_session" in memory:
            per = memory["mb_per_session"]
            add(
                f"{name}: memory per session",
                per <= MB_PER_SESSION,
                f"{per:.1f} MB ({memory['mb_per_session_from']}) vs {MB_PER_SESSION:.0f} MB",
            )
        else:
            add(f"{name}: memory per session", None, "fewer than two session counts measured")
    verdicts.extend(lighthouse.budgets(results.get("lighthouse", [])))
    if "lighthouse_error" in results:
        add("lighthouse", None, results["lighthouse_error"][:160])
    return verdicts


def _fmt(record: dict[str, Any] | None, key: str) -> str:
    if not record or record.get(key, {}).get("n", 0) == 0:
        return "-"
    r = record[key]
    return f"{r['median']:.0f} ({r['min']:.0f}-{r['max']:.0f}, n={r['n']})"


def _p(summary: dict[str, Any]) -> str:
    if summary.get("n", 0) == 0:
        return str(summary.get("note", "not measured"))
    return f"{summary['p50']:.0f} / {summary['p95']:.0f} (n={summary['n']})"


def table(results: dict[str, Any], verdicts: list[dict[str, Any]]) -> str:
    lines = []
    m = results["machine"]
    lines.append(
        f"Machine: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB, {m.get('chromium', '?')}; "
        f"load avg {m['load_average_at_start']} -> {m.get('load_average_at_end')}"
    )
    for name, data in results["datasets"].items():
        lines.append("")
        lines.append(f"== {name} data ({data['data']})")
        lines.append(
            f"{'time to map, ms: median (min-max, n)':<26} {'cold':>28} {'warm':>28} {'map frame starts':>24}"
            f" {'whole page, cold':>26}"
        )
        for label, record in data.get("browser", {}).items():
            lines.append(
                f"  {label:<24} {_fmt(record, 'cold_ms'):>28} {_fmt(record, 'warm_ms'):>28} {_fmt(record, 'map_frame_start_ms'):>24}"
                f" {_fmt(record, 'whole_ms'):>26}"
            )
            for error in record.get("errors", [])[:2]:
                lines.append(f"    error: {error[:150]}")
        first = data.get("first_visit_after_start_ms") or {}
        if first:
            visits = ", ".join(f"{label} {ms:.0f}" for label, ms in first.items())
            lines.append(f"  first visit after the server starts (imports, caches; not in cold), ms: {visits}")
        lines.append("  server time of a rerun (AppTest), ms: p50 / p95 (n)")
        for page in data["server"]["pages"]:
            if "skipped" in page or "error" in page:
                lines.append(f"  {page['path']:<6} skipped: {page.get('skipped') or page.get('error')}")
                continue
            parts = page["map_parts"]
            lines.append(
                f"  {page['path']:<6} first run {page['first_run_ms']:.0f} | filter change {_p(page['filter_change'])}"
                f" | marker click {_p(page['marker_click'])}"
            )
            lines.append(
                f"         map: json_args {page['map_json_args_bytes'] / 1024:.0f} KB, static HTML {page['static_html_bytes'] / 1024:.0f} KB,"
                f" {parts.get('pin_layers', 0)} pin layers, {parts['markers'] - parts.get('pin_layers', 0)} other L.marker,"
                f" {parts['cluster_groups']} clusters, {parts['geojson_layers']} GeoJson layers,"
                f" {parts.get('point_layers', 0)} point layers"
            )
        for label, record in data.get("browser", {}).items():
            p = record.get("payload")
            if p:
                lines.append(
                    f"  payload {label:<22} {p['requests']:>3} requests, {p['transfer_bytes'] / 1024:7.0f} KB transferred"
                    f" ({p['decoded_bytes'] / 1024:.0f} KB decoded), websocket {p['websocket_received_bytes'] / 1024:.0f} KB"
                )
            pan = record.get("pan_zoom")
            if pan:
                lines.append(f"  pan/zoom {label:<21} reruns {pan['reruns']}, map moved {pan['map_moved']}")
            if record.get("click_to_panel_ms"):
                lines.append(f"  click to panel {label:<15} {_fmt(record, 'click_to_panel_ms')} ms")
        mem = data.get("memory", {})
        if mem:
            counts = ", ".join(f"{k}: {v['rss_mb']:.0f}" for k, v in mem["sessions"].items())
            lines.append(
                f"  memory, sessions on {mem['page']} (RSS MB): idle {mem['idle']['rss_mb']:.0f}, sessions {counts},"
                f" after close {mem['after_close']['rss_mb']:.0f}; per session {mem.get('mb_per_session', '-')} MB"
                f" ({mem.get('mb_per_session_from', '')})"
            )
            if mem.get("stopped_early"):
                lines.append(f"    {mem['stopped_early']}")
    if results.get("lighthouse"):
        lines.append("")
        lines.append("== Lighthouse (desktop, unthrottled)")
        lines.append(lighthouse.table(results["lighthouse"]))
    lines.append("")
    lines.append("Budgets")
    for v in verdicts:
        lines.append(f"  {v['result']:<5} {v['budget']:<40} {v['detail']}")
    lines.append(f"Total {results['elapsed_s']:.0f} s")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="cold+warm loads per page (shipped data)")
    parser.add_argument("--runs", type=int, default=20, help="AppTest reruns per measurement")
    parser.add_argument("--sessions", default="1,10,20", help="open sessions for the memory curve")
    parser.add_argument("--scaled-seconds", type=float, default=100.0, help="time kept for the generated-data phase")
    parser.add_argument("--no-scale", action="store_true", help="skip the generated-data phase")
    parser.add_argument("--profile", action="store_true", help="write pyinstrument profiles of a full-map rerun")
    parser.add_argument("--deadline", type=float, default=340.0, help="seconds for the whole run")
    parser.add_argument(
        "--lighthouse-seconds",
        type=float,
        default=90.0,
        help="time kept for Lighthouse (the map pages; make lighthouse: all)",
    )
    parser.add_argument("--no-lighthouse", action="store_true", help="skip the Lighthouse phase")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    settings = parser.parse_args()
    sessions = [int(n) for n in settings.sessions.split(",")]

    from playwright.sync_api import sync_playwright

    clock = Clock(settings.deadline)
    RESULTS.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "datasets": {}}
    with tempfile.TemporaryDirectory(prefix="kgc-bench-") as temp, sync_playwright() as playwright:
        work = Path(temp)
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        results["machine"]["chromium"] = f"Chromium {launched.version}"
        scaled_folder = None
        if not settings.no_scale:
            scaled_folder = generate(work / "scaled")
            results["scaled_data"] = validate(scaled_folder)
        scaled_seconds = 0.0 if settings.no_scale else settings.scaled_seconds
        lighthouse_seconds = 0.0 if settings.no_lighthouse else settings.lighthouse_seconds
        if not settings.no_lighthouse:
            lighthouse.ensure_lighthouse()  # installed before the clock matters, once per machine
        with (
            served(streamlit_command("bench/floor_app.py"), "/_stcore/health", "floor") as (floor_base, _floor),
            served(streamlit_command(str(peer_script(work))), "/_stcore/health", "peer") as (peer_base, _peer),
        ):
            shipped = Plan(
                "shipped", settings.repeats, settings.runs, min_runs=4, run_budget_s=30.0, server_share=0.2,
                sessions=sessions, memory_reserve_s=50.0, first_visit=True, memory_page="/",
                ends_at=clock.deadline - scaled_seconds - lighthouse_seconds,
            )  # fmt: skip
            results["datasets"]["shipped"] = measure_dataset(
                ROOT / "data", launched, work, shipped, settings.profile, floor_base + "/", clock, peer_base + "/"
            )
        if scaled_folder is not None:
            # The memory curve opens the map page, the heavier of the two with generated data.
            scaled_memory_page = "/map" if (ROOT / "pages" / "1_map.py").exists() else "/"
            # One run of each measurement is guaranteed, more only while the phase has time. The
            # first visit after the server starts (imports, the dataset and its per-folder caches)
            # is timed on its own, as with the shipped data, so it does not count as a cold load.
            scaled = Plan(
                "scaled", 3, settings.runs, min_runs=1, run_budget_s=8.0, server_share=0.4,
                sessions=[1, 5], memory_reserve_s=30.0, first_visit=True, memory_page=scaled_memory_page,
                ends_at=clock.deadline - lighthouse_seconds,
            )  # fmt: skip
            results["datasets"]["scaled"] = measure_dataset(
                scaled_folder, launched, work, scaled, settings.profile, None, clock
            )
        launched.close()
        if not settings.no_lighthouse:
            print(f"[{clock.elapsed():5.0f}s] lighthouse", flush=True)
            try:
                with served(dashboard_command(), "/_stcore/health", "lighthouse") as (base, _app):
                    # The map pages, where the budgets are hardest; `make lighthouse` audits every page.
                    results["lighthouse"] = lighthouse.audit_pages(
                        base, lighthouse.page_paths(maps_only=True), work, CHROMIUM, clock.deadline
                    )
            except (OSError, RuntimeError, subprocess.SubprocessError) as error:
                results["lighthouse_error"] = f"{type(error).__name__}: {error}"
    results["machine"]["load_average_at_end"] = [round(v, 2) for v in os.getloadavg()]
    results["elapsed_s"] = round(clock.elapsed(), 1)
    verdicts = budgets(results)
    results["budgets"] = verdicts
    settings.out.parent.mkdir(parents=True, exist_ok=True)
    settings.out.write_text(json.dumps(results, indent=2, default=str))
    print(table(results, verdicts))
    print(f"\nWritten {settings.out.relative_to(ROOT) if settings.out.is_relative_to(ROOT) else settings.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
