"""Unit tests of components.escape: data text never becomes markup or script."""

from __future__ import annotations

import math

import pytest

from components.escape import escape_markdown, escape_text, markdown_link, plain_text, safe_url

# Payloads a hostile or careless data editor might put in a name, description or URL.
PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "`; alert(1); `",
    "${alert(1)}",
    "A${7*6}B",
    '" onmouseover="alert(1)',
    "' onmouseover='alert(1)",
    "javascript:alert(1)",
    "\\`${alert(1)}",
    "\u202eexe.txt",
    "x" * 10_000,
    "",
    "<svg/onload=alert(1)>",
    "&lt;script&gt;",
    "{{ 7*7 }}",
    "[click](javascript:alert(1))",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escape_text_leaves_no_markup_or_template_breakout(payload: str) -> None:
    """Escaped text has no tag opener, quote, backtick, backslash or ``${``."""
    escaped = escape_text(payload)
    for forbidden in ("<", ">", '"', "'", "`", "\\", "${"):
        assert forbidden not in escaped


@pytest.mark.parametrize("value", [None, math.nan])
def test_missing_values_become_empty_text(value: object) -> None:
    """None and NaN are shown as nothing, not as 'None' or 'nan'."""
    assert escape_text(value) == ""
    assert escape_markdown(value) == ""


def test_bidi_override_is_shown_as_its_code_point() -> None:
    """A right-to-left override cannot reorder the text around it."""
    assert plain_text("\u202eexe.txt") == "U+202Eexe.txt"


def test_plain_names_survive_escaping() -> None:
    """Ordinary names in every script of the dashboard are unchanged."""
    for name in ("Gwadar port", "喀什", "کاشغر", "Kashgar–Gwadar"):
        assert escape_text(name) == name


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.dawn.com/news/1943553", "https://www.dawn.com/news/1943553"),
        ("http://english.ts.cn/x.shtml", "http://english.ts.cn/x.shtml"),
        ("javascript:alert(1)", ""),
        ("JAVASCRIPT:alert(1)", ""),
        (" javascript:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("//evil.example/x", ""),
        ("https://", ""),
        ("https://exa mple.com", ""),
        ("https://example.com/\u202e", ""),
        (None, ""),
        (float("nan"), ""),
    ],
)
def test_safe_url_keeps_only_absolute_http_links(url: object, expected: str) -> None:
    """Only absolute http(s) URLs survive; every other scheme becomes empty."""
    assert safe_url(url) == expected


def test_markdown_link_drops_unsafe_target() -> None:
    """A javascript: source URL is shown as text, not as a link."""
    assert "(" not in markdown_link("Source", "javascript:alert(1)").replace("\\(", "")


def test_markdown_escaping_disables_formatting() -> None:
    """Markdown syntax in data is shown literally."""
    assert escape_markdown("[x](y) *b*") == "\\[x\\]\\(y\\) \\*b\\*"


@pytest.mark.parametrize("payload", ["{{ 7*7 }}", "{% raw %}", "{# comment", "{{ cycler.__init__.__globals__ }}"])
def test_escape_text_leaves_no_jinja_syntax(payload: str) -> None:
    """Escaped text has no brace, so branca's second Jinja pass over map scripts finds no template."""
    escaped = escape_text(payload)
    assert "{" not in escaped
    assert "}" not in escaped


def test_jinja_expression_in_a_tooltip_is_not_evaluated_on_the_server() -> None:
    """A name like ``X{{ 7*7 }}Y`` reaches the map literally, not as X49Y."""
    import folium

    m = folium.Map(tiles=None)
    folium.Marker((1, 1), tooltip=folium.Tooltip(escape_text("X{{ 7*7 }}Y"))).add_to(m)
    rendered = m.get_root().render()
    assert "X49Y" not in rendered
    assert "X&#123;&#123; 7*7 &#125;&#125;Y" in rendered
