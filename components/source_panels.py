"""Source panels: every source with what cites it, the licences, and the data dictionary.

``build_*``/``split_*`` helpers are pure; ``render_*`` draw them. The data dictionary is our
own ``data/README.md``; it is still drawn without ``unsafe_allow_html``, with fenced code
blocks as ``st.code`` and ``$``, ``<`` and ``&`` in prose escaped (``$`` would start math).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import streamlit as st

from components.escape import safe_url
from components.i18n import DEFAULT_LANGUAGE, t, translate
from components.model import Dataset
from components.reserved import ELEMENT_HEIGHTS
from components.schema import SPECS

_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)


def citing_files() -> list[tuple[str, str]]:
    """(file name, Dataset attribute) of every file whose records cite sources."""
    return [
        (spec.name, spec.attribute) for spec in SPECS if "sources" in spec.column_names and spec.attribute != "sources"
    ]


def build_source_usage(dataset: Dataset) -> pd.DataFrame:
    """Every source with the number of records citing it, per file and in all.

    Returns:
        Columns ``source_id``, ``title``, ``publisher``, ``url`` (http(s) only, else empty),
        ``published``, ``licence``, one count column per citing file (named after the file)
        and ``total``.
    """
    usage = dataset.sources[["source_id", "title", "publisher", "url", "published", "licence"]].copy()
    usage["url"] = usage["url"].map(safe_url)
    files = citing_files()
    for name, attribute in files:
        table = getattr(dataset, attribute)
        counts: dict[str, int] = {}
        for cited in table["sources"] if table is not None and "sources" in table else ():
            for source_id in set(cited):
                counts[source_id] = counts.get(source_id, 0) + 1
        usage[name] = usage["source_id"].map(lambda s, c=counts: c.get(s, 0)).astype(int)
    usage["total"] = usage[[name for name, _ in files]].sum(axis=1).astype(int)
    return usage.reset_index(drop=True)


def build_licences(sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Each licence named by the sources with how many sources carry it (unstated last)."""
    unstated = translate("sources.licence_unstated", lang)
    labels = sources["licence"].map(lambda v: v or unstated)
    counts = labels.value_counts().rename_axis("licence").reset_index(name="sources")
    return counts.sort_values(["sources", "licence"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _escape_prose(text: str) -> str:
    # Code spans keep their text verbatim; elsewhere $, < and & are shown as themselves.
    parts, last = [], 0
    for match in _CODE_SPAN.finditer(text):
        parts.append(re.sub(r"([$<&])", r"\\\1", text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(re.sub(r"([$<&])", r"\\\1", text[last:]))
    return "".join(parts)


def split_markdown(text: str) -> list[tuple[str, str]]:
    """A markdown document as ("markdown", text) and ("code", text) blocks, in order."""
    blocks: list[tuple[str, str]] = []
    last = 0
    for match in _FENCE.finditer(text):
        prose = text[last : match.start()].strip()
        if prose:
            blocks.append(("markdown", _escape_prose(prose)))
        blocks.append(("code", match.group(1).rstrip("\n")))
        last = match.end()
    prose = text[last:].strip()
    if prose:
        blocks.append(("markdown", _escape_prose(prose)))
    return blocks


def render_source_table(usage: pd.DataFrame) -> None:
    """The sources, sortable, with links and the number of records each file cites them in."""
    config: dict[str, object] = {
        "source_id": t("sources.col_id"),
        "title": st.column_config.TextColumn(t("sources.col_title"), width="large"),
        "publisher": t("sources.col_publisher"),
        "url": st.column_config.LinkColumn(t("sources.col_url")),
        "published": t("sources.col_published"),
        "licence": t("sources.col_licence"),
        "total": st.column_config.NumberColumn(t("sources.col_total"), help=t("sources.col_total_help")),
    }
    for name, _ in citing_files():
        config[name] = st.column_config.NumberColumn(name, help=t("sources.col_file_help", file=name))
    st.dataframe(
        usage,
        hide_index=True,
        column_config=config,  # type: ignore[arg-type]
        key="sources_table",
        height=ELEMENT_HEIGHTS["sources_table"],
    )


def render_licences(licences: pd.DataFrame) -> None:
    """The licences of the sources, and of the map data and code we ship."""
    st.dataframe(
        licences,
        hide_index=True,
        column_config={"licence": t("sources.col_licence"), "sources": t("sources.col_count")},
    )
    st.markdown(t("sources.bundled_licences"))


DICTIONARY_OPEN = "data_dictionary_open"
LAZY_PANEL_KEYS = (DICTIONARY_OPEN,)


def render_data_dictionary(path: Path, lang: str) -> None:
    """Our data dictionary (``data/README.md``, in English), without raw HTML, in an expander.

    Drawn only while open (``LAZY_PANEL_KEYS``): its markdown and code blocks were most of the
    page's first-load work in the browser, for a panel that starts closed."""
    with st.expander(t("sources.dictionary"), key=DICTIONARY_OPEN, on_change="rerun") as block:
        if block.open:
            _render_dictionary_text(path, lang)


def _render_dictionary_text(path: Path, lang: str) -> None:
    if lang != DEFAULT_LANGUAGE:
        st.caption(t("sources.dictionary_in_english"))
    if not path.is_file():
        st.info(t("sources.dictionary_missing"))
        return
    for kind, text in split_markdown(path.read_text(encoding="utf-8")):
        if kind == "code":
            st.code(text, language=None)
        else:
            st.markdown(text)
