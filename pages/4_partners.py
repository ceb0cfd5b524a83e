"""Partner countries: the named partners on a world map coloured by relation, the totals, and a table.

Clicking a country on the map or choosing a table row puts it into the shared country filter.
"""

from __future__ import annotations

import streamlit as st

from components.downloads import csv_download, render_downloads
from components.i18n import names_by_id, t
from components.layout import render_frame, request_countries, select_countries
from components.maps import show_map
from components.panels import render_filter_summary
from components.partner_map import (
    build_partner_base_map,
    build_partner_features,
    build_partner_layer,
    selection_from_event,
)
from components.partner_panels import (
    build_partner_countries,
    build_partner_rows,
    build_region_rows,
    relation_labels,
    render_partner_table,
    render_partner_totals,
    render_regions,
    render_relation_legend,
    render_selected_partners,
)

frame = render_frame("partners")
dataset, state = frame.dataset, frame.state
st.title(t("partners.title"))
country_names = names_by_id(dataset.countries, "iso3", frame.lang)
facility_names = names_by_id(dataset.facilities, "id", frame.lang)
partners = frame.view.partners
named = build_partner_countries(dataset.partners, dataset.countries, country_names)
render_partner_totals(dataset.figures, dataset.sources, len(named))

shown_countries = build_partner_countries(partners, dataset.countries, country_names)
render_filter_summary(state, len(shown_countries), "partner_countries", facility_names, country_names)
render_selected_partners(state.countries, dataset.partners, country_names, dataset.sources)

features = build_partner_features(shown_countries, relation_labels(frame.lang), selected=state.countries)
event = show_map(build_partner_base_map(), key="partners_map", height=460, groups=[build_partner_layer(features)])
clicked = selection_from_event(event, tuple(shown_countries["iso3"]))
if clicked and state.countries != (clicked,):
    request_countries([clicked])
render_relation_legend([r for relations in shown_countries["relations"] for r in relations])

rows = build_partner_rows(partners, country_names, dataset.sources, frame.lang)
render_partner_table(rows, key="partners_table", on_pick=select_countries)
render_downloads([csv_download("partners", rows)], key="partners_downloads")
render_regions(build_region_rows(dataset.regions, country_names, dataset.sources, frame.lang))
