"""The plain streamlit-folium peer for the benchmark: the same places, written as its README teaches.

One ``folium.Marker`` per place with a tooltip, a ``PolyLine`` per corridor, ``st_folium``
with its defaults (every event returned), and an ``st.dataframe`` of the places. It uses the
dashboard's local assets (``components.assets``), so both pages load the same files and the
difference is how the page is built, not where Leaflet comes from. bench/run.py times it
interleaved with the dashboard's pages; the budget of issue 16 is the dashboard's cold time
to first marker at most 0.75 x this page's.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

ROOT = Path(__file__).resolve().parent.parent
# Run as `streamlit run bench/peer_app.py`, the repository's own modules are not on the path.
sys.path.insert(0, str(ROOT))
from components.assets import use_local_assets  # noqa: E402

use_local_assets()
folder = Path(os.environ.get("DASHBOARD_DATA_DIR") or ROOT / "data")
places = pd.read_csv(folder / "places.csv", keep_default_na=False)
corridors = pd.read_csv(folder / "corridors.csv", keep_default_na=False)
where = {row.id: (row.lat, row.lon) for row in places.itertuples()}

st.title("Kashgar–Gwadar corridor")
m = folium.Map(location=(33.0, 68.5), zoom_start=5)
for row in places.itertuples():
    folium.Marker((row.lat, row.lon), tooltip=str(row.name_en)).add_to(m)
for row in corridors.itertuples():
    points = [where[p] for p in str(row.waypoints).split(";") if p in where]
    if len(points) >= 2:
        folium.PolyLine(points, tooltip=str(row.name_en)).add_to(m)
st_folium(m, width=1000, height=560)
st.dataframe(places[["name_en", "kind", "country", "lat", "lon"]])
