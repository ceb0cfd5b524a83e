"""The corridor maps' contents: the base map, places and corridors as layers, and their labels.

``build_base_map`` is the same on every run (outlines, tiles, controls, legend), so
streamlit-folium keeps it mounted; ``build_map_layers`` (the corridor map) and
``build_overview_layers`` (the overview) return what changes with the filters, year and
selection, which the page swaps into the mounted map (``clicks.show_map``). Builders take
tables the filters already narrowed (``filters.apply_view``); they never filter. Every
data-derived string passes ``escape_text`` before it reaches a tooltip, layer name or any
HTML. Pure: no streamlit import; builders take ``lang``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import folium
import pandas as pd
from folium.plugins import Fullscreen, MeasureControl

from components.assets import COMPONENT_STATIC_BASE, use_map_bundle
from components.dates import corridor_first_years, exists_in
from components.escape import escape_text, plain_line, plain_text
from components.filters import ViewState, apply_view
from components.geo import LatLon, coordinates_by_id
from components.i18n import display, format_measure, mark_english, translate
from components.maps.elements import (
    KeyedGroup,
    MapLegend,
    MapStyles,
    MarkerStyles,
    OutlineMiniMap,
    PlacePins,
    PlacePoints,
    PrerenderedPolyLine,
    PrerenderedTooltip,
    WorldOutlines,
    remembering_layer_control,
)
from components.maps.tiles import ONLINE_PROVIDERS, ONLINE_TILES, TileSource, operator_tiles
from components.model import Dataset

# Centre of the corridor (between Tashkent, Kashgar and Gwadar) at a zoom that shows it all.
CORRIDOR_CENTER = (33.0, 68.5)
CORRIDOR_ZOOM = 5
# Above this many places, pins (an icon element each in the browser's page, about 110 bytes
# each on the wire) give way to one layer of circles per kind (``PlacePoints``).
MARKER_LIMIT = 300

# kind -> (pin colour, Font Awesome solid icon). Colours are distinct for colour-blind readers
# in pairs that sit close on the map (zone/bonded zone, seaport/dry port).
KIND_STYLE: dict[str, tuple[str, str]] = {
    "free trade zone": ("#0b6e4f", "star"),
    "bonded zone": ("#15803d", "warehouse"),
    "seaport": ("#1d4ed8", "anchor"),
    "dry port": ("#0e7490", "truck"),
    "border crossing": ("#b91c1c", "flag"),
    "airport": ("#7e22ce", "plane"),
    "railway station": ("#7c2d12", "train"),
    "city": ("#4b5563", "city"),
    "industrial park": ("#c2410c", "industry"),
}
# Style of a kind the table above does not know (validated data has none; drawn grey, not dropped).
_OTHER_KIND_STYLE = ("#6b7280", "circle")
# folium.Map's own assets that the dashboard's maps never use: jQuery builds folium's popups
# (the maps have none: a click selects, the detail panel explains) and awesome-markers draws
# folium.Icon pins (ours are DivIcons styled by markers.css with Font Awesome).
UNUSED_ASSETS = frozenset({"jquery", "awesome_markers", "awesome_markers_css", "awesome_rotate_css"})
# mode -> line colour
MODE_COLOUR: dict[str, str] = {"road": "#c2410c", "railway": "#1f2937", "sea": "#1d4ed8"}


def legend_html(lang: str = "en") -> str:
    """The legend's HTML: a pin per place kind, a line per mode, and what hollow and dashed mean."""

    def row(symbol: str, label_key: str) -> str:
        return f'<div class="kgc-row">{symbol}{escape_text(translate(label_key, lang))}</div>'

    pins = [
        row(
            f'<div class="kgc-pin" style="background:{colour}"><i class="fa-solid fa-{icon}"></i></div>', f"kind.{kind}"
        )
        for kind, (colour, icon) in KIND_STYLE.items()
    ]
    lines = [
        row(f'<div class="kgc-line" style="border-color:{colour}"></div>', f"mode.{mode}")
        for mode, colour in MODE_COLOUR.items()
    ]
    hollow = row(
        '<div class="kgc-pin kgc-not-operating"><i class="fa-solid fa-circle"></i></div>', "map.legend_not_operating"
    )
    dashed = row('<div class="kgc-line kgc-dashed" style="border-color:#6b7280"></div>', "map.legend_dashed")
    summary = escape_text(translate("map.legend", lang))
    return (
        f"<details open><summary>{summary}</summary>"
        f'<div class="kgc-grid">{"".join(pins)}{"".join(lines)}</div>{hollow}{dashed}</details>'
    )


def build_base_map(
    asset_base: str = COMPONENT_STATIC_BASE,
    tiles: TileSource | None = None,
    center: tuple[float, float] = CORRIDOR_CENTER,
    zoom: int = CORRIDOR_ZOOM,
    lang: str = "en",
    controls: bool = False,
) -> folium.Map:
    """An empty corridor map: offline outlines as the default base, online tiles on offer.

    With ``controls`` it also gets the fullscreen button, the distance-measuring tool, the
    outline minimap and the legend. Everything here is the same on every run for the same
    arguments, so streamlit-folium keeps the mounted map (it hashes this script into its key).
    """
    # max_zoom is required for marker clusters when no tile layer sets one.
    m = folium.Map(location=center, zoom_start=zoom, tiles=None, max_zoom=18, min_zoom=2, control_scale=True)
    # The component's frame loads scripts one after another; leave out the ones no map uses.
    m.default_js = [(name, url) for name, url in m.default_js if name not in UNUSED_ASSETS]
    m.default_css = [(name, url) for name, url in m.default_css if name not in UNUSED_ASSETS]
    m.get_root().header.add_child(MapStyles())  # type: ignore[attr-defined]
    MarkerStyles(asset_base).add_to(m)
    WorldOutlines(asset_base, name=translate("map.outlines_layer", lang), show=tiles is None).add_to(m)
    if tiles is not None:
        folium.TileLayer(tiles.url, attr=tiles.attribution, name=tiles.name, overlay=False, show=True).add_to(m)
    for source, provider in zip(ONLINE_TILES, ONLINE_PROVIDERS, strict=True):
        folium.TileLayer(provider, attr=source.attribution, name=source.name, overlay=False, show=False).add_to(m)
    if controls:
        Fullscreen(  # type: ignore[no-untyped-call]
            title=escape_text(translate("map.fullscreen", lang)),
            title_cancel=escape_text(translate("map.fullscreen_exit", lang)),
        ).add_to(m)
        MeasureControl(  # type: ignore[no-untyped-call]
            position="topleft",
            primary_length_unit="kilometers",
            secondary_length_unit="miles",
            primary_area_unit="sqkilometers",
            secondary_area_unit=None,
        ).add_to(m)
        OutlineMiniMap(asset_base, translate("map.minimap_hide", lang), translate("map.minimap_show", lang)).add_to(m)
        MapLegend(legend_html(lang)).add_to(m)
    use_map_bundle(m, asset_base)
    return m


def pin_icon(kind: str, status: str = "operating", selected: bool = False) -> dict[str, object]:
    """A pin's ``L.divIcon`` options: its colour and glyph show the kind; hollow and dashed while not yet built."""
    colour, icon = KIND_STYLE.get(kind, _OTHER_KIND_STYLE)
    pin_class = "kgc-pin kgc-not-operating" if status in ("under construction", "planned") else "kgc-pin"
    # kind and status are validated vocabulary, never free text; the class names are ours.
    return {
        "className": "kgc-marker kgc-selected" if selected else "kgc-marker",
        "html": f'<div class="{pin_class}" style="background:{colour}"><i class="fa-solid fa-{icon}"></i></div>',
        "iconAnchor": [15, 30],
        "iconSize": [30, 30],
    }


def place_pins(records: Sequence[Mapping[str, object]], labels: Mapping[str, object], selected: str = "") -> PlacePins:
    """Places as pins in one layer (``PlacePins``), tooltips from ``labels`` escaped here.

    The selected pin sits above its neighbours (several places share Kashgar's point).
    """
    icons: list[dict[str, object]] = []
    index: dict[tuple[str, str, bool], int] = {}
    pins = []
    for record in records:
        is_selected = bool(selected) and record["id"] == selected
        look = (str(record["kind"]), str(record.get("status", "operating")), is_selected)
        if look not in index:
            index[look] = len(icons)
            icons.append(pin_icon(*look))
        label = _escaped_label(labels[str(record["id"])])
        pins.append((float(record["lat"]), float(record["lon"]), label, index[look], 1000 if is_selected else 0))  # type: ignore[arg-type]
    return PlacePins(pins, icons)


def corridor_line(
    corridor: Mapping[str, object], coordinates: list[tuple[float, float]], label: str
) -> folium.PolyLine:
    """One corridor as a line coloured by mode and dashed unless it is operating."""
    dashed = str(corridor["status"]) != "operating"
    return PrerenderedPolyLine(  # type: ignore[no-untyped-call]
        coordinates,
        color=MODE_COLOUR.get(str(corridor["mode"]), "#6b7280"),
        weight=4,
        opacity=0.85,
        dash_array="8 8" if dashed else None,
        tooltip=PrerenderedTooltip(escape_text(label)),
    )


def corridor_coordinates(waypoints: tuple[str, ...], where: Mapping[str, LatLon]) -> list[LatLon]:
    """The (lat, lon) of each waypoint in order (``where``: ``geo.coordinates_by_id``); unknown ones skipped."""
    return [where[w] for w in waypoints if w in where]


def build_overview_layers(
    places: pd.DataFrame,
    corridors: pd.DataFrame,
    marker_limit: int = MARKER_LIMIT,
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
    shown_places: pd.DataFrame | None = None,
) -> tuple[list[KeyedGroup], folium.LayerControl]:
    """The overview's two layers (every corridor as a line; the places) and their layer control.

    Places are drawn as the corridor map draws them (``add_places``): a marker each, or
    above ``marker_limit`` places one layer of circles per kind; with ``shown_places`` (the
    places the filters leave, ``filters.View.places``) only those, while corridors still run
    through every place. ``labels`` are the places' tooltips (``place_labels``), passed in when the page
    has them cached. The page swaps these into a mounted ``build_base_map``, so a filter
    change does not reload the map.
    """
    corridor_group = KeyedGroup(escape_text(translate("map.corridors_layer", lang)), "overview:corridors")
    where = coordinates_by_id(places)
    for corridor in corridors.to_dict("records"):
        name = plain_line(display(corridor, "name", lang)) or str(corridor["id"])
        corridor_line(corridor, corridor_coordinates(corridor["waypoints"], where), name).add_to(corridor_group)
    place_group = KeyedGroup(escape_text(translate("map.places_layer", lang)), "overview:places")
    records = place_records(places if shown_places is None else shown_places)
    names = labels if labels is not None else place_labels(places, lang)
    add_places(place_group, records, names, many=len(records) > marker_limit)
    return [corridor_group, place_group], remembering_layer_control()


def build_overview_map(
    places: pd.DataFrame,
    corridors: pd.DataFrame,
    asset_base: str = COMPONENT_STATIC_BASE,
    marker_limit: int = MARKER_LIMIT,
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
    shown_places: pd.DataFrame | None = None,
) -> folium.Map:
    """The whole overview map in one object (``build_overview_layers`` on the base map), for rendering and tests."""
    m = build_base_map(asset_base, tiles=operator_tiles(), lang=lang)
    groups, control = build_overview_layers(places, corridors, marker_limit, lang, labels, shown_places)
    for group in groups:
        group.add_to(m)
    control.add_to(m)
    return m


# The columns a place marker or point reads.
_PLACE_COLUMNS = ("id", "kind", "status", "lat", "lon")


def place_records(places: pd.DataFrame) -> list[dict[str, object]]:
    """The places as records of the columns a marker or point reads (all columns cost ten times as much)."""
    columns = [c for c in _PLACE_COLUMNS if c in places.columns]
    # zip over the columns: DataFrame.to_dict("records") takes seven times as long.
    return [dict(zip(columns, row, strict=True)) for row in zip(*(places[c] for c in columns), strict=True)]


def add_places(
    group: folium.FeatureGroup,
    records: list[dict[str, object]],
    labels: Mapping[str, object],
    many: bool,
    selected: str = "",
) -> None:
    """Draw places into ``group``, tooltips from ``labels`` (escaped here).

    One layer of pins (``place_pins``); when there are ``many``, one layer of circles per kind
    instead (a pin costs about 330 bytes and its icon's markup in the browser), with the
    ``selected`` place still a pin so it stands out.
    """
    if many:
        by_kind: dict[str, list[dict[str, object]]] = {}
        for record in records:
            by_kind.setdefault(str(record["kind"]), []).append(record)
        ordered = [k for k in KIND_STYLE if k in by_kind] + sorted(k for k in by_kind if k not in KIND_STYLE)
        for kind in ordered:
            _points_layer(by_kind[kind], labels, KIND_STYLE.get(kind, _OTHER_KIND_STYLE)[0]).add_to(group)
    pinned = [r for r in records if r["id"] == selected] if many else records
    if pinned:
        place_pins(pinned, labels, selected).add_to(group)


def place_labels(places: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Each place id with the text of its tooltip: its name, made unique so a click names one place.

    Two places with the same name get their kind added, and if that still collides, their id.
    An empty name falls back to the id (a tooltip is how a click is recognised).
    """
    names = {}
    for record in places.to_dict("records"):
        names[str(record["id"])] = plain_line(display(record, "name", lang)) or str(record["id"])
    counts = Counter(names.values())
    kinds = dict(zip(places["id"], places["kind"], strict=True))
    for place_id, name in list(names.items()):
        if counts[name] > 1:
            names[place_id] = f"{name} ({translate(f'kind.{kinds[place_id]}', lang)})"
    counts = Counter(names.values())
    for place_id, name in list(names.items()):
        if counts[name] > 1:
            names[place_id] = f"{name} [{place_id}]"
    return names


def stated_lengths(figures: pd.DataFrame) -> dict[str, list[dict[str, object]]]:
    """The ``length`` figures by the id of what they measure, read once for every corridor's label."""
    found: dict[str, list[dict[str, object]]] = {}
    for figure in figures[figures["metric"] == "length"].to_dict("records"):
        found.setdefault(str(figure["subject_id"]), []).append(figure)
    return found


def corridor_label(
    corridor: Mapping[str, object], lengths: Mapping[str, Sequence[Mapping[str, object]]], lang: str = "en"
) -> str:
    """A corridor's tooltip text: name, mode, status and every stated length (``stated_lengths``) with its scope."""
    name = display(corridor, "name", lang)
    mode = translate(f"mode.{corridor['mode']}", lang)
    status = translate(f"status.{corridor['status']}", lang)
    stated = "; ".join(
        plain_text(
            f"{format_measure(f['value'], f['qualifier'], f['unit'], lang)} ({mark_english(str(f['scope']), lang)})"
        )
        for f in lengths.get(str(corridor["id"]), ())
    )
    length_text = translate("map.stated_length", lang, lengths=stated) if stated else translate("map.no_length", lang)
    return f"{plain_line(name)} · {mode}, {status} · {length_text}"


@dataclass
class MapLayers:
    """What changes on the corridor map from run to run: passed to st_folium, not baked into the map.

    Attributes:
        groups: One feature group per place kind and one per corridor, in drawing order.
        control: The layer control listing the base layers and these groups.
        labels: Each place id drawn, with its tooltip text (to recognise clicks).
        shown_places: The ids of the places drawn.
        hidden_by_year: The ids of places that pass the filters but had not opened in the year.
    """

    groups: list[KeyedGroup]
    control: folium.LayerControl
    labels: dict[str, str]
    shown_places: tuple[str, ...]
    hidden_by_year: tuple[str, ...]


def _in_year(places: pd.DataFrame, year: int | None) -> pd.Series:
    return places["opened"].map(lambda opened: exists_in(opened, year))


def shown_place_ids(places: pd.DataFrame, year: int | None) -> tuple[str, ...]:
    """The ids of the places ``build_map_layers`` draws for ``places`` in ``year``, without building it."""
    return tuple(places.loc[_in_year(places, year), "id"])


def build_map_layers(
    dataset: Dataset,
    places: pd.DataFrame,
    state: ViewState,
    lang: str = "en",
    marker_limit: int = MARKER_LIMIT,
    labels: Mapping[str, str] | None = None,
) -> MapLayers:
    """The place and corridor layers for the view: year and selection applied to the places in view.

    ``places`` are the places the filters leave (``filters.View.places``, computed by the
    frame); of them, those opened by ``state.year`` are drawn. Corridors are
    drawn from the year of their first milestone. Above ``marker_limit`` places, each kind is
    one layer of circles (``PlacePoints``) instead of one marker object per place. ``labels`` are
    ``place_labels(dataset.places, lang)``, computed here unless the caller already has them
    (they do not depend on the view, so a page can compute them once per dataset).
    """
    in_year = _in_year(places, state.year)
    hidden = tuple(places.loc[~in_year, "id"])
    places = places[in_year]
    labels = dict(place_labels(dataset.places, lang) if labels is None else labels)
    groups: list[KeyedGroup] = []

    first_years = corridor_first_years(dataset.milestones)
    where = coordinates_by_id(dataset.places)
    lengths = stated_lengths(dataset.figures)
    for corridor in dataset.corridors.to_dict("records"):
        first = first_years.get(str(corridor["id"]))
        if state.year is not None and first is not None and first > state.year:
            continue
        name = display(corridor, "name", lang)
        group = KeyedGroup(escape_text(plain_line(name) or corridor["id"]), f"corridor:{corridor['id']}")
        points = corridor_coordinates(corridor["waypoints"], where)
        if len(points) >= 2:
            corridor_line(corridor, points, corridor_label(corridor, lengths, lang)).add_to(group)
        groups.append(group)

    records = place_records(places)
    by_kind: dict[str, list[dict[str, object]]] = {}
    for record in records:
        by_kind.setdefault(str(record["kind"]), []).append(record)
    many = len(records) > marker_limit
    for kind in (k for k in KIND_STYLE if k in by_kind):
        kind_records = by_kind[kind]
        label = translate(f"kind.{kind}", lang)
        group = KeyedGroup(escape_text(f"{label} ({len(kind_records)})"), f"kind:{kind}")
        add_places(group, kind_records, labels, many, state.site)
        groups.append(group)

    control = remembering_layer_control()
    return MapLayers(groups, control, labels, tuple(places["id"]), hidden)


def _points_layer(records: list[dict[str, object]], labels: Mapping[str, object], colour: str) -> PlacePoints:
    """Many places of one kind as one layer of circles, names escaped before they enter it."""
    points = [(float(r["lat"]), float(r["lon"]), _escaped_label(labels[str(r["id"])])) for r in records]  # type: ignore[arg-type]
    return PlacePoints(points, colour)


@lru_cache(maxsize=65536)
def _escaped_label(label: object) -> str:
    # The same few thousand names are escaped on every run of a large map; escape_text is pure.
    return escape_text(label)


def build_corridor_map(
    dataset: Dataset,
    state: ViewState,
    lang: str = "en",
    asset_base: str = COMPONENT_STATIC_BASE,
    marker_limit: int = MARKER_LIMIT,
) -> folium.Map:
    """The whole corridor map in one object (base, controls, layers, layer control), for rendering and tests.

    The page does not use this: it passes ``build_map_layers`` to st_folium separately so a
    change of filter or year does not re-mount the map.
    """
    m = build_base_map(asset_base, tiles=operator_tiles(), lang=lang, controls=True)
    layers = build_map_layers(dataset, apply_view(dataset, state).places, state, lang, marker_limit)
    for group in layers.groups:
        group.add_to(m)
    layers.control.add_to(m)
    return m
