"""The nginx configuration `make serve` writes: rendering of deploy/nginx.conf.template and UPSTREAMS parsing."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from scripts.nginx_config import TEMPLATE, Settings, Upstream, parse_upstreams, render_config
from tests.serve_process import nginx_or_skip, self_signed_certificate

TWO = (Upstream("127.0.0.1", 8501), Upstream("127.0.0.1", 8502))


def settings(**overrides: object) -> Settings:
    values: dict[str, object] = {"port": 8080, "upstreams": TWO, "prefix": Path("/srv/corridor")}
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def rendered(**overrides: object) -> str:
    return render_config(TEMPLATE.read_text(), settings(**overrides))


def location(config: str, opening: str) -> str:
    """The body of the location block that starts with ``opening`` (no nested blocks in ours)."""
    start = config.index(f"location {opening} {{")
    return config[start : config.index("\n        }", start)]


def test_rendering_fills_every_placeholder() -> None:
    """No double-braced placeholder survives rendering."""
    assert "{{" not in rendered()
    assert "}}" not in rendered()


def test_each_upstream_becomes_one_server_line_with_passive_health() -> None:
    """Every replica is listed once, with max_fails and fail_timeout."""
    servers = re.findall(r"^\s*server (\S+) max_fails=3 fail_timeout=5s;$", rendered(), flags=re.MULTILINE)
    assert servers == ["127.0.0.1:8501", "127.0.0.1:8502"]


def test_a_replica_marked_down_is_kept_in_the_hash_but_down() -> None:
    """A down replica stays listed (readers of the others do not move) and carries `down`."""
    config = rendered(upstreams=(Upstream("127.0.0.1", 8501, down=True), Upstream("127.0.0.1", 8502)))
    assert "server 127.0.0.1:8501 max_fails=3 fail_timeout=5s down;" in config
    assert "server 127.0.0.1:8502 max_fails=3 fail_timeout=5s;" in config


def test_when_every_replica_is_down_none_is_marked_down() -> None:
    """nginx with only down servers answers nothing; trying them all is better."""
    config = rendered(upstreams=tuple(Upstream(u.host, u.port, down=True) for u in TWO))
    assert " down;" not in config


def test_sessions_stick_by_a_cookie_nginx_sets_not_by_address() -> None:
    """The upstream hashes the route cookie consistently, and the page response sets that cookie."""
    config = rendered()
    assert "hash $route_key consistent;" in config
    assert "ip_hash" not in config.replace("(ip_hash)", "")
    assert "add_header Set-Cookie $route_cookie;" in location(config, "/")


def test_websocket_location_upgrades_and_waits_long() -> None:
    """/_stcore/stream passes the upgrade headers, keeps an hour of silence and is limited per client."""
    stream = location(rendered(), "~ /_stcore/stream$")
    for line in (
        "proxy_set_header Upgrade $http_upgrade;",
        "proxy_set_header Connection $connection_upgrade;",
        "proxy_read_timeout 3600s;",
        "limit_conn stream_conn 8;",
        "limit_req zone=stream_req burst=20 nodelay;",
    ):
        assert line in stream
    # A header set twice reaches the replica twice, and Streamlit's server then refuses the upgrade (426).
    assert stream.count("proxy_set_header Upgrade") == 1
    assert stream.count("proxy_set_header Connection") == 1


def test_uploads_metrics_and_agent_api_are_refused_at_the_front() -> None:
    """The refusing location returns 403 and never proxies."""
    refused = location(rendered(), "~ /_stcore/(upload_file|metrics|agent)")
    assert "return 403;" in refused
    assert "proxy_pass" not in refused


def test_hashed_frontend_assets_come_from_disk_for_a_year_and_immutable() -> None:
    """Streamlit's /static/ bundle is read from the installed package, immutable for a year, else a replica."""
    static = location(rendered(streamlit_static=Path("/venv/streamlit/static")), "^~ /static/")
    assert "root /venv/streamlit/static;" in static
    assert "try_files $uri @replica;" in static
    assert 'add_header Cache-Control "public, max-age=31536000, immutable" always;' in static


def test_app_static_files_come_from_the_repository_folder() -> None:
    """/app/static/ is this repository's static/ folder, sent by nginx with an hour of caching."""
    app_static = location(rendered(app_static=Path("/srv/corridor/static")), "^~ /app/static/")
    assert "alias /srv/corridor/static/;" in app_static
    assert "proxy_pass" not in app_static


def test_the_default_frontend_folder_is_the_installed_streamlit_package() -> None:
    """Without a setting, /static/ points at the streamlit package this interpreter runs, which has index.html."""
    assert (Settings(port=1, upstreams=TWO, prefix=Path("/p")).streamlit_static / "index.html").is_file()


def test_every_answering_location_sends_the_security_headers() -> None:
    """An add_header in a location drops the server's, so each location that answers carries its own set."""
    config = rendered()
    answering = config.count("        location ") - 1  # all but the refusing one
    assert config.count("proxy_pass http://streamlit;") == 5
    for header in ("X-Content-Type-Options nosniff", "Referrer-Policy", "X-Frame-Options SAMEORIGIN"):
        assert config.count(f"add_header {header}") == answering


def test_csp_is_added_only_when_the_app_sends_none() -> None:
    """nginx's frame-ancestors policy is a fallback keyed on the upstream's own CSP header."""
    config = rendered()
    assert "map $upstream_http_content_security_policy $csp_fallback" in config
    assert "add_header Content-Security-Policy $csp_fallback always;" in config


@pytest.mark.parametrize(
    "line",
    ["gzip on;", "client_max_body_size 64k;", "access_log /srv/corridor/access.log corridor;", "server_tokens off;"],
)
def test_config_sets_compression_limits_and_logs(line: str) -> None:
    """gzip, the request size limit, the access log and a quiet Server header are set."""
    assert line in rendered()


def test_plain_http_has_no_tls_lines() -> None:
    """Without CERT and KEY nginx listens on plain HTTP and sends no HSTS."""
    config = rendered()
    assert "listen 127.0.0.1:8080;" in config
    assert "ssl_certificate" not in config
    assert "Strict-Transport-Security" not in config
    assert "; Secure" not in config


def test_cert_and_key_switch_on_http2_over_tls() -> None:
    """With CERT and KEY: ssl http2 listener, the certificate, HSTS and a Secure route cookie."""
    config = rendered(cert=Path("/etc/c.pem"), key=Path("/etc/k.pem"), listen_host="192.0.2.10")
    assert "listen 192.0.2.10:8080 ssl http2;" in config
    assert "ssl_certificate /etc/c.pem;" in config
    assert "ssl_certificate_key /etc/k.pem;" in config
    assert "Strict-Transport-Security" in config
    assert "SameSite=Lax; Secure" in config


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"upstreams": ()}, "at least one upstream"),
        ({"cert": Path("/c.pem")}, "both or neither"),
        ({"key": Path("/k.pem")}, "both or neither"),
    ],
)
def test_impossible_settings_are_refused_with_a_reason(overrides: dict[str, object], message: str) -> None:
    """No upstream, or half a TLS pair, raises an error that says what is wrong."""
    with pytest.raises(ValueError, match=message):
        rendered(**overrides)


def test_unknown_placeholder_in_a_template_is_an_error() -> None:
    """A template asking for something render_config does not provide fails loudly."""
    with pytest.raises(ValueError, match="upstream_weights"):
        render_config("listen {{ listen }}; {{ upstream_weights }}", settings())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("app1:8501", (Upstream("app1", 8501),)),
        ("app1:8501, app2.example.org:8502", (Upstream("app1", 8501), Upstream("app2.example.org", 8502))),
        ("10.0.0.5:80,[fd00::2]:8501", (Upstream("10.0.0.5", 80), Upstream("[fd00::2]", 8501))),
    ],
)
def test_upstreams_are_read_from_host_port_pairs(text: str, expected: tuple[Upstream, ...]) -> None:
    """UPSTREAMS is a comma-separated list of host:port."""
    assert parse_upstreams(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("app1", "entry 1: expected host:port"),
        ("app1:8501,app2", "entry 2: expected host:port"),
        ("app1:0", "port 1-65535"),
        ("app1:99999", "port 1-65535"),
        (":8501", "entry 1"),
        ("app;1:8501", "host name or address"),
        ("app1:8501,app1:8501", "each host:port once"),
        ("", "entry 1"),
    ],
)
def test_bad_upstreams_are_refused_naming_the_entry(text: str, message: str) -> None:
    """A malformed UPSTREAMS names the entry, what was expected and what was received."""
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_upstreams(text)


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https-http2"])
def test_rendered_config_passes_nginx_syntax_check(tmp_path: Path, tls: bool) -> None:
    """nginx -t accepts the rendered file, plain and with a self-signed certificate."""
    nginx = nginx_or_skip()
    overrides: dict[str, object] = {"prefix": tmp_path, "port": 18080}
    if tls:
        cert, key = self_signed_certificate(tmp_path)
        overrides.update(cert=cert, key=key)
    for sub in ("tmp", "cache"):
        (tmp_path / sub).mkdir()
    config = tmp_path / "nginx.conf"
    config.write_text(rendered(**overrides))
    result = subprocess.run(
        [nginx, "-t", "-p", str(tmp_path), "-c", str(config), "-e", "stderr"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
