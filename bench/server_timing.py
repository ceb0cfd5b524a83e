"""Server-side half of the benchmark, run in its own process by bench/run.py.

``python -m bench.server_timing --data DIR --out FILE.json --export DIR`` runs the map pages
under ``AppTest`` with the data folder ``DIR`` and records:

- the map each page passes to ``st_folium`` (captured by wrapping it), saved as one static
  HTML file per page under ``--export`` (``maps/<page>/index.html``, so the map's own
  ``../../app/static/`` asset links resolve against ``--export``/app/static);
- the size of the map as the page sends it (the component's ``json_args``) and what it is
  made of (per-point markers, clusters, GeoJSON layers, layers of points);
- the server time of ``at.run()`` after a sidebar filter change and after a marker click.

With ``--profile DIR`` one full-map rerun per page is profiled with pyinstrument (in the
script thread, where the page runs) and written as text and HTML.
It measures only; it never writes to ``data/``.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
# (page key, script, URL path): the pages that show a map, the map page first so that, when
# time runs short with generated data, it is the overview that gets fewer runs.
MAP_PAGES = (("map", "pages/1_map.py", "/map"), ("overview", "app.py", "/"))
COUNTRY_KEY = "country"  # components.filters.PARAM_COUNTRY: the sidebar multiselect's key
FILTERED = ["PAK"]
# With generated data, a page whose first run takes longer than this is not rerun: its filter
# change and click would cost as much again each, and make bench must end within 5 minutes.
SLOW_PAGE_S = 5.0

# What a map script is made of: JavaScript constructor -> label.
MAP_PARTS = {
    r"L\.marker\(": "markers",
    r"L\.circleMarker\(": "circle_markers",
    r"L\.circle\(": "circles",
    r"L\.polyline\(": "lines",
    r"L\.markerClusterGroup\(": "cluster_groups",
    r"L\.geoJson\(": "geojson_layers",
    r"new L\.GeoJSON|L\.geoJSON\(": "geojson_layers_js",
    r"FastMarkerCluster|callback = function": "fast_cluster_callbacks",
    # components.maps.elements.PlacePoints: one layer of circles per kind, drawn from a compact array.
    r"forEach\(function \(point\)": "point_layers",
    # components.maps.elements.PlacePins: the pins of a layer, made from a compact array.
    r"forEach\(function \(pin\)": "pin_layers",
}

# (page HTML or None, map, st_folium keyword arguments) of every st_folium call.
_captured: list[tuple[str | None, Any, dict[str, Any]]] = []
_profile_next: dict[str, Any] = {"on": False, "profiler": None}
_export_next: dict[str, Any] = {"on": False, "seconds": 0.0}


def _install_hooks() -> None:
    """Record every st_folium call and allow profiling the script thread."""
    import streamlit_folium
    from streamlit.runtime.scriptrunner import script_runner

    original_st_folium = streamlit_folium.st_folium

    def capturing_st_folium(fig: Any, *args: Any, **kwargs: Any) -> Any:
        copies = None
        if _export_next["on"] and kwargs.get("feature_group_to_add") is not None:
            # st_folium renames the layers it swaps in; export untouched copies instead.
            copies = copy.deepcopy((fig, kwargs.get("feature_group_to_add"), kwargs.get("layer_control")))
        value = original_st_folium(fig, *args, **kwargs)
        html = None
        if _export_next["on"]:
            started = time.perf_counter()
            if copies is None:
                # st_folium has just rendered the whole figure: writing out its template reuses
                # that render (m.save() would render every element again, seconds at scale).
                root = fig.get_root()
                html = root._template.render(this=root, kwargs={})
            else:
                html = _static_with_layers(*copies)
            _export_next["seconds"] += time.perf_counter() - started
        _captured.append((html, fig, dict(kwargs)))
        return value

    streamlit_folium.st_folium = capturing_st_folium

    original_exec = script_runner.exec_func_with_error_handling

    def profiled_exec(func: Callable[[], Any], ctx: Any) -> Any:
        if not _profile_next["on"]:
            return original_exec(func, ctx)
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
        try:
            return original_exec(func, ctx)
        finally:
            profiler.stop()
            _profile_next["profiler"] = profiler

    script_runner.exec_func_with_error_handling = profiled_exec


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (p95 of 20 runs is the 19th smallest)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-share * len(ordered) // 1))))
    return ordered[rank - 1]


def summary_ms(seconds: list[float]) -> dict[str, Any]:
    """Median, p95, spread and count of timings given in seconds, in milliseconds."""
    if not seconds:
        return {"n": 0, "note": "not measured: out of time"}
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50": round(statistics.median(ms), 1),
        "p95": round(percentile(ms, 0.95), 1),
        "min": round(min(ms), 1),
        "max": round(max(ms), 1),
        "runs": [round(v, 1) for v in ms],
    }


def map_args(at: Any) -> list[dict[str, Any]]:
    """The arguments of every st_folium element on the page."""
    found = []
    for element in at.get("component_instance"):
        raw = element.proto.json_args
        args = json.loads(raw)
        if "script" in args:
            args["_json_args_bytes"] = len(raw.encode("utf-8"))
            found.append(args)
    return found


def map_parts(script: str) -> dict[str, int]:
    """How many of each Leaflet constructor the map script calls."""
    parts: dict[str, int] = {}
    for pattern, label in MAP_PARTS.items():
        parts[label] = parts.get(label, 0) + len(re.findall(pattern, script))
    return parts


def _timed(run: Callable[[], Any]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _check(at: Any, what: str) -> None:
    if at.exception:
        error = at.exception[0]
        where = " | ".join(line.strip() for line in list(error.stack_trace)[-3:])
        raise RuntimeError(f"{what}: the page raised {error.message} ({where})")


def _static_with_layers(fig: Any, groups: Any, control: Any) -> str:
    """The page of a map whose layers st_folium adds to the mounted map: add them, render it."""
    for group in groups if isinstance(groups, list | tuple) else [groups]:
        group.add_to(fig)
    if control is not None:
        control.add_to(fig)
    return str(fig.get_root().render())


def export_map(html: str | None, target: Path) -> int:
    """Write the captured map page as one HTML file; return its size."""
    if html is None:
        raise RuntimeError("the map page was not captured on its first run")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    return target.stat().st_size


def _click_payload(name: str, lat: float, lon: float, count: int) -> dict[str, Any]:
    # The shape st_folium returns; every key the page might ask for is filled.
    return {
        "last_object_clicked_tooltip": name,
        "last_object_clicked_popup": None,
        "last_object_clicked": {"lat": lat, "lng": lon},
        "last_clicked": {"lat": lat, "lng": lon},
        "last_object_clicked_count": count,
    }


@dataclass
class Limits:
    """How many runs a measurement takes: up to ``runs``; after ``min_runs``, only while it has
    been running less than ``budget_s``; and none once the worker's ``deadline`` has passed."""

    runs: int
    min_runs: int
    budget_s: float
    deadline: float

    def more(self, done: int, started: float) -> bool:
        now = time.perf_counter()
        if done >= self.runs or now > self.deadline:
            return False
        return done < self.min_runs or now - started < self.budget_s


def measure_page(key: str, script: str, limits: Limits, export_dir: Path, profile_dir: Path | None) -> dict[str, Any]:
    """Everything server-side about one map page."""
    from streamlit.testing.v1 import AppTest

    from components.data import data_dir, read_dataset
    from components.escape import escape_text
    from components.maps.first_draw import DRAWN_STATE_KEY

    result: dict[str, Any] = {"page": key, "script": script}
    _captured.clear()
    at = AppTest.from_file(APP, default_timeout=600)
    # The whole page, as the browser runs it once its first map has drawn (components.maps.first_draw).
    at.session_state[DRAWN_STATE_KEY] = True
    if script != "app.py":
        at.switch_page(script)  # before the first run, so that run is the page itself
    _export_next["on"] = True
    first = _timed(at.run)
    _export_next["on"] = False
    _check(at, f"{key}: first run")
    # The export's own rendering happened inside the timed run; it is not the page's cost.
    result["first_run_ms"] = round((first - _export_next["seconds"]) * 1000, 1)
    _export_next["seconds"] = 0.0
    maps = map_args(at)
    if not maps or not _captured:
        result["note"] = "no st_folium map on this page"
        return result
    html, fig, kwargs = _captured[-1]
    args = maps[0]
    result["map_key"] = kwargs.get("key")
    result["returned_objects"] = kwargs.get("returned_objects")
    result["map_json_args_bytes"] = args["_json_args_bytes"]
    result["map_script_bytes"] = len(str(args["script"]).encode("utf-8"))
    # Layers swapped into the mounted map travel in feature_group, beside the map script.
    result["map_parts"] = map_parts(str(args["script"]) + str(args.get("feature_group") or ""))
    result["static_html_bytes"] = export_map(html, export_dir / "maps" / key / "index.html")
    result["static_path"] = f"/maps/{key}/index.html"

    # Filter change: alternate between a filtered and the full view, so every run is a change
    # and the full map (the slow case) is half of the runs.
    timings: list[float] = []
    started = time.perf_counter()
    slow = first > SLOW_PAGE_S and limits.min_runs <= 1
    while not slow and limits.more(len(timings), started):
        number = len(timings)
        value = FILTERED if number % 2 == 0 else []
        at.multiselect(key=COUNTRY_KEY).set_value(value)
        timings.append(_timed(at.run))
        _check(at, f"{key}: filter change {value}")
    if profile_dir is not None:
        # One extra full-map run under the profiler, kept out of the timings it would slow.
        at.multiselect(key=COUNTRY_KEY).set_value(FILTERED)
        at.run()
        at.multiselect(key=COUNTRY_KEY).set_value([])
        _profile_next["on"] = True
        at.run()
        _profile_next["on"] = False
        if _profile_next["profiler"] is not None:
            _save_profile(_profile_next["profiler"], profile_dir, f"{key}-filter-change")
    result["filter_change"] = summary_ms(timings)
    if slow:
        result["filter_change"] = {
            "n": 0,
            "note": f"not timed: the first run took {first:.0f} s and a filter change reruns the same page",
            "first_run_ms": round(first * 1000, 1),
        }
    if at.multiselect(key=COUNTRY_KEY).value:
        at.multiselect(key=COUNTRY_KEY).set_value([])
        at.run()

    # Marker click: alternate between two places, as a person clicking one then another.
    if slow:
        result["marker_click"] = {"n": 0, "note": f"not measured: one run of this page takes {first:.0f} s"}
        return result
    places = read_dataset(data_dir()).places.head(2).to_dict("records")
    timings = []
    effect = False
    started = time.perf_counter()
    while limits.more(len(timings), started):
        number = len(timings)
        place = places[number % 2]
        at.session_state[str(kwargs.get("key"))] = _click_payload(
            escape_text(place["name_en"]), float(place["lat"]), float(place["lon"]), number + 1
        )
        timings.append(_timed(at.run))
        _check(at, f"{key}: marker click {place['id']}")
        shown = " ".join(str(m.value) for m in at.markdown) + " ".join(str(s.value) for s in at.subheader)
        effect = effect or place["name_en"] in shown or at.query_params.get("site") == [place["id"]]
    result["marker_click"] = summary_ms(timings)
    result["marker_click_changes_page"] = effect
    return result


def _save_profile(profiler: Any, folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(profiler.output_text(unicode=True, color=False, show_all=False))
    (folder / f"{name}.html").write_text(profiler.output_html())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--export", type=Path, required=True, help="folder for the static map pages")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--min-runs", type=int, default=4)
    parser.add_argument("--budget-seconds", type=float, default=60.0, help="per measurement, after --min-runs")
    parser.add_argument("--deadline-seconds", type=float, default=600.0, help="for the whole worker")
    parser.add_argument("--profile", type=Path, default=None)
    args = parser.parse_args()

    os.environ["DASHBOARD_DATA_DIR"] = str(args.data)
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    from streamlit.logger import set_log_level

    set_log_level("error")
    from streamlit import config

    # The app hides error details from visitors; the benchmark wants them in its report.
    config.set_option("client.showErrorDetails", "full")
    _install_hooks()
    limits = Limits(args.runs, args.min_runs, args.budget_seconds, time.perf_counter() + args.deadline_seconds)
    pages = []
    for key, script, path in MAP_PAGES:
        if not (ROOT / script).exists():
            pages.append({"page": key, "script": script, "path": path, "skipped": f"{script} does not exist yet"})
            continue
        if time.perf_counter() > limits.deadline:
            pages.append({"page": key, "script": script, "path": path, "skipped": "not measured: out of time"})
            continue
        try:
            measured = measure_page(key, script, limits, args.export, args.profile)
        except Exception as error:  # noqa: BLE001  (one broken page must not hide the others' numbers)
            measured = {"page": key, "script": script, "error": f"{type(error).__name__}: {error}"}
        measured["path"] = path
        pages.append(measured)
    args.out.write_text(json.dumps({"pages": pages}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
