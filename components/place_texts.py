"""What the map page writes about every place in one language: tooltip labels, names, the places table.

These depend on the dataset and the language only, never on the filters, so
``components.data.load_place_texts`` computes them once per data folder and language.
Pure: no streamlit import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from components.escape import plain_line, plain_text
from components.i18n import display, format_date, translate
from components.maps.layers import place_labels
from components.model import Dataset


def place_names(dataset: Dataset, lang: str) -> dict[str, str]:
    """Every place, corridor and facility id with its name in ``lang`` (English where none is sourced)."""
    names: dict[str, str] = {}
    for table in (dataset.places, dataset.corridors, dataset.facilities):
        for record in _name_records(table, lang):
            names[str(record["id"])] = plain_line(display(record, "name", lang)) or str(record["id"])
    return names


def _name_records(table: pd.DataFrame, lang: str) -> list[dict[str, object]]:
    # Only the columns display() reads: a record of every column costs ten times as much.
    columns = [c for c in ("id", "name_en", f"name_{lang}") if c in table.columns]
    records: list[dict[str, object]] = table[list(dict.fromkeys(columns))].to_dict("records")
    return records


@dataclass(frozen=True)
class PlaceTexts:
    """What the map page writes about every place in one language: the same on every run.

    Attributes:
        labels: Each place id with its tooltip text (``maps.layers.place_labels``), to recognise clicks.
        names: Each place, corridor and facility id with its name (``place_names``).
        table: Every place as a row of the places table, without the "on the map" column
            (``place_table``).
    """

    labels: dict[str, str]
    names: dict[str, str]
    table: pd.DataFrame


def place_table(dataset: Dataset, lang: str) -> pd.DataFrame:
    """Every place as a table row for people: name, kind, country, status, opening, precision, id.

    Kinds, countries, statuses, dates and precisions are few distinct values: each is
    translated once for the table, not once per row, and the column is categorical, which
    Arrow sends as a dictionary (with 5,000 places the table goes to the browser on every run:
    261 KB instead of 714 KB).
    """
    places = dataset.places

    def once(values: pd.Series, text: Callable[[str], str]) -> pd.Categorical:
        known = {value: text(value) for value in set(values)}
        return pd.Categorical([known[value] for value in values])

    return pd.DataFrame(
        {
            translate("table.name", lang): [
                plain_text(display(record, "name", lang)) for record in _name_records(places, lang)
            ],
            translate("table.kind", lang): once(places["kind"], lambda kind: translate(f"kind.{kind}", lang)),
            translate("table.country", lang): pd.Categorical(places["country"]),
            translate("table.status", lang): once(
                places["status"], lambda status: translate(f"status.{status}", lang) if status else ""
            ),
            translate("table.opened", lang): once(places["opened"], lambda opened: format_date(opened, lang)),
            translate("table.precision", lang): once(
                places["precision"], lambda precision: translate(f"precision.{precision}", lang)
            ),
            translate("table.id", lang): list(places["id"]),
        }
    )


def build_place_texts(dataset: Dataset, lang: str) -> PlaceTexts:
    """The ``PlaceTexts`` of ``dataset`` in ``lang``."""
    return PlaceTexts(place_labels(dataset.places, lang), place_names(dataset, lang), place_table(dataset, lang))
