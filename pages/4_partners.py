"""Partner countries: the named partners on a world map coloured by relation, the totals, and a table.

Clicking a country on the map or choosing a table row puts it into the shared country filter:
both widgets record what they drew (``layout.remember_clickable``), and the frame applies their
next event before the sidebar is drawn (``components.selection``).
"""

from __future__ import annotations

import streamlit as st

from components.citation import render_citation
from components.downloads import csv_download, render_downloads
from components.i18n import t
from components.layout import remember_clickable, render_frame, render_sidebar
from components.maps.clicks import MAP_EVENTS, show_map
from components.maps.first_draw import stop_until_drawn
from components.panels import render_filter_summary
from components.partner_map import (
    build_partner_base_map,
    build_partner_features,
    build_partner_layer,
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
from components.selection import country_map, country_table

# Widget keys of the map and the table: Streamlit keeps each one's latest event under it.
MAP_KEY = "partners_map"
TABLE_KEY = "partners_table"

frame = render_frame("partners")
dataset, state = frame.dataset, frame.state
st.title(t("partners.title"))
country_names = frame.country_names
facility_names = frame.facility_names
partners = frame.view.partners
named = build_partner_countries(dataset.partners, dataset.countries, country_names)
render_partner_totals(dataset.figures, dataset.sources, len(named))

shown_countries = build_partner_countries(partners, dataset.countries, country_names)
render_filter_summary(state, len(shown_countries), "partner_countries", facility_names, country_names)
render_selected_partners(state.countries, dataset.partners, country_names, dataset.sources)

features = build_partner_features(shown_countries, relation_labels(frame.lang), selected=state.countries)
show_map(
    build_partner_base_map(),
    key=MAP_KEY,
    returned_objects=MAP_EVENTS,
    groups=[build_partner_layer(features)],
)
remember_clickable(MAP_KEY, country_map(tuple(shown_countries["iso3"])))
render_relation_legend([r for relations in shown_countries["relations"] for r in relations])
stop_until_drawn()

rows = build_partner_rows(partners, country_names, dataset.sources, frame.lang)
render_partner_table(rows, key=TABLE_KEY)
remember_clickable(TABLE_KEY, country_table(tuple(rows["iso3"])))
render_downloads([csv_download("partners", rows)], key="partners_downloads")
render_regions(build_region_rows(dataset.regions, country_names, dataset.sources, frame.lang))
render_citation(frame)
render_sidebar(frame)
