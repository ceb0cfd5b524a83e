"""The read-only data API, ``/api/v1/``: every table of the view as JSON, CSV and GeoJSON.

The API parses its query with the dashboard's own code (``filters.state_from_params`` and
``filters.apply_view``), so a URL means the same records on a page and in the API. Where the
dashboard drops an unknown value with a notice, the API answers 400 with a JSON message
naming the parameter, what was expected and what was received. Every response carries its
provenance: each record's sources (id, URL, licence), the dataset's version and a citation.

``answer()`` is pure (request parts and the dataset in, status, headers and bytes out); the
server (``server.py``) only adapts it to Starlette. A new table is one ``Endpoint`` in
``ENDPOINTS``; ``components/api_spec.py`` describes the registry as OpenAPI 3.1.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qs

import pandas as pd

from components import citation, filters
from components.data import DatasetVersion
from components.downloads import (
    build_corridors_geojson,
    build_csv,
    build_facilities_geojson,
    build_links_geojson,
    build_places_geojson,
    geojson_bytes,
)
from components.filters import View, ViewState
from components.i18n import LANGUAGES, localized
from components.model import DataError, Dataset
from components.schema import STATUSES

PREFIX = "/api/v1"
FORMATS = ("json", "csv", "geojson")
READ_METHODS = ("GET", "HEAD")
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
# The dashboard's URL parameters the API reads; anything else is a 400 naming it.
PARAMS = (filters.PARAM_COUNTRY, filters.PARAM_FACILITY, filters.PARAM_STATUS, filters.PARAM_SITE, filters.PARAM_LANG)
SINGLE_VALUE_PARAMS = (filters.PARAM_SITE, filters.PARAM_LANG)
# A filter needs a few hundred characters; a longer query is refused before it is parsed.
MAX_QUERY_LENGTH = 8192
MAX_FIELDS = 200
# The data changes only when the server restarts with new files; clients revalidate with the ETag.
CACHE_CONTROL = "public, max-age=300"
LICENCE_NOTE = (
    "A compilation of public sources; each source keeps its own licence (see each record's sources). "
    "Attribute GeoNames (CC BY 4.0) and Wikipedia (CC BY-SA) where their data is shown."
)
JSON_TYPE = "application/json"
CSV_TYPE = "text/csv; charset=utf-8; header=present"
GEOJSON_TYPE = "application/geo+json"

Rows = Callable[[Dataset, View, ViewState], pd.DataFrame]


@dataclass(frozen=True)
class Endpoint:
    """One table of the API.

    Attributes:
        name: The path segment (``places`` -> ``/api/v1/places.json``).
        summary: One line for the OpenAPI document.
        rows: The table's records in a view (sources as tuples of ids in ``sources``).
        geometry: Builds an RFC 7946 FeatureCollection of the records, for tables with a place
            on the map; None for tables without one.
        key: The column that identifies a record.
    """

    name: str
    summary: str
    rows: Rows
    geometry: Callable[[pd.DataFrame, Dataset], dict[str, Any]] | None = None
    key: str = "id"

    @property
    def formats(self) -> tuple[str, ...]:
        """The formats this table is served in."""
        return FORMATS if self.geometry is not None else FORMATS[:2]


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, headers and body (empty for HEAD and 304)."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def _with_names(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``table`` with ``name`` (in ``lang`` where a source gives it) and ``name_lang`` first after the id."""
    named = table.copy()
    pairs = [localized(record, "name", lang) for record in table.to_dict("records")]
    position = 1 if "id" in named.columns else 0
    named.insert(position, "name", [name for name, _ in pairs])
    named.insert(position + 1, "name_lang", ["en" if english else lang for _, english in pairs])
    return named


def _site_places(view: View, state: ViewState) -> pd.DataFrame:
    return view.places[view.places["id"] == state.site] if state.site else view.places


def _places(dataset: Dataset, view: View, state: ViewState) -> pd.DataFrame:
    return _with_names(_site_places(view, state), state.lang)


def _corridors(dataset: Dataset, view: View, state: ViewState) -> pd.DataFrame:
    corridors = view.corridors
    if state.site:
        corridors = corridors[corridors["waypoints"].map(lambda waypoints: state.site in waypoints)]
    return _with_names(corridors, state.lang)


def _facilities(dataset: Dataset, view: View, state: ViewState) -> pd.DataFrame:
    facilities = view.facilities
    if state.site:
        facilities = facilities[facilities["place_id"] == state.site]
    return _with_names(facilities, state.lang)


def _links(dataset: Dataset, view: View, state: ViewState) -> pd.DataFrame:
    links = view.links
    if state.site:
        touches = links["from"].eq(state.site) | links["to"].eq(state.site)
        links = links[touches | links["waypoints"].map(lambda waypoints: state.site in waypoints)]
    return links


def _figures(dataset: Dataset, view: View, state: ViewState) -> pd.DataFrame:
    figures = view.figures
    if state.site:
        figures = figures[(figures["subject_id"] == state.site) | (figures["to_id"] == state.site)]
    return figures


def _partners(dataset: Dataset, view: View, state: ViewState) -> pd.DataFrame:
    partners = view.partners.copy()
    names = {row["iso3"]: localized(row, "name", state.lang)[0] for row in dataset.countries.to_dict("records")}
    partners.insert(1, "country_name", partners["country"].map(lambda code: names.get(code, "")))
    return partners


def _sources(dataset: Dataset, view: View, state: ViewState) -> pd.DataFrame:
    if not (state.is_filtered or state.site):
        return dataset.sources
    cited = set(_cited_ids(dataset, view, state))
    return dataset.sources[dataset.sources["source_id"].isin(cited)]


def _places_geojson(rows: pd.DataFrame, dataset: Dataset) -> dict[str, Any]:
    return build_places_geojson(rows)


def _corridors_geojson(rows: pd.DataFrame, dataset: Dataset) -> dict[str, Any]:
    return build_corridors_geojson(rows, dataset.places)


def _links_geojson(rows: pd.DataFrame, dataset: Dataset) -> dict[str, Any]:
    return build_links_geojson(rows, dataset.places)


def _facilities_geojson(rows: pd.DataFrame, dataset: Dataset) -> dict[str, Any]:
    return build_facilities_geojson(rows, dataset.places)


ENDPOINTS: dict[str, Endpoint] = {
    endpoint.name: endpoint
    for endpoint in (
        Endpoint("places", "Places on the map: zones, ports, crossings, stations, towns.", _places, _places_geojson),
        Endpoint("corridors", "Road, rail and sea corridors drawn through places.", _corridors, _corridors_geojson),
        Endpoint("facilities", "What the Kashgar zone offers, and where.", _facilities, _facilities_geojson),
        Endpoint(
            "links",
            "The network's legs that /routes plans over: ends, waypoints, mode, status, stated length.",
            _links,
            _links_geojson,
        ),
        Endpoint("figures", "Published figures, each with its scope, date and source.", _figures),
        Endpoint("partners", "Countries the sources name as partners, by relation.", _partners, key="country"),
        Endpoint("sources", "The sources the records cite, with their licences.", _sources, key="source_id"),
    )
}
"""The registry: a new table is one more entry here (and its rows function)."""


def _cited_ids(dataset: Dataset, view: View, state: ViewState) -> tuple[str, ...]:
    tables = [endpoint.rows(dataset, view, state) for name, endpoint in ENDPOINTS.items() if name != "sources"]
    return citation.cited_source_ids(tables)


@dataclass(frozen=True)
class BadParameter(Exception):
    """A parameter the API cannot use: which one, what it takes and what it got."""

    parameter: str
    expected: str
    received: str
    status: int = 400


_EXPECTED = {
    filters.PARAM_COUNTRY: "ISO 3166-1 alpha-3 codes known to the dataset, like PAK (repeat the parameter or separate with commas)",
    filters.PARAM_FACILITY: f"facility ids from {PREFIX}/facilities.json (repeat the parameter or separate with commas)",
    filters.PARAM_STATUS: "one or more of " + ", ".join(STATUSES),
    filters.PARAM_SITE: f"one place id from {PREFIX}/places.json",
    filters.PARAM_LANG: "one of " + ", ".join(LANGUAGES),
}


def parse_query(query_string: str, vocabulary: filters.Vocabulary) -> ViewState:
    """The view state of an API query, or ``BadParameter`` for the first thing it cannot use.

    Raises:
        BadParameter: an unknown parameter, an unknown value, a repeated single-value
            parameter, or a query too long or with too many fields.
    """
    if len(query_string) > MAX_QUERY_LENGTH:
        raise BadParameter(
            "query",
            f"a query string of at most {MAX_QUERY_LENGTH:,} characters",
            f"{len(query_string):,} characters",
            414,
        )
    try:
        params = parse_qs(query_string, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        raise BadParameter("query", f"at most {MAX_FIELDS} parameters", "more") from None
    for name in params:
        if name not in PARAMS:
            raise BadParameter(
                name[:64], "one of the parameters " + ", ".join(PARAMS), f"the unknown parameter {name[:64]!r}"
            )
    for name in SINGLE_VALUE_PARAMS:
        if len(filters.split_values(params.get(name, ()))) > 1:
            raise BadParameter(name, "a single value", f"{len(filters.split_values(params[name]))} values")
    state = filters.state_from_params(params, vocabulary)
    if state.notices:
        notice = state.notices[0]
        raise BadParameter(notice.param, _EXPECTED[notice.param], notice.value)
    return state


def split_path(path: str) -> tuple[str, str]:
    """``/api/v1/places.json`` -> ("places", "json"); ("", "") for the index."""
    rest = path.removeprefix(PREFIX).strip("/")
    name, _, extension = rest.partition(".")
    return name, extension


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def _error(status: int, message: str, **details: object) -> Answer:
    body = _json({"error": message, **details})
    return Answer(status, {"content-type": JSON_TYPE, "cache-control": "no-store"}, body)


def data_error(error: DataError) -> Answer:
    """503 while the data folder has problems (the messages quote at most short excerpts)."""
    problems = [str(problem) for problem in error.problems[:20]]
    return _error(503, "the data folder has problems; the dashboard lists them", problems=problems)


def _source_objects(ids: Sequence[str], sources: Mapping[str, Mapping[str, str]]) -> list[dict[str, str]]:
    return [
        {
            "id": source_id,
            "url": sources.get(source_id, {}).get("url", ""),
            "licence": sources.get(source_id, {}).get("licence", ""),
        }
        for source_id in ids
    ]


def _plain(value: object) -> object:
    # NaN (an unplaced facility's coordinates) is JSON null; numpy scalars become Python numbers.
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, tuple | list):
        return [str(item) for item in value]
    return value.item() if hasattr(value, "item") else value


def build_records(rows: pd.DataFrame, sources: Mapping[str, Mapping[str, str]]) -> list[dict[str, Any]]:
    """Records as JSON objects, each source as ``{"id", "url", "licence"}``."""
    records = []
    for row in rows.to_dict("records"):
        record = {str(key): _plain(value) for key, value in row.items()}
        if "sources" in row:
            record["sources"] = _source_objects(row["sources"], sources)
        records.append(record)
    return records


def build_table_csv(rows: pd.DataFrame, sources: Mapping[str, Mapping[str, str]]) -> bytes:
    """Records as formula-safe CSV; the sources' URLs in a ``source_urls`` column beside their ids."""
    table = rows.copy()
    if "sources" in table.columns:
        position = list(table.columns).index("sources") + 1
        urls = table["sources"].map(lambda ids: " ".join(sources.get(i, {}).get("url", "") for i in ids).strip())
        table.insert(position, "source_urls", urls)
    return build_csv(table)


@dataclass(frozen=True)
class Request:
    """The parts of an HTTP request the API reads."""

    method: str
    path: str
    query_string: str = ""
    base_url: str = "http://localhost:8501"
    if_none_match: str = ""


def answer(request: Request, dataset: Dataset, version: DatasetVersion, today: dt.date) -> Answer:
    """The API's answer to ``request`` (pure: no I/O, no clock; ``today`` dates the citation)."""
    if request.method == "OPTIONS":
        return Answer(204, {"allow": ", ".join(ALLOWED_METHODS), **_cors()})
    if request.method not in READ_METHODS:
        found = _error(405, "method not allowed", expected=", ".join(READ_METHODS), received=request.method)
        return replace(found, headers={**found.headers, "allow": ", ".join(ALLOWED_METHODS), **_cors()})
    name, extension = split_path(request.path)
    if name == "" and extension == "":
        found = Answer(
            200, {"content-type": JSON_TYPE, "cache-control": CACHE_CONTROL}, _json(build_index(request.base_url))
        )
    elif name == "openapi" and extension == "json":
        from components.api_spec import build_openapi

        found = Answer(200, {"content-type": JSON_TYPE, "cache-control": CACHE_CONTROL}, _json(build_openapi(version)))
    else:
        found = _answer_table(request, name, extension, dataset, version, today)
    return _finish(request, found, version)


def _cors() -> dict[str, str]:
    # Anyone may read (no credentials, no other methods): the data is public.
    return {
        "access-control-allow-origin": "*",
        "access-control-allow-methods": ", ".join(READ_METHODS),
        "access-control-allow-headers": "If-None-Match",
        "access-control-expose-headers": "ETag, X-Dataset-Version",
    }


def _finish(request: Request, found: Answer, version: DatasetVersion) -> Answer:
    headers = {**found.headers, **_cors(), "x-dataset-version": version.label}
    if found.status != 200:
        return Answer(found.status, headers, b"" if request.method == "HEAD" else found.body)
    etag = '"' + hashlib.sha256(found.body).hexdigest()[:32] + '"'
    headers["etag"] = etag
    offered = {tag.strip().removeprefix("W/") for tag in request.if_none_match.split(",")}
    if etag in offered or "*" in offered:
        kept = {k: v for k, v in headers.items() if k not in ("content-type",)}
        return Answer(304, kept, b"")
    return Answer(200, headers, b"" if request.method == "HEAD" else found.body)


def build_index(base_url: str) -> dict[str, Any]:
    """The API's front page: every table, its formats and parameters, and the OpenAPI document."""
    return {
        "openapi": f"{base_url}{PREFIX}/openapi.json",
        "parameters": list(PARAMS),
        "endpoints": {
            name: [f"{base_url}{PREFIX}/{name}.{extension}" for extension in endpoint.formats]
            for name, endpoint in ENDPOINTS.items()
        },
    }


def _answer_table(
    request: Request, name: str, extension: str, dataset: Dataset, version: DatasetVersion, today: dt.date
) -> Answer:
    endpoint = ENDPOINTS.get(name)
    if endpoint is None or extension not in endpoint.formats:
        known = [f"{PREFIX}/{n}.{e}" for n, found in ENDPOINTS.items() for e in found.formats]
        return _error(404, "no such endpoint", expected="one of " + ", ".join(known), received=request.path[:120])
    try:
        state = parse_query(request.query_string, filters.vocabulary(dataset))
    except BadParameter as bad:
        return _error(
            bad.status, "bad parameter", parameter=bad.parameter, expected=bad.expected, received=bad.received
        )
    view = filters.apply_view(dataset, state)
    rows = endpoint.rows(dataset, view, state)
    sources = {row["source_id"]: row for row in dataset.sources.to_dict("records")}
    url = f"{request.base_url}{request.path}" + (f"?{request.query_string}" if request.query_string else "")
    cited = citation.cited_source_ids([rows]) if "sources" in rows.columns else tuple(rows["source_id"])
    cite = citation.build_citation(
        f"{citation.PUBLISHER}: {name} ({PREFIX})", url, today, version, dataset.sources, cited
    )
    if extension == "csv":
        # A CSV file has no room for metadata: the JSON twin of the same query carries the citation.
        twin = url.replace(f"{name}.csv", f"{name}.json", 1)
        headers = {
            "content-type": CSV_TYPE,
            "content-disposition": f'inline; filename="{name}.csv"',
            "link": f'<{twin}>; rel="describedby"; type="application/json"',
        }
        return Answer(200, {**headers, "cache-control": CACHE_CONTROL}, build_table_csv(rows, sources))
    meta = {
        "endpoint": name,
        "count": len(rows),
        "filters": filters.params_from_state(state, default_lang=""),
        "dataset": {"version": version.label, "digest": version.digest, "date": version.date, "licence": LICENCE_NOTE},
        "citation": citation.cite_all(cite, state.lang),
    }
    if extension == "geojson" and endpoint.geometry is not None:
        collection = endpoint.geometry(rows.drop(columns=["sources"], errors="ignore"), dataset)
        records = build_records(rows, sources)
        for feature, record in zip(collection["features"], records, strict=True):
            feature["properties"]["sources"] = record.get("sources", [])
        body = geojson_bytes({"type": "FeatureCollection", **meta, "features": collection["features"]})
        return Answer(200, {"content-type": GEOJSON_TYPE, "cache-control": CACHE_CONTROL}, body)
    body = _json({**meta, "records": build_records(rows, sources)})
    return Answer(200, {"content-type": JSON_TYPE, "cache-control": CACHE_CONTROL}, body)
