"""The API's OpenAPI 3.1 document, built from the endpoint registry so it can never fall behind.

Pure: ``build_openapi()`` describes every entry of ``components.api.ENDPOINTS``, in every
format it is served in, with the dashboard's filter parameters and the error shape.
``tests/test_api.py`` validates the result with openapi-spec-validator.
"""

from __future__ import annotations

from typing import Any

from components import api
from components.data import DatasetVersion
from components.filters import PARAM_COUNTRY, PARAM_FACILITY, PARAM_LANG, PARAM_SITE, PARAM_STATUS
from components.i18n import LANGUAGES
from components.schema import STATUSES

_LIST = {"type": "array", "items": {"type": "string"}}
_PARAMETERS: dict[str, dict[str, Any]] = {
    PARAM_COUNTRY: {
        "description": "ISO 3166-1 alpha-3 codes (repeat the parameter or separate with commas), as on the dashboard.",
        "schema": _LIST,
        "explode": True,
    },
    PARAM_FACILITY: {
        "description": "Facility ids: places hosting them, those facilities, corridors through those places.",
        "schema": _LIST,
        "explode": True,
    },
    PARAM_STATUS: {
        "description": "Statuses of places, facilities and corridors.",
        "schema": {"type": "array", "items": {"type": "string", "enum": list(STATUSES)}},
        "explode": True,
    },
    PARAM_SITE: {
        "description": "One place id: only records about that place.",
        "schema": {"type": "string"},
    },
    PARAM_LANG: {
        "description": "Language of the `name` field (English where no source gives one; `name_lang` says which).",
        "schema": {"type": "string", "enum": list(LANGUAGES), "default": "en"},
    },
}
_MEDIA = {"json": api.JSON_TYPE, "csv": "text/csv", "geojson": api.GEOJSON_TYPE}
_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {"type": "string"},
        "parameter": {"type": "string", "description": "The parameter that could not be used."},
        "expected": {"type": "string"},
        "received": {"type": "string"},
    },
}
_SOURCE = {
    "type": "object",
    "properties": {"id": {"type": "string"}, "url": {"type": "string"}, "licence": {"type": "string"}},
}
_META = {
    "endpoint": {"type": "string"},
    "count": {"type": "integer"},
    "filters": {"type": "object", "additionalProperties": _LIST},
    "dataset": {
        "type": "object",
        "properties": {
            "version": {"type": "string"},
            "digest": {"type": "string", "description": "SHA-256 of the data files."},
            "date": {"type": "string", "description": "The newest date a source was accessed or published."},
            "licence": {"type": "string"},
        },
    },
    "citation": {
        "type": "object",
        "properties": {"text": {"type": "string"}, "bibtex": {"type": "string"}, "csl": {"type": "object"}},
    },
}
_RECORDS = {
    "type": "object",
    "properties": {
        **_META,
        "records": {
            "type": "array",
            "items": {"type": "object", "properties": {"sources": {"type": "array", "items": _SOURCE}}},
        },
    },
}
_FEATURES = {
    "type": "object",
    "description": "An RFC 7946 FeatureCollection ([longitude, latitude]) with the metadata as foreign members.",
    "properties": {"type": {"const": "FeatureCollection"}, **_META, "features": {"type": "array"}},
}


def _operation(name: str, endpoint: api.Endpoint, extension: str) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    if extension == "json":
        schema = {"$ref": "#/components/schemas/Records"}
    elif extension == "geojson":
        schema = {"$ref": "#/components/schemas/FeatureCollection"}
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    return {
        "get": {
            "operationId": f"{name}_{extension}",
            "summary": f"{endpoint.summary} ({extension.upper()})",
            "parameters": [{"$ref": f"#/components/parameters/{param}"} for param in api.PARAMS],
            "responses": {
                "200": {
                    "description": f"The {name} of the view.",
                    "headers": {
                        "ETag": {"schema": {"type": "string"}},
                        "X-Dataset-Version": {"schema": {"type": "string"}},
                    },
                    "content": {_MEDIA[extension]: {"schema": schema}},
                },
                "304": {"description": "Not modified (If-None-Match matched the ETag)."},
                "400": {"description": "A parameter or value the API does not know.", "content": error},
                "414": {"description": "The query string is too long.", "content": error},
            },
        }
    }


def build_openapi(version: DatasetVersion) -> dict[str, Any]:
    """The OpenAPI 3.1 document of every endpoint, parameter and response shape."""
    paths: dict[str, Any] = {}
    for name, endpoint in api.ENDPOINTS.items():
        for extension in endpoint.formats:
            paths[f"{api.PREFIX}/{name}.{extension}"] = _operation(name, endpoint, extension)
    paths[f"{api.PREFIX}/openapi.json"] = {
        "get": {
            "operationId": "openapi",
            "summary": "This document.",
            "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}},
        }
    }
    parameters = {
        param: {"name": param, "in": "query", "required": False, "style": "form", **_PARAMETERS[param]}
        for param in api.PARAMS
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Kashgar–Gwadar corridor data API",
            "version": "1",
            "description": (
                "Read-only. The same filters as the dashboard's URL; every record carries its sources. "
                f"Dataset version {version.label}. {api.LICENCE_NOTE}"
            ),
        },
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "parameters": parameters,
            "schemas": {"Error": _ERROR, "Records": _RECORDS, "FeatureCollection": _FEATURES},
        },
    }
