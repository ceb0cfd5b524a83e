"""Facilities: every facility of the zone as a card, narrowed by the shared filters, with a download."""

from __future__ import annotations

import streamlit as st

from components import filters
from components.citation import render_citation
from components.downloads import csv_download, render_downloads
from components.i18n import t
from components.layout import page_script, render_frame, render_sidebar
from components.panels import render_facility_cards, render_filter_summary

frame = render_frame("facilities")
dataset, state = frame.dataset, frame.state
st.title(t("facilities.title"))
shown = frame.view.facilities
facility_names = frame.facility_names
country_names = frame.country_names
render_filter_summary(state, len(shown), "facilities", facility_names, country_names)
render_downloads([csv_download("facilities", shown)], key="facilities_downloads")
render_facility_cards(
    shown, dataset.places, dataset.sources, frame.lang, page_script("map"), filters.shared_params(state)
)
render_citation(frame)
render_sidebar(frame)
