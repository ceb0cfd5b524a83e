"""Route planner: how goods get from one place to another over the legs in the data, and what the trip crosses."""

from __future__ import annotations

import streamlit as st

from components import route_panels
from components.citation import render_citation
from components.data import load_network, load_place_texts, load_stated_vs_measured
from components.escape import escape_markdown
from components.i18n import t
from components.layout import render_frame, render_sidebar, write_url
from components.maps.clicks import show_map
from components.maps.elements import remembering_layer_control
from components.maps.first_draw import stop_until_drawn
from components.maps.layers import build_base_map
from components.maps.routes import build_route_layers
from components.maps.tiles import operator_tiles
from components.network import plan_routes
from components.route_query import params_from_query, query_from_params

ROUTE_MAP_KEY = "route_map"

frame = render_frame("routes")
dataset, lang = frame.dataset, frame.lang
network = load_network(frame.folder)
place_texts = load_place_texts(frame.folder, lang)
names = place_texts.names
st.title(t("routes.title"))
st.caption(t("routes.intro"))

asked, notices = query_from_params(frame.params, network)
for notice in notices:
    st.warning(t("frame.ignored_value", param=notice.param, value=escape_markdown(notice.value)), icon="⚠️")
# The pickers show each place's label: unique, so the browser's choice names one place.
query = route_panels.render_route_controls(network, asked, place_texts.labels, lang, frame.arrived)
write_url(frame.state, params_from_query(query))
plan = plan_routes(network, query)

map_column, summary_column = st.columns([3, 2])
with map_column:
    layers = build_route_layers(network, plan.routes, names, lang, focus=(query.start, query.end))
    # No event reruns this page: pan, zoom and clicks stay in the browser.
    show_map(
        build_base_map(tiles=operator_tiles(), lang=lang),
        key=ROUTE_MAP_KEY,
        returned_objects=(),
        groups=layers.groups,
        control=remembering_layer_control(),
        center=layers.center,
        zoom=layers.zoom,
    )
    st.caption(t("routes.map_note"))
with summary_column:
    route_panels.render_routes(plan, network, dataset, names, lang)
stop_until_drawn()

route_panels.render_stated_vs_measured(load_stated_vs_measured(frame.folder, lang))
# A route's legs are part of what the page shows: their sources are cited with the view's.
route_sources = [
    source for route in plan.routes for leg in route.legs for source in (*leg.sources, *leg.length_sources)
]
render_citation(frame, extra=params_from_query(query), extra_sources=route_sources)
render_sidebar(frame)
