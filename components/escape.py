"""The one escape function for data-derived text that reaches HTML or JavaScript.

Folium 0.20 puts tooltip strings raw into a JavaScript template literal and popup HTML
unescaped into the page; ``html.escape`` alone leaves a backtick, a backslash or ``${``
free to break out of the template literal, and branca renders the result once more as a
Jinja template, so ``{{`` and ``{%`` in data would run on the server. Every string that
comes from data or the URL goes through ``escape_text`` before it reaches the map or any
HTML we build, and through ``escape_markdown`` before it reaches ``st.markdown``. URLs go
through ``safe_url`` first, so only http(s) links are ever drawn.
"""

from __future__ import annotations

import html
import math
import unicodedata
from urllib.parse import urlsplit

# Bidirectional controls can reorder the text around them (a right-to-left override turns
# "exe.txt" into "txt.exe"); they are shown as their code point instead.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|~$:&")


def plain_text(value: object) -> str:
    """``value`` as display text: None and NaN empty, control characters dropped, bidi controls shown."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return "".join(
        f"U+{ord(ch):04X}" if ch in _BIDI_CONTROLS else ch
        for ch in str(value)
        if ch in "\n\t" or unicodedata.category(ch) != "Cc"
    )


def plain_line(value: object) -> str:
    """``value`` as one line of display text (as a tooltip reports it back): ``plain_text``, white space runs as one space."""
    return " ".join(plain_text(value).split())


def escape_text(value: object) -> str:
    """``value`` as text safe inside HTML, a JavaScript template literal and a Jinja template.

    Braces become entities too: branca re-parses every element's rendered script as a Jinja
    template, so ``{{ ... }}`` in a name would run on the server and ``{% raw %}`` would
    break the page.
    """
    return (
        html.escape(plain_text(value), quote=True)
        .replace("\\", "&#92;")
        .replace("`", "&#96;")
        .replace("$", "&#36;")
        .replace("{", "&#123;")
        .replace("}", "&#125;")
    )


def escape_markdown(value: object) -> str:
    """``value`` as literal text for ``st.markdown``: no formatting, links, HTML or math."""
    return "".join(f"\\{ch}" if ch in _MARKDOWN_SPECIAL else ch for ch in plain_text(value).replace("\n", " "))


def safe_url(value: object) -> str:
    """``value`` if it is an absolute http(s) URL, else the empty string."""
    if not isinstance(value, str):
        return ""
    url = value.strip()
    if any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in url):
        return ""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    return url


def markdown_link(text: object, url: object) -> str:
    """A markdown link to ``url`` if it is http(s), else the escaped text alone."""
    label = escape_markdown(text) or escape_markdown(url)
    target = safe_url(url)
    if not target:
        return label
    # Parentheses and spaces in the target would end the markdown link early.
    return f"[{label}](<{target.replace('<', '%3C').replace('>', '%3E')}>)"
