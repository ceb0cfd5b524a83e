"""Companies: the published company counts as observations over time and scope, and register breakdowns."""

from __future__ import annotations

import streamlit as st

from components.citation import render_citation
from components.data import load_place_texts
from components.downloads import csv_download, render_downloads
from components.i18n import t
from components.layout import render_frame, render_sidebar
from components.panels import (
    build_company_observations,
    render_company_breakdowns,
    render_company_observations,
    render_filter_summary,
)

frame = render_frame("companies")
dataset, state = frame.dataset, frame.state
st.title(t("companies.title"))
subject_names = load_place_texts(frame.folder, frame.lang).names
observations = build_company_observations(frame.view.figures, subject_names, frame.lang)
facility_names = frame.facility_names
country_names = frame.country_names
render_filter_summary(state, len(observations), "observations", facility_names, country_names)
render_company_observations(observations, dataset.sources)
render_downloads([csv_download("company_figures", observations)], key="companies_downloads")
render_company_breakdowns(frame.view.companies, country_names, facility_names)
render_citation(frame)
render_sidebar(frame)
