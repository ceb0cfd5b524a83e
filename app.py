"""Overview: what the corridor is, the corridor on a map, the headline figures with their rivals, the exports."""

from __future__ import annotations

import streamlit as st

from components.citation import render_citation
from components.i18n import names_by_id, t
from components.layout import render_frame
from components.maps import build_base_map, build_overview_layers, operator_tiles, show_map
from components.panels import (
    render_corridor_description,
    render_filter_summary,
    render_headline_figures,
    render_products,
)
from components.place_panels import load_place_texts

frame = render_frame("overview")
dataset = frame.dataset
st.title(t("overview.title"))
render_corridor_description()
labels = load_place_texts(frame.folder, frame.lang).labels
shown = None
if frame.state.is_filtered:
    # The sidebar's filters narrow the map's places here as on every other page.
    places_view = frame.view.places
    render_filter_summary(
        frame.state,
        len(places_view),
        "places",
        names_by_id(dataset.facilities, "id", frame.lang),
        names_by_id(dataset.countries, "iso3", frame.lang),
    )
    shown = set(places_view["id"])
groups, control = build_overview_layers(dataset.places, dataset.corridors, lang=frame.lang, labels=labels, shown=shown)
show_map(
    build_base_map(tiles=operator_tiles(), lang=frame.lang),
    key="overview_map",
    groups=groups,
    control=control,
    returned_objects=(),
)
render_headline_figures(dataset.figures, dataset.sources, dataset.places)
render_products(dataset.products, dataset.sources, frame.lang)
render_citation(frame)
