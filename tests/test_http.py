"""Unit tests of the HTTP rules (components/http.py), run in process against a stand-in for Streamlit."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from components.http import (
    MAX_PAGE_FIELDS,
    TRUNCATED_PARAM,
    HttpRules,
    build_not_found_page,
    build_policies,
    choose_language,
    host_allowed,
    tile_sources,
)
from components.layout import PAGES
from components.maps.tiles import ONLINE_TILES
from tests import asgi

LOOPBACK = ["localhost", "127.0.0.1", "::1"]


class Inner:
    """Streamlit's place: answers 200 "inner" and remembers what reached it."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.body_read = False

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.seen.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"inner"})


def call(
    path: str,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    query: str = "",
    client: str = "127.0.0.1",
    hosts: list[str] | None = None,
) -> tuple[int, dict[str, str], bytes, Inner]:
    inner = Inner()
    rules = HttpRules(
        inner,
        page_paths=[page.path for page in PAGES],
        allowed_hosts=lambda: LOOPBACK if hosts is None else hosts,
        frontend_files=["index.html", "favicon.png", "static/js/index.js"],
        tile_hosts=tile_sources(source.url for source in ONLINE_TILES),
    )
    sent: list[dict[str, Any]] = []
    request_headers = {"host": "127.0.0.1:8501", **(headers or {})}
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": query.encode(),
        "headers": [(k.lower().encode(), v.encode()) for k, v in request_headers.items()],
        "client": (client, 5000),
    }

    async def receive() -> dict[str, Any]:
        inner.body_read = True
        return {"type": "http.request", "body": b"x" * 1024, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asgi.run(rules(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    found = {bytes(k).decode(): bytes(v).decode("latin-1") for k, v in start["headers"]}
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], found, body, inner


@pytest.mark.parametrize("path", ["/", "/map", "/facilities", "/sources", "/map/"])
def test_pages_reach_streamlit(path: str) -> None:
    """Every page of layout.PAGES is passed through to Streamlit."""
    status, _, body, inner = call(path)
    assert (status, body, inner.seen) == (200, b"inner", [path])


@pytest.mark.parametrize(
    "path",
    ["/_stcore/health", "/_stcore/stream", "/static/js/index.js", "/favicon.png", "/component/x/index.html", "/api/v1"],
)
def test_streamlit_routes_frontend_files_and_api_reach_streamlit(path: str) -> None:
    """Streamlit's routes, its frontend's files and the API are not 404s."""
    assert call(path)[0] == 200


@pytest.mark.parametrize("path", ["/no/such/page", "/map/extra", "/static/nope.js", "/map/_stcore/health", "/mapx"])
def test_unknown_paths_answer_404_without_reaching_streamlit(path: str) -> None:
    """A path that is no page, route or file is a 404 page, never Streamlit's blank 200."""
    status, headers, body, inner = call(path)
    assert status == 404
    assert inner.seen == []
    assert headers["content-type"].startswith("text/html")
    assert b'href="/"' in body


@pytest.mark.parametrize(
    ("query", "accept", "lang", "title"),
    [
        ("", "", "en", "Page not found"),
        ("lang=zh", "", "zh", "找不到页面"),
        ("", "ur-PK,ur;q=0.9,en;q=0.5", "ur", "صفحہ نہیں ملا"),
        ("", "fr-FR, zh;q=0.8, en;q=0.5", "zh", "找不到页面"),
        ("lang=xx", "en;q=0.1, zh;q=0.9", "zh", "找不到页面"),
    ],
)
def test_the_404_page_speaks_the_visitors_language(query: str, accept: str, lang: str, title: str) -> None:
    """The 404 page follows ``lang``, else the best Accept-Language, else English."""
    status, headers, body, _ = call("/nothing", query=query, headers={"accept-language": accept})
    assert status == 404
    assert headers["content-language"] == lang
    assert f'lang="{lang}"'.encode() in body
    assert title in body.decode()


def test_the_404_page_in_urdu_reads_right_to_left_and_links_home_in_urdu() -> None:
    """The Urdu 404 page is rtl and its home link keeps the language."""
    page = build_not_found_page("ur").decode()
    assert 'dir="rtl"' in page and 'href="/?lang=ur"' in page


def test_choose_language_ignores_zero_quality() -> None:
    """A language the browser refuses (q=0) is not chosen."""
    assert choose_language("", "zh;q=0, en") == "en"


def test_security_headers_are_on_every_response() -> None:
    """Pages, 404s and the API carry nosniff, a Referrer-Policy and a CSP with the required directives."""
    for path in ("/", "/map", "/nothing", "/api/v1/places.json", "/component/x/index.html"):
        _, headers, _, _ = call(path)
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] == "same-origin", path
        csp = headers["content-security-policy"]
        assert "object-src 'none'" in csp or "default-src 'none'" in csp, path
        assert "frame-ancestors" in csp and "base-uri" in csp, path


def test_page_csp_allows_no_inline_script_or_eval() -> None:
    """The pages' CSP allows scripts only from the app and by hash: no 'unsafe-inline', no 'unsafe-eval'
    (WebAssembly may be compiled: 'wasm-unsafe-eval' lets no JavaScript text run)."""
    csp = build_policies([], ["window.prerenderReady = false"])["app"]
    sources = next(d for d in csp.split("; ") if d.startswith("script-src")).split()[1:]
    assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources
    assert [s for s in sources if not s.startswith("'sha256-")] == ["'self'", "'wasm-unsafe-eval'"]
    assert any(s.startswith("'sha256-") for s in sources)
    assert "frame-ancestors 'self'" in csp and "object-src 'none'" in csp and "base-uri 'self'" in csp


def test_map_frame_csp_allows_only_the_offered_tile_hosts() -> None:
    """The map frame may load images from the three online tile services and nowhere else on the web."""
    csp = build_policies(tile_sources(source.url for source in ONLINE_TILES), [])["map"]
    images = next(d for d in csp.split("; ") if d.startswith("img-src"))
    assert "https://tile.openstreetmap.org" in images
    assert "https://*.basemaps.cartocdn.com" in images
    assert "https://server.arcgisonline.com" in images
    assert "https:" not in images.replace("https://", "")


def test_api_is_never_framed() -> None:
    """API responses say frame-ancestors 'none'."""
    assert "frame-ancestors 'none'" in call("/api/v1/places.json")[1]["content-security-policy"]


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE", "OPTIONS"])
def test_uploads_are_refused_unread(method: str) -> None:
    """Every method on the upload route is refused before the body is read or Streamlit sees it."""
    status, _, _, inner = call("/_stcore/upload_file/session/file", method=method)
    assert status == 403
    assert inner.seen == [] and not inner.body_read


def test_metrics_answer_loopback_only() -> None:
    """Metrics reach Streamlit from loopback; from elsewhere, or through a proxy, they are a 404."""
    assert call("/_stcore/metrics")[0] == 200
    assert call("/_stcore/metrics", client="203.0.113.5")[0] == 404
    assert call("/_stcore/metrics", headers={"x-forwarded-for": "203.0.113.5"})[0] == 404


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.nip.io", "", "localhost:notaport"])
def test_foreign_host_headers_are_refused(host: str) -> None:
    """A Host that is not allowed is a 400 (the shape of DNS rebinding), before Streamlit sees it."""
    status, _, _, inner = call("/", headers={"host": host})
    assert status == 400 and inner.seen == []


@pytest.mark.parametrize(
    ("host", "patterns", "allowed"),
    [
        ("localhost:8501", LOOPBACK, True),
        ("[::1]:8501", LOOPBACK, True),
        ("LOCALHOST", LOOPBACK, True),
        ("corridor.example.org", ["corridor.example.org"], True),
        ("a.corridor.example.org", ["*.corridor.example.org"], True),
        ("corridor.example.org.evil", ["corridor.example.org"], False),
        ("user@localhost", LOOPBACK, False),
        ("anything", [], True),
    ],
)
def test_host_allowed(host: str, patterns: list[str], allowed: bool) -> None:
    """Host matching ignores the port and case, and supports *. wildcards."""
    assert host_allowed(host, patterns) is allowed


def test_a_websocket_from_a_foreign_host_is_closed() -> None:
    """The websocket handshake with a foreign Host is closed before Streamlit sees it."""
    inner = Inner()
    rules = HttpRules(inner, page_paths=["/"], allowed_hosts=lambda: LOOPBACK)
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "websocket.connect"}

    scope = {"type": "websocket", "path": "/_stcore/stream", "headers": [(b"host", b"evil.example")]}
    asgi.run(rules(scope, receive, send))
    assert sent == [{"type": "websocket.close", "code": 1008}] and inner.seen == []


def test_a_page_link_with_too_many_parameters_is_cut_and_marked() -> None:
    """Over 1,000 parameters (which Streamlit drops silently) the page is sent to the first ones and a marker."""
    query = "&".join(f"country=PAK&x{i}=1" for i in range(800))
    status, headers, _, inner = call("/map", query=query)
    assert status == 303 and inner.seen == []
    location = urlsplit(headers["location"])
    fields = parse_qsl(location.query, keep_blank_values=True)
    assert location.path == "/map"
    assert len(fields) < MAX_PAGE_FIELDS
    assert (TRUNCATED_PARAM, "1600") in fields


def test_a_page_link_under_the_limit_is_untouched() -> None:
    """A link with 1,000 parameters reaches Streamlit as it is."""
    query = "&".join(["country=PAK"] * MAX_PAGE_FIELDS)
    assert call("/map", query=query)[0] == 200
