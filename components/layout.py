"""The shared frame every page draws first: page setup, data, URL state, filters and navigation.

Pages call ``render_frame(page_key)`` once, at the top, and get a ``Frame`` back: the
dataset, the view state parsed from the URL, and the language. When the data folder is
invalid the frame lists the problems in plain words and stops the page (no traceback, no
blank page). Filters live in the URL: the frame seeds its widgets from it, writes changes
back, and every navigation link carries them to the next page. Before any widget is drawn,
the frame applies the latest event of each clickable map or table on the page (recorded by
``remember_clickable``; decoded by ``components.selection``), so a click needs no extra run.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components import filters
from components.data import data_dir, load_dataset, load_names
from components.escape import escape_markdown
from components.filters import View, ViewState, vocabulary
from components.http import TRUNCATED_PARAM
from components.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGE_NAMES,
    LANGUAGES,
    RTL_LANGUAGES,
    SESSION_KEY,
    names_by_id,
    t,
    translate,
)
from components.maps import first_draw
from components.model import DataError, Dataset
from components.reserved import NAV_LINKS_KEY
from components.schema import STATUSES
from components.selection import Clickable, state_after_event

ROOT = Path(__file__).resolve().parent.parent
# A file, not an emoji or ":material/...": Streamlit fetches those favicons from Google's servers.
FAVICON = ROOT / "static" / "app" / "favicon.png"


@dataclass(frozen=True)
class Page:
    """A page of the dashboard: its script, its URL path, its navigation label key and icon, whether
    it draws a map, and the kinds of Streamlit element its first run draws beyond the frame's
    (named as their frontend chunks are: its head preloads them, components/page_head.py)."""

    key: str
    script: str
    path: str
    icon: str
    has_map: bool = False
    elements: tuple[str, ...] = ()


# The frame's elements on every page: the sidebar's filters and language picker, its page links,
# and the page style (st.html).
FRAME_ELEMENTS = ("Multiselect", "Selectbox", "PageLink", "Html")
# What a map adds: streamlit-folium's frame is a component.
MAP_ELEMENTS = ("ComponentInstance",)

# In the navigation's order: the maps and the route planner, then the zone's panels, then sources.
PAGES: tuple[Page, ...] = (
    Page("overview", "app.py", "/", ":material/public:", has_map=True, elements=("Metric",)),
    Page("map", "pages/1_map.py", "/map", ":material/map:", has_map=True, elements=("Slider",)),
    Page("routes", "pages/6_routes.py", "/routes", ":material/route:", has_map=True, elements=("Radio",)),
    Page("facilities", "pages/2_facilities.py", "/facilities", ":material/warehouse:", elements=("DownloadButton",)),
    Page(
        "companies",
        "pages/3_companies.py",
        "/companies",
        ":material/business:",
        elements=("ArrowVegaLiteChart", "DownloadButton"),
    ),
    Page(
        "partners",
        "pages/4_partners.py",
        "/partners",
        ":material/handshake:",
        has_map=True,
        elements=("Metric", "DataFrame", "DownloadButton"),
    ),
    Page(
        "trade",
        "pages/7_trade.py",
        "/trade",
        ":material/trending_up:",
        elements=("Slider", "ArrowVegaLiteChart", "DownloadButton"),
    ),
    Page(
        "sources",
        "pages/5_sources.py",
        "/sources",
        ":material/menu_book:",
        elements=("DataFrame", "DownloadButton", "StreamlitSyntaxHighlighter"),
    ),
)


@dataclass(frozen=True)
class Frame:
    """What every page gets from the frame: the dataset, the folder it came from (the key of
    per-dataset caches), the view state, the tables its filters leave, and the language."""

    dataset: Dataset
    folder: str
    state: ViewState
    lang: str
    view: View
    page: str = "overview"
    # Each facility id and each country code with its name in ``lang`` (``data.load_names``).
    facility_names: Mapping[str, str] = field(default_factory=dict)
    country_names: Mapping[str, str] = field(default_factory=dict)
    # The URL's parameters as the page was asked for (the frame rewrites the address bar with
    # its own), and whether this run arrived at the page rather than rerunning it.
    params: Mapping[str, list[str]] = field(default_factory=dict)
    arrived: bool = False
    # Where ``render_sidebar`` draws the filters and links, at the top of the sidebar.
    sidebar: DeltaGenerator | None = None


def _query_lists() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _browser_language() -> str:
    locale = (getattr(st.context, "locale", None) or "").lower()
    short = locale.split("-")[0]
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


def _seed_widget(key: str, value: object, arrived: bool) -> None:
    # Widgets are seeded from the URL when they have no value yet, and on arrival at a page:
    # Streamlit keeps widget state per page, so the sidebar of the previous page does not
    # carry over, while the navigation links put the filters into the new page's URL.
    if arrived or key not in st.session_state:
        st.session_state[key] = value


# Page key -> widget key -> the Clickable that widget drew last (see components.selection).
_CLICKABLES = "_clickables"
# Widget key -> the signature of its last event already applied.
_SEEN_EVENTS = "_seen_events"
# The page the frame drew last in this session, to tell arriving at a page from a rerun on it.
_FRAME_PAGE = "_frame_page"
# The "Reset filters" button: true in the run after its click.
RESET_KEY = "reset_filters"


def page_script(page_key: str) -> str | None:
    """The script of a page if it exists on disk (pages land one by one), else None."""
    for page in PAGES:
        if page.key == page_key and (ROOT / page.script).exists():
            return page.script
    return None


def remember_clickable(key: str, clickable: Clickable) -> None:
    """Record what the widget ``key``, drawn on this page in this run, can select.

    Its next event is read against it by the frame on the next run, before any widget is
    drawn (``selection.state_after_event``), so a click needs no extra run.
    """
    page = st.session_state.get(_FRAME_PAGE, "")
    st.session_state.setdefault(_CLICKABLES, {}).setdefault(page, {})[key] = clickable


def truncated_count(raw: Mapping[str, list[str]]) -> int:
    """How many parameters a link had when the server cut it (components/http.py marks it), else 0."""
    values = raw.get(TRUNCATED_PARAM) or [""]
    text = values[0]
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else 0


def _take_events(page_key: str, state: ViewState) -> ViewState:
    # Each clickable widget's new event, applied before the sidebar and the picker are drawn:
    # what it picked becomes their value, and the state the frame goes on with.
    clickables: Mapping[str, Clickable] = st.session_state.get(_CLICKABLES, {}).get(page_key, {})
    seen = st.session_state.setdefault(_SEEN_EVENTS, {})
    for key, clickable in clickables.items():
        # The view as the widgets hold it now (the picker and sidebar may differ from the URL).
        site = st.session_state.get(filters.PARAM_SITE, state.site)
        countries = st.session_state.get(filters.PARAM_COUNTRY, state.countries)
        current = replace(state, site=str(site or ""), countries=tuple(countries or ()))
        after, seen[key] = state_after_event(current, clickable, st.session_state.get(key), seen.get(key))
        if after.site != current.site:
            st.session_state[filters.PARAM_SITE] = after.site
            state = replace(state, site=after.site)
        if after.countries != current.countries:
            st.session_state[filters.PARAM_COUNTRY] = list(after.countries)
            state = replace(state, countries=after.countries)
    return state


def _show_problems(folder: Path, error: DataError) -> None:
    st.error(t("frame.data_invalid", folder=folder.name or str(folder), count=len(error.problems)))
    # Plain text: problem messages quote the data, which is untrusted.
    st.code("\n".join(str(problem) for problem in error.problems), language=None, wrap_lines=True)
    st.caption(t("frame.data_invalid_hint"))


# Fixed markup per language: st.html never receives text built at run time.
LANG_SCRIPTS = {
    "en": "<script>document.documentElement.lang = 'en';</script>",
    "zh": "<script>document.documentElement.lang = 'zh';</script>",
    "ur": "<script>document.documentElement.lang = 'ur';</script>",
}


# Urdu text in Nastaliq, from the bundled Noto Nastaliq Urdu (OFL, static/vendor/noto-nastaliq-urdu).
# The face covers only the Arabic script (unicode-range), so digits, codes and Latin words fall
# through to the theme's Latin font; the browser downloads it only where Urdu text is drawn, and
# only Urdu pages declare it. Chinese keeps the reader's system fonts.
NASTALIQ_URL = "/app/static/vendor/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2"
# A fixed table, not built text: st.html never receives text assembled at run time.
# Fixed markup per language, like LANG_SCRIPTS. The page head carries them too (components/page_head.py),
# before Streamlit's own styles: "html body" makes them win over those wherever they stand.
RTL_STYLES = {
    "ur": "<style>"
    "html body [data-testid='stMain'] [data-testid='stMarkdownContainer'],"
    "html body [data-testid='stMain'] :is(h1, h2, h3),"
    "html body [data-testid='stSidebar'] {direction: rtl; text-align: right;}"
    "iframe, code, [data-testid='stMetricValue'] {direction: ltr;}"
    "</style>",
}
NASTALIQ_STYLES = {
    "ur": "<style>"
    "@font-face {font-family: 'Noto Nastaliq Urdu'; font-style: normal; font-weight: 400; font-display: swap;"
    " src: url('/app/static/vendor/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2')"
    " format('woff2');"
    " unicode-range: U+0600-06FF, U+0750-077F, U+08A0-08FF, U+200C-200E, U+FB50-FDFF, U+FE70-FEFF;}"
    "html body [data-testid='stMain'] :is(p, li, h1, h2, h3, h4, h5, h6, label, span, button, summary, th, td),"
    "html body [data-testid='stSidebar'] :is(p, li, label, span, button, div) "
    "{font-family: 'Noto Nastaliq Urdu', 'Source Sans', 'Source Sans Pro', sans-serif;}"
    "html body [data-testid='stMain'] [data-testid='stMarkdownContainer'] p {line-height: 2;}"
    "html body [data-testid='stMain'] :is(code, pre, code *, pre *) {font-family: 'Source Code Pro', monospace;}"
    "</style>",
}


def _apply_direction(lang: str) -> None:
    # The page's language, so screen readers pick the right voice and the browser the right
    # font; ``lang`` is one of LANGUAGES (a constant), never text from the URL.
    if lang in LANG_SCRIPTS:
        st.html(LANG_SCRIPTS[lang], unsafe_allow_javascript=True)
    # Urdu reads right to left; the map, numbers and codes stay left to right. A link that names
    # the language has these in the page's head already (components/page_head.py); a switch to
    # it during the visit gets them here.
    if lang in RTL_LANGUAGES:
        st.html(RTL_STYLES["ur"])
        st.html(NASTALIQ_STYLES["ur"])


def keep_choice(key: str, valid: Collection[str], texts: Callable[[], Mapping[str, str]]) -> None:
    """Make the select widget ``key``'s choice this run's value, as ids, before the widget is drawn.

    The browser sends a choice back as the option's text. Streamlit decodes it with the options
    of the run that drew the widget last and, once the widget is drawn again, once more with
    this run's options, which after a language change are in another language and would clear
    the choice. A value written here wins over the browser's text. ``texts`` maps option texts
    in every language to ids, for a run the browser asked for before it had the new options.
    """
    if key not in st.session_state:
        return
    value = st.session_state[key]
    if value is not None and not isinstance(value, str | list | tuple):
        # A value of another type (a number sent over the websocket) is dropped; the URL seeds the widget.
        del st.session_state[key]
        return
    st.session_state[key] = filters.recover_choice(value, valid, texts)


def _country_option(code: str, names: Mapping[str, str]) -> str:
    return f"{names.get(code, code)} ({code})"


def _option_texts(table: pd.DataFrame, key: str, option: Callable[[str, Mapping[str, str]], str]) -> dict[str, str]:
    # Every language's text of each record's option, to its id.
    found: dict[str, str] = {}
    for lang in LANGUAGES:
        names = names_by_id(table, key, lang)
        found.update({option(record_id, names): record_id for record_id in names})
    return found


def _facility_option(facility_id: str, names: Mapping[str, str]) -> str:
    return names.get(facility_id, facility_id)


def _keep_sidebar_choices(dataset: Dataset) -> None:
    keep_choice(
        filters.PARAM_FACILITY,
        set(dataset.facilities["id"]),
        lambda: _option_texts(dataset.facilities, "id", _facility_option),
    )
    keep_choice(
        filters.PARAM_COUNTRY,
        set(dataset.countries["iso3"]),
        lambda: _option_texts(dataset.countries, "iso3", _country_option),
    )
    keep_choice(
        filters.PARAM_STATUS,
        set(STATUSES),
        lambda: {translate(f"status.{status}", lang): status for lang in LANGUAGES for status in STATUSES},
    )


def render_frame(page_key: str) -> Frame:
    """Set up the page and draw the frame; return the dataset and the view state (or stop)."""
    raw = _query_lists()
    # The language widget's value wins over the URL: it is the person's latest choice. A value
    # that is no language (a number crafted over the websocket) is dropped, and the URL decides.
    chosen = st.session_state.get(filters.PARAM_LANG)
    if filters.PARAM_LANG in st.session_state and not (isinstance(chosen, str) and chosen in LANGUAGES):
        del st.session_state[filters.PARAM_LANG]
        chosen = None
    lang_raw = [chosen] if chosen else raw.get(filters.PARAM_LANG) or [_browser_language()]
    lang = lang_raw[0].lower() if lang_raw[0].lower() in LANGUAGES else DEFAULT_LANGUAGE
    st.session_state[SESSION_KEY] = lang
    st.set_page_config(page_title=t("app.title"), page_icon=str(FAVICON), layout="wide")

    folder = data_dir()
    try:
        dataset = load_dataset(str(folder))
    except DataError as error:
        _apply_direction(lang)
        _show_problems(folder, error)
        st.stop()

    _keep_sidebar_choices(dataset)
    arrived = st.session_state.get(_FRAME_PAGE) != page_key
    state = filters.state_from_params(raw, vocabulary(dataset))
    if not raw.get(filters.PARAM_LANG):
        state = replace(state, lang=lang)
    state = _take_events(page_key, state)
    # The sidebar's widgets are drawn last (``render_sidebar``), so the page's own elements reach
    # the browser first; their place at the top of the sidebar is taken now, before anything else.
    sidebar = st.sidebar.container()
    state = _sidebar_state(state, page_key)
    write_url(state)
    st.session_state[SESSION_KEY] = state.lang
    for notice in state.notices:
        st.warning(t("frame.ignored_value", param=notice.param, value=escape_markdown(notice.value)), icon="⚠️")
    dropped = truncated_count(raw)
    if dropped:
        st.warning(t("http.truncated", count=dropped), icon="⚠️")
    return Frame(
        dataset,
        str(folder),
        state,
        state.lang,
        filters.apply_view(dataset, state),
        page_key,
        load_names(str(folder), "facilities", "id", state.lang),
        load_names(str(folder), "countries", "iso3", state.lang),
        raw,
        arrived,
        sidebar,
    )


def _sidebar_state(state: ViewState, page_key: str) -> ViewState:
    """``state`` with the sidebar widgets' values of this run, read before they are drawn.

    The widgets are seeded from the URL (see ``_seed_widget``); a click on "Reset filters" in
    the run before clears the filters here, so this run already draws the unfiltered page.
    """
    arrived = st.session_state.get(_FRAME_PAGE) != page_key
    st.session_state[_FRAME_PAGE] = page_key
    _seed_widget(filters.PARAM_LANG, state.lang, arrived)
    _seed_widget(filters.PARAM_FACILITY, list(state.facilities), arrived)
    _seed_widget(filters.PARAM_COUNTRY, list(state.countries), arrived)
    _seed_widget(filters.PARAM_STATUS, list(state.statuses), arrived)
    if st.session_state.get(RESET_KEY):
        for key in filters.LIST_PARAMS:
            st.session_state[key] = []
    return replace(
        state,
        lang=str(st.session_state[filters.PARAM_LANG]),
        facilities=tuple(st.session_state[filters.PARAM_FACILITY]),
        countries=tuple(st.session_state[filters.PARAM_COUNTRY]),
        statuses=tuple(st.session_state[filters.PARAM_STATUS]),
    )


def render_sidebar(frame: Frame) -> None:
    """Draw the language, the filters and the page links into the frame's sidebar; every page calls this last.

    ``render_frame`` has read their values already. Drawn last, they follow the page's own
    elements over the websocket: after a marker click, the detail panel is no longer queued
    behind the sidebar's two dozen elements. The page is then whole: later map pages of the
    session draw at once (``maps.first_draw``).
    """
    state, dataset = frame.state, frame.dataset
    facility_names, country_names = frame.facility_names, frame.country_names
    # Countries a person can pick: those the data mentions (places and partners), not all 249.
    offered_countries = sorted(set(dataset.places["country"]) | set(dataset.partners["country"]) | set(state.countries))
    with frame.sidebar or st.sidebar:
        st.markdown(f"**{t('app.title')}**")
        st.selectbox(
            t("frame.language"),
            LANGUAGES,
            format_func=lambda code: LANGUAGE_NAMES.get(code, str(code)),
            key=filters.PARAM_LANG,
        )
        st.subheader(t("frame.filters"))
        st.multiselect(
            t("frame.facility"),
            list(facility_names),
            format_func=lambda f: _facility_option(f, facility_names),
            key=filters.PARAM_FACILITY,
            placeholder=t("frame.choose"),
        )
        st.multiselect(
            t("frame.country"),
            offered_countries,
            format_func=lambda c: _country_option(c, country_names),
            key=filters.PARAM_COUNTRY,
            placeholder=t("frame.choose"),
        )
        st.multiselect(
            t("frame.status"),
            list(STATUSES),
            format_func=lambda s: t(f"status.{s}"),
            key=filters.PARAM_STATUS,
            placeholder=t("frame.choose"),
        )
        if state.is_filtered and st.button(t("frame.reset"), icon=":material/restart_alt:", key=RESET_KEY):
            # The click reached a session that had not drawn the button before (a new session after
            # a reconnect), so ``_sidebar_state`` could not see it: clear the filters and run again.
            for key in filters.LIST_PARAMS:
                del st.session_state[key]
            write_url(replace(state, facilities=(), countries=(), statuses=()))
            st.rerun()
        st.divider()
        shared = filters.shared_params(state)
        with st.container(key=NAV_LINKS_KEY):
            for page in PAGES:
                if (ROOT / page.script).exists():
                    st.page_link(page.script, label=t(f"nav.{page.key}"), icon=page.icon, query_params=shared)
        # Last in the sidebar: each st.html holds a line's height until its code loads, and there
        # it pushes nothing down (at the top of the page it moved the whole page; sent before the
        # widgets, below their box, it was pushed down when they arrived). A link in a language's
        # name has its direction and font in the page's head already (components/page_head.py).
        _apply_direction(state.lang)
    first_draw.note_whole_page()


def write_url(state: ViewState, extra: Mapping[str, list[str]] | None = None) -> None:
    """Put ``state`` (and a page's own ``extra`` parameters) into the address bar, only when it differs."""
    wanted = filters.params_from_state(state) | dict(extra or {})
    current = _query_lists()
    if current != wanted:
        st.query_params.from_dict(wanted)
