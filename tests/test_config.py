"""The server configuration and the code keep the promises of a public dashboard."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
APP_SOURCES = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "components").glob("*.py"))]


@pytest.mark.parametrize(
    ("section", "option", "expected"),
    [
        ("server", "enableXsrfProtection", True),
        ("server", "enableStaticServing", True),
        ("server", "runOnSave", False),
        ("client", "showErrorDetails", "none"),
        ("client", "showSidebarNavigation", False),
        ("browser", "gatherUsageStats", False),
        ("server", "fileWatcherType", "none"),
        ("server", "maxUploadSize", 1),
        ("client", "toolbarMode", "viewer"),
    ],
)
def test_server_option_is_set_for_a_public_deployment(section: str, option: str, expected: object) -> None:
    """Each security-relevant option has the value a public server needs."""
    assert CONFIG[section][option] == expected


def test_static_serving_is_limited_to_static_folder() -> None:
    """Streamlit serves only the project's static/ folder, which holds no data or code."""
    static = ROOT / "static"
    assert static.is_dir()
    assert not list(static.rglob("*.py"))
    assert not list(static.rglob("*.csv"))


def test_no_raw_html_sinks_in_app_code() -> None:
    """No page or component passes HTML through unsafe_allow_html or components.html."""
    pattern = re.compile(r"unsafe_allow_html\s*=\s*True|components\.html\(|components\.v1\.html\(")
    offenders = [str(path.relative_to(ROOT)) for path in APP_SOURCES if pattern.search(path.read_text("utf-8"))]
    assert offenders == []


def test_no_file_uploader() -> None:
    """No feature takes uploads, so the upload endpoint has nothing to accept."""
    offenders = [str(p.relative_to(ROOT)) for p in APP_SOURCES if "file_uploader" in p.read_text("utf-8")]
    assert offenders == []


def test_no_cdn_hosts_in_app_code() -> None:
    """The only CDN addresses in the code are the ones assets.py maps to local files."""
    cdn = re.compile(r"cdn\.jsdelivr|cdnjs\.cloudflare|unpkg\.com|code\.jquery|bootstrapcdn|d3js\.org")
    offenders = [str(p.relative_to(ROOT)) for p in APP_SOURCES if cdn.search(p.read_text("utf-8"))]
    assert offenders == []


def test_cors_and_xsrf_protection_are_not_switched_off() -> None:
    """Cross-origin protection stays at Streamlit's safe default (on) if the option is present at all."""
    assert CONFIG["server"].get("enableCORS", True) is True
    assert CONFIG["server"].get("enableWebsocketCompression", False) is False


def test_st_html_is_never_given_a_formatted_string() -> None:
    """st.html gets fixed markup only, never an f-string or .format() that could carry data."""
    pattern = re.compile(r"st\.html\(\s*(?:f[\"']|[\"'][^\"']*[\"']\s*\.format\(|[a-z_]+\s*\))")
    offenders = [str(p.relative_to(ROOT)) for p in APP_SOURCES if pattern.search(p.read_text("utf-8"))]
    assert offenders == []
