"""Sources: every source with what cites it, the licences, the data dictionary and downloads of the view."""

from __future__ import annotations

import streamlit as st

from components.citation import cite_all, current_citation, render_citation
from components.data import default_data_dir
from components.downloads import (
    build_corridors_geojson,
    build_places_geojson,
    csv_download,
    geojson_download,
    render_downloads,
)
from components.i18n import t
from components.layout import render_frame, render_sidebar
from components.panels import render_filter_summary
from components.partner_panels import build_partner_rows
from components.source_panels import (
    build_licences,
    build_source_usage,
    render_data_dictionary,
    render_licences,
    render_source_table,
)

frame = render_frame("sources")
dataset, state = frame.dataset, frame.state
st.title(t("sources.title"))
st.header(t("sources.cited"))
render_source_table(build_source_usage(dataset))

st.header(t("sources.downloads"))
view = frame.view
country_names = frame.country_names
partners = build_partner_rows(view.partners, country_names, dataset.sources, frame.lang)
render_filter_summary(state, len(view.places), "places", frame.facility_names, country_names)
render_downloads(
    [
        csv_download("places", view.places),
        csv_download("facilities", view.facilities),
        csv_download("figures", view.figures),
        csv_download("partners", partners),
    ],
    key="sources_csv",
)
cite = cite_all(current_citation(frame), frame.lang)
render_downloads(
    [
        geojson_download("places", build_places_geojson(view.places), cite),
        geojson_download("corridors", build_corridors_geojson(view.corridors, dataset.places), cite),
    ],
    key="sources_geojson",
)

st.header(t("sources.licences"))
render_licences(build_licences(dataset.sources, frame.lang))
render_data_dictionary(default_data_dir() / "README.md", frame.lang)
render_citation(frame)
render_sidebar(frame)
