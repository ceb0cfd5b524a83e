"""Streamlit's own floor for the benchmark: its JavaScript, the websocket and one script run.

bench/run.py times this page exactly like the dashboard and subtracts it, so what is left
is the dashboard's own cost (its script run, the map component and the map's assets).
"""

import streamlit as st

# The benchmark waits for this text in a markdown element.
st.write("bench-floor-ready")
