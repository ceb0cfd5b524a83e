"""Overview: what the corridor is, the corridor on a map, the headline figures with their rivals, the exports."""

from __future__ import annotations

import streamlit as st

from components.citation import render_citation
from components.data import load_place_texts
from components.i18n import t
from components.layout import render_frame, render_sidebar
from components.maps.clicks import show_map
from components.maps.first_draw import stop_until_drawn
from components.maps.layers import build_base_map, build_overview_layers
from components.maps.tiles import operator_tiles
from components.panels import (
    render_corridor_description,
    render_filter_summary,
    render_headline_figures,
    render_products,
)

frame = render_frame("overview")
dataset = frame.dataset
st.title(t("overview.title"))
render_corridor_description()
labels = load_place_texts(frame.folder, frame.lang).labels
# One container whatever the filters, so the map's box below keeps its place and is not re-mounted.
with st.container(key="overview_summary"):
    if frame.state.is_filtered:
        # The sidebar's filters narrow the map's places here as on every other page.
        render_filter_summary(
            frame.state,
            len(frame.view.places),
            "places",
            frame.facility_names,
            frame.country_names,
        )
groups, control = build_overview_layers(
    dataset.places, dataset.corridors, lang=frame.lang, labels=labels, shown_places=frame.view.places
)
show_map(
    build_base_map(tiles=operator_tiles(), lang=frame.lang),
    key="overview_map",
    groups=groups,
    control=control,
    returned_objects=(),
)
stop_until_drawn()
render_headline_figures(dataset.figures, dataset.sources, dataset.places)
render_products(dataset.products, dataset.sources, frame.lang)
render_citation(frame)
render_sidebar(frame)
