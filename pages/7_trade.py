"""Trade and traffic over time: one chart per indicator, each point's source on hover and in a table."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st

from components.citation import render_citation
from components.data import load_place_texts
from components.i18n import t
from components.layout import render_frame, render_sidebar, write_url
from components.panels import render_filter_summary
from components.trade import build_observations
from components.trade_panels import render_as_of, render_indicators, render_trade_download

frame = render_frame("trade")
dataset, lang = frame.dataset, frame.lang
st.title(t("trade.title"))
st.caption(t("trade.intro"))

year = render_as_of(dataset.figures, frame.state, dt.date.today().year)
state = replace(frame.state, year=year)
write_url(state)
subject_names = load_place_texts(frame.folder, lang).names
country_names = frame.country_names
observations = build_observations(frame.view.figures, dataset.sources, subject_names, country_names, lang, year)
render_filter_summary(frame.state, len(observations), "trade_figures", frame.facility_names, country_names)
if year is not None:
    st.caption(t("trade.as_of_note", year=year))
render_indicators(observations, lang)
render_trade_download(observations, lang)
render_citation(frame, state)
render_sidebar(frame)
