"""Map first: a session's first page, if it has a map, draws what lies below the map once the map has drawn.

On a cold load the browser's one main thread parses Streamlit's code, renders every element
of the run and then builds the map in its frame; the elements sent after the map delayed the
map's frame by about 300 ms (``bench/README.md``). So the first run of a session draws the
page down to its map and stops (``stop_until_drawn``); the map reports that it has drawn
(``maps.reports.ReportDrawn``, asked for by naming ``drawn`` among the returned objects),
which reruns the page, now whole. Widgets above a map wait too, in empty boxes of their height
(``place_panels.render_view_controls``). Once a page has been drawn whole (a map page after its
report, or any page: ``note_whole_page``), later pages draw at once: Streamlit's code is loaded
by then, and a page switch must not take the sidebar away while a map draws. A new session
after a reconnect asks again, and the mounted map answers again.
"""

from __future__ import annotations

from collections.abc import Mapping

from components.maps.reports import DRAWN
from components.reserved import MAP_HEIGHTS

# Session state: this session has drawn a page whole (set by a map's report or a page's last call; never cleared).
DRAWN_STATE_KEY = "page_drawn_whole"
# The note a page shows below its map while it waits.
WAITING_KEY = "waiting_for_map"
# What a browser watching the page (the browser tests, the bench) waits for: connected, no script
# running, and no page waiting for its map. Then what a person sees is settled.
WHOLE_PAGE_SELECTOR = (
    "[data-testid='stApp'][data-test-script-state='notRunning'][data-test-connection-state='CONNECTED']"
    f":not(:has(.st-key-{WAITING_KEY}))"
)


def reports_drawn(*events: object) -> bool:
    """Whether any of these map events (the component's value, or its copy in session state) says the map has drawn."""
    return any(isinstance(event, Mapping) and event.get(DRAWN) is True for event in events)


def asked_objects(returned_objects: tuple[str, ...]) -> tuple[str, ...]:
    """The returned objects to give st_folium: ``returned_objects``, and ``drawn`` while the session waits for its first map."""
    return (*returned_objects, DRAWN) if waiting() else returned_objects


def waiting() -> bool:
    """Whether this session still waits for its first page's map to draw.

    A map's report is read where streamlit-folium's callback copies it, under the map's key, before
    the run starts: so the report's own run draws whole from its first line, and asks no more.
    """
    import streamlit as st

    if st.session_state.get(DRAWN_STATE_KEY) is True:
        return False
    if reports_drawn(*(st.session_state.get(key) for key in MAP_HEIGHTS)):
        st.session_state[DRAWN_STATE_KEY] = True
        return False
    return True


def note_drawn(*events: object) -> None:
    """Remember for the session that a map has drawn, if one of ``events`` says so (a value the
    callback did not copy: a new session's first run after a reconnect)."""
    import streamlit as st

    if reports_drawn(*events):
        st.session_state[DRAWN_STATE_KEY] = True


def note_whole_page() -> None:
    """Remember that this session has drawn a page whole (every page's last call: ``layout.render_sidebar``)."""
    import streamlit as st

    st.session_state[DRAWN_STATE_KEY] = True


def stop_until_drawn() -> None:
    """End this run here, below the map, with a short note, until the session's first map has drawn."""
    import streamlit as st

    from components.i18n import t

    if not waiting():
        return
    with st.container(key=WAITING_KEY):
        st.caption(t("map.waiting"))
    st.stop()
