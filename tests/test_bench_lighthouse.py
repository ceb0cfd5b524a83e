"""The Lighthouse phase's arithmetic: a page's verdict rests on its median run, with the spread shown."""

from __future__ import annotations

from typing import Any

from bench.lighthouse import budgets, median_run, table


def run(performance: float, cls: float = 0.0, accessibility: float = 1.0) -> dict[str, Any]:
    scores = {"performance": performance, "accessibility": accessibility, "best-practices": 1.0}
    return {"url": "http://127.0.0.1:8501/trade", "scores": scores, "cls": cls, "failing": [], "largest_shifts": []}


def test_the_median_run_speaks_for_the_page_and_the_spread_is_kept() -> None:
    """Three runs: the middle performance score is the verdict's, the others only its spread."""
    page = median_run([run(0.93, cls=0.01), run(0.84, cls=0.0), run(0.88, cls=0.03, accessibility=0.98)])
    assert page["scores"]["performance"] == 0.88
    assert page["cls"] == 0.03
    assert page["runs"] == 3
    assert page["spread"]["performance"] == [0.84, 0.93]
    assert page["spread"]["accessibility"] == [0.98, 1.0]
    assert page["spread"]["cls"] == [0.0, 0.03]
    verdicts = {v["budget"]: v for v in budgets([page])}
    assert verdicts["lighthouse /trade: performance"]["result"] == "FAIL"
    assert verdicts["lighthouse /trade: performance"]["detail"] == "0.88 vs >= 0.9 (the median run of 3; 0.84-0.93)"
    assert "3, 0.84-0.93" in table([page])


def test_an_even_number_of_runs_takes_the_lower_middle_and_errors_are_left_out() -> None:
    """Of two traced runs the lower counts (a verdict is never flattered); a failed trace is not a run."""
    page = median_run([run(0.95), {"url": "http://x/trade", "error": "NO_NAVSTART"}, run(0.89)])
    assert page["scores"]["performance"] == 0.89
    assert page["runs"] == 2


def test_a_page_with_no_traced_run_keeps_its_error_and_one_run_shows_no_spread() -> None:
    """Only errors: the last error is the page's result (N/A); a single run reads as before."""
    assert (
        median_run([{"url": "http://x/map", "error": "first"}, {"url": "http://x/map", "error": "second"}])["error"]
        == "second"
    )
    single = median_run([run(0.91)])
    assert single["runs"] == 1
    assert budgets([single])[0]["detail"] == "0.91 vs >= 0.9"
