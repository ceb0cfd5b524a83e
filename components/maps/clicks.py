"""Map clicks: a streamlit-folium event decoded into a place id, and the one st_folium call.

``selection_from_map_event`` and ``click_signature`` are pure and read events as the
component reports them (``last_object_clicked_tooltip``, ``last_object_clicked``,
``last_object_clicked_count``); ``components.selection`` uses them to turn a click into the
next view state. ``map_view`` says where the map moves for a selection. ``show_map`` is the
dashboard's only ``st_folium`` call and the only streamlit code of ``components.maps``; its
maps ask for click events only (``MAP_EVENTS``), so panning and zooming never rerun a page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import folium
import pandas as pd
from branca.element import Element

from components.escape import plain_line
from components.geo import haversine_km
from components.maps import first_draw
from components.maps.reports import ClickCountFromNull, ReportClicksNow, ReportDrawn
from components.reserved import MAP_HEIGHTS, map_box_key

# Zoom the map moves to when a place is selected: the place and its neighbours in view.
SELECTED_ZOOM = 7


def selection_from_map_event(
    event: Mapping[str, object] | None,
    labels: Mapping[str, str],
    coordinates: Mapping[str, tuple[float, float]] | None = None,
    tolerance_km: float = 1.0,
) -> str | None:
    """The place id a map click selects, or None when the click was not on a place.

    The tooltip text (as the browser reports it: unescaped and trimmed) is matched against
    ``labels``. Only when the event has no tooltip, the nearest place within
    ``tolerance_km`` of ``last_object_clicked`` is taken, if exactly one place is there
    (several places share Kashgar's point). A tooltip that names no place (a corridor line)
    selects nothing.
    """
    if not isinstance(event, Mapping):
        return None
    tooltip = event.get("last_object_clicked_tooltip")
    if isinstance(tooltip, str) and tooltip.strip():
        wanted = plain_line(tooltip)
        matches = [place_id for place_id, label in labels.items() if plain_line(label) == wanted]
        return matches[0] if len(matches) == 1 else None
    clicked = event.get("last_object_clicked")
    if not coordinates or not isinstance(clicked, Mapping):
        return None
    try:
        point = (float(clicked["lat"]), float(clicked["lng"]))
    except (KeyError, TypeError, ValueError):
        return None
    near = [place_id for place_id, where in coordinates.items() if haversine_km(point, where) <= tolerance_km]
    return near[0] if len(near) == 1 else None


def click_signature(event: Mapping[str, object] | None) -> tuple[object, ...] | None:
    """What identifies one click in a map event (tooltip, point, count), or None if there was no click.

    The component keeps returning its last event on later runs; comparing signatures tells a
    new click (including a second click on the same marker, which raises the count) from an old one.
    """
    if not isinstance(event, Mapping):
        return None
    clicked = event.get("last_object_clicked")
    point = (clicked.get("lat"), clicked.get("lng")) if isinstance(clicked, Mapping) else None
    signature = (event.get("last_object_clicked_tooltip"), point, event.get("last_object_clicked_count"))
    return None if signature == (None, None, None) else signature


def map_view(site: str, places: pd.DataFrame) -> tuple[tuple[float, float] | None, int | None]:
    """The (center, zoom) st_folium should move to: the selected place, or (None, None) to leave the view."""
    row = places[places["id"] == site]
    if not site or row.empty:
        return None, None
    return (float(row["lat"].iloc[0]), float(row["lon"].iloc[0])), SELECTED_ZOOM


# Objects whose change reruns the page: clicks only (pan and zoom never do).
MAP_EVENTS = ("last_object_clicked_tooltip", "last_object_clicked", "last_object_clicked_count")


def show_map(
    m: folium.Map,
    key: str,
    returned_objects: tuple[str, ...] = ("last_object_clicked_tooltip",),
    groups: Sequence[folium.FeatureGroup] | None = None,
    control: folium.LayerControl | None = None,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
) -> dict[str, object]:
    """Draw a map with streamlit-folium: the one st_folium call of the dashboard.

    The map is ``MAP_HEIGHTS[key]`` pixels high, drawn in a keyed box whose height the page's
    head reserves. Only the keys in ``returned_objects`` rerun the script, so panning and zooming never do.
    ``groups`` (and the ``control`` listing them) are swapped into the mounted map
    (``feature_group_to_add``) rather than baked into it, and ``center``/``zoom`` move it, so
    neither re-mounts the map. The latest event is also kept in ``st.session_state[key]``,
    where the page reads it before drawing widgets. While the session waits for its first
    map, the map is asked to report that it has drawn (``first_draw``).
    The map and its layers are used up: once drawn they are taken apart (``release_map``).
    """
    import streamlit as st
    from streamlit_folium import st_folium

    if "last_object_clicked_count" in returned_objects:
        ClickCountFromNull().add_to(m)
    if returned_objects:
        ReportClicksNow().add_to(m)
    # First among the map's scripts: its report is scheduled even if a later part of the map fails,
    # so a broken map cannot keep the rest of the page away (components.maps.first_draw).
    m.add_child(ReportDrawn(), index=0)
    try:
        with st.container(key=map_box_key(key)):
            event = st_folium(
                m,
                key=key,
                height=MAP_HEIGHTS[key],
                use_container_width=True,
                returned_objects=list(first_draw.asked_objects(returned_objects)),
                feature_group_to_add=list(groups) if groups is not None else None,
                layer_control=control,
                center=center,
                zoom=zoom,
            )
    finally:
        release_map(m.get_root(), m, *(groups or ()), *([control] if control is not None else []))
    first_draw.note_drawn(event)
    return map_event(event)


def map_event(value: object) -> dict[str, object]:
    """The component's value as an event; a value crafted over the websocket (a list, a number) is none."""
    return dict(value) if isinstance(value, Mapping) else {}


def release_map(*elements: Element) -> None:
    """Take rendered folium elements apart so their memory is freed now, not at the next full collection.

    Every element points to its parent and its parent to it, so a map's tree (with the text
    it rendered: a quarter of a megabyte for 5,000 places) is a reference cycle that only
    Python's full garbage collection frees; each run left one behind until then, and
    concurrent sessions held several at once. Removing the links lets reference counting free
    the tree as soon as the page drops it. The elements must not be used afterwards.
    """
    pending = list(elements)
    seen: set[int] = set()
    while pending:
        element = pending.pop()
        if id(element) in seen:
            continue
        seen.add(id(element))
        children = getattr(element, "_children", None)
        if children:
            pending.extend(children.values())
            children.clear()
        if getattr(element, "_parent", None) is not None:
            element._parent = None
