"""One click mechanism: an event from a map or a table, turned into the next view state.

Every clickable widget (the /map markers, the /partners map, the /partners table) records,
when it is drawn, what its events can name: a ``Clickable``. On the next run, before any
widget is drawn, the frame (``layout.render_frame``) hands the widget's latest event to
``state_after_event``, which returns the new ``ViewState``; the frame seeds the sidebar and
picker from it, so a click needs no extra run. Widgets repeat their last event on every
run: an event whose signature was seen before changes nothing, so the picker and sidebar
can still change the selection after a click. Pure: no streamlit import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from components.filters import PARAM_COUNTRY, PARAM_SITE, ViewState
from components.geo import LatLon
from components.maps.clicks import click_signature, selection_from_map_event
from components.partner_map import selection_from_event as country_from_map_event

Signature = tuple[object, ...]


@dataclass(frozen=True)
class Clickable:
    """What a drawn map or table can select, recorded when it is drawn; its next event is read against it.

    Attributes:
        selects: The view state field a pick sets: ``PARAM_SITE`` (a place) or ``PARAM_COUNTRY``
            (the country filter, which a pick replaces with the one country).
        table: Whether events are a table's row selections (else map click events).
        labels: Place id -> tooltip text, for a place map (``maps.layers.place_labels``).
        coordinates: Place id -> (lat, lon), for a place-map click that reports no tooltip.
        codes: ISO3 codes: those drawn on a country map, or each table row's, in row order.
    """

    selects: str
    table: bool = False
    labels: Mapping[str, str] = field(default_factory=dict)
    coordinates: Mapping[str, LatLon] = field(default_factory=dict)
    codes: tuple[str, ...] = ()


def place_map(labels: Mapping[str, str], coordinates: Mapping[str, LatLon]) -> Clickable:
    """A map whose marker clicks select a place (the /map page)."""
    return Clickable(PARAM_SITE, labels=labels, coordinates=coordinates)


def country_map(codes: tuple[str, ...]) -> Clickable:
    """A map whose country clicks set the country filter to the country clicked (the /partners map)."""
    return Clickable(PARAM_COUNTRY, codes=codes)


def country_table(codes: tuple[str, ...]) -> Clickable:
    """A table whose chosen row sets the country filter to that row's country; ``codes`` in row order."""
    return Clickable(PARAM_COUNTRY, table=True, codes=codes)


def _selected_rows(event: object) -> tuple[int, ...] | None:
    # A dataframe's event: {"selection": {"rows": [3], "columns": [], "cells": []}}.
    selection = event.get("selection") if isinstance(event, Mapping) else None
    rows = selection.get("rows") if isinstance(selection, Mapping) else None
    if not isinstance(rows, list | tuple):
        return None
    return tuple(row for row in rows if isinstance(row, int) and not isinstance(row, bool))


def event_signature(clickable: Clickable, event: object) -> Signature | None:
    """What identifies one event of the widget (None when it reports none).

    A map's is its click (tooltip, point, count: a second click on the same marker raises the
    count); a table's is the rows chosen, so choosing a row again after clearing it is new.
    """
    if clickable.table:
        rows = _selected_rows(event)
        return None if rows is None else ("rows", rows)
    return click_signature(event) if isinstance(event, Mapping) else None


def picked_by(clickable: Clickable, event: object) -> str | None:
    """The place id or ISO3 code an event names, or None when it names nothing the widget drew."""
    if clickable.table:
        rows = _selected_rows(event)
        if rows and 0 <= rows[0] < len(clickable.codes):
            return clickable.codes[rows[0]]
        return None
    if not isinstance(event, Mapping):
        return None
    if clickable.selects == PARAM_SITE:
        return selection_from_map_event(event, clickable.labels, clickable.coordinates)
    return country_from_map_event(event, clickable.codes) or None


def state_after_event(
    state: ViewState, clickable: Clickable, event: object, seen: Signature | None = None
) -> tuple[ViewState, Signature | None]:
    """The view state after a widget's event, and the signature to remember as seen.

    Args:
        state: The view state before the event (the URL's, with the widgets' current values).
        clickable: What the widget drew (recorded when it was drawn).
        event: The widget's latest event, as Streamlit keeps it under the widget's key.
        seen: The signature of the last event already applied for this widget.

    Returns:
        ``state`` unchanged when the event was seen before or names nothing drawn; otherwise
        ``state`` with the place selected or the country filter set to the one country.
    """
    signature = event_signature(clickable, event)
    if signature is None or signature == seen:
        return state, seen
    picked = picked_by(clickable, event)
    if picked is None:
        return state, signature
    if clickable.selects == PARAM_SITE:
        return replace(state, site=picked), signature
    return replace(state, countries=(picked,)), signature
