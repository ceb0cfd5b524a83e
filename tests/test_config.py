"""The server configuration and the code keep the promises of a public dashboard."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
APP_SOURCES = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "components").rglob("*.py"))]


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
        ("client", "disableDataExport", True),
        ("client", "allowedOrigins", []),
        ("server", "allowedHosts", ["localhost", "127.0.0.1", "::1"]),
        ("server", "enableAgentApi", False),
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


def _fixed_tables(tree: ast.Module) -> set[str]:
    """Module-level names bound to a dict literal whose values are all string literals."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            values = node.value.values
            if all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in values):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _is_fixed_markup(node: ast.expr, tables: set[str]) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in tables


def raw_html_sinks(source: str) -> list[str]:
    """Calls in ``source`` that could put data-derived text into the page as HTML or script.

    Read on the syntax tree, so a flag passed as a variable, a concatenated string or an
    ``st.html(..., unsafe_allow_javascript=True)`` of built text is caught where a pattern would miss it.
    """
    tree = ast.parse(source)
    tables = _fixed_tables(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        where = f"line {node.lineno}"
        for keyword in node.keywords:
            value = keyword.value
            if keyword.arg == "unsafe_allow_html" and not (isinstance(value, ast.Constant) and value.value is False):
                found.append(f"{where}: unsafe_allow_html")
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "html":
            owner = ast.unparse(func.value)
            if owner.endswith("components") or owner.endswith("v1"):
                found.append(f"{where}: {owner}.html")
            elif owner == "st" and not (node.args and _is_fixed_markup(node.args[0], tables)):
                found.append(f"{where}: st.html of built text")
    return found


def test_no_raw_html_sinks_in_app_code() -> None:
    """No page or component passes built text to st.html, unsafe_allow_html or components.html."""
    offenders = {
        str(path.relative_to(ROOT)): sinks for path in APP_SOURCES if (sinks := raw_html_sinks(path.read_text("utf-8")))
    }
    assert offenders == {}


@pytest.mark.parametrize(
    "source",
    [
        "st.markdown(text, unsafe_allow_html=True)",
        "st.markdown(text, unsafe_allow_html=flag)",
        "st.html(f'<b>{name}</b>')",
        "st.html('<b>' + name + '</b>')",
        "st.html('<p>{}</p>'.format(name))",
        "st.html(markup, unsafe_allow_javascript=True)",
        "components.html(page)",
        "streamlit.components.v1.html(page)",
    ],
)
def test_raw_html_guard_finds_each_kind_of_sink(source: str) -> None:
    """The guard above flags every way of handing HTML to the page that the app must not use."""
    assert raw_html_sinks(source)


@pytest.mark.parametrize(
    "source",
    [
        "st.markdown(text)",
        "st.markdown(text, unsafe_allow_html=False)",
        "st.html('<style>p {color: red}</style>')",
        "SCRIPTS = {'en': '<script>1</script>'}\nst.html(SCRIPTS[lang], unsafe_allow_javascript=True)",
    ],
)
def test_raw_html_guard_allows_fixed_markup(source: str) -> None:
    """Fixed markup, from a literal or a table of literals, passes the guard."""
    assert raw_html_sinks(source) == []


def _readme_layout() -> str:
    text = (ROOT / "README.md").read_text("utf-8")
    start = text.index("## How the repository is laid out")
    end = text.find("\n## ", start + 1)
    return text[start:] if end == -1 else text[start:end]


def test_readme_layout_names_every_module() -> None:
    """The README's layout section has a line for each module of components/ (subpackages included)."""
    layout = _readme_layout()
    modules = [p for p in sorted((ROOT / "components").rglob("*.py")) if p.name != "__init__.py"]
    missing = [
        str(p.relative_to(ROOT)) for p in modules if not re.search(rf"^\s+{re.escape(p.name)}[\s,]", layout, re.M)
    ]
    assert missing == []


@pytest.mark.parametrize("path", APP_SOURCES, ids=[str(p.relative_to(ROOT)) for p in APP_SOURCES])
def test_no_module_is_longer_than_500_lines(path: Path) -> None:
    """One concept per module: no page or component passes 500 lines."""
    assert len(path.read_text("utf-8").splitlines()) <= 500


def test_make_run_and_the_browser_tests_start_the_server_entry() -> None:
    """`make run` and the browser tier serve server.py (the pages behind the HTTP rules, beside the API)."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^export APP_ENTRY \?= server\.py$", makefile, re.MULTILINE)
    assert "streamlit run $(APP_ENTRY)" in makefile
    conftest = (ROOT / "tests" / "e2e" / "conftest.py").read_text(encoding="utf-8")
    assert 'os.environ.get("APP_ENTRY", "server.py")' in conftest


def test_nastaliq_style_points_at_the_vendored_font() -> None:
    """The Urdu style's @font-face loads the bundled woff2 from /app/static, which exists with its licence."""
    from components.layout import NASTALIQ_STYLES, NASTALIQ_URL

    assert f"url('{NASTALIQ_URL}')" in NASTALIQ_STYLES["ur"]
    path = ROOT / NASTALIQ_URL.removeprefix("/app/")
    assert path.is_file() and path.stat().st_size > 100_000
    assert (path.parent.parent / "LICENSE").read_text(encoding="utf-8").count("SIL Open Font License") >= 1
