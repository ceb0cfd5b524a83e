"""The server's garbage collector: startup objects frozen out of full collections, later garbage still collected."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from collections.abc import Iterator

import pytest

from components.collector import LIBRARIES, freeze_startup_objects, import_components


@pytest.fixture
def unfrozen() -> Iterator[None]:
    # The test process must not keep what it freezes: everything frozen goes back to the collector.
    yield
    gc.unfreeze()


def test_freezing_imports_every_page_module_and_freezes_what_is_alive(unfrozen: None) -> None:
    """After the call the libraries and every components module are imported, and the objects
    alive then (a module's function, say) are frozen: full collections no longer walk them."""
    frozen = freeze_startup_objects()
    assert frozen > 10_000
    assert frozen == gc.get_freeze_count()
    assert all(name in sys.modules for name in LIBRARIES)
    assert {"components.trade", "components.network", "components.maps.routes"} <= set(import_components())
    assert sys.modules["components.trade"].build_chart not in gc.get_objects()


class Node:
    """An object that can be part of a reference cycle."""

    other: Node | None = None


def test_cycles_made_after_the_freeze_are_still_collected(unfrozen: None) -> None:
    """Sessions, caches and maps made later are collected as before: a cycle dropped is freed."""
    freeze_startup_objects()
    first, second = Node(), Node()
    first.other, second.other = second, first
    gone = weakref.ref(first)
    del first, second
    gc.collect()
    assert gone() is None


def test_freezing_leaves_the_map_component_undeclared() -> None:
    """streamlit_folium is not imported at startup: its import declares the component, and declared
    before the server runs a page, the map's frame files were never served (every map page waited)."""
    script = "import sys; from components.collector import freeze_startup_objects as f; f(); print(sorted(sys.modules))"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    imported = run.stdout
    assert "'folium'" in imported and "'components.maps.clicks'" in imported
    assert "streamlit_folium" not in imported
