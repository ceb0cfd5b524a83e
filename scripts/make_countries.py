"""Generate data/countries.csv: every ISO 3166-1 country with names in English, Chinese and Urdu.

Development tool only. It needs pycountry and babel, which are not runtime dependencies:

    pip install pycountry==26.2.16 babel==2.19.0
    python scripts/make_countries.py            # writes data/countries.csv
    python scripts/make_countries.py --check    # exits 1 if the file is out of date

Codes come from pycountry (Debian iso-codes). Names come from Unicode CLDR through babel
(English `en`, simplified Chinese `zh_Hans_CN`, Urdu `ur`); where CLDR has no name for a
code the English name falls back to the ISO short name and the others stay empty.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

import pycountry
from babel import Locale

OUTPUT = Path(__file__).resolve().parent.parent / "data" / "countries.csv"
HEADER = ("iso3", "iso_numeric", "name_en", "name_zh", "name_ur")


def build_rows() -> list[tuple[str, str, str, str, str]]:
    """Return one row per ISO 3166-1 country, sorted by alpha-3 code."""
    english = Locale.parse("en").territories
    chinese = Locale.parse("zh_Hans_CN").territories
    urdu = Locale.parse("ur").territories
    rows = []
    for country in pycountry.countries:
        alpha2 = country.alpha_2
        rows.append(
            (
                country.alpha_3,
                country.numeric.zfill(3),
                english.get(alpha2, country.name),
                chinese.get(alpha2, ""),
                urdu.get(alpha2, ""),
            )
        )
    return sorted(rows)


def render(rows: list[tuple[str, str, str, str, str]]) -> str:
    """Return the CSV text (UTF-8, LF line endings) for the rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Write data/countries.csv, or with --check report whether it is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render(build_rows())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run scripts/make_countries.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines()) - 1} countries to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
