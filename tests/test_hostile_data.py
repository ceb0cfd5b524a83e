"""The validator accepts hostile but harmless text, and refuses links and characters that are not text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from components.data import read_dataset
from components.escape import safe_url
from components.model import DataError
from tests.hostile import ACCEPTED_URLS, DATA, PAYLOADS, REJECTED_URLS, folder_hashes, hostile_folder


def _with_source_url(tmp_path: Path, url: str) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    path = folder / "sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[1].split(",")
    cells[3] = '"' + url.replace('"', '""') + '"'
    lines[1] = ",".join(cells)
    path.write_text("".join(lines), encoding="utf-8")
    return folder


def test_payload_list_is_long_enough() -> None:
    """At least fifteen text payloads are tried everywhere."""
    assert len(PAYLOADS) >= 15


def test_hostile_folder_is_valid_and_carries_every_payload(tmp_path: Path) -> None:
    """The hostile copy passes the validator and every payload sits in some place name or description."""
    dataset = read_dataset(hostile_folder(tmp_path / "data"))
    cells = set(dataset.places["name_en"]) | set(dataset.places["description"]) | set(dataset.places["notes"])
    assert set(PAYLOADS) <= cells


@pytest.mark.parametrize("url", ACCEPTED_URLS)
def test_odd_but_http_source_url_is_accepted(tmp_path: Path, url: str) -> None:
    """An http(s) URL full of quotes and brackets is valid data; the app escapes it when drawing."""
    dataset = read_dataset(_with_source_url(tmp_path, url))
    assert url in set(dataset.sources["url"])
    assert safe_url(url) == url


@pytest.mark.parametrize("url", REJECTED_URLS)
def test_non_http_source_url_is_a_problem_at_its_cell(tmp_path: Path, url: str) -> None:
    """javascript:, data:, file: and URLs hiding spaces or controls are refused at sources.csv row 2, url."""
    with pytest.raises(DataError) as caught:
        read_dataset(_with_source_url(tmp_path, url))
    messages = [str(problem) for problem in caught.value.problems]
    assert any(
        m.startswith("sources.csv, row 2, column url: expected an http:// or https:// address") for m in messages
    )


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x07", "\x85"])
def test_control_character_in_text_is_a_problem(tmp_path: Path, character: str) -> None:
    """A NUL, escape, bell or C1 control inside a name is reported, with the cell's file, row and column."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    path = folder / "products.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Batteries", f"Batt{character}eries"), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_dataset(folder)
    (problem,) = caught.value.problems
    assert (problem.file, problem.column) == ("products.csv", "name_en")
    assert "control characters" in problem.expected


def test_line_breaks_and_tabs_inside_text_are_allowed(tmp_path: Path) -> None:
    """Quoted cells may hold line breaks and tabs: they are text."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    path = folder / "products.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Batteries", '"Batt\teries\r\nand cells"'), "utf-8")
    read_dataset(folder)


def test_reading_the_hostile_folder_changes_no_file(tmp_path: Path) -> None:
    """Validating hostile data only reads it."""
    folder = hostile_folder(tmp_path / "data")
    before = folder_hashes(folder)
    read_dataset(folder)
    assert folder_hashes(folder) == before
