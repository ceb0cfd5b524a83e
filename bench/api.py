"""Sizes and response times of every API endpoint, on loopback: python bench/api.py [--requests 100].

Starts ``streamlit run server.py`` on a free port (the same entry as ``make run``), then for each
endpoint and format sends one request (the first: built, then cached by the server per request
and day) and ``--requests`` more, one after another, over a fresh connection each (as ``curl``
would). Prints a Markdown table (bytes, the first request's time, median and 95th percentile in
milliseconds) and writes it to ``artifacts/api-bench.json``.
Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components.api import ENDPOINTS  # noqa: E402  (after the path is set)
from tests.e2e.conftest import ARTIFACTS, Server  # noqa: E402


def timed_get(port: int, path: str) -> tuple[float, int, int]:
    """One GET on a new connection: (milliseconds, status, body bytes)."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    return (time.perf_counter() - started) * 1000, response.status, len(body)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    paths = [f"/api/v1/{name}.{ext}" for name, endpoint in ENDPOINTS.items() for ext in endpoint.formats]
    paths += ["/api/v1/places.json?country=PAK&lang=zh", "/api/v1/openapi.json"]
    rows = []
    with Server() as server:
        for path in paths:
            first = timed_get(server.port, path)[0]
            samples = [timed_get(server.port, path) for _ in range(args.requests)]
            statuses = {status for _, status, _ in samples}
            times = [ms for ms, _, _ in samples]
            rows.append(
                {
                    "path": path,
                    "status": sorted(statuses),
                    "bytes": samples[-1][2],
                    "first_ms": round(first, 2),
                    "median_ms": round(statistics.median(times), 2),
                    "p95_ms": round(percentile(times, 0.95), 2),
                }
            )
    print(f"| endpoint | bytes | first ms | median ms | p95 ms |  ({args.requests} requests each, loopback)")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        print(f"| `{row['path']}` | {row['bytes']:,} | {row['first_ms']} | {row['median_ms']} | {row['p95_ms']} |")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "api-bench.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
