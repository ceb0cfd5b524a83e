"""Unit tests of components.assets: every browser asset of every map is served by the app."""

from __future__ import annotations

from pathlib import Path

import folium
import folium.plugins
import pytest

from components.assets import (
    COMPONENT_STATIC_BASE,
    MAP_BUNDLE_JS,
    MAP_BUNDLE_MEMBERS,
    STATIC_DIR,
    asset_links,
    bundle_text,
    use_local_assets,
)
from components.maps.elements import WorldOutlines

# The plugins the dashboard uses; each must resolve to vendored files.
USED = [
    folium.Map,
    folium.plugins.Fullscreen,
    folium.plugins.MeasureControl,
    folium.plugins.MiniMap,
    folium.plugins.MarkerCluster,
    folium.plugins.FastMarkerCluster,
]


def _links_of(cls: type) -> list[str]:
    return [url for _, url in getattr(cls, "default_js", [])] + [url for _, url in getattr(cls, "default_css", [])]


@pytest.mark.parametrize("cls", USED, ids=lambda c: c.__name__)
def test_used_classes_load_only_vendored_files(cls: type) -> None:
    """Each class the map uses points at files that exist under static/."""
    use_local_assets()
    for url in _links_of(cls):
        assert url.startswith(COMPONENT_STATIC_BASE), url
        assert (STATIC_DIR / url.removeprefix(COMPONENT_STATIC_BASE)).is_file(), url


def test_bootstrap_is_not_loaded() -> None:
    """Bootstrap and glyphicons are not needed by the map and are not loaded."""
    use_local_assets()
    assert not any("bootstrap" in url for url in _links_of(folium.Map))


def test_map_links_include_outline_client() -> None:
    """A map with the offline outlines loads the TopoJSON client from static/."""
    m = folium.Map(tiles=None)
    WorldOutlines(COMPONENT_STATIC_BASE).add_to(m)
    links = asset_links(m)
    assert any(url.endswith("topojson-client.min.js") for url in links)
    assert all(url.startswith(COMPONENT_STATIC_BASE) for url in links)


def test_vendored_packages_carry_their_licences() -> None:
    """Every vendored package folder ships its licence file."""
    vendor = STATIC_DIR / "vendor"
    folders = [p for p in vendor.iterdir() if p.is_dir()]
    assert folders
    for folder in folders:
        assert any(p.name.upper().startswith(("LICENSE", "MIT-LICENCE")) for p in folder.iterdir()), folder


def test_leaflet_setup_script_is_loaded_right_after_leaflet() -> None:
    """The image-path fix runs before any marker is created."""
    use_local_assets()
    names = [name for name, _ in folium.Map.default_js]
    assert names.index("leaflet_setup") == names.index("leaflet") + 1


def test_static_assets_exist_on_disk() -> None:
    """The outlines file is the Natural Earth TopoJSON from world-atlas."""
    outlines = Path(STATIC_DIR, "vendor/world-atlas/countries-110m.json")
    assert outlines.stat().st_size > 100_000


def test_map_bundle_is_its_members_joined() -> None:
    """static/app/map-bundle.js is up to date with the vendored files (else: make vendor)."""
    assert (STATIC_DIR / MAP_BUNDLE_JS).read_text("utf-8") == bundle_text()


def test_map_bundle_runs_leaflet_first_and_links_no_source_maps() -> None:
    """Leaflet runs before the image-path fix and the plugins that extend it."""
    text = bundle_text()
    starts = [text.index(f"/* ---- {path} ---- */") for path in MAP_BUNDLE_MEMBERS]
    assert starts == sorted(starts) and MAP_BUNDLE_MEMBERS[:2] == (
        "vendor/leaflet/dist/leaflet.js",
        "app/leaflet-setup.js",
    )
    assert "sourceMappingURL" not in text


def test_leaflet_layout_rules_come_from_the_bundled_stylesheet() -> None:
    """The rules the map's header carries (assets.leaflet_layout_css) are leaflet.css's own: the
    panes and control corners placed, no url() (its images resolve against the stylesheet)."""
    import re

    from components.assets import STATIC_DIR, VENDORED, leaflet_layout_css

    css = leaflet_layout_css()
    assert ".leaflet-top,.leaflet-bottom{position: absolute;z-index: 1000;pointer-events: none;}" in css
    assert ".leaflet-container{overflow: hidden;}" in css
    assert "url(" not in css
    original = re.sub(r"/\*.*?\*/", "", (STATIC_DIR / VENDORED["leaflet.css"]).read_text("utf-8"), flags=re.DOTALL)
    squeezed = re.sub(r"\s*([{};,>])\s*", r"\1", " ".join(original.split()))
    rules = re.findall(r"[^{}]+\{[^{}]*\}", css)
    assert len(rules) > 40
    assert all(rule in squeezed for rule in rules), [rule for rule in rules if rule not in squeezed][:3]
