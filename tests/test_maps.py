"""Unit tests for components.maps: the base map, the changing layers, years, clicks and the view."""

from __future__ import annotations

import gc
import json
import re
import weakref
from dataclasses import replace

import folium
import pytest
from folium.utilities import camelize
from streamlit_folium import _get_feature_group_string, _get_map_string, generate_js_hash

from components.assets import COMPONENT_STATIC_BASE, MAP_BUNDLE_JS, asset_links
from components.escape import escape_text
from components.filters import ViewState, apply_view
from components.i18n import translate
from components.maps import clicks, elements, layers, tiles
from components.model import Dataset
from tests.apptest import map_pins, map_tooltips

# The array of [lat, lon, tooltip] a layer of circles (elements.PlacePoints) is drawn from.
POINTS = re.compile(r"var style = \{[^}]*\};\s*(\[.*?\])\.forEach\(function \(point\)", flags=re.S)


def _tooltips(html: str) -> list[str]:
    return map_tooltips(html)


def _build(dataset: Dataset, state: ViewState, *args: object, **kwargs: object) -> layers.MapLayers:
    """The corridor map's layers for a view, drawn from the places its filters leave (as the page does)."""
    return layers.build_map_layers(dataset, apply_view(dataset, state).places, state, *args, **kwargs)  # type: ignore[arg-type]


def _layer_html(dataset: Dataset, state: ViewState, **kwargs: object) -> str:
    """The layers for a view, rendered inside a throwaway map."""
    m = folium.Map(tiles=None)
    for group in _build(dataset, state, **kwargs).groups:
        group.add_to(m)
    return m.get_root().render()


def _name(dataset: Dataset, place_id: str) -> str:
    return str(dataset.places.set_index("id").at[place_id, "name_en"])


# --- Base map ---------------------------------------------------------------------------


def test_base_map_script_is_identical_across_builds() -> None:
    """Two builds give the same st_folium key hash, so a rerun never re-mounts the map."""
    hashes = {generate_js_hash(_get_map_string(layers.build_base_map(controls=True)), "k") for _ in range(2)}
    assert len(hashes) == 1


def test_base_map_has_the_controls() -> None:
    """Fullscreen, measuring tool, scale bar, outline minimap and legend are on the controlled base map."""
    html = layers.build_base_map(controls=True).get_root().render()
    for needle in ("L.control.fullscreen", "L.Control.Measure", "L.control.scale", "L.Control.MiniMap", "kgc-legend"):
        assert needle in html, needle


def test_base_map_asks_only_for_local_assets_and_no_d3() -> None:
    """Every script and stylesheet of the controlled base map is under static/, none from a CDN."""
    m = layers.build_base_map(controls=True)
    links = asset_links(m)
    assert links
    assert all(link.startswith("../../app/static/") for link in links), links
    html = m.get_root().render()
    assert "d3js.org" not in html and "d3.min.js" not in html


def test_minimap_draws_the_bundled_outlines_not_tiles() -> None:
    """The minimap's layer is built from the bundled TopoJSON, so it shows land with no internet."""
    html = layers.build_base_map(controls=True).get_root().render()
    minimap = html[html.index("L.Control.MiniMap(") - 900 : html.index("L.Control.MiniMap(")]
    assert "countries-110m.json" in minimap
    assert "L.tileLayer" not in minimap


def test_offline_outlines_are_the_default_base_layer() -> None:
    """Without an operator tile server the outlines are shown and every online tile layer is hidden."""
    html = layers.build_base_map(controls=True).get_root().render()
    assert "world_outlines" in html
    assert html.count("L.tileLayer(") == len(tiles.ONLINE_TILES)
    assert not re.search(r"tile_layer_\w+\.addTo\(", html)


def test_legend_names_every_kind_and_mode() -> None:
    """The legend lists each place kind, each mode and what hollow and dashed mean."""
    legend = layers.legend_html()
    for label in (
        "Free trade zone",
        "Seaport",
        "Dry port",
        "Border crossing",
        "Airport",
        "Railway station",
        "City or town",
    ):
        assert label in legend
    for label in ("Road", "Railway", "Sea route", "Dashed line"):
        assert label in legend


# --- Layers -----------------------------------------------------------------------------


def test_every_place_is_a_pin_with_its_name(dataset: Dataset) -> None:
    """With no filter every place is one pin whose tooltip is its escaped name."""
    html = _layer_html(dataset, ViewState())
    assert len(map_pins(html)) == len(dataset.places)
    tooltips = _tooltips(html)
    for name in dataset.places["name_en"]:
        assert escape_text(name) in tooltips


def test_layers_are_one_group_per_kind_and_per_corridor(dataset: Dataset) -> None:
    """The layer control can switch each kind of place and each corridor on and off."""
    drawn = _build(dataset, ViewState())
    names = [group.layer_name for group in drawn.groups]
    for corridor in dataset.corridors["name_en"]:
        assert escape_text(corridor) in names
    assert "Seaport (2)" in names
    assert any(name.startswith("Free trade zone") for name in names)
    assert len(names) == len(dataset.corridors) + dataset.places["kind"].nunique()


def test_marker_icon_shows_kind_and_hollow_status(dataset: Dataset) -> None:
    """A seaport gets the anchor glyph; an under-construction place gets the hollow pin."""
    places = dataset.places.copy()
    places.loc[places["id"] == "sost-dry-port", "status"] = "under construction"
    html = _layer_html(replace(dataset, places=places), ViewState())
    assert "fa-anchor" in html
    assert "kgc-pin kgc-not-operating" in html


def test_selected_place_is_highlighted(dataset: Dataset) -> None:
    """Only the selected place's marker carries the selected class."""
    html = _layer_html(dataset, ViewState(site="gwadar-port"))
    assert html.count("kgc-marker kgc-selected") == 1


def test_corridor_tooltip_gives_every_stated_length(dataset: Dataset) -> None:
    """The highway's tooltip names it and gives all three stated lengths with their scope."""
    tooltips = _tooltips(_layer_html(dataset, ViewState()))
    highway = next(t for t in tooltips if t.startswith("Karakoram Highway"))
    for length in ("1,300 km", "887 km", "413 km"):
        assert length in highway
    railway = next(t for t in tooltips if t.startswith("China–Kyrgyzstan–Uzbekistan railway"))
    for length in ("523 km", "486 km", "454 km", "532.53 km"):
        assert length in railway


def test_corridor_without_length_says_not_published(dataset: Dataset) -> None:
    """A corridor with no length figure says so rather than showing nothing."""
    tooltips = _tooltips(_layer_html(dataset, ViewState()))
    cpec = next(t for t in tooltips if t.startswith("CPEC western alignment"))
    assert "length not published" in cpec


def test_corridors_under_construction_are_dashed(dataset: Dataset) -> None:
    """Each corridor under construction is dashed; the operating ones are solid."""
    html = _layer_html(dataset, ViewState())
    unfinished = dataset.corridors["status"].isin(["under construction", "planned"]).sum()
    assert unfinished == 4
    assert html.count('"dashArray": "8 8"') == unfinished


def test_country_filter_keeps_only_places_in_that_country(dataset: Dataset) -> None:
    """With country=KGZ only the Kyrgyz places are drawn."""
    drawn = _build(dataset, ViewState(countries=("KGZ",)))
    expected = set(dataset.places.loc[dataset.places["country"] == "KGZ", "id"])
    assert set(drawn.shown_places) == expected
    assert len(map_pins(_layer_html(dataset, ViewState(countries=("KGZ",))))) == len(expected)


def test_year_2010_hides_what_had_not_opened(dataset: Dataset) -> None:
    """In 2010 the FTZ (2023), the bonded zone (2015) and the new airport (2025) are not drawn."""
    drawn = _build(dataset, ViewState(year=2010))
    assert {"kashgar-ftz", "kashgar-cbz", "new-gwadar-airport"} <= set(drawn.hidden_by_year)
    assert "kashgar-ftz" not in drawn.shown_places
    assert "gwadar-port" in drawn.shown_places
    tooltips = _tooltips(_layer_html(dataset, ViewState(year=2010)))
    assert escape_text(_name(dataset, "kashgar-ftz")) not in tooltips


@pytest.mark.parametrize("state", [ViewState(), ViewState(year=2010), ViewState(countries=("KGZ",), year=2024)])
def test_shown_place_ids_are_the_places_the_layers_draw(dataset: Dataset, state: ViewState) -> None:
    """The detail panel, written before the layers are built, is told the same places they draw."""
    assert layers.shown_place_ids(apply_view(dataset, state).places, state.year) == _build(dataset, state).shown_places


def test_year_keeps_places_without_opening_date(dataset: Dataset) -> None:
    """A place with no published opening date (Khunjerab) is drawn in every year."""
    assert "khunjerab-pass" in _build(dataset, ViewState(year=1980)).shown_places


def test_year_draws_corridors_from_their_first_milestone(dataset: Dataset) -> None:
    """In 2010 the highway (1979) is drawn; the CPEC alignment (2016) and CKU railway (2024) are not."""
    names = [g.layer_name for g in _build(dataset, ViewState(year=2010)).groups]
    assert "Karakoram Highway" in names
    assert "CPEC western alignment" not in names
    assert escape_text("China–Kyrgyzstan–Uzbekistan railway") not in names


def _points(html: str) -> list[list[object]]:
    """The [lat, lon, tooltip] of every place drawn as a circle, as the browser will read them."""
    return [point for found in POINTS.findall(html) for point in json.loads(found)]


def test_many_places_use_one_layer_of_circles_per_kind(dataset: Dataset) -> None:
    """Above the marker limit places are circles, one layer per kind, not Marker objects (the selected one stays a pin)."""
    html = _layer_html(dataset, ViewState(site="gwadar-port"), marker_limit=5)
    assert [pin[2] for pin in map_pins(html)] == [escape_text(_name(dataset, "gwadar-port"))]
    assert "L.circleMarker(" in html
    assert len(POINTS.findall(html)) == dataset.places["kind"].nunique()
    assert len(_points(html)) == len(dataset.places)


def test_many_places_escape_names_before_they_enter_the_points(dataset: Dataset) -> None:
    """A name entering a layer of circles is escaped, so its tooltip shows it as text."""
    places = dataset.places.copy()
    places.loc[places.index[0], "name_en"] = "<img src=x onerror=alert(1)>"
    html = _layer_html(replace(dataset, places=places), ViewState(), marker_limit=5)
    assert "<img src=x" not in html
    assert escape_text("<img src=x onerror=alert(1)>") in [point[2] for point in _points(html)]


def test_overview_draws_many_places_as_one_layer_of_circles_per_kind(dataset: Dataset) -> None:
    """Above the marker limit the overview draws circles per kind, not one Marker object per place."""
    html = layers.build_overview_map(dataset.places, dataset.corridors, marker_limit=5).get_root().render()
    assert map_pins(html) == []
    assert len(POINTS.findall(html)) == dataset.places["kind"].nunique()
    expected = {
        (place["lat"], place["lon"], escape_text(place["name_en"])) for place in dataset.places.to_dict("records")
    }
    assert {tuple(point) for point in _points(html)} == expected


def test_overview_below_the_limit_keeps_one_pin_per_place(dataset: Dataset) -> None:
    """With the dataset 53 places the overview still draws a pin per place, in file order, named in English."""
    html = layers.build_overview_map(dataset.places, dataset.corridors).get_root().render()
    assert len(map_pins(html)) == len(dataset.places)
    names = [escape_text(name) for name in dataset.places["name_en"]]
    assert [t for t in _tooltips(html) if t in names] == names


def test_overview_escapes_names_in_its_points(dataset: Dataset) -> None:
    """Names entering the overview's layers of circles are escaped before they reach a tooltip's innerHTML."""
    places = dataset.places.copy()
    places.loc[places.index[0], "name_en"] = "<img src=x onerror=alert(1)>${7*6}{{ 7*7 }}"
    html = layers.build_overview_map(places, dataset.corridors, marker_limit=5).get_root().render()
    assert "<img src=x" not in html and "${7*6}" not in html and "{{ 7*7 }}" not in html


def test_layers_use_the_labels_given(dataset: Dataset) -> None:
    """Labels computed once by the page are the ones the layers draw and report."""
    labels = layers.place_labels(dataset.places)
    given = _build(dataset, ViewState(), labels=labels)
    assert given.labels == labels
    assert given.labels == _build(dataset, ViewState()).labels


def test_rendered_once_elements_render_what_folium_renders_twice() -> None:
    """A corridor line and a keyed group skip branca's second Jinja pass yet render the same HTML."""
    ids = re.compile(r"[0-9a-f]{32}")

    class TwicePolyLine(folium.PolyLine):
        pass

    class TwiceGroup(elements.KeyedGroup):
        render = folium.FeatureGroup.render  # folium's own: the addTo line rendered twice

    def page(group: folium.FeatureGroup, line: folium.PolyLine) -> str:
        m = folium.Map(tiles=None)
        line.add_to(group)
        group.add_to(m)
        return ids.sub("ID", m.get_root().render())

    ours = page(
        elements.KeyedGroup("A &lt;b&gt;group", "kind:seaport"),
        layers.corridor_line({"status": "planned", "mode": "road"}, [(1, 2), (3, 4)], "L"),
    )
    plain = page(
        TwiceGroup("A &lt;b&gt;group", "kind:seaport"),
        TwicePolyLine(  # type: ignore[no-untyped-call]
            [(1, 2), (3, 4)],
            color=layers.MODE_COLOUR["road"],
            weight=4,
            opacity=0.85,
            dash_array="8 8",
            tooltip=folium.Tooltip("L"),
        ),
    )
    assert ours == plain
    assert "kind:seaport" in ours and ".addTo(map_ID)" in ours


def test_pins_carry_what_a_folium_marker_would(dataset: Dataset) -> None:
    """Each pin is its place's point, escaped name and icon; the icon options are those folium.DivIcon
    writes, shared by pins that look alike; the selected pin alone is raised above its neighbours."""
    records = layers.place_records(dataset.places)
    labels = {str(r["id"]): f"<b>{r['id']}</b>" for r in records}
    pins = layers.place_pins(records, labels, selected="gwadar-port")
    assert [(p[0], p[1], p[2]) for p in pins.pins] == [
        (float(r["lat"]), float(r["lon"]), escape_text(labels[str(r["id"])])) for r in records
    ]
    assert [r["id"] for r, p in zip(records, pins.pins, strict=True) if p[4]] == ["gwadar-port"]
    lats, lons = [float(r["lat"]) for r in records], [float(r["lon"]) for r in records]
    assert pins._get_self_bounds() == [[min(lats), min(lons)], [max(lats), max(lons)]]
    assert layers.place_pins([], labels)._get_self_bounds() == [[None, None], [None, None]]
    looks = {(str(r["kind"]), str(r["status"]), r["id"] == "gwadar-port") for r in records}
    assert len(pins.icons) == len(looks)
    for record, pin in zip(records, pins.pins, strict=True):
        selected = record["id"] == "gwadar-port"
        options = pins.icons[pin[3]]
        folium_icon = folium.DivIcon(
            html=str(options["html"]),
            icon_size=(30, 30),
            icon_anchor=(15, 30),
            class_name="kgc-marker kgc-selected" if selected else "kgc-marker",
        )
        assert options == {camelize(k): list(v) if isinstance(v, tuple) else v for k, v in folium_icon.options.items()}
        assert layers.KIND_STYLE[str(record["kind"])][0] in str(options["html"])
        assert ("kgc-not-operating" in str(options["html"])) == (record["status"] in ("under construction", "planned"))


def test_many_places_carry_no_style_per_point(dataset: Dataset) -> None:
    """The circles of a kind share one style with the kind's colour, not a style entry per point."""
    html = _layer_html(dataset, ViewState(), marker_limit=5)
    assert '"fillColor": "#1d4ed8"' in html
    assert "_styler" not in html


def test_feature_group_script_is_stable_across_builds(dataset: Dataset) -> None:
    """The same view gives the same feature-group script, so st_folium does not swap layers needlessly."""

    def script() -> str:
        m = layers.build_base_map(controls=True)
        _get_map_string(m)
        return "".join(
            _get_feature_group_string(group, m, index)
            for index, group in enumerate(_build(dataset, ViewState(site="sost-dry-port")).groups)
        )

    assert script() == script()


def test_full_corridor_map_renders_with_layer_control(dataset: Dataset) -> None:
    """The all-in-one map has the outlines, every marker and a layer control."""
    html = layers.build_corridor_map(dataset, ViewState()).get_root().render()
    assert "L.control.layers" in html
    assert len(map_pins(html)) == len(dataset.places)


def test_layers_carry_keys_that_survive_language_and_filters(dataset: Dataset) -> None:
    """Each group has a key of its kind or corridor, the same in every language and view, for LayerMemory."""

    def keys(state: ViewState, lang: str) -> list[str]:
        return [group.layer_key for group in _build(dataset, state, lang).groups]

    english = keys(ViewState(), "en")
    assert "kind:seaport" in english and "corridor:karakoram-highway" in english
    assert keys(ViewState(), "zh") == english
    assert set(keys(ViewState(countries=("PAK",)), "ur")) < set(english)


def test_layer_control_remembers_switched_off_layers(dataset: Dataset) -> None:
    """The control's script hides the groups the person switched off, by key, as the control is created."""
    html = layers.build_corridor_map(dataset, ViewState()).get_root().render()
    assert 'kgcLayerKey = "kind:seaport";' in html
    memory = html.index("window.kgcLayersOff")
    assert html.index("L.control.layers(") < memory


def test_layer_key_is_escaped() -> None:
    """A key built from data reaches the script only through escape_text and JSON."""
    m = layers.build_base_map()
    group = elements.KeyedGroup("name", 'corridor:</script><img src=x onerror="alert(1)">').add_to(m)
    script = _get_feature_group_string(group, m)
    assert "</script>" not in script and "<img" not in script


# --- Labels, years, clicks, view --------------------------------------------------------


def test_place_labels_are_unique_when_names_repeat(dataset: Dataset) -> None:
    """Two places named alike get their kind (and if need be their id) so a tooltip names one place."""
    places = dataset.places.copy()
    places.loc[places["id"] == "kashgar-airport", "name_en"] = "Kashgar"
    places.loc[places["id"] == "kashgar", "name_en"] = "Kashgar"
    labels = layers.place_labels(places)
    assert labels["kashgar-airport"] == "Kashgar (Airport)"
    assert labels["kashgar"] == "Kashgar (City or town)"
    assert len(set(labels.values())) == len(labels)


def test_place_labels_fall_back_to_id_for_empty_names(dataset: Dataset) -> None:
    """A place without a name is labelled with its id, so a click on it is still recognised."""
    places = dataset.places.copy()
    places.loc[places["id"] == "passu", "name_en"] = ""
    assert layers.place_labels(places)["passu"] == "passu"


LABELS = {
    "gwadar-port": "Gwadar Port",
    "kashgar": "Kashgar (Kashi)",
    "kashgar-ftz": "Kashgar FTZ",
    "sost-dry-port": "Sost dry port",
}
COORDINATES = {
    "gwadar-port": (25.1122, 62.3386),
    "kashgar": (39.4672, 75.9868),
    "kashgar-ftz": (39.4672, 75.9868),
    "sost-dry-port": (36.69, 74.8211),
}


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (
            {
                "last_object_clicked_tooltip": "Gwadar Port",
                "last_object_clicked": {"lat": 25.1122, "lng": 62.3386},
                "last_object_clicked_count": 1,
            },
            "gwadar-port",
        ),
        ({"last_object_clicked_tooltip": "  Sost   dry port\n"}, "sost-dry-port"),
        (
            {"last_object_clicked_tooltip": "Kashgar (Kashi)", "last_object_clicked": {"lat": 39.4672, "lng": 75.9868}},
            "kashgar",
        ),
        (
            {
                "last_object_clicked_tooltip": "Karakoram Highway · Road, operating",
                "last_object_clicked": {"lat": 36.7, "lng": 74.82},
            },
            None,
        ),
        (
            {"last_object_clicked_tooltip": None, "last_object_clicked": {"lat": 36.6901, "lng": 74.8212}},
            "sost-dry-port",
        ),
        ({"last_object_clicked_tooltip": None, "last_object_clicked": {"lat": 39.4672, "lng": 75.9868}}, None),
        ({"last_object_clicked_tooltip": None, "last_object_clicked": {"lat": 30.0, "lng": 70.0}}, None),
        ({"last_object_clicked_tooltip": None, "last_object_clicked": {"lat": "x"}}, None),
        ({"last_object_clicked_tooltip": None, "last_object_clicked": None, "last_object_clicked_count": None}, None),
        ({}, None),
        (None, None),
    ],
    ids=[
        "marker",
        "whitespace",
        "shared-point-by-name",
        "corridor-line",
        "point-only",
        "point-shared-by-two",
        "point-far",
        "point-broken",
        "default",
        "empty",
        "none",
    ],
)
def test_selection_from_map_event(event: dict[str, object] | None, expected: str | None) -> None:
    """Tooltip text names the place; a bare point selects only when exactly one place is there."""
    assert clicks.selection_from_map_event(event, LABELS, COORDINATES) == expected


def test_selection_recognises_a_hostile_name_as_the_browser_reports_it(dataset: Dataset) -> None:
    """The tooltip shows a hostile name literally and the reported text maps back to the place."""
    places = dataset.places.copy()
    name = "<b>${x}</b> `Gwadar`"
    places.loc[places["id"] == "gwadar-port", "name_en"] = name
    labels = layers.place_labels(places)
    assert clicks.selection_from_map_event({"last_object_clicked_tooltip": name}, labels) == "gwadar-port"


def test_click_signature_tells_a_repeat_click_from_an_old_event() -> None:
    """A second click on the same marker raises the count and so changes the signature."""
    first = {
        "last_object_clicked_tooltip": "Gwadar Port",
        "last_object_clicked": {"lat": 25.1, "lng": 62.3},
        "last_object_clicked_count": 1,
    }
    again = {**first, "last_object_clicked_count": 2}
    assert clicks.click_signature(first) == clicks.click_signature(dict(first))
    assert clicks.click_signature(first) != clicks.click_signature(again)
    assert clicks.click_signature({"last_object_clicked_tooltip": None}) is None
    assert clicks.click_signature(None) is None


def test_map_view_centres_on_the_selected_place(dataset: Dataset) -> None:
    """A selected place gives its point and the selection zoom; none leaves the view alone."""
    assert clicks.map_view("gwadar-port", dataset.places) == ((25.1122, 62.3386), clicks.SELECTED_ZOOM)
    assert clicks.map_view("", dataset.places) == (None, None)
    assert clicks.map_view("nowhere", dataset.places) == (None, None)


@pytest.mark.parametrize("controls", [True, False], ids=["corridor-map", "overview"])
def test_maps_load_one_script(controls: bool) -> None:
    """The map frame loads scripts one after another: each map asks for the bundle alone (no jQuery,
    no awesome-markers, which no map uses), and still for its stylesheets."""
    links = asset_links(layers.build_base_map(controls=controls))
    assert [link for link in links if link.endswith(".js")] == [COMPONENT_STATIC_BASE + MAP_BUNDLE_JS]
    assert any(link.endswith("solid.min.css") for link in links)
    assert any(link.endswith("leaflet.css") for link in links)


def _first_pins(m: folium.Map) -> elements.PlacePins:
    pending = list(m._children.values())
    while pending:
        element = pending.pop()
        if isinstance(element, elements.PlacePins):
            return element
        pending.extend(getattr(element, "_children", {}).values())
    raise AssertionError("the map has no pins")


@pytest.mark.parametrize("release", [True, False])
def test_released_map_is_freed_by_reference_counting(dataset: Dataset, release: bool) -> None:
    """A drawn map taken apart by release_map is freed at once; left whole, only the cycle collector frees it."""
    gc.collect()
    gc.disable()
    try:
        m = layers.build_overview_map(dataset.places, dataset.corridors)
        m.get_root().render()
        refs = [weakref.ref(m), weakref.ref(_first_pins(m))]
        if release:
            clicks.release_map(m.get_root(), m)
        del m
        assert [ref() is None for ref in refs] == [release, release]
    finally:
        gc.enable()
        gc.collect()


def test_overview_names_its_outline_layer_in_the_page_language(dataset: Dataset) -> None:
    """The overview's base map speaks the page's language, like the corridor map's."""
    html = layers.build_overview_map(dataset.places, dataset.corridors, lang="zh").get_root().render()
    # The layer control writes the name as JSON, non-ASCII letters escaped.
    assert json.dumps(translate("map.outlines_layer", "zh"))[1:-1] in html
    assert "Country outlines (offline)" not in html


def test_route_layers_render_what_plain_folium_lines_render(dataset: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """The route map's lines and tooltips are rendered once, yet the map is the one plain folium
    lines and tooltips give (network, a route and its alternatives)."""
    from components.maps import routes
    from components.network import build_network, plan_routes
    from components.route_query import query_from_params

    network = build_network(dataset.places, dataset.links, dataset.closures)
    query, _ = query_from_params({"from": ["kashgar"], "to": ["gwadar-port"]}, network)
    plan = plan_routes(network, query)
    names = {place: f"<{place}>" for place in network.places}
    ids = re.compile(r"[0-9a-f]{32}")

    def page() -> str:
        m = folium.Map(tiles=None)
        for group in routes.build_route_layers(network, plan.routes, names).groups:
            group.add_to(m)
        return ids.sub("ID", m.get_root().render())

    ours = page()
    monkeypatch.setattr(routes, "PrerenderedPolyLine", folium.PolyLine)
    monkeypatch.setattr(routes, "PrerenderedTooltip", folium.Tooltip)
    assert len(plan.routes) >= 2
    assert ours == page()
    assert escape_text("<kashgar>") in ours
