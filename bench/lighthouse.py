"""Lighthouse on every page of the dashboard: ``make lighthouse`` (and the last phase of ``make bench``).

Lighthouse comes from the npm registry, pinned (``LIGHTHOUSE``), installed once into
``.tools/lighthouse`` (git-ignored), and drives Debian's Chromium (``$CHROMIUM``) against a
dashboard server on loopback: desktop preset, unthrottled (``--throttling-method=provided``),
so the numbers are this machine's, not a simulated phone's. Per page it reports the
performance, accessibility and best-practices scores, the cumulative layout shift, and every
audit that did not pass; ``budgets()`` turns them into PASS/FAIL lines of issue 16. With
several rounds (``make lighthouse`` runs three) each page's verdict rests on its median run,
and the spread of the runs is printed beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / ".tools" / "lighthouse"
LIGHTHOUSE = "lighthouse@13.5.0"
CLI = TOOLS / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices")

# Budgets of issue 16.
MIN_SCORE = {"performance": 0.90, "accessibility": 1.00, "best-practices": 1.00}
MAX_CLS = 0.05


def ensure_lighthouse() -> Path:
    """Install the pinned Lighthouse into .tools/ unless it is there; return its CLI script."""
    if CLI.exists():
        return CLI
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is needed for Lighthouse (Debian: apt-get install npm)")
    TOOLS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(TOOLS), LIGHTHOUSE],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return CLI


def chrome_flags() -> str:
    from tests.e2e.conftest import CHROMIUM_ARGS

    return " ".join(["--headless=new", *CHROMIUM_ARGS])


def audit_page(url: str, out: Path, chromium: str, timeout_s: float = 120.0) -> dict[str, Any]:
    """Run Lighthouse on one URL; return its scores, CLS and failing audits (or an error)."""
    command = [
        "node", str(ensure_lighthouse()), url,
        "--preset=desktop", "--throttling-method=provided",
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json", f"--output-path={out}", "--quiet",
        f"--chrome-flags={chrome_flags()}",
        "--max-wait-for-load=60000",
    ]  # fmt: skip
    env = {**os.environ, "CHROME_PATH": chromium}
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout_s, check=False)
    if done.returncode != 0 or not out.exists():
        return {"url": url, "error": (done.stderr or done.stdout).strip()[-400:]}
    return summarise(json.loads(out.read_text()), url, time.monotonic() - started)


def summarise(report: dict[str, Any], url: str, seconds: float = 0.0) -> dict[str, Any]:
    """The scores, CLS and failing audits of a Lighthouse JSON report."""
    categories = report.get("categories", {})
    audits = report.get("audits", {})
    scores = {name: categories.get(name, {}).get("score") for name in CATEGORIES}
    failing = []
    for name in CATEGORIES:
        for ref in categories.get(name, {}).get("auditRefs", []):
            audit = audits.get(ref["id"], {})
            score = audit.get("score")
            if ref.get("weight", 0) > 0 and score is not None and score < 1:
                failing.append(
                    {
                        "category": name,
                        "id": ref["id"],
                        "score": score,
                        "value": audit.get("displayValue", ""),
                        "title": audit.get("title", ""),
                        # What failed, where the audit names elements (contrast, headings): up to three.
                        "nodes": [
                            (item.get("node") or {}).get("snippet", "")[:120]
                            for item in (audit.get("details") or {}).get("items", [])[:3]
                            if isinstance(item, dict) and item.get("node")
                        ],
                    }
                )
    cls = audits.get("cumulative-layout-shift", {}).get("numericValue")
    shifts = [
        {"score": round(float(item.get("score", 0)), 3), "node": (item.get("node") or {}).get("selector", "")}
        for item in (audits.get("layout-shifts", {}).get("details") or {}).get("items", [])[:5]
    ]
    return {
        "url": url,
        "scores": scores,
        "cls": cls,
        "largest_shifts": shifts,
        "total_bytes": audits.get("total-byte-weight", {}).get("numericValue"),
        "failing": failing,
        "seconds": round(seconds, 1),
    }


def audit_pages(
    base: str, paths: list[str], work: Path, chromium: str, until: float, runs: int = 1
) -> list[dict[str, Any]]:
    """Lighthouse on each path, ``runs`` rounds over all paths while time is left before ``until``
    (time.monotonic()); one result per path, its median run (``median_run``)."""
    attempts: dict[str, list[dict[str, Any]]] = {path: [] for path in paths}
    for round_number in range(runs):
        for index, path in enumerate(paths):
            if any(attempts.values()) and time.monotonic() + 25 > until:
                if not attempts[path]:
                    attempts[path].append({"url": base + path, "error": "out of time (bench deadline)"})
                continue
            out = work / f"lighthouse-{index}-{round_number}.json"
            result = audit_page(base + path, out, chromium)
            if "error" in result and "run Lighthouse again" in result["error"] and time.monotonic() + 25 < until:
                # Lighthouse's own advice for a failed trace (NO_NAVSTART, seen on a loaded machine).
                first_error = result["error"]
                result = audit_page(base + path, out.with_suffix(".again.json"), chromium)
                result["first_attempt_error"] = first_error
            attempts[path].append(result)
    return [median_run(attempts[path]) for path in paths]


def median_run(attempts: list[dict[str, Any]]) -> dict[str, Any]:
    """One page's runs as one result: the run with the median performance score (the lower of the
    two middle ones), with ``runs`` (how many traced) and ``spread`` (each score's and CLS's
    lowest and highest). A page with no traced run keeps its last error."""
    traced = [run for run in attempts if "error" not in run]
    if not traced:
        return attempts[-1]
    ordered = sorted(traced, key=lambda run: run["scores"].get("performance") or 0)
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    chosen["runs"] = len(traced)
    spread: dict[str, list[float | None]] = {}
    for name in CATEGORIES:
        values = [run["scores"][name] for run in traced if run["scores"].get(name) is not None]
        spread[name] = [min(values), max(values)] if values else [None, None]
    shifts = [run["cls"] for run in traced if run.get("cls") is not None]
    spread["cls"] = [min(shifts), max(shifts)] if shifts else [None, None]
    chosen["spread"] = spread
    return chosen


def budgets(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """PASS/FAIL per page and budget, with the numbers behind each verdict."""
    verdicts: list[dict[str, Any]] = []
    for page in results:
        path = "/" + page["url"].split("/", 3)[-1] if page["url"].count("/") >= 3 else page["url"]
        if "error" in page:
            verdicts.append({"budget": f"lighthouse {path}", "result": "N/A", "detail": page["error"][:160]})
            continue
        for name, minimum in MIN_SCORE.items():
            score = page["scores"].get(name)
            ok = score is not None and score >= minimum
            verdicts.append(
                {
                    "budget": f"lighthouse {path}: {name}",
                    "result": "PASS" if ok else "FAIL",
                    "detail": f"{score} vs >= {minimum}" + _of_runs(page, name),
                }
            )
        cls = page.get("cls")
        verdicts.append(
            {
                "budget": f"lighthouse {path}: layout shift",
                "result": "PASS" if cls is not None and cls <= MAX_CLS else "FAIL",
                "detail": f"CLS {cls if cls is None else round(cls, 3)} vs <= {MAX_CLS}" + _of_runs(page, "cls"),
            }
        )
    return verdicts


def table(results: list[dict[str, Any]]) -> str:
    """Scores per page and the audits that did not pass."""
    lines = [f"{'page':<14} {'perf':>5} {'a11y':>5} {'b-p':>5} {'CLS':>6} {'KB':>6}  runs, performance low-high"]
    for page in results:
        path = "/" + page["url"].split("/", 3)[-1]
        if "error" in page:
            lines.append(f"{path:<14} error: {page['error'][:100]}")
            continue
        s = page["scores"]
        kb = (page.get("total_bytes") or 0) / 1024
        lines.append(
            f"{path:<14} {s['performance']!s:>5} {s['accessibility']!s:>5} {s['best-practices']!s:>5}"
            f" {round(page['cls'] or 0, 3):>6} {kb:>6.0f}"
            + (f"  {page['runs']}, {_low_high(page['spread']['performance'])}" if page.get("runs", 1) > 1 else "")
            + ("  (second attempt: Lighthouse failed to trace the first)" if "first_attempt_error" in page else "")
        )
        for audit in page["failing"]:
            lines.append(f"    {audit['category']}: {audit['id']} ({audit['score']}) {audit['value']}")
            lines.extend(f"      at {node}" for node in audit.get("nodes", []))
        for shift in page.get("largest_shifts", []):
            lines.append(f"    shift {shift['score']}: {shift['node'][:90]}")
    return "\n".join(lines)


def _low_high(pair: list[float | None]) -> str:
    low, high = (value if value is None else round(value, 3) for value in pair)
    return f"{low}-{high}"


def _of_runs(page: dict[str, Any], name: str) -> str:
    # Where a verdict rests on several runs: which run it is and how far the others were.
    runs = page.get("runs", 1)
    return f" (the median run of {runs}; {_low_high(page['spread'][name])})" if runs > 1 else ""


def page_paths(maps_only: bool = False) -> list[str]:
    """Every page of the dashboard (components.layout.PAGES), or only those with a map, by URL path."""
    sys.path.insert(0, str(ROOT))
    from components.layout import PAGES

    return [page.path for page in PAGES if (ROOT / page.script).exists() and (page.has_map or not maps_only)]


def main() -> int:
    """``make lighthouse``: start the dashboard on a free port and audit every page,
    ``LIGHTHOUSE_RUNS`` rounds (default 3: one run's performance score moves by up to 0.05 here)."""
    import tempfile

    from bench.run import CHROMIUM, RESULTS, dashboard_command, served

    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kgc-lighthouse-") as temp:
        with served(dashboard_command(), "/_stcore/health", "lighthouse") as (base, _process):
            runs = max(1, int(os.environ.get("LIGHTHOUSE_RUNS", "3")))
            results = audit_pages(base, page_paths(), Path(temp), CHROMIUM, time.monotonic() + 900 * runs, runs)
    (RESULTS / "lighthouse.json").write_text(json.dumps(results, indent=2))
    print(table(results))
    verdicts = budgets(results)
    for v in verdicts:
        print(f"  {v['result']:<5} {v['budget']:<44} {v['detail']}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
