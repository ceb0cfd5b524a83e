"""The dataset's schema: every CSV file's columns, the vocabularies their cells may take.

Declarative only: ``components.model`` checks tables against these specs and types them. No I/O,
no streamlit. A new file of the dataset is one ``FileSpec`` here, a ``Dataset`` attribute in
``model`` and a section in ``data/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Files larger than this are refused unparsed: the real files are a few kilobytes."""

LIST_SEPARATOR = ";"

PLACE_KINDS = (
    "free trade zone",
    "bonded zone",
    "seaport",
    "dry port",
    "border crossing",
    "airport",
    "railway station",
    "city",
    "industrial park",
)
PRECISIONS = ("facility", "town", "approximate")
STATUSES = ("operating", "under construction", "planned")
MODES = ("road", "railway", "sea")
LINK_MODES = ("road", "railway", "sea", "air")
TRAFFIC = ("all", "cargo", "passengers", "heavy vehicles")
IN_FORCE = ("current", "historical")
FACILITY_CATEGORIES = (
    "warehousing",
    "customs",
    "logistics",
    "air freight",
    "digital trade",
    "exhibition",
    "industrial park",
    "processing",
)
QUALIFIERS = ("", "over", "about", "at least", "up to")
RELATIONS = (
    "twin park",
    "e-commerce origin",
    "corridor country",
    "trade partner",
    "land port link",
    "cargo destination",
    "export destination",
    "overseas warehouse",
    "fair participant",
)
"""How a country (or a region, in ``regions.csv``) is linked to Kashgar; the first a country has colours it."""


class Kind(Enum):
    """How a cell is checked and what type it becomes in the ``Dataset``."""

    TEXT = "text"
    ID = "id"
    ENUM = "enum"
    NUMBER = "number"
    DATE = "date"
    URL = "url"
    COUNTRY = "country"
    ISO3 = "iso3"
    ISO_NUMERIC = "iso_numeric"
    METRIC = "metric"
    REF = "ref"
    REFS = "refs"
    MONTHS = "months"


@dataclass(frozen=True)
class Column:
    """One column of a CSV file.

    Attributes:
        name: The header name.
        kind: How cells are checked and typed.
        required: Whether an empty cell is a problem.
        allowed: The allowed values of an ``ENUM`` column.
        minimum: The smallest allowed value of a ``NUMBER`` column.
        maximum: The largest allowed value of a ``NUMBER`` column.
        refers_to: For ``REF``/``REFS`` columns, the files whose ids the cell may name.
    """

    name: str
    kind: Kind = Kind.TEXT
    required: bool = False
    allowed: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    refers_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileSpec:
    """One CSV file of the dataset.

    Attributes:
        name: The file name inside the data folder.
        attribute: The ``Dataset`` attribute that holds the typed table.
        columns: The columns, in the order the file is written.
        key: The column whose values must be unique (and that references point to).
        optional: Whether the file may be absent.
    """

    name: str
    attribute: str
    columns: tuple[Column, ...]
    key: str
    optional: bool = False

    @property
    def column_names(self) -> tuple[str, ...]:
        """The header names in order."""
        return tuple(column.name for column in self.columns)


_SUBJECTS = ("places.csv", "corridors.csv", "facilities.csv")
_SOURCES = Column("sources", Kind.REFS, required=True, refers_to=("sources.csv",))


def _names() -> tuple[Column, Column, Column]:
    return (Column("name_en", required=True), Column("name_zh"), Column("name_ur"))


SPECS: tuple[FileSpec, ...] = (
    FileSpec(
        "places.csv",
        "places",
        (
            Column("id", Kind.ID, required=True),
            Column("kind", Kind.ENUM, required=True, allowed=PLACE_KINDS),
            *_names(),
            Column("country", Kind.COUNTRY, required=True),
            Column("lat", Kind.NUMBER, required=True, minimum=-90, maximum=90),
            Column("lon", Kind.NUMBER, required=True, minimum=-180, maximum=180),
            Column("precision", Kind.ENUM, required=True, allowed=PRECISIONS),
            Column("status", Kind.ENUM, allowed=STATUSES),
            Column("opened", Kind.DATE),
            Column("description"),
            _SOURCES,
            Column("notes"),
        ),
        key="id",
    ),
    FileSpec(
        "corridors.csv",
        "corridors",
        (
            Column("id", Kind.ID, required=True),
            *_names(),
            Column("mode", Kind.ENUM, required=True, allowed=MODES),
            Column("status", Kind.ENUM, required=True, allowed=STATUSES),
            Column("waypoints", Kind.REFS, required=True, refers_to=("places.csv",)),
            Column("description"),
            _SOURCES,
            Column("notes"),
        ),
        key="id",
    ),
    FileSpec(
        "facilities.csv",
        "facilities",
        (
            Column("id", Kind.ID, required=True),
            *_names(),
            Column("category", Kind.ENUM, required=True, allowed=FACILITY_CATEGORIES),
            Column("status", Kind.ENUM, allowed=STATUSES),
            Column("place_id", Kind.REF, refers_to=("places.csv",)),
            Column("location_note"),
            Column("opened", Kind.DATE),
            Column("offers"),
            Column("description"),
            _SOURCES,
            Column("notes"),
        ),
        key="id",
    ),
    FileSpec(
        "figures.csv",
        "figures",
        (
            Column("id", Kind.ID, required=True),
            Column("subject_id", Kind.REF, required=True, refers_to=_SUBJECTS),
            Column("to_id", Kind.REF, refers_to=_SUBJECTS),
            # The partner country a figure is about (Kashgar–Pakistan trade): the country filter keeps it.
            Column("country", Kind.COUNTRY),
            Column("metric", Kind.METRIC, required=True),
            Column("value", Kind.NUMBER, required=True),
            Column("qualifier", Kind.ENUM, allowed=QUALIFIERS),
            Column("unit", required=True),
            Column("scope", required=True),
            Column("date", Kind.DATE),
            _SOURCES,
            Column("notes"),
        ),
        key="id",
    ),
    FileSpec(
        "partners.csv",
        "partners",
        (
            Column("country", Kind.COUNTRY, required=True),
            Column("relation", Kind.ENUM, required=True, allowed=RELATIONS),
            Column("description"),
            _SOURCES,
        ),
        key="",
    ),
    FileSpec(
        "regions.csv",
        "regions",
        (
            Column("id", Kind.ID, required=True),
            Column("m49", Kind.ISO_NUMERIC, required=True),
            *_names(),
            # The members a named standard (UN M49) gives the region: they say what the region
            # means, and a statement about the region is never a statement about each of them.
            Column("members", Kind.REFS, required=True, refers_to=("countries.csv",)),
            Column("relation", Kind.ENUM, required=True, allowed=RELATIONS),
            Column("description"),
            _SOURCES,
            Column("notes"),
        ),
        key="id",
        optional=True,
    ),
    FileSpec(
        "products.csv",
        "products",
        (Column("id", Kind.ID, required=True), *_names(), _SOURCES),
        key="id",
    ),
    FileSpec(
        "milestones.csv",
        "milestones",
        (
            Column("id", Kind.ID, required=True),
            Column("date", Kind.DATE, required=True),
            Column("title_en", required=True),
            Column("subject_id", Kind.REF, required=True, refers_to=_SUBJECTS),
            _SOURCES,
            Column("notes"),
        ),
        key="id",
    ),
    FileSpec(
        "sources.csv",
        "sources",
        (
            Column("source_id", Kind.ID, required=True),
            Column("title", required=True),
            Column("publisher"),
            Column("url", Kind.URL),
            Column("published", Kind.DATE),
            Column("accessed", Kind.DATE),
            Column("licence"),
            Column("notes"),
        ),
        key="source_id",
    ),
    FileSpec(
        "links.csv",
        "links",
        (
            Column("id", Kind.ID, required=True),
            Column("from", Kind.REF, required=True, refers_to=("places.csv",)),
            Column("to", Kind.REF, required=True, refers_to=("places.csv",)),
            Column("mode", Kind.ENUM, required=True, allowed=LINK_MODES),
            Column("corridors", Kind.REFS, refers_to=("corridors.csv",)),
            Column("status", Kind.ENUM, allowed=STATUSES),
            Column("waypoints", Kind.REFS, refers_to=("places.csv",)),
            Column("stated_km", Kind.NUMBER, minimum=0),
            Column("length_sources", Kind.REFS, refers_to=("sources.csv",)),
            Column("border_crossing", Kind.REF, refers_to=("places.csv",)),
            _SOURCES,
            Column("notes"),
        ),
        key="id",
    ),
    FileSpec(
        "closures.csv",
        "closures",
        (
            Column("id", Kind.ID, required=True),
            Column("links", Kind.REFS, required=True, refers_to=("links.csv",)),
            Column("closed_months", Kind.MONTHS),
            Column("traffic", Kind.ENUM, required=True, allowed=TRAFFIC),
            Column("in_force", Kind.ENUM, required=True, allowed=IN_FORCE),
            Column("statement", required=True),
            Column("date", Kind.DATE),
            _SOURCES,
            Column("notes"),
        ),
        key="id",
    ),
    FileSpec(
        "countries.csv",
        "countries",
        (
            Column("iso3", Kind.ISO3, required=True),
            Column("iso_numeric", Kind.ISO_NUMERIC, required=True),
            Column("name_en", required=True),
            Column("name_zh"),
            Column("name_ur"),
        ),
        key="iso3",
    ),
    FileSpec(
        "companies.csv",
        "companies",
        (
            Column("name", required=True),
            Column("sector"),
            Column("country", Kind.COUNTRY),
            Column("facility_id", Kind.REF, refers_to=("facilities.csv",)),
        ),
        key="",
        optional=True,
    ),
)
SPECS_BY_NAME: dict[str, FileSpec] = {spec.name: spec for spec in SPECS}
