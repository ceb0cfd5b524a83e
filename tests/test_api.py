"""Unit tests of the data API (components/api.py): filtering, provenance, formats and HTTP answers."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pandas as pd
import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from components import api, filters
from components.api_spec import build_openapi
from components.data import read_dataset, read_dataset_version
from components.model import DataError, Problem
from tests.conftest import skip_or_fail
from tests.hostile import DATA

DATASET = read_dataset(DATA)
VERSION = read_dataset_version(DATA, DATASET)
TODAY = dt.date(2026, 12, 7)
QUERIES = [
    "",
    "country=PAK",
    "country=pak,chn",
    "country=UZB&country=KGZ",
    "facility=bonded-warehousing",
    "facility=bonded-warehousing&country=PAK",
    "status=planned",
    "status=operating&country=CHN",
    "lang=zh",
]


def ask(path: str, query: str = "", method: str = "GET", **extra: str) -> api.Answer:
    request = api.Request(method, path, query, "http://127.0.0.1:8501", **extra)
    return api.answer(request, DATASET, VERSION, TODAY)


def body(answer: api.Answer) -> Any:
    return json.loads(answer.body)


def dashboard_view(query: str) -> filters.View:
    state = filters.state_from_params(parse_qs(query), filters.vocabulary(DATASET))
    assert not state.notices
    return filters.apply_view(DATASET, state)


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("table", ["places", "corridors", "facilities", "figures", "links"])
def test_endpoint_returns_the_ids_the_dashboard_shows_for_the_same_url(table: str, query: str) -> None:
    """The same query string keeps the same records in the API as on the dashboard's pages."""
    found = [record["id"] for record in body(ask(f"/api/v1/{table}.json", query))["records"]]
    assert found == list(getattr(dashboard_view(query), table)["id"])


@pytest.mark.parametrize("query", QUERIES)
def test_partners_endpoint_matches_the_dashboard(query: str) -> None:
    """Partner rows (country and relation) are the dashboard's for the same URL."""
    found = [(r["country"], r["relation"]) for r in body(ask("/api/v1/partners.json", query))["records"]]
    expected = dashboard_view(query).partners
    assert found == list(zip(expected["country"], expected["relation"], strict=True))


def test_a_filter_narrows_the_records() -> None:
    """A country filter keeps fewer places than no filter (the comparison above is not vacuous)."""
    everything = body(ask("/api/v1/places.json"))["count"]
    pakistan = body(ask("/api/v1/places.json", "country=PAK"))["records"]
    assert 0 < len(pakistan) < everything
    assert {record["country"] for record in pakistan} == {"PAK"}


def test_site_keeps_only_records_about_that_place() -> None:
    """``site`` narrows places to that place and figures to those about it."""
    places = body(ask("/api/v1/places.json", "site=gwadar-port"))["records"]
    figures = body(ask("/api/v1/figures.json", "site=gwadar-port"))["records"]
    assert [p["id"] for p in places] == ["gwadar-port"]
    assert figures and all("gwadar-port" in (f["subject_id"], f["to_id"]) for f in figures)


def test_lang_gives_names_in_that_language_and_says_which() -> None:
    """With lang=zh a place's ``name`` is its Chinese name where one is sourced, else English, and ``name_lang`` says so."""
    records = {r["id"]: r for r in body(ask("/api/v1/places.json", "lang=zh"))["records"]}
    assert (records["kashgar"]["name"], records["kashgar"]["name_lang"]) == ("喀什", "zh")
    assert (records["passu"]["name"], records["passu"]["name_lang"]) == ("Passu", "en")


def test_every_record_carries_its_sources_with_urls() -> None:
    """Each record's sources are objects with the id, the URL and the licence from sources.csv."""
    urls = dict(zip(DATASET.sources["source_id"], DATASET.sources["url"], strict=True))
    for table in ("places", "corridors", "facilities", "figures", "partners"):
        for record in body(ask(f"/api/v1/{table}.json"))["records"]:
            assert record["sources"], (table, record)
            for source in record["sources"]:
                assert source["url"] == urls[source["id"]]
                assert "licence" in source


def test_every_response_carries_version_licence_and_citation() -> None:
    """JSON and GeoJSON carry the dataset's version, the licence note and a citation of the request's URL."""
    for path in ("/api/v1/places.json", "/api/v1/corridors.geojson"):
        found = body(ask(path, "country=PAK"))
        assert found["dataset"]["digest"] == VERSION.digest
        assert found["dataset"]["licence"] == api.LICENCE_NOTE
        assert "http://127.0.0.1:8501" + path + "?country=PAK" in found["citation"]["text"]
        assert found["citation"]["csl"]["version"] == VERSION.label
        assert found["citation"]["bibtex"].startswith("@misc{")
    csv_headers = ask("/api/v1/places.csv", "country=PAK").headers
    assert csv_headers["x-dataset-version"] == VERSION.label
    assert (
        csv_headers["link"]
        == '<http://127.0.0.1:8501/api/v1/places.json?country=PAK>; rel="describedby"; type="application/json"'
    )


def test_sources_endpoint_narrows_to_the_cited_sources_when_filtered() -> None:
    """With a filter, /sources lists exactly the sources the filtered records cite."""
    cited = {
        s["id"]
        for table in ("places", "facilities", "corridors", "figures", "partners")
        for r in body(ask(f"/api/v1/{table}.json", "country=UZB"))["records"]
        for s in r["sources"]
    }
    listed = {r["source_id"] for r in body(ask("/api/v1/sources.json", "country=UZB"))["records"]}
    assert listed == cited
    assert len(body(ask("/api/v1/sources.json"))["records"]) == len(DATASET.sources) > len(listed)


def test_csv_is_read_by_pandas_with_the_same_ids() -> None:
    """pandas reads the CSV back with the JSON's ids and a source_urls column."""
    table = pd.read_csv(io.BytesIO(ask("/api/v1/places.csv", "country=PAK").body), encoding="utf-8-sig", dtype=str)
    json_ids = [r["id"] for r in body(ask("/api/v1/places.json", "country=PAK"))["records"]]
    assert list(table["id"]) == json_ids
    assert table["source_urls"].str.startswith("http").any()


def test_csv_cells_that_would_be_formulas_are_neutralised() -> None:
    """A name starting with = reaches the CSV with a leading quote, as the downloads do."""
    rows = pd.DataFrame({"id": ["a"], "name": ['=HYPERLINK("http://x")'], "sources": [("s",)]})
    text = api.build_table_csv(rows, {"s": {"url": "https://example.org"}}).decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "\n=" not in text and ",=" not in text


def test_geojson_is_rfc7946_lon_lat() -> None:
    """Places are Points with [longitude, latitude] and the metadata as foreign members."""
    found = body(ask("/api/v1/places.geojson"))
    assert found["type"] == "FeatureCollection"
    gwadar = next(f for f in found["features"] if f["id"] == "gwadar-port")
    lon, lat = gwadar["geometry"]["coordinates"]
    assert 61 < lon < 63 and 24 < lat < 26
    assert gwadar["properties"]["sources"][0]["id"]
    assert "dataset" in found


def _ogrinfo() -> str:
    found = shutil.which("ogrinfo")
    if found is None:
        skip_or_fail("no ogrinfo: run `make test` (it installs Debian's gdal-bin) or apt-get install gdal-bin")
    return found


@pytest.mark.parametrize(
    ("table", "geometry"), [("places", "Point"), ("corridors", "Line String"), ("facilities", "Point")]
)
def test_gdal_reads_the_geojson(tmp_path: Path, table: str, geometry: str) -> None:
    """GDAL's ogrinfo opens each GeoJSON endpoint and counts every feature with its geometry type."""
    path = tmp_path / f"{table}.geojson"
    path.write_bytes(ask(f"/api/v1/{table}.geojson").body)
    result = subprocess.run([_ogrinfo(), "-ro", "-so", "-al", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    count = len(body(ask(f"/api/v1/{table}.json"))["records"])
    assert f"Feature Count: {count}" in result.stdout
    assert f"Geometry: {geometry}" in result.stdout


def test_openapi_document_is_valid_and_lists_every_endpoint() -> None:
    """/api/v1/openapi.json passes openapi-spec-validator and names every table in every format."""
    document = body(ask("/api/v1/openapi.json"))
    validate(document)
    for name, endpoint in api.ENDPOINTS.items():
        for extension in endpoint.formats:
            assert f"/api/v1/{name}.{extension}" in document["paths"]
    assert set(document["components"]["parameters"]) == set(api.PARAMS)


def test_the_validator_rejects_a_broken_document() -> None:
    """The validation above can fail: a response without a description is refused."""
    document = build_openapi(VERSION)
    document["paths"]["/api/v1/places.json"]["get"]["responses"]["200"].pop("description")
    with pytest.raises(OpenAPIValidationError):
        validate(document)


def test_a_new_registry_entry_is_served_and_documented(monkeypatch: pytest.MonkeyPatch) -> None:
    """One more Endpoint in the registry is a new table in the index, the OpenAPI document and the API."""
    extra = api.Endpoint("products", "Products.", lambda dataset, view, state: dataset.products)
    monkeypatch.setitem(api.ENDPOINTS, "products", extra)
    assert body(ask("/api/v1/products.json"))["count"] == len(DATASET.products)
    assert "/api/v1/products.csv" in build_openapi(VERSION)["paths"]
    assert "products" in body(ask("/api/v1"))["endpoints"]


@pytest.mark.parametrize(
    ("query", "parameter", "received"),
    [
        ("country=XXX", "country", "XXX"),
        ("facility=nope", "facility", "nope"),
        ("status=closed", "status", "closed"),
        ("site=atlantis", "site", "atlantis"),
        ("lang=fr", "lang", "fr"),
        ("year=2020", "year", "the unknown parameter 'year'"),
        ("lang=en&lang=zh", "lang", "2 values"),
    ],
)
def test_bad_parameters_answer_400_naming_parameter_expected_and_received(
    query: str, parameter: str, received: str
) -> None:
    """Each unusable parameter or value is a 400 whose JSON names it, what was expected and what came."""
    found = ask("/api/v1/places.json", query)
    assert found.status == 400
    message = body(found)
    assert (message["parameter"], message["received"]) == (parameter, received)
    assert message["expected"]


def test_a_long_query_is_refused_before_it_is_parsed() -> None:
    """A query over the limit is a 414 saying the limit and the length received."""
    found = ask("/api/v1/places.json", "country=" + "A" * 20_000)
    assert found.status == 414
    assert "8,192" in body(found)["expected"]


def test_too_many_fields_are_refused() -> None:
    """More than MAX_FIELDS parameters is a 400, not a slow parse."""
    assert ask("/api/v1/places.json", "&".join(["lang=en"] * (api.MAX_FIELDS + 1))).status == 400


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_other_methods_answer_405_with_allow(method: str) -> None:
    """The API is read-only: any other method is a 405 naming the allowed ones."""
    found = ask("/api/v1/places.json", method=method)
    assert found.status == 405
    assert found.headers["allow"] == "GET, HEAD, OPTIONS"
    assert body(found)["received"] == method


@pytest.mark.parametrize("path", ["/api/v1/nothing.json", "/api/v1/figures.geojson", "/api/v1/places.xml"])
def test_unknown_endpoints_and_formats_answer_404(path: str) -> None:
    """A table or format that does not exist is a JSON 404 listing the endpoints."""
    found = ask(path)
    assert found.status == 404
    assert "/api/v1/places.json" in body(found)["expected"]


def test_responses_have_etag_cache_control_and_cors() -> None:
    """A 200 has a stable ETag, Cache-Control and Access-Control-Allow-Origin: *."""
    first, second = ask("/api/v1/places.json"), ask("/api/v1/places.json")
    assert first.headers["etag"] == second.headers["etag"]
    assert first.headers["cache-control"] == api.CACHE_CONTROL
    assert first.headers["access-control-allow-origin"] == "*"
    assert ask("/api/v1/places.json", "lang=zh").headers["etag"] != first.headers["etag"]


def test_if_none_match_answers_304_without_a_body() -> None:
    """A client that has the current ETag gets 304 and no body."""
    etag = ask("/api/v1/places.json").headers["etag"]
    found = ask("/api/v1/places.json", if_none_match=etag)
    assert (found.status, found.body) == (304, b"")
    assert ask("/api/v1/places.json", if_none_match='"other"').status == 200


def test_head_answers_headers_only() -> None:
    """HEAD has the GET's status and ETag and no body."""
    found = ask("/api/v1/places.json", method="HEAD")
    assert (found.status, found.body) == (200, b"")
    assert found.headers["etag"] == ask("/api/v1/places.json").headers["etag"]


def test_data_problems_answer_503() -> None:
    """While the data folder is invalid, the API says so (503) and lists the problems."""
    found = api.data_error(DataError([Problem("places.csv", 2, "lat", "a number", '"x"')]))
    assert found.status == 503
    assert body(found)["problems"] == ['places.csv, row 2, column lat: expected a number, got "x"']
