"""Overview: what the corridor is, the corridor on a map, the headline figures with their rivals, the exports."""

from __future__ import annotations

import streamlit as st

from components.i18n import t
from components.layout import render_frame
from components.maps import build_overview_map, show_map
from components.panels import render_corridor_description, render_headline_figures, render_products
from components.place_panels import load_place_texts

frame = render_frame("overview")
dataset = frame.dataset
st.title(t("overview.title"))
render_corridor_description()
labels = load_place_texts(frame.folder, frame.lang).labels
show_map(build_overview_map(dataset.places, dataset.corridors, lang=frame.lang, labels=labels), key="overview_map")
render_headline_figures(dataset.figures, dataset.sources, dataset.places)
render_products(dataset.products, dataset.sources, frame.lang)
