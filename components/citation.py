"""How to cite what a person (or a program) saw: one citation, written as text, BibTeX and CSL-JSON.

A citation names the view's title, its full URL with the filters, the day it was accessed,
the dataset's version (``components.data.DatasetVersion``) and the sources the view draws on.
The ``build_*``/``cite_*`` functions are pure and take ``lang`` as an argument; the pages'
"Cite this view" block, the downloads and the API responses all use them, so they cite alike.
``render_citation`` is the only function here that draws anything.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import pandas as pd
import streamlit as st

from components.data import DatasetVersion, load_dataset_version
from components.filters import View, ViewState, params_from_state
from components.i18n import format_date, t, translate
from components.layout import PAGES, Frame

# Where the dashboard is when the browser has not said (AppTest, the first run of a session).
DEFAULT_BASE = "http://localhost:8501"
# Who publishes the dashboard, as a citation's "publisher"/"author" (the project, not a person).
PUBLISHER = "Kashgar–Gwadar corridor dashboard"


@dataclass(frozen=True)
class Citation:
    """Everything a citation states.

    Attributes:
        title: The view's title, e.g. "Kashgar–Gwadar corridor dashboard: Corridor map".
        url: The view's full URL, with its state as query parameters.
        accessed: The day it was seen (UTC).
        version: The dataset's version.
        sources: (source id, title, URL) of each source the view draws on, in first-cited order.
    """

    title: str
    url: str
    accessed: dt.date
    version: DatasetVersion
    sources: tuple[tuple[str, str, str], ...]


def cited_source_ids(tables: Iterable[pd.DataFrame]) -> tuple[str, ...]:
    """The source ids the records of ``tables`` cite (their ``sources`` column), each once, in order."""
    seen: dict[str, None] = {}
    for table in tables:
        if "sources" not in table.columns:
            continue
        for cell in table["sources"]:
            for source_id in cell:
                seen.setdefault(str(source_id), None)
    return tuple(seen)


def view_source_ids(view: View) -> tuple[str, ...]:
    """The sources a view draws on: those cited by any record still in it."""
    tables = [view.places, view.facilities, view.corridors, view.figures, view.partners]
    return cited_source_ids(tables)


def view_url(base: str, path: str, state: ViewState, extra: Mapping[str, list[str]] | None = None) -> str:
    """The full URL of a page (``base`` = scheme and host) with the state's parameters and a page's ``extra`` ones."""
    query = urlencode({**params_from_state(state), **(extra or {})}, doseq=True)
    return f"{base.rstrip('/')}{path}" + (f"?{query}" if query else "")


def build_citation(
    title: str,
    url: str,
    accessed: dt.date,
    version: DatasetVersion,
    sources: pd.DataFrame,
    source_ids: Sequence[str],
) -> Citation:
    """A citation of ``url`` drawing on ``source_ids`` (looked up in the ``sources`` table)."""
    by_id = {row["source_id"]: row for row in sources.to_dict("records")}
    cited = tuple(
        (source_id, str(by_id[source_id]["title"]), str(by_id[source_id]["url"]))
        for source_id in source_ids
        if source_id in by_id
    )
    return Citation(title, url, accessed, version, cited)


def cite_text(citation: Citation, lang: str) -> str:
    """The citation as one paragraph of plain text in ``lang``."""
    return translate(
        "cite.text",
        lang,
        title=citation.title,
        url=citation.url,
        accessed=format_date(citation.accessed.isoformat(), lang),
        version=citation.version.label,
        sources=", ".join(source_id for source_id, _, _ in citation.sources),
    )


_LATEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")


def _bibtex_text(value: str) -> str:
    # Braces and LaTeX's special characters would end the field early or run as commands.
    return _LATEX_SPECIAL.sub(lambda m: "\\textbackslash{}" if m.group(1) == "\\" else "\\" + m.group(1), value)


def _bibtex_url(value: str) -> str:
    # In a url field only braces and backslashes can break out; percent-encode them.
    return value.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def cite_key(citation: Citation) -> str:
    """A stable BibTeX key: the publisher's short name, the access date and the dataset digest."""
    return f"kashgar-gwadar-{citation.accessed.isoformat()}-{citation.version.digest[:8]}"


def cite_bibtex(citation: Citation) -> str:
    """The citation as a BibTeX ``@misc`` entry (biblatex's ``url``/``urldate``/``version`` fields)."""
    note = "Sources: " + ", ".join(source_id for source_id, _, _ in citation.sources)
    fields = [
        ("title", "{" + _bibtex_text(citation.title) + "}"),
        ("author", "{" + _bibtex_text(PUBLISHER) + "}"),
        ("year", citation.accessed.strftime("%Y")),
        ("url", "{" + _bibtex_url(citation.url) + "}"),
        ("urldate", "{" + citation.accessed.isoformat() + "}"),
        ("version", "{" + _bibtex_text(citation.version.label) + "}"),
        ("note", "{" + _bibtex_text(note) + "}"),
    ]
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@misc{{{cite_key(citation)},\n{body}\n}}"


def cite_csl(citation: Citation) -> dict[str, Any]:
    """The citation as one CSL-JSON item (type ``dataset``)."""
    day = citation.accessed
    return {
        "id": cite_key(citation),
        "type": "dataset",
        "title": citation.title,
        "author": [{"literal": PUBLISHER}],
        "publisher": PUBLISHER,
        "URL": citation.url,
        "accessed": {"date-parts": [[day.year, day.month, day.day]]},
        "version": citation.version.label,
        "note": "Sources: " + "; ".join(f"{sid} {url}".strip() for sid, _, url in citation.sources),
    }


def cite_all(citation: Citation, lang: str) -> dict[str, Any]:
    """Text, BibTeX and CSL-JSON together: what downloads and API responses carry."""
    return {"text": cite_text(citation, lang), "bibtex": cite_bibtex(citation), "csl": cite_csl(citation)}


def csl_json(citation: Citation) -> str:
    """The CSL-JSON array a reference manager imports."""
    return json.dumps([cite_csl(citation)], ensure_ascii=False, indent=2)


def page_title(page_key: str, lang: str) -> str:
    """A page's citation title: the dashboard's name and the page's, in ``lang``."""
    return translate("cite.page_title", lang, app=translate("app.title", lang), page=translate(f"nav.{page_key}", lang))


def base_of(url: str | None) -> str:
    """Scheme and host of the browser's URL (``st.context.url``), or the local default."""
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else DEFAULT_BASE


def cite_view(
    frame: Frame,
    state: ViewState,
    base: str,
    today: dt.date,
    extra: Mapping[str, list[str]] | None = None,
    extra_sources: Sequence[str] = (),
) -> Citation:
    """The citation of what a page shows: its title, URL with ``state`` (and the page's ``extra``
    parameters), version and the view's sources (and any the page adds, ``extra_sources``)."""
    path = next((page.path for page in PAGES if page.key == frame.page), "/")
    return build_citation(
        page_title(frame.page, state.lang),
        view_url(base, path, state, extra),
        today,
        load_dataset_version(frame.folder),
        frame.dataset.sources,
        tuple(dict.fromkeys((*view_source_ids(frame.view), *extra_sources))),
    )


def current_citation(
    frame: Frame,
    state: ViewState | None = None,
    extra: Mapping[str, list[str]] | None = None,
    extra_sources: Sequence[str] = (),
) -> Citation:
    """The citation of the page being drawn, at the browser's address, accessed today (UTC)."""
    today = dt.datetime.now(dt.UTC).date()
    return cite_view(frame, state or frame.state, base_of(st.context.url), today, extra, extra_sources)


def render_citation(
    frame: Frame,
    state: ViewState | None = None,
    extra: Mapping[str, list[str]] | None = None,
    extra_sources: Sequence[str] = (),
) -> None:
    """The "Cite this view" block, last on every page: text, BibTeX and CSL-JSON, each with a copy button.

    ``state`` is the page's final state when it adds to the frame's (the map page's place and
    year); ``extra`` are a page's own URL parameters (the route planner's ``from``, ``to``, ...)
    and ``extra_sources`` the sources of what it adds (the legs of a route). ``st.code`` shows
    text verbatim (no markdown, no HTML), so titles and URLs need no escaping here. The block's
    content is built only while it is open.
    """
    with st.expander(t("cite.title"), icon=":material/format_quote:", key="cite_view", on_change="rerun") as block:
        if not block.open:
            return
        citation = current_citation(frame, state, extra, extra_sources)
        st.caption(t("cite.intro", count=len(citation.sources)))
        text_tab, bibtex_tab, csl_tab = st.tabs([t("cite.as_text"), "BibTeX", "CSL-JSON"])
        with text_tab:
            st.code(cite_text(citation, frame.lang), language=None, wrap_lines=True)
        with bibtex_tab:
            st.code(cite_bibtex(citation), language="latex", wrap_lines=True)
        with csl_tab:
            st.code(csl_json(citation), language="json", wrap_lines=True)
