"""Browser half of the benchmark: time to map, payload, reruns on pan and zoom, click to panel.

Times come from the browser's own clock: an init script (run in every frame, the map's
iframe included) checks on every animation frame and stores the absolute time
(``performance.timeOrigin + performance.now()``) of the first frame in which the ready
element exists. Time to map is that minus the top page's ``timeOrigin`` (its
navigation start). The harness polls only to learn that the value is there. For a Streamlit
page the probe can also note when the page was whole (``WHOLE``): a dashboard page may draw
below its map only after the map has drawn, so the first marker alone does not say when the
reader has everything.

Reruns are counted from the websocket: every ``BackMsg`` the page sends is decoded and
those carrying ``rerun_script`` are counted.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg

from components.maps.first_draw import WHOLE_PAGE_SELECTOR

VIEWPORT = {"width": 1400, "height": 1000}

# Ready conditions: functions of a document, checked in the top page and its frames.
# A place is drawn either as a marker icon or, where a page draws many places as one layer of
# circles per kind, as a circle marker (an SVG path whose outline is an arc; lines have none).
MAP_READY = (
    "(doc) => !!doc.querySelector('.leaflet-container .leaflet-marker-icon') || "
    "[...doc.querySelectorAll('.leaflet-container path.leaflet-interactive')].some((p) => /a/.test(p.getAttribute('d') || ''))"
)
FLOOR_READY = (
    "(doc) => [...doc.querySelectorAll('[data-testid=\"stMarkdownContainer\"]')]"
    ".some((e) => e.textContent.includes('bench-floor-ready'))"
)

# A Streamlit page is whole when it is connected, no script runs and no page waits for its map
# to draw before drawing the rest (components.maps.first_draw).
WHOLE = f"(doc) => !!doc.querySelector({json.dumps(WHOLE_PAGE_SELECTOR)})"

# Runs in the top document only. Playwright's init scripts do not reach the final document
# of Streamlit's component iframe (it starts as about:blank and keeps that window), so the
# top page looks into its same-origin frames itself, on every animation frame. With a ``whole``
# condition it goes on looking, after the hit, until the top document is whole.
_INIT = """
(() => {
  if (window.top !== window) return;
  try { performance.setResourceTimingBufferSize(10000); } catch (e) {}
  const ready = %s;
  const whole = %s;
  const now = () => performance.timeOrigin + performance.now();
  const documents = () => {
    const found = [[document, null]];
    for (const frame of document.querySelectorAll('iframe')) {
      try { if (frame.contentDocument) found.push([frame.contentDocument, frame]); } catch (e) {}
    }
    return found;
  };
  const untilWhole = () => {
    let done = false;
    try { done = whole(document); } catch (e) {}
    if (done) { window.__benchWhole = now(); return; }
    requestAnimationFrame(untilWhole);
  };
  const tick = () => {
    for (const [doc, frame] of documents()) {
      let hit = false;
      try { hit = ready(doc); } catch (e) {}
      if (hit) {
        window.__benchHit = now();
        window.__benchFrameStart = frame ? frame.contentWindow.performance.timeOrigin : null;
        if (whole) requestAnimationFrame(untilWhole);
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
"""


@dataclass
class Wire:
    """What went over the page's websockets."""

    received_bytes: int = 0
    sent_bytes: int = 0
    reruns: list[float] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        page.on("websocket", self._on_socket)

    def _on_socket(self, socket: Any) -> None:
        socket.on("framereceived", self._received)
        socket.on("framesent", self._sent)

    def _received(self, payload: Any) -> None:
        self.received_bytes += len(payload)

    def _sent(self, payload: Any) -> None:
        self.sent_bytes += len(payload)
        if isinstance(payload, bytes | bytearray):
            message = BackMsg()
            try:
                message.ParseFromString(bytes(payload))
            except Exception:  # noqa: BLE001  (not every frame is a BackMsg; those are not reruns)
                return
            if message.WhichOneof("type") == "rerun_script":
                self.reruns.append(time.monotonic())


def new_page(browser: Any, ready_js: str, whole_js: str | None = None) -> tuple[Any, Any, Wire]:
    """A fresh context (empty cache) with the ready probe installed, its page and its wire;
    with ``whole_js``, the probe also notes when the page became whole (``load(..., whole=True)``)."""
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(_INIT % (ready_js, whole_js or "null"))
    page = context.new_page()
    wire = Wire()
    wire.attach(page)
    return context, page, wire


def load(page: Any, url: str, timeout_s: float = 120.0, whole: bool = False) -> dict[str, Any]:
    """Navigate; return the time to ready (ms), when the map's frame started, and that frame;
    with ``whole`` (a page opened with ``whole_js``), also the time until the page was whole."""
    page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
    return load_wait(page, timeout_s, whole)


def load_wait(page: Any, timeout_s: float = 120.0, whole: bool = False) -> dict[str, Any]:
    """Wait for a navigation already started to be ready; see ``load``."""
    deadline = time.monotonic() + timeout_s
    while True:
        page.wait_for_timeout(50)
        try:
            hit, frame_start, origin = page.evaluate(
                "() => [window.__benchHit || null, window.__benchFrameStart || null, performance.timeOrigin]"
            )
        except Exception:  # noqa: BLE001  (the document may be replaced while it loads)
            hit = None
        if hit:
            break
        if time.monotonic() > deadline:
            raise TimeoutError(f"{page.url}: nothing ready within {timeout_s:.0f} s")
    result: dict[str, Any] = {"ttm_ms": round(hit - origin, 1)}
    if frame_start:
        result["frame_start_ms"] = round(frame_start - origin, 1)
        result["_frame"] = find_map_frame(page, timeout_s=5)
    else:
        result["_frame"] = page.main_frame
    if whole:
        page.wait_for_function("() => !!window.__benchWhole", timeout=max(deadline - time.monotonic(), 1) * 1000)
        result["whole_ms"] = round(float(page.evaluate("() => window.__benchWhole")) - origin, 1)
    return result


_ENTRIES = """
() => {
  const pick = (e) => ({
    name: e.name, type: e.initiatorType || e.entryType,
    transfer: e.transferSize || 0, encoded: e.encodedBodySize || 0, decoded: e.decodedBodySize || 0,
  });
  return [
    ...performance.getEntriesByType('navigation').map(pick),
    ...performance.getEntriesByType('resource').map(pick),
  ];
}
"""


def payload(page: Any, map_frame: Any, wire: Wire, settle_ms: int = 4000) -> dict[str, Any]:
    """Bytes the page loaded over HTTP (top document and every frame) and over the websocket."""
    if map_frame is not None:
        try:
            # Country outlines arrive after the markers; wait for most of them before counting.
            map_frame.wait_for_function("document.querySelectorAll('path').length > 100", timeout=settle_ms)
        except Exception:  # noqa: BLE001,S110  (a map without outlines still has a payload)
            pass
    entries: list[dict[str, Any]] = []
    for frame in page.frames:
        try:
            entries.extend(frame.evaluate(_ENTRIES))
        except Exception:  # noqa: BLE001,S112
            continue
    by_type: dict[str, int] = {}
    for entry in entries:
        by_type[entry["type"]] = by_type.get(entry["type"], 0) + int(entry["transfer"])
    largest = sorted(entries, key=lambda e: -int(e["encoded"]))[:5]
    return {
        "requests": len(entries),
        "transfer_bytes": sum(int(e["transfer"]) for e in entries),
        "encoded_bytes": sum(int(e["encoded"]) for e in entries),
        "decoded_bytes": sum(int(e["decoded"]) for e in entries),
        "websocket_received_bytes": wire.received_bytes,
        "transfer_by_type": by_type,
        "largest": [{"name": e["name"].rsplit("/", 1)[-1][:60], "encoded": e["encoded"]} for e in largest],
    }


_VIEW = "() => window.map ? [window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()] : null"


def pan_and_zoom(page: Any, map_frame: Any, wire: Wire, drags: int = 3, zooms: int = 2) -> dict[str, Any]:
    """Drag the map and zoom it with the wheel; count the reruns the page asked for."""
    page.wait_for_timeout(800)  # let the first run's messages settle
    before_view = map_frame.evaluate(_VIEW)
    box = map_frame.frame_element().bounding_box()
    # Start away from the centre and the edges: the controls sit in the corners.
    x, y = box["x"] + box["width"] * 0.4, box["y"] + box["height"] * 0.55
    counted_from = len(wire.reruns)
    for _ in range(drags):
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x + 120, y + 50, steps=10)
        page.mouse.up()
        page.wait_for_timeout(400)
    for _ in range(zooms):
        page.mouse.move(x, y)
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(700)
    page.wait_for_timeout(1200)  # st_folium debounces its updates (about 250 ms)
    after_view = map_frame.evaluate(_VIEW)
    return {
        "drags": drags,
        "wheel_zooms": zooms,
        "reruns": len(wire.reruns) - counted_from,
        "view_before": before_view,
        "view_after": after_view,
        "map_moved": before_view != after_view,
    }


_WATCH_PANEL = """
(name) => {
  window.__benchPanelAt = null;
  const main = document.querySelector('[data-testid="stMain"]') || document.body;
  const before = main.innerText;
  const observer = new MutationObserver(() => {
    const text = main.innerText;
    if (text !== before && text.includes(name)) {
      window.__benchPanelAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  });
  observer.observe(main, { subtree: true, childList: true, characterData: true });
}
"""

_PLACES = """
  const places = [
    ...[...document.querySelectorAll('.leaflet-marker-icon')].filter((e) => !e.className.includes('marker-cluster')),
    ...[...document.querySelectorAll('path.leaflet-interactive')].filter((p) => /a/.test(p.getAttribute('d') || '')),
  ].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.left > 60 && r.top > 60 && r.right < innerWidth - 60 && r.bottom < innerHeight - 60;
  });
"""

# Hover the places in turn; return the position and tooltip of the first whose name is not
# in `avoid` (the place already selected shows no change when clicked again).
_HOVER_PLACE = (
    "([start, avoid]) => {"
    + _PLACES
    + """
  for (let k = 0; k < places.length; k++) {
    const i = (start + k) % places.length;
    places[i].dispatchEvent(new MouseEvent('mouseover', { bubbles: true, view: window }));
    const tips = [...document.querySelectorAll('.leaflet-tooltip')];
    const name = tips.length ? tips[tips.length - 1].innerText.trim() : null;
    places[i].dispatchEvent(new MouseEvent('mouseout', { bubbles: true, view: window }));
    if (name && !avoid.includes(name)) return [i, name];
  }
  return null;
}
"""
)

_CLICK_PLACE = (
    "(i) => {"
    + _PLACES
    + """
  window.__benchClickAt = performance.timeOrigin + performance.now();
  places[i].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  return window.__benchClickAt;
}
"""
)


def click_to_panel(page: Any, map_frame: Any, index: int, avoid: list[str], timeout_s: float = 15.0) -> dict[str, Any]:
    """Click a visible place not in ``avoid``; time until the page outside the map shows its name."""
    found = map_frame.evaluate(_HOVER_PLACE, [index, avoid])
    if not found:
        return {"error": "no place on the map with a new tooltip"}
    position, name = found
    page.evaluate(_WATCH_PANEL, name)
    clicked_at = float(map_frame.evaluate(_CLICK_PLACE, position))
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        page.wait_for_timeout(25)
        shown = page.evaluate("() => window.__benchPanelAt")
        if shown:
            return {"name": name, "ms": round(float(shown) - clicked_at, 1)}
    return {"name": name, "error": f"the page did not show {name!r} within {timeout_s:.0f} s"}


def find_map_frame(page: Any, timeout_s: float = 30.0) -> Any:
    """The frame whose document holds the Leaflet map."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for frame in page.frames:
            try:
                if frame.query_selector(".leaflet-container"):
                    return frame
            except Exception:  # noqa: BLE001,S112
                continue
        page.wait_for_timeout(100)
    raise TimeoutError("no frame with a Leaflet map appeared")
