"""What the browser should fetch early and how long it may keep it: the page head and cache lifetimes.

Streamlit sends the same ``index.html`` for every page, and the browser learns what a page
needs only as its run arrives: each kind of element's lazy chunk and the chunks it imports, then,
on a map page, streamlit-folium's frame and (inside it) the map bundle, one after another, while
the server is busy running the script. The ``PageHead`` middleware adds to each page's head the
links that start those downloads at once (``frontend_chunks``, ``build_head_links``), a script
that tells the frontend where its server is (``build_server_script``), and a stylesheet that
reserves the space of what arrives late, so nothing on the page moves when it lands. It also
gives cache lifetimes to what Streamlit sends without one: streamlit-folium's content-hashed
frame script for a year, its frame page and the app's own static files for an hour, revalidated
by their ETag after that.

Pure ASGI and standard library: no streamlit import; ``server.py`` passes the file names in.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Awaitable, Callable, Collection, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Content-hashed names (main.521860b0.js, index.DormvYxC.js): the bytes never change under the name.
# The first ``lang`` parameter of a query string (the frame reads the first one too).
LANG_PARAM = re.compile(r"(?:^|&)lang=([A-Za-z]{2})(?:&|$)")
# Widget keys are snake_case words: nothing that could end a CSS rule.
CSS_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
HASHED_NAME = re.compile(r"\.[0-9A-Za-z_-]{8}\.(?:js|css|woff2)$")
YEAR = "public, max-age=31536000, immutable"
# Not hashed: kept an hour, then revalidated with the ETag Streamlit sends.
HOUR = "public, max-age=3600"
# A Cache-Control that says how long (or whether) to keep a response; "public" alone does not.
HAS_LIFETIME = re.compile(rb"max-age|no-store|no-cache|immutable", re.IGNORECASE)
CACHED_PREFIXES = ("/component/", "/app/static/")
# index.html is a few kilobytes; a larger page is passed through untouched.
MAX_PAGE_BYTES = 256 * 1024


@dataclass(frozen=True)
class Preload:
    """One file a map page will need: its URL (relative to the page, as Streamlit's own links are) and kind."""

    href: str
    kind: str  # "modulepreload", "script" or "style"


# A Vite chunk's static imports (``import{..}from"./Slider.WU6er_Bo.js"``, ``import"./x.js"``);
# ``import("./x.js")`` is a dynamic import, loaded only when used, and is not followed.
STATIC_IMPORT = re.compile(r"""(?:\bfrom|\bimport)\s*["']\./([\w.-]+\.js)["']""")
# The entry module in Streamlit's index.html.
ENTRY_SCRIPT = re.compile(r'<script type="module"[^>]*\ssrc="\./static/js/([\w.-]+\.js)"')


def _imports_of(folder: Path, name: str, found: dict[str, None]) -> None:
    pending = [name]
    while pending:
        current = pending.pop()
        if current in found or not (folder / current).is_file():
            continue
        found[current] = None
        pending.extend(reversed(STATIC_IMPORT.findall((folder / current).read_text(encoding="utf-8"))))


def frontend_chunks(static_dir: Path, elements: Sequence[str]) -> list[str]:
    """The files of Streamlit's frontend chunks for ``elements`` and all they import, minus what every page loads.

    ``static_dir`` is Streamlit's static folder (``index.html`` and ``static/js``); an element is
    named as its chunk is (``"Slider"`` for ``static/js/Slider.WU6er_Bo.js``). Streamlit fetches
    an element's chunk, then the chunks that one imports, only once a run has sent such an
    element; preloaded from the head they arrive while the server is still idle. The result
    keeps the order of ``elements`` and leaves out the entry module's own imports (index.html
    preloads those). A name with no chunk (another Streamlit version) is left out.
    """
    folder = static_dir / "static" / "js"
    entry = ENTRY_SCRIPT.search((static_dir / "index.html").read_text(encoding="utf-8"))
    loaded: dict[str, None] = {}
    if entry:
        _imports_of(folder, entry.group(1), loaded)
    wanted: dict[str, None] = {}
    for element in elements:
        for path in sorted(folder.glob(f"{element}.*.js")):
            if re.fullmatch(re.escape(element) + r"\.[\w-]{8}\.js", path.name):
                _imports_of(folder, path.name, wanted)
    return [name for name in wanted if name not in loaded]


def build_head_links(preloads: Sequence[Preload], stylesheet: str | None = None) -> str:
    """The ``<link>`` elements added to a page's head: preloads first, then the layout stylesheet."""
    links = []
    for preload in preloads:
        href = html.escape(preload.href, quote=True)
        if preload.kind == "modulepreload":
            # Streamlit's own chunks are module scripts fetched with CORS, as its index.html does.
            links.append(f'<link rel="modulepreload" crossorigin href="{href}">')
        else:
            links.append(f'<link rel="preload" as="{preload.kind}" href="{href}">')
    if stylesheet:
        links.append(f'<link rel="stylesheet" href="{html.escape(stylesheet, quote=True)}">')
    return "".join(links)


def component_script_link(component: str, build_js: Path | None) -> str:
    """A preload of ``component``'s frame script, the one content-hashed ``main.<hash>.js`` in its
    build's ``build_js`` folder, under the component's URL; "" unless there is exactly one."""
    scripts = sorted(build_js.glob("main.*.js")) if build_js is not None and build_js.is_dir() else []
    if len(scripts) != 1 or not HASHED_NAME.search(scripts[0].name):
        return ""
    return build_head_links([Preload(f"./component/{component}/static/js/{scripts[0].name}", "script")])


def build_server_script(base_path: str = "") -> str:
    """A ``<script>`` that tells Streamlit's frontend where its server is, so it does not guess.

    Without it the frontend asks ``<page path>/_stcore/health`` and ``/host-config`` first and the
    server's root only after those fail: on every page but the overview two 404s (console errors
    that cost Lighthouse's best practices) and about 130 ms before the websocket opens. With
    ``window.__streamlit.BACKEND_BASE_URL`` (read by Streamlit 1.67's frontend) the root is its only
    candidate, which is where it ends up connecting anyway. ``base_path`` is ``server.baseUrlPath``.
    """
    root = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
    # json.dumps makes a JavaScript string; "<" escaped so no path can close the script element.
    literal = json.dumps(root).replace("<", "\\u003c")
    return f"<script>window.__streamlit={{BACKEND_BASE_URL:location.origin+{literal}}}</script>"


# Streamlit's sidebar is 300 px wide and drawn from a chunk of its own, a moment after the main
# column; on screens at least this wide it sits beside the main column (narrower, it overlays it).
SIDEBAR_PX = 300
SIDEBAR_BESIDE_FROM_PX = 768


def _key_selector(key: str) -> str:
    # A key ending in "_" is a prefix of numbered or per-record keys.
    return f'[class*="st-key-{key}"]' if key.endswith("_") else f".st-key-{key}"


def build_layout_style(box_heights: Mapping[str, int], placeholder_heights: Mapping[str, int] | None = None) -> str:
    """A ``<style>`` that reserves space before what fills it arrives, so the page does not move.

    Each keyed box (``st-key-<key>``, e.g. a map's; a key ending in ``_`` is a prefix) keeps its
    height in ``box_heights``; inside each box of ``placeholder_heights`` the placeholder Streamlit
    draws until an element's code loads takes the height the element will take; until the
    sidebar is drawn, the main column's box starts where the sidebar will end.
    """
    rules = [
        _key_selector(key) + f"{{min-height:{int(height)}px}}"
        for key, height in box_heights.items()
        if CSS_KEY.match(key)
    ]
    rules += [
        _key_selector(key) + f' [data-testid="stSkeleton"]{{height:{int(height)}px}}'
        for key, height in (placeholder_heights or {}).items()
        if CSS_KEY.match(key)
    ]
    # The scroll bar's gutter is kept from the start: a page that grows taller than the window
    # would otherwise narrow (and move) everything when the scroll bar appears.
    rules.append('[data-testid="stMain"]{scrollbar-gutter:stable}')
    # Every page is wide (st.set_page_config(layout="wide")), but that reaches the browser with the
    # first run: until then Streamlit draws its centred 736 px column, and the whole page then
    # widened and moved left (Lighthouse's largest shift on every page).
    rules.append('html body [data-testid="stMainBlockContainer"]{max-width:none}')
    # Not layout, but the page's own style too: Streamlit greys captions with opacity 0.6, which
    # also fades the source links in them to 2.9:1 against white (WCAG AA asks 4.5:1); the same
    # grey as a colour (#707070, 4.9:1) leaves links their full colour (7.4:1).
    rules.append('html body [data-testid="stCaptionContainer"]{opacity:1;color:#707070}')
    rules.append(
        f"@media (min-width:{SIDEBAR_BESIDE_FROM_PX}px){{"
        '[data-testid="stAppViewContainer"]:not(:has([data-testid="stSidebar"])) > div:has(> [data-testid="stMain"])'
        f"{{margin-left:{SIDEBAR_PX}px}}}}"
    )
    return "<style>" + "".join(rules) + "</style>"


def inject_head(page: bytes, links: str) -> bytes:
    """``page`` with ``links`` just before ``</head>`` (unchanged when it has none)."""
    marker = page.find(b"</head>")
    if marker == -1 or not links:
        return page
    return page[:marker] + links.encode("utf-8") + page[marker:]


def cache_control(path: str) -> str | None:
    """The Cache-Control a response to ``path`` should carry when it has none, or None to leave it."""
    if not path.startswith(CACHED_PREFIXES):
        return None
    return YEAR if HASHED_NAME.search(path) else HOUR


class PageHead:
    """The ASGI middleware: each page's preloads and style in its head, cache lifetimes on component and app files."""

    def __init__(
        self,
        app: ASGIApp,
        page_paths: Collection[str],
        page_links: str,
        preloads: Mapping[str, str] | None = None,
        lang_links: Mapping[str, str] | None = None,
        late_preloads: Mapping[str, Callable[[], str]] | None = None,
    ) -> None:
        """``page_links`` go into every page's head, after ``preloads[path]`` (what that page
        fetches early) and ``late_preloads[path]()`` (asked on every request: what can be fetched
        only once the server has run a page), and ``lang_links[lang]`` into a page asked for with
        ``?lang=`` that language (Urdu's right-to-left style and font: applied from the first
        paint, not after the run)."""
        self.app = app
        self.page_paths = frozenset(page_paths)
        self.page_links = page_links
        self.preloads = dict(preloads or {})
        self.lang_links = dict(lang_links or {})
        self.late_preloads = dict(late_preloads or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        page = path.rstrip("/") or "/"
        if page in self.page_paths:
            if scope.get("method") == "HEAD":
                await self.app(scope, receive, send)
                return
            # The page is a few kilobytes: asked for uncompressed, it can be rewritten (a proxy in
            # front may compress it again).
            plain = {**scope, "headers": [(k, v) for k, v in scope.get("headers", ()) if k != b"accept-encoding"]}
            late = self.late_preloads.get(page)
            links = self.preloads.get(page, "") + (late() if late else "") + self.page_links
            lang = LANG_PARAM.search(bytes(scope.get("query_string", b"")).decode("latin-1"))
            if lang:
                links += self.lang_links.get(lang.group(1).lower(), "")
            await self._page(plain, receive, send, links)
            return
        lifetime = cache_control(path)
        if lifetime is None:
            await self.app(scope, receive, send)
            return

        async def send_cached(message: Message) -> None:
            if message["type"] == "http.response.start" and message.get("status") == 200:
                headers = list(message.get("headers", ()))
                # Streamlit answers component files with a bare "public": no lifetime, and no validator,
                # so the browser fetched streamlit-folium's frame script again for every map drawn.
                if not any(bytes(k).lower() == b"cache-control" and HAS_LIFETIME.search(bytes(v)) for k, v in headers):
                    headers = [(k, v) for k, v in headers if bytes(k).lower() != b"cache-control"]
                    headers.append((b"cache-control", lifetime.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_cached)

    async def _page(self, scope: Scope, receive: Receive, send: Send, links: str) -> None:
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        passing = False

        async def send_page(message: Message) -> None:
            nonlocal start, size, passing
            if passing:
                await send(message)
                return
            if message["type"] == "http.response.start":
                headers = {bytes(k).lower(): bytes(v) for k, v in message.get("headers", ())}
                is_html = headers.get(b"content-type", b"").startswith(b"text/html")
                if message.get("status") != 200 or not is_html or b"content-encoding" in headers:
                    passing = True
                    await send(message)
                    return
                start = message
                return
            chunks.append(bytes(message.get("body", b"")))
            size += len(chunks[-1])
            if size > MAX_PAGE_BYTES and start is not None:
                passing = True
                await send(start)
                await send({"type": "http.response.body", "body": b"".join(chunks), "more_body": True})
                if not message.get("more_body"):
                    await send({"type": "http.response.body", "body": b""})
                return
            if message.get("more_body"):
                return
            assert start is not None  # noqa: S101  (a body always follows its start)
            body = inject_head(b"".join(chunks), links)
            kept = [(k, v) for k, v in start.get("headers", ()) if bytes(k).lower() != b"content-length"]
            await send({**start, "headers": [*kept, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, send_page)
