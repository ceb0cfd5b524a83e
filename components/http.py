"""The project's HTTP rules, as one ASGI middleware in front of Streamlit: what is open and how it answers.

- Hosts: only the names in ``server.allowedHosts`` are served (DNS rebinding); others get 400.
- Not found: a path that is neither a page of ``layout.PAGES`` nor one of Streamlit's own routes
  answers 404 with a small page in the visitor's language (``lang`` or Accept-Language).
- Closed: uploads (no page has an uploader) are refused unread; ``/_stcore/metrics`` answers only
  requests from loopback that no proxy forwarded.
- Deep ``_stcore`` paths (``/map/_stcore/health``) stay 404: the frontend probes them to find the
  app's root, and a 200 there makes it open its websocket at ``/map/_stcore/stream`` (tried: 403).
- More than 1,000 query parameters (Streamlit drops them all, silently): the page is sent to
  the first ones with a marker, and the frame tells the visitor.
- Headers: a Content-Security-Policy, nosniff, a Referrer-Policy and friends on every response.

Pure ASGI and standard library (plus the i18n catalogue): no streamlit import; ``server.py``
passes in the pages, the allowed hosts and the frontend's files.
"""

from __future__ import annotations

import hashlib
import html
import ipaddress
from collections.abc import Awaitable, Callable, Collection, Iterable, MutableMapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from components.i18n import DEFAULT_LANGUAGE, LANGUAGES, RTL_LANGUAGES, translate

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Streamlit's own routes (its frontend, websocket, components, media, app static files) and ours.
# (Streamlit's frontend files, /static/... among them, are listed one by one: see HttpRules.)
ROUTE_PREFIXES = ("/_stcore/", "/component/", "/media/", "/app/static/", "/api/v1/")
API_ROOT = "/api/v1"
UPLOAD_PREFIX = "/_stcore/upload_file"
METRICS_PATH = "/_stcore/metrics"
# Streamlit ignores a query string with more fields than this (runtime/state/query_params.py).
MAX_PAGE_FIELDS = 1000
# The marker the frame reads to say the link was cut (components/layout.py).
TRUNCATED_PARAM = "truncated"
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
# Headers a reverse proxy adds: a request that carries one came from elsewhere, whatever its socket.
FORWARDING_HEADERS = (b"x-forwarded-for", b"forwarded", b"x-real-ip")


def host_allowed(host: str | None, patterns: Sequence[str]) -> bool:
    """Whether a Host header names an allowed host (port ignored; ``*`` and ``*.example.org`` match)."""
    if not patterns:
        return True
    if not host:
        return False
    try:
        parts = urlsplit(f"//{host}")
        hostname = parts.hostname
        _ = parts.port  # a bad port is a bad header
    except ValueError:
        return False
    if hostname is None or parts.username or parts.password or parts.path or parts.query:
        return False
    hostname = hostname.lower().rstrip(".")
    for pattern in (p.strip().lower().rstrip(".") for p in patterns):
        if pattern == "*" or hostname == pattern or (pattern.startswith("*.") and hostname.endswith(pattern[1:])):
            return True
    return False


def is_loopback(address: str | None) -> bool:
    """Whether a client address is this machine's loopback."""
    try:
        return address is not None and ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def choose_language(query_string: str, accept_language: str) -> str:
    """The visitor's language: the ``lang`` parameter, else the best of Accept-Language, else English."""
    for key, value in parse_qsl(query_string[:2048], keep_blank_values=True, max_num_fields=MAX_PAGE_FIELDS):
        if key == "lang" and value.lower() in LANGUAGES:
            return value.lower()
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept_language[:512].split(",")):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        short = tag.strip().lower().split("-")[0]
        if short in LANGUAGES and quality > 0:
            ranked.append((-quality, position, short))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE


def build_not_found_page(lang: str) -> bytes:
    """The 404 page: a title, one sentence and a link home, in ``lang`` (catalogue text only)."""
    direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
    home = "/" if lang == DEFAULT_LANGUAGE else f"/?lang={lang}"
    title = html.escape(translate("http.not_found_title", lang))
    page = (
        f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title></head>"
        '<body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">'
        f"<h1>{title}</h1><p>{html.escape(translate('http.not_found_body', lang))}</p>"
        f'<p><a href="{home}">{html.escape(translate("http.not_found_home", lang))}</a></p></body></html>'
    )
    return page.encode("utf-8")


def tile_sources(urls: Iterable[str]) -> list[str]:
    """CSP sources for tile URL templates: ``https://{s}.tiles.example/...`` -> ``https://*.tiles.example``."""
    found: list[str] = []
    for url in urls:
        parts = urlsplit(url.replace("{s}", "a"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            continue
        host = parts.netloc.split("@")[-1]
        if "{s}" in url.split("/")[2]:
            host = "*." + host.split(".", 1)[1]
        source = f"{parts.scheme}://{host}"
        if source not in found:
            found.append(source)
    return found


def script_hash(script: str) -> str:
    """A CSP hash source for one inline script's text."""
    import base64

    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def build_policies(tile_hosts: Sequence[str], inline_scripts: Sequence[str]) -> dict[str, str]:
    """The Content-Security-Policy of each kind of response: the app, the map frame, the 404, the API."""
    common = ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'"]
    app = [
        "default-src 'self'",
        # The frame's language scripts (layout.LANG_SCRIPTS) are allowed by hash, nothing else inline.
        # WebAssembly may be compiled (not JavaScript evaluated): Streamlit's protobuf code tries
        # it for 64-bit numbers, and each refusal was a CSP violation reported on every page.
        "script-src 'self' 'wasm-unsafe-eval' " + " ".join(script_hash(s) for s in inline_scripts),
        # Streamlit's frontend (emotion) writes its CSS into <style> elements at run time.
        "style-src 'self' 'unsafe-inline'",
        # Streamlit draws icons and charts as data: and blob: images.
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        # The websocket and the frontend's fetches go to the app itself.
        "connect-src 'self'",
        "frame-src 'self'",
        "worker-src 'self' blob:",
        *common,
    ]
    map_frame = [
        "default-src 'self'",
        # streamlit-folium writes each map as an inline script into its frame and swaps layers
        # in with eval(); the code is built per run from escaped data (components/escape.py),
        # so no hash can be fixed. The frame holds no text from the URL.
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        # Leaflet positions every tile and marker with inline styles.
        "style-src 'self' 'unsafe-inline'",
        # Online tile layers a person picks in the layer control, and the operator's tiles.
        "img-src 'self' data: blob: " + " ".join(tile_hosts),
        "font-src 'self' data:",
        "connect-src 'self'",
        *common,
    ]
    # The 404 page has one inline style attribute and nothing else.
    not_found = [
        "default-src 'none'",
        "style-src 'unsafe-inline'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'self'",
    ]
    api = ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]
    return {
        "app": "; ".join(app),
        "map": "; ".join(d.strip() for d in map_frame),
        "not_found": "; ".join(not_found),
        "api": "; ".join(api),
    }


SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    # For browsers that predate frame-ancestors.
    "x-frame-options": "SAMEORIGIN",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "cross-origin-opener-policy": "same-origin",
}


def _policy_kind(path: str) -> str:
    if path == API_ROOT or path.startswith(API_ROOT + "/"):
        return "api"
    if path.startswith("/component/"):
        return "map"
    return "app"


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value).decode("latin-1")
    return ""


async def _plain(send: Send, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode("latin-1")) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class HttpRules:
    """The ASGI middleware that applies this module's rules before Streamlit sees a request."""

    def __init__(
        self,
        app: ASGIApp,
        page_paths: Collection[str],
        allowed_hosts: Callable[[], Sequence[str]],
        frontend_files: Collection[str] = ("favicon.png", "manifest.json", "index.html"),
        tile_hosts: Sequence[str] = (),
        inline_scripts: Sequence[str] = (),
    ) -> None:
        self.app = app
        self.page_paths = frozenset(page_paths)
        self.allowed_hosts = allowed_hosts
        self.frontend_files = frozenset("/" + name for name in frontend_files)
        self.policies = build_policies(tile_hosts, inline_scripts)

    def is_known(self, path: str) -> bool:
        """Whether ``path`` is a page, one of Streamlit's routes, a frontend file or the API."""
        page = path.rstrip("/") or "/"
        return (
            page in self.page_paths
            or path.startswith(ROUTE_PREFIXES)
            or path in self.frontend_files
            or path == API_ROOT
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        if not host_allowed(_header(scope, b"host"), self.allowed_hosts()):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await _plain(send, 400, b"Bad Request: this host name is not served here.\n", "text/plain; charset=utf-8")
            return
        if scope["type"] == "websocket":
            await self.app(scope, receive, send)
            return
        await self._http(scope, receive, send)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        kind = _policy_kind(path)
        headers = {**SECURITY_HEADERS, "content-security-policy": self.policies[kind]}
        if path == UPLOAD_PREFIX or path.startswith(UPLOAD_PREFIX + "/"):
            # Refused before the body is read: no page takes uploads.
            await _plain(send, 403, b"Forbidden: this app takes no uploads.\n", "text/plain; charset=utf-8", headers)
            return
        if path == METRICS_PATH and not self._local(scope):
            await self._not_found(scope, send)
            return
        if not self.is_known(path):
            await self._not_found(scope, send)
            return
        query = bytes(scope.get("query_string", b"")).decode("latin-1")
        if (path.rstrip("/") or "/") in self.page_paths and query.count("&") + 1 > MAX_PAGE_FIELDS:
            kept = query.split("&")[: MAX_PAGE_FIELDS - 2]
            location = path + "?" + "&".join([*kept, urlencode({TRUNCATED_PARAM: query.count("&") + 1})])
            await _plain(send, 303, b"", "text/plain", {**headers, "location": location, "cache-control": "no-store"})
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {bytes(k).lower() for k, _ in message.get("headers", ())}
                extra = [(k.encode(), v.encode("latin-1")) for k, v in headers.items() if k.encode() not in present]
                message = {**message, "headers": [*message.get("headers", ()), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _local(self, scope: Scope) -> bool:
        client = scope.get("client") or (None, None)
        forwarded = any(key in FORWARDING_HEADERS for key, _ in scope.get("headers", ()))
        return is_loopback(client[0]) and not forwarded

    async def _not_found(self, scope: Scope, send: Send) -> None:
        lang = choose_language(
            bytes(scope.get("query_string", b"")).decode("latin-1"), _header(scope, b"accept-language")
        )
        body = b"" if scope.get("method") == "HEAD" else build_not_found_page(lang)
        extra = {
            **SECURITY_HEADERS,
            "content-security-policy": self.policies["not_found"],
            "content-language": lang,
            "cache-control": "no-store",
            "vary": "Accept-Language",
        }
        await _plain(send, 404, body, "text/html; charset=utf-8", extra)
