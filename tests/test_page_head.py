"""Unit tests for components.page_head: the links put into pages' heads, and cache lifetimes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from components.page_head import (
    HOUR,
    YEAR,
    PageHead,
    Preload,
    build_head_links,
    build_layout_style,
    build_server_script,
    cache_control,
    component_script_link,
    frontend_chunks,
    inject_head,
)
from components.reserved import LINK_BOXES, placeholder_heights, reserved_heights
from tests import asgi

PAGE = b"<!DOCTYPE html><html><head><title>Streamlit</title></head><body></body></html>"
MAP_LINKS = build_head_links([Preload("./component/f/static/js/main.521860b0.js", "script")])
PAGE_LINKS = build_head_links([], "./app/static/app/page.css")


def test_head_links_name_each_kind_as_the_browser_fetches_it() -> None:
    """Streamlit's chunks are module preloads with CORS, the frame's script a plain preload, then the stylesheet."""
    links = build_head_links(
        [Preload("./static/js/ComponentInstance.CalcFcAY.js", "modulepreload"), Preload("./app/b.js", "script")],
        "./app/static/app/page.css",
    )
    assert links == (
        '<link rel="modulepreload" crossorigin href="./static/js/ComponentInstance.CalcFcAY.js">'
        '<link rel="preload" as="script" href="./app/b.js">'
        '<link rel="stylesheet" href="./app/static/app/page.css">'
    )


def test_head_links_escape_their_urls() -> None:
    """A quote in a file name cannot end the attribute."""
    assert '"><script>' not in build_head_links([Preload('x"><script>', "script")])


def test_links_go_just_before_the_end_of_the_head() -> None:
    """The links land inside <head>, after what Streamlit put there."""
    assert inject_head(PAGE, "<link>") == PAGE.replace(b"</head>", b"<link></head>")
    assert inject_head(b"<html>no head</html>", "<link>") == b"<html>no head</html>"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/component/streamlit_folium.st_folium/static/js/main.521860b0.js", YEAR),
        ("/component/streamlit_folium.st_folium/index.html", HOUR),
        ("/app/static/app/map-bundle.js", HOUR),
        ("/app/static/vendor/leaflet/dist/leaflet.css", HOUR),
        ("/map", None),
        ("/api/v1/places.json", None),
        ("/_stcore/health", None),
    ],
)
def test_cache_lifetimes(path: str, expected: str | None) -> None:
    """Content-hashed component files are kept a year, other component and app files an hour, the rest untouched."""
    assert cache_control(path) == expected


# What the map page preloads only once the server has declared streamlit-folium (see server.py).
FRAME_SCRIPT: list[str] = []


def _call(
    path: str, body: bytes, headers: list[tuple[bytes, bytes]], method: str = "GET", query: bytes = b""
) -> tuple[Any, bytes]:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        # Like Streamlit's server, compress when the client accepts it.
        accepts = any(key == b"accept-encoding" for key, _ in scope["headers"])
        sent_headers = [*headers, *([(b"content-encoding", b"gzip")] if accepts else [])]
        await send({"type": "http.response.start", "status": 200, "headers": sent_headers})
        await send({"type": "http.response.body", "body": body[:10], "more_body": True})
        await send({"type": "http.response.body", "body": body[10:]})

    sent: list[Any] = []

    async def send(message: Any) -> None:
        sent.append(message)

    async def receive() -> Any:
        return {"type": "http.request"}

    middleware = PageHead(
        app,
        page_paths=["/", "/map", "/sources"],
        page_links=PAGE_LINKS,
        preloads={"/": MAP_LINKS, "/map": MAP_LINKS},
        lang_links={"ur": "<style>rtl</style>"},  # stands in for the style server.py passes
        late_preloads={"/map": lambda: "".join(FRAME_SCRIPT)},
    )
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": query,
        "headers": [(b"accept-encoding", b"gzip, br")],
    }
    asgi.run(middleware(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


HTML = [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(PAGE)).encode())]


def test_a_map_page_gets_the_preloads_and_the_stylesheet_with_a_true_length() -> None:
    """/map's index.html carries both sets of links, and its Content-Length counts them."""
    start, body = _call("/map", PAGE, HTML)
    assert body == inject_head(PAGE, MAP_LINKS + PAGE_LINKS)
    assert dict(start["headers"])[b"content-length"] == str(len(body)).encode()


def test_a_page_gets_only_its_own_preloads() -> None:
    """/sources does not preload the map's files it never uses."""
    _, body = _call("/sources", PAGE, HTML)
    assert body == inject_head(PAGE, PAGE_LINKS)


def test_other_responses_pass_through_untouched() -> None:
    """A script and a HEAD request are not rewritten; a page is asked for uncompressed so it can be."""
    assert _call("/app/static/app/map-bundle.js", PAGE, [(b"content-type", b"text/javascript")])[1] == PAGE
    assert _call("/map", PAGE, HTML, method="HEAD")[1] == PAGE


def test_component_files_get_a_lifetime_unless_they_have_one() -> None:
    """streamlit-folium's hashed script is kept a year; a response that says its own lifetime keeps it."""
    start, _ = _call("/component/f/static/js/main.521860b0.js", b"x" * 20, [(b"content-type", b"text/javascript")])
    assert (b"cache-control", YEAR.encode()) in start["headers"]
    start, _ = _call("/app/static/a.js", b"x" * 20, [(b"cache-control", b"no-store")])
    assert [v for k, v in start["headers"] if k == b"cache-control"] == [b"no-store"]
    start, _ = _call("/component/f/index.html", b"x" * 20, [(b"cache-control", b"no-cache")])
    assert [v for k, v in start["headers"] if k == b"cache-control"] == [b"no-cache"]


def test_a_bare_public_is_no_lifetime() -> None:
    """Streamlit answers component files with "Cache-Control: public" (no lifetime, no validator):
    the hashed frame script gets its year instead, and one Cache-Control header, not two."""
    script = "/component/streamlit_folium.st_folium/static/js/main.521860b0.js"
    start, _ = _call(script, b"x" * 20, [(b"cache-control", b"public"), (b"content-type", b"text/javascript")])
    assert [v for k, v in start["headers"] if k == b"cache-control"] == [YEAR.encode()]


@pytest.mark.parametrize(
    ("query", "styled"),
    [(b"lang=ur", True), (b"country=PAK&lang=ur", True), (b"lang=UR", True), (b"lang=en", False), (b"xlang=ur", False)],
)
def test_an_urdu_link_has_its_style_in_the_head(query: bytes, styled: bool) -> None:
    """A page asked for in Urdu carries the right-to-left style from the first paint; others do not."""
    _, body = _call("/sources", PAGE, HTML, query=query)
    assert (b"<style>rtl</style>" in body) is styled


def test_the_page_style_holds_the_wide_column_and_every_widget_box_from_the_first_paint() -> None:
    """Before the first run, Streamlit draws a centred column and 40 px boxes for widgets whose code
    has not loaded: the page's own style keeps the wide column and each keyed widget's final height."""
    style = build_layout_style(reserved_heights())
    assert 'html body [data-testid="stMainBlockContainer"]{max-width:none}' in style
    for key in ("country", "facility", "status", "lang", "site", "year", "from", "to", "avoid", "month"):
        assert f".st-key-{key}{{min-height:68px}}" in style, key
    assert ".st-key-mode{min-height:95px}" in style
    assert '[class*="st-key-metric_"]{min-height:76px}' in style


def test_the_page_style_sizes_a_page_link_placeholder_as_the_link_it_becomes() -> None:
    """A page link is a 40 px placeholder until its code loads, then 32 px with -6 px margins (20 px
    of the column): inside each link box the placeholder takes those 20 px, and only there."""
    style = build_layout_style(reserved_heights(), placeholder_heights())
    assert '.st-key-nav_links [data-testid="stSkeleton"]{height:20px}' in style
    assert '[class*="st-key-map_link_"] [data-testid="stSkeleton"]{height:20px}' in style
    assert '.st-key-routes_link [data-testid="stSkeleton"]{height:20px}' in style
    assert style.count('[data-testid="stSkeleton"]') == len(LINK_BOXES)
    assert "stSkeleton" not in build_layout_style(reserved_heights())


def test_every_page_link_is_drawn_in_a_link_box() -> None:
    """Each st.page_link call sits in a ``with st.container(key=...)`` of a key in LINK_BOXES (the
    line above it, or two above for the navigation loop), so its placeholder is sized."""
    root = Path(__file__).resolve().parent.parent
    found = []
    for path in [root / "app.py", *(root / "pages").glob("*.py"), *(root / "components").rglob("*.py")]:
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if "st.page_link(" in line:
                above = " ".join(lines[max(0, number - 3) : number])
                found.append(
                    (f"{path.relative_to(root)}:{number + 1}", "with st.container(key=" in above and "_KEY" in above)
                )
    assert len(found) == 3, found
    assert all(boxed for _where, boxed in found), found


def test_every_metric_is_drawn_in_its_reserved_box() -> None:
    """A metric is a 40 px box until its code loads, then 76 px: st.metric is called only by
    panels.render_metric, which draws it in the box the page head reserves."""
    root = Path(__file__).resolve().parent.parent
    calls = [
        f"{path.relative_to(root)}:{number}"
        for path in [root / "app.py", *(root / "pages").glob("*.py"), *(root / "components").rglob("*.py")]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "st.metric(" in line
    ]
    assert calls == [f"components/panels.py:{_line_of('components/panels.py', 'st.metric(label, value)')}"]


def _line_of(path: str, text: str) -> int:
    lines = (Path(__file__).resolve().parent.parent / path).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def _frontend(folder: Path, chunks: dict[str, str]) -> Path:
    """A stand-in for Streamlit's static folder: index.html with its entry module, and chunks."""
    (folder / "static" / "js").mkdir(parents=True)
    (folder / "index.html").write_text(
        '<head><script type="module" crossorigin src="./static/js/index.AAAAAAAA.js"></script></head>'
    )
    for name, text in chunks.items():
        (folder / "static" / "js" / name).write_text(text)
    return folder


def test_frontend_chunks_follow_static_imports_and_leave_out_what_every_page_loads(tmp_path: Path) -> None:
    """An element's chunk comes with what it imports statically, not what it imports when used,
    and not what the entry module already brings; an unknown element is left out."""
    folder = _frontend(
        tmp_path,
        {
            "index.AAAAAAAA.js": 'import{a}from"./react.BBBBBBBB.js";',
            "react.BBBBBBBB.js": "",
            "Slider.CCCCCCCC.js": 'import{a}from"./react.BBBBBBBB.js";import{b}from"./moment.DDDDDDDD.js";'
            'import"./side.EEEEEEEE.js";const later=()=>import("./chart.FFFFFFFF.js");',
            "moment.DDDDDDDD.js": 'import{c}from"./numbro.GGGGGGGG.js";',
            "numbro.GGGGGGGG.js": "",
            "side.EEEEEEEE.js": "",
            "chart.FFFFFFFF.js": "",
            "SliderThumb.HHHHHHHH.js": "",
        },
    )
    assert frontend_chunks(folder, ["Slider", "NoSuchElement"]) == [
        "Slider.CCCCCCCC.js",
        "moment.DDDDDDDD.js",
        "numbro.GGGGGGGG.js",
        "side.EEEEEEEE.js",
    ]


def test_every_element_a_page_names_has_a_chunk_in_the_installed_streamlit() -> None:
    """The names in layout.PAGES match chunks of the Streamlit that is installed: a new version that
    renames one fails here, not silently in the browser."""
    from streamlit import file_util

    from components.layout import FRAME_ELEMENTS, MAP_ELEMENTS, PAGES

    folder = Path(file_util.get_static_dir())
    for element in {*FRAME_ELEMENTS, *MAP_ELEMENTS, *(e for page in PAGES for e in page.elements)}:
        assert frontend_chunks(folder, [element]), element


def test_the_server_script_names_the_root_and_cannot_close_its_element() -> None:
    """The frontend is told the server's root (and a base path, when one is set); no path can end the script."""
    assert build_server_script() == '<script>window.__streamlit={BACKEND_BASE_URL:location.origin+"/"}</script>'
    assert 'location.origin+"/dash/"' in build_server_script("/dash")
    hostile = build_server_script('x</script><script>alert(1)//"')
    assert hostile.count("</script>") == 1 and hostile.endswith("</script>")


def test_a_late_preload_is_asked_for_on_every_request() -> None:
    """The frame script's preload joins /map's head once it exists (after the first run declared the
    component), and never reaches a page without a map."""
    link = '<link rel="preload" as="script" href="./component/f/static/js/main.521860b0.js">'
    FRAME_SCRIPT.clear()
    try:
        assert _call("/map", PAGE, HTML)[1] == inject_head(PAGE, MAP_LINKS + PAGE_LINKS)
        FRAME_SCRIPT.append(link)
        assert _call("/map", PAGE, HTML)[1] == inject_head(PAGE, MAP_LINKS + link + PAGE_LINKS)
        assert link.encode() not in _call("/sources", PAGE, HTML)[1]
    finally:
        FRAME_SCRIPT.clear()


def test_the_frame_script_preload_names_the_one_hashed_script_of_the_build(tmp_path: Path) -> None:
    """The preload names the build's one main.<hash>.js under the component's URL; none, two, or an
    unhashed name give no preload (a wrong guess would fetch an error)."""
    installed = Path(__import__("importlib.util").util.find_spec("streamlit_folium").origin).parent
    link = component_script_link("streamlit_folium.st_folium", installed / "frontend" / "build" / "static" / "js")
    assert link.startswith(
        '<link rel="preload" as="script" href="./component/streamlit_folium.st_folium/static/js/main.'
    )
    assert component_script_link("c", tmp_path) == ""
    (tmp_path / "main.app.js").write_text("")
    assert component_script_link("c", tmp_path) == ""
    (tmp_path / "main.app.js").unlink()
    (tmp_path / "main.521860b0.js").write_text("")
    assert (
        component_script_link("c", tmp_path)
        == '<link rel="preload" as="script" href="./component/c/static/js/main.521860b0.js">'
    )
    (tmp_path / "main.0000aaaa.js").write_text("")
    assert component_script_link("c", tmp_path) == ""
    assert component_script_link("c", None) == ""
