"""The real server (``streamlit run server.py``) over HTTP: the API, the 404, the headers and what is closed.

Each test of "what is closed" fails against ``streamlit run app.py`` without the middleware
(``APP_ENTRY=app.py``): that is how they were written. No browser is needed except for the
last tests, which load every page with the CSP on.
"""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from components.layout import PAGES
from tests.e2e.conftest import READY, RecordedPage, Server, map_frame

TIMEOUT_MS = 60_000


def request(
    server: Server, method: str, path: str, headers: dict[str, str] | None = None, body: bytes | None = None
) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request to the server; status, lower-cased headers and body."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_api_answers_json_with_etag_and_304(server: Server) -> None:
    """GET /api/v1/places.json?country=PAK is JSON with an ETag; sending it back gives 304."""
    status, headers, body = request(server, "GET", "/api/v1/places.json?country=PAK")
    assert status == 200
    assert headers["content-type"].startswith("application/json")
    assert headers["access-control-allow-origin"] == "*"
    assert {record["country"] for record in json.loads(body)["records"]} == {"PAK"}
    status, _, body = request(server, "GET", "/api/v1/places.json?country=PAK", {"If-None-Match": headers["etag"]})
    assert (status, body) == (304, b"")


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_api_refuses_writes(server: Server, method: str) -> None:
    """The API is read-only over HTTP too."""
    status, headers, _ = request(server, method, "/api/v1/places.json", body=b"{}")
    assert status == 405 and "GET" in headers["allow"]


def test_api_openapi_document_is_served(server: Server) -> None:
    """/api/v1/openapi.json is an OpenAPI 3.1 document."""
    status, _, body = request(server, "GET", "/api/v1/openapi.json")
    assert status == 200 and json.loads(body)["openapi"] == "3.1.0"


def test_a_2_mb_query_string_is_answered_plainly(server: Server) -> None:
    """A 2 MB query string gets a 4xx and the server keeps answering (a server that hangs instead
    fails on the socket's 10 s timeout; no speed is asserted in a test)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
        raw.sendall(b"GET /api/v1/places.json?country=" + b"A" * 2_000_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        first_line = raw.recv(200).split(b"\r\n")[0]
    assert first_line.split()[1].startswith(b"4"), first_line
    assert request(server, "GET", "/_stcore/health")[0] == 200


@pytest.mark.parametrize("path", ["/no/such/page", "/map/extra", "/static/no-such.js"])
def test_unknown_paths_answer_404_in_the_visitors_language(server: Server, path: str) -> None:
    """An unknown path is an HTTP 404 with a small page in the browser's language, linking home."""
    status, headers, body = request(server, "GET", path, {"Accept-Language": "zh-CN,zh;q=0.9"})
    assert status == 404
    assert "找不到页面" in body.decode()
    assert 'href="/?lang=zh"' in body.decode()
    assert headers["content-language"] == "zh"


@pytest.mark.parametrize("path", [page.path for page in PAGES])
def test_every_page_answers_200_with_security_headers(server: Server, path: str) -> None:
    """Each page of layout.PAGES answers 200 with a CSP, nosniff and a Referrer-Policy."""
    status, headers, _ = request(server, "GET", path)
    assert status == 200
    csp = headers["content-security-policy"]
    for directive in ("frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'"):
        assert directive in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


def test_uploads_are_refused_even_with_the_xsrf_token(server: Server) -> None:
    """PUT on the upload route with a valid XSRF cookie and header is refused (Streamlit alone answered 204)."""
    _, headers, _ = request(server, "GET", "/_stcore/health")
    cookie = next(part for part in headers["set-cookie"].split(";") if part.strip().startswith("_streamlit_xsrf="))
    token = cookie.split("=", 1)[1]
    boundary = "kgc-boundary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n'
        f"Content-Type: application/octet-stream\r\n\r\n{'x' * 1024}\r\n--{boundary}--\r\n"
    ).encode()
    upload_headers = {
        "Cookie": cookie.strip(),
        "X-Xsrftoken": token,
        "Content-Type": f"multipart/form-data; boundary={boundary}",
    }
    status, _, _ = request(server, "PUT", "/_stcore/upload_file/session/file", upload_headers, body)
    assert status == 403


def test_metrics_are_not_served_through_a_proxy(server: Server) -> None:
    """Metrics answer a direct loopback request only; a forwarded one (as nginx sends) is a 404."""
    assert request(server, "GET", "/_stcore/metrics")[0] == 200
    assert request(server, "GET", "/_stcore/metrics", {"X-Forwarded-For": "203.0.113.5"})[0] == 404


def test_a_foreign_host_header_is_refused(server: Server) -> None:
    """A Host header outside server.allowedHosts is a 400 (DNS rebinding)."""
    assert request(server, "GET", "/", {"Host": "evil.example"})[0] == 400
    assert request(server, "GET", "/", {"Host": f"localhost:{server.port}"})[0] == 200


def test_host_config_trusts_no_parent_origin(server: Server) -> None:
    """No parent page may send host messages: host-config lists no allowed origins."""
    status, _, body = request(server, "GET", "/_stcore/host-config")
    assert status == 200 and json.loads(body)["allowedOrigins"] == []


@pytest.mark.parametrize("path", ["/_stcore/agent/interact", "/_stcore/agent/mcp"])
def test_the_agent_api_stays_off(server: Server, path: str) -> None:
    """Streamlit's agent API refuses every call (not_available); only its self-description answers."""
    message = b'{"jsonrpc": "2.0", "id": 1, "method": "tools/list"}'
    status, _, body = request(server, "POST", path, {"Content-Type": "application/json"}, message)
    assert status >= 400 and b"not_available" in body


def test_the_agent_api_says_it_is_switched_off(server: Server) -> None:
    """The agent API's document (linked from every Streamlit page) says the API is off here."""
    status, _, body = request(server, "GET", "/_stcore/agent/openapi.json")
    assert status == 200 and "switched off" in json.loads(body)["info"]["description"]


@pytest.fixture
def console(offline_page: RecordedPage) -> Iterator[list[str]]:
    """Console messages of the page and its frames."""
    messages: list[str] = []
    offline_page.page.on("console", lambda message: messages.append(message.text))  # type: ignore[attr-defined]
    yield messages


@pytest.mark.parametrize("path", ["/", "/map?lang=zh", "/partners"])
def test_maps_draw_with_the_csp_on(server: Server, offline_page: RecordedPage, console: list[str], path: str) -> None:
    """With the CSP on, the page settles, the map draws its markers or shapes, and nothing is blocked."""
    page = offline_page.page
    page.goto(server.url + path)  # type: ignore[attr-defined]
    page.wait_for_selector(READY, state="attached", timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    frame = map_frame(page)
    frame.wait_for_selector(".leaflet-marker-icon, path.leaflet-interactive", timeout=30_000)  # type: ignore[attr-defined]
    assert [m for m in console if "Content Security Policy" in m] == []


@pytest.mark.parametrize("path", ["/facilities", "/companies", "/sources?lang=ur"])
def test_pages_render_with_the_csp_on(
    server: Server, offline_page: RecordedPage, console: list[str], path: str
) -> None:
    """Pages without a map settle with their title and fonts, and the CSP blocks nothing."""
    page = offline_page.page
    page.goto(server.url + path)  # type: ignore[attr-defined]
    page.wait_for_selector(READY, state="attached", timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    page.wait_for_selector("h1", timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    assert page.evaluate("document.fonts.status") in ("loaded", "loading")  # type: ignore[attr-defined]
    assert [m for m in console if "Content Security Policy" in m] == []
    assert urlsplit(server.url).hostname == "127.0.0.1"
