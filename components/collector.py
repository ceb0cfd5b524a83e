"""The server process's garbage collector: what lives for the whole process is kept out of its full collections.

Python's full (generation 2) collection walks every container object the process holds. In
the dashboard's server that is mostly what never dies: Streamlit, pandas, folium and our
modules, their classes, functions and templates. Each full collection took 70-100 ms here, came
every page load or two, and stopped the script that was drawing a page. Frozen (``gc.freeze``),
those objects are left out of every later collection: full collections took 5-12 ms. Objects
made afterwards (sessions, caches, maps) are collected as before.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
from collections.abc import Iterable

# Imported by pages only when they first run; imported here so they are frozen too. Not
# streamlit_folium: importing it declares its component, which must happen in a script run (the
# server answers the component's files only once a run has declared it).
LIBRARIES = ("folium", "folium.plugins", "branca", "jinja2", "pandas")


def import_components() -> list[str]:
    """Import every module of the ``components`` package (pages import them lazily); their names."""
    import components

    names = [info.name for info in pkgutil.walk_packages(components.__path__, "components.")]
    for name in names:
        importlib.import_module(name)
    return names


def freeze_startup_objects(libraries: Iterable[str] = LIBRARIES) -> int:
    """Import what every page needs, collect what is already garbage, then freeze everything alive.

    Call once, in the server process, before it serves anyone: whatever is alive now is never
    looked at by the cyclic collector again (reference counting still frees it). Returns how
    many objects are frozen.
    """
    for name in libraries:
        importlib.import_module(name)
    import_components()
    # Garbage frozen now could never be collected: collect first.
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
