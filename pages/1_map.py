"""Corridor map: every place and corridor, a selected place's details, distances, season and milestones."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st

from components import place_panels
from components.citation import render_citation
from components.data import load_distance_rows, load_place_texts
from components.geo import coordinates_by_id
from components.i18n import t
from components.layout import remember_clickable, render_frame, render_sidebar, write_url
from components.maps.clicks import MAP_EVENTS, map_view, show_map
from components.maps.first_draw import stop_until_drawn
from components.maps.layers import build_base_map, build_map_layers, shown_place_ids
from components.maps.tiles import operator_tiles
from components.selection import place_map

frame = render_frame("map")
dataset, lang = frame.dataset, frame.lang
# Names, labels and the places table of the frame's dataset, computed once per folder and language.
texts = load_place_texts(frame.folder, lang)
st.title(t("map_page.title"))
place_panels.render_run_counter()
st.caption(t("map_page.intro"))

site, year = place_panels.render_view_controls(dataset, frame.state, texts.labels, dt.date.today().year)
state = replace(frame.state, site=site, year=year)
write_url(state)

map_column, detail_column = st.columns([2, 1])
# The detail panel is written first: after a click it reaches the browser before the map's
# layers are built and rendered (tens of milliseconds), and columns keep their places whatever the order.
with detail_column:
    place_panels.render_place_detail(dataset, state, lang, shown_place_ids(frame.view.places, state.year))
layers = build_map_layers(dataset, frame.view.places, state, lang, labels=texts.labels)
with map_column:
    center, zoom = map_view(state.site, dataset.places)
    show_map(
        build_base_map(tiles=operator_tiles(), lang=lang, controls=True),
        key=place_panels.MAP_KEY,
        returned_objects=MAP_EVENTS,
        groups=layers.groups,
        control=layers.control,
        center=center,
        zoom=zoom,
    )
    # The frame reads the map's next click against these, before the picker is drawn.
    remember_clickable(place_panels.MAP_KEY, place_map(texts.labels, coordinates_by_id(dataset.places)))
    place_panels.render_year_note(dataset, year, texts.names)
    place_panels.render_legend()
    place_panels.render_boundaries_note()
stop_until_drawn()

place_panels.render_places_table(texts.table, layers.shown_places, lang)
place_panels.render_distances(dataset, load_distance_rows(frame.folder), texts.names)
place_panels.render_season(dataset, lang, texts.names)
place_panels.render_timeline(dataset, lang, year, texts.names)
render_citation(frame, state)
render_sidebar(frame)
