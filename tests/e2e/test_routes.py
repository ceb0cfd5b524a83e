"""Browser test of /routes with no internet: the route is drawn with its length, and avoiding a crossing changes the answer."""

from __future__ import annotations

from tests.e2e.conftest import ARTIFACTS, READY, RecordedPage, Server, map_frame, wait_for_url

TIMEOUT_MS = 30_000
ROUTE_LINE = "path.kgc-route-1"
SHORTEST = ".st-key-route_1"


def test_kashgar_to_tashkent_is_drawn_with_its_length_and_avoiding_irkeshtam_changes_it(
    server: Server, offline_page: RecordedPage
) -> None:
    """/routes?from=kashgar&to=tashkent draws the route and its 627 km; avoiding Irkeshtam leaves no road and no line."""
    page = offline_page.page
    page.goto(server.url + "/routes?from=kashgar&to=tashkent")  # type: ignore[attr-defined]
    frame = map_frame(page)
    frame.wait_for_selector(ROUTE_LINE, timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    shortest = page.locator(SHORTEST)  # type: ignore[attr-defined]
    shortest.get_by_text("627 km", exact=False).first.wait_for(timeout=TIMEOUT_MS)
    assert "Irkeshtam" in shortest.inner_text()
    page.wait_for_selector(READY, timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "routes-kashgar-tashkent.png"))  # type: ignore[attr-defined]

    avoid = page.locator("[data-testid='stMultiSelect']").filter(has_text="Avoid")  # type: ignore[attr-defined]
    avoid.locator("input").click()
    page.keyboard.type("Irkeshtam (Erk")  # type: ignore[attr-defined]
    page.get_by_role("option", name="Irkeshtam (Erkeshtam)", exact=True).click()  # type: ignore[attr-defined]
    # Leave the multiselect as a person would: BaseWeb swallows the first click after typing into it.
    page.locator("[data-testid='stMain'] h1").first.click()  # type: ignore[attr-defined]
    url = wait_for_url(page, r"[?&]avoid=irkeshtam")
    assert url.count("avoid=") == 1
    page.get_by_text("No route is left in our data", exact=False).first.wait_for(timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    assert page.locator(SHORTEST).count() == 0  # type: ignore[attr-defined]
    frame = map_frame(page)
    frame.wait_for_selector(ROUTE_LINE, state="detached", timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    assert frame.query_selector("path")  # type: ignore[attr-defined]  # the faded network is still drawn
    page.wait_for_selector(READY, timeout=TIMEOUT_MS)  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / "routes-avoid-irkeshtam.png"))  # type: ignore[attr-defined]
    page.get_by_text("Stated vs measured: every stated distance").scroll_into_view_if_needed()  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / "routes-stated-vs-measured.png"))  # type: ignore[attr-defined]
    assert offline_page.foreign_requests() == []
