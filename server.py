"""The server: the dashboard (``app.py`` and ``pages/``) behind the HTTP rules, beside the data API.

``make run`` starts this file with ``streamlit run server.py``; Streamlit finds the module-level
``app`` (an ``st.App``) and serves it with uvicorn. ``app.py`` stays the overview page's script,
so ``AppTest.from_file("app.py")`` and the file-based pages work as before. This module only
wires things together: the API lives in ``components/api.py``, the rules in ``components/http.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import streamlit as st
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from streamlit import config, file_util
from streamlit.runtime import Runtime

from components import api, collector, listener
from components.assets import MAP_BUNDLE_JS
from components.data import data_dir, load_dataset, load_dataset_version
from components.http import HttpRules, tile_sources
from components.layout import FRAME_ELEMENTS, LANG_SCRIPTS, MAP_ELEMENTS, NASTALIQ_STYLES, PAGES, RTL_STYLES, Page
from components.maps.tiles import ONLINE_TILES, operator_tiles
from components.model import DataError
from components.page_head import (
    PageHead,
    Preload,
    build_head_links,
    build_layout_style,
    build_server_script,
    component_script_link,
    frontend_chunks,
)
from components.reserved import placeholder_heights, reserved_heights


@lru_cache(maxsize=512)
def _answer(request: api.Request, today: dt.date) -> api.Answer:
    # Answers are cached per request and day: the dataset only changes with a restart.
    folder = str(data_dir())
    try:
        dataset = load_dataset(folder)
        version = load_dataset_version(folder)
    except DataError as error:
        return api.data_error(error)
    return api.answer(request, dataset, version, today)


async def serve_api(request: Request) -> Response:
    """Every request under ``/api/v1``: read-only, any origin may read."""
    found = await run_in_threadpool(
        _answer,
        api.Request(
            method=request.method,
            path=request.url.path,
            query_string=request.url.query,
            base_url=f"{request.url.scheme}://{request.url.netloc}",
            if_none_match=request.headers.get("if-none-match", ""),
        ),
        dt.datetime.now(dt.UTC).date(),
    )
    return Response(found.body, status_code=found.status, headers=found.headers)


def _allowed_hosts() -> list[str]:
    return list(config.get_option("server.allowedHosts") or [])


def _frontend_files() -> list[str]:
    # Every file of Streamlit's frontend, so an unknown /static/... is a 404, not index.html.
    folder = file_util.get_static_dir()
    return sorted(
        os.path.relpath(os.path.join(root, name), folder) for root, _, names in os.walk(folder) for name in names
    )


def _frontend_inline_scripts() -> list[str]:
    # Streamlit's index.html carries one small inline script; it is allowed by its hash.
    index = os.path.join(file_util.get_static_dir(), "index.html")
    with open(index, encoding="utf-8") as handle:
        return re.findall(r"<script>(.*?)</script>", handle.read(), flags=re.DOTALL)


def _preloads(page: Page) -> str:
    # What a page fetches one after another once its run arrives, asked for at once instead: the
    # chunks of its elements (and, on a map page, the map bundle its frame loads).
    elements = (*FRAME_ELEMENTS, *(MAP_ELEMENTS if page.has_map else ()), *page.elements)
    chunks = frontend_chunks(Path(file_util.get_static_dir()), elements)
    return build_head_links(
        [
            *(Preload("./static/js/" + name, "modulepreload") for name in chunks),
            *([Preload("./app/static/" + MAP_BUNDLE_JS, "script")] if page.has_map else []),
        ]
    )


# streamlit-folium's component, as its frame's URL names it.
_FOLIUM_COMPONENT = "streamlit_folium.st_folium"


def _folium_build_js() -> Path | None:
    # Found without importing streamlit_folium: its import declares the component.
    spec = find_spec("streamlit_folium")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "frontend" / "build" / "static" / "js"


_FRAME_SCRIPT_LINK = component_script_link(_FOLIUM_COMPONENT, _folium_build_js())


def _frame_script_once_declared() -> str:
    # The map's frame fetches its script only after the run, the component and its page have
    # arrived; from the head it is fetched at once and the frame finds it in the cache. Its URL
    # answers 404 until a run has declared the component (the first run after a start), so the
    # first visitor's head does not ask for it.
    if not _FRAME_SCRIPT_LINK or not Runtime.exists():
        return ""
    return _FRAME_SCRIPT_LINK if Runtime.instance().component_registry.get_component_path(_FOLIUM_COMPONENT) else ""


# Every method reaches the API, which answers 405 itself (with a JSON message) to all but GET and HEAD.
_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]
_tiles = [source.url for source in ONLINE_TILES]
if (operator := operator_tiles()) is not None:
    _tiles.append(operator.url)

# Where Streamlit's frontend finds its server: in every page's head, and allowed by its hash.
_SERVER_SCRIPT = build_server_script(str(config.get_option("server.baseUrlPath") or ""))

# Before uvicorn accepts a connection (Streamlit has bound its socket already, before importing this
# module): see components/listener.py (44 ms on every kept-alive request).
listener.install()

app = st.App(
    "app.py",
    routes=[
        Route(api.PREFIX, serve_api, methods=_METHODS),
        Route(api.PREFIX + "/{rest:path}", serve_api, methods=_METHODS),
    ],
    middleware=[
        Middleware(
            HttpRules,
            page_paths=[page.path for page in PAGES],
            allowed_hosts=_allowed_hosts,
            frontend_files=_frontend_files(),
            tile_hosts=tile_sources(_tiles),
            inline_scripts=[
                *_frontend_inline_scripts(),
                *(re.sub(r"^<script>|</script>$", "", script) for script in (*LANG_SCRIPTS.values(), _SERVER_SCRIPT)),
            ],
        ),
        Middleware(
            PageHead,
            page_paths=[page.path for page in PAGES],
            page_links=_SERVER_SCRIPT + build_layout_style(reserved_heights(), placeholder_heights()),
            preloads={page.path: _preloads(page) for page in PAGES},
            late_preloads={page.path: _frame_script_once_declared for page in PAGES if page.has_map},
            lang_links={lang: RTL_STYLES[lang] + NASTALIQ_STYLES.get(lang, "") for lang in RTL_STYLES},
        ),
    ],
)

# Last, once everything the pages need is imported: the process's long-lived objects leave the
# garbage collector's full collections (70-100 ms each, in the middle of page runs, before).
collector.freeze_startup_objects()
