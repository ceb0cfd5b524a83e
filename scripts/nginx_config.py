"""The nginx configuration of `make serve`: deploy/nginx.conf.template rendered for a set of replicas.

Pure (no processes, no network): ``parse_upstreams`` reads UPSTREAMS, ``render_config`` fills the
template's placeholders from ``Settings``. scripts/serve.py runs what this writes;
tests/test_serve.py checks it, including with ``nginx -t``.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
PLACEHOLDER = re.compile(r"\{\{ (\w+) \}\}")


def streamlit_static_folder() -> Path:
    """The installed streamlit package's static folder (index.html, static/js/...)."""
    spec = importlib.util.find_spec("streamlit")
    if spec is None or spec.origin is None:
        raise RuntimeError("streamlit is not installed in this interpreter: run `make serve` (it installs it)")
    return Path(spec.origin).parent / "static"


@dataclass(frozen=True)
class Upstream:
    """One Streamlit replica nginx sends readers to."""

    host: str
    port: int
    down: bool = False

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class Settings:
    """Everything the nginx configuration depends on."""

    port: int
    upstreams: tuple[Upstream, ...]
    prefix: Path
    listen_host: str = "127.0.0.1"
    cert: Path | None = None
    key: Path | None = None
    # Per client address on /_stcore/stream: open websockets, and new ones per second (+ burst).
    stream_connections: int = 8
    stream_rate: str = "2r/s"
    stream_burst: int = 20
    # Files nginx sends itself: this repository's static/ (/app/static/) and Streamlit's frontend
    # bundle (/static/, from the installed package the replicas run).
    app_static: Path = ROOT / "static"
    streamlit_static: Path = field(default_factory=streamlit_static_folder)
    # Passive health: failed attempts (within fail_timeout) before a replica is skipped for fail_timeout.
    # Not 1: a keepalive connection the replica closed just as nginx reused it counts as a failure,
    # and one such race on the last live replica left nginx with "no live upstreams" (502).
    max_fails: int = 3
    fail_timeout: str = "5s"


def parse_upstreams(text: str) -> tuple[Upstream, ...]:
    """Read ``host1:8501,host2:8501`` into upstreams.

    Raises:
        ValueError: naming the entry, what was expected and what was received.
    """
    upstreams = []
    for position, raw in enumerate(text.split(","), start=1):
        entry = raw.strip()
        host, sep, port = entry.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"UPSTREAMS, entry {position}: expected host:port (port 1-65535), got {entry!r}")
        if not re.fullmatch(r"[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:]+\]", host):
            raise ValueError(f"UPSTREAMS, entry {position}: expected a host name or address, got {host!r}")
        upstreams.append(Upstream(host, int(port)))
    if len({u.address for u in upstreams}) != len(upstreams):
        raise ValueError(f"UPSTREAMS: expected each host:port once, got {text!r}")
    return tuple(upstreams)


def _indent(lines: list[str], spaces: int) -> str:
    return "\n".join(" " * spaces + line for line in lines)


def render_config(template: str, settings: Settings) -> str:
    """The nginx configuration for ``settings``: ``template`` with every placeholder filled.

    Raises:
        ValueError: no upstream, TLS half-configured, or a placeholder this function does not know.
    """
    if not settings.upstreams:
        raise ValueError("expected at least one upstream, got none")
    if (settings.cert is None) != (settings.key is None):
        raise ValueError("CERT and KEY: expected both or neither, got one")
    tls = settings.cert is not None
    # A replica marked down still counts for the hash, so readers of the others do not move.
    servers = [
        f"server {u.address} max_fails={settings.max_fails} fail_timeout={settings.fail_timeout}"
        + (" down;" if u.down else ";")
        for u in settings.upstreams
    ]
    if all(u.down for u in settings.upstreams):
        servers = [line.replace(" down;", ";") for line in servers]
    listen = f"listen {settings.listen_host}:{settings.port}" + (" ssl http2;" if tls else ";")
    tls_lines = (
        [
            f"ssl_certificate {settings.cert};",
            f"ssl_certificate_key {settings.key};",
            "ssl_protocols TLSv1.2 TLSv1.3;",
            "ssl_session_cache shared:tls:10m;",
        ]
        if tls
        else ["# Plain HTTP: give CERT and KEY for HTTP/2 over TLS."]
    )
    proxy_common = [
        "proxy_http_version 1.1;",
        # The browser's Host (with port): Streamlit accepts a websocket whose Origin matches it.
        "proxy_set_header Host $http_host;",
        "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
        "proxy_set_header X-Forwarded-Proto $scheme;",
        "proxy_set_header X-Real-IP $remote_addr;",
        "proxy_set_header Upgrade $http_upgrade;",
        "proxy_set_header Connection $connection_upgrade;",
        # A lost replica refuses at once; a hung one is given up on quickly and the next one tried.
        "proxy_connect_timeout 3s;",
        "proxy_next_upstream error timeout http_502 http_503;",
        "proxy_next_upstream_tries 3;",
    ]
    security = [
        "proxy_hide_header X-Content-Type-Options;",
        "proxy_hide_header Referrer-Policy;",
        "proxy_hide_header X-Frame-Options;",
        "add_header X-Content-Type-Options nosniff always;",
        "add_header Referrer-Policy strict-origin-when-cross-origin always;",
        "add_header X-Frame-Options SAMEORIGIN always;",
        "add_header Content-Security-Policy $csp_fallback always;",
    ]
    if tls:
        security.append('add_header Strict-Transport-Security "max-age=31536000" always;')
    values = {
        "prefix": str(settings.prefix),
        "upstream_servers": _indent(servers, 8),
        "listen": _indent([listen], 8),
        "tls": _indent(tls_lines, 8),
        "cookie_secure": "; Secure" if tls else "",
        "proxy_common": _indent(proxy_common, 12),
        "security_headers": _indent(security, 12),
        "app_static": str(settings.app_static),
        "streamlit_static": str(settings.streamlit_static),
        "stream_connections": str(settings.stream_connections),
        "stream_rate": settings.stream_rate,
        "stream_burst": str(settings.stream_burst),
    }
    unknown = sorted(set(PLACEHOLDER.findall(template)) - values.keys())
    if unknown:
        raise ValueError(f"nginx template: expected placeholders among {sorted(values)}, got {unknown}")
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], template)
