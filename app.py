"""Overview: the corridor on a map and the headline figures, each with its source."""

from __future__ import annotations

import streamlit as st

from components.i18n import t
from components.layout import render_frame
from components.maps import build_overview_map, show_map
from components.panels import render_headline_figures

frame = render_frame("overview")
dataset = frame.dataset
st.title(t("overview.title"))
show_map(build_overview_map(dataset.places, dataset.corridors), key="overview_map")
render_headline_figures(dataset.figures, dataset.sources)
