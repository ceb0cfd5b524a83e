"""What a visitor cannot reach: files outside the data folder, crafted widget values, silently cut links."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components.data import DATA_DIR_ENV, read_dataset
from components.maps.clicks import map_event
from components.model import DataError
from tests.apptest import APP, TIMEOUT, open_page, shown_texts
from tests.hostile import DATA


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def _messages(folder: Path) -> str:
    with pytest.raises(DataError) as caught:
        read_dataset(folder)
    return "\n".join(str(problem) for problem in caught.value.problems)


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ"])
def test_a_data_file_linked_outside_the_folder_is_refused_unread(tmp_path: Path, target: str) -> None:
    """places.csv as a symbolic link to a system file is refused, and nothing of that file is quoted."""
    folder = _copy(tmp_path)
    (folder / "places.csv").unlink()
    (folder / "places.csv").symlink_to(target)
    messages = _messages(folder)
    assert "places.csv: expected a regular file inside the data folder, got a symbolic link (not read)" in messages
    assert "root:" not in messages and "PATH=" not in messages


def test_a_link_to_a_file_inside_the_folder_is_refused_too(tmp_path: Path) -> None:
    """A data file must be the file itself: a link is refused even when it points inside the folder."""
    folder = _copy(tmp_path)
    (folder / "copy.csv").write_bytes((folder / "products.csv").read_bytes())
    (folder / "products.csv").unlink()
    (folder / "products.csv").symlink_to(folder / "copy.csv")
    assert "products.csv: expected a regular file inside the data folder, got a symbolic link" in _messages(folder)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    """A named pipe in place of a data file is refused at once (reading it would wait forever)."""
    folder = _copy(tmp_path)
    (folder / "products.csv").unlink()
    os.mkfifo(folder / "products.csv")
    assert "products.csv: expected a regular file inside the data folder, got not a regular file" in _messages(folder)


def test_the_page_quotes_no_line_of_a_linked_system_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With places.csv linked to /etc/passwd the page lists the problem without the file's content."""
    folder = _copy(tmp_path)
    (folder / "places.csv").unlink()
    (folder / "places.csv").symlink_to("/etc/passwd")
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    at = open_page()
    texts = "\n".join([*shown_texts(at), *(block.value for block in at.code)])
    assert "symbolic link" in texts
    assert "root:" not in texts


def test_a_language_crafted_as_a_number_falls_back_without_an_error() -> None:
    """A session whose language widget holds a number (sent over the websocket) gets the default, not an error box."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["lang"] = 5
    at.run()
    assert not at.exception
    assert at.session_state["lang"] == "en"


def test_filters_crafted_as_numbers_fall_back_without_an_error() -> None:
    """Filter widgets holding a number or a list of non-strings are reset from the URL."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["country"] = 7
    at.session_state["facility"] = [7, None]
    at.run()
    assert not at.exception
    assert at.session_state["country"] == [] and at.session_state["facility"] == []


@pytest.mark.parametrize("value", [[1, 2], "x", 3, None])
def test_a_map_value_that_is_no_event_is_read_as_no_event(value: object) -> None:
    """A map value crafted as a list, a string or a number is treated as no click."""
    assert map_event(value) == {}


def test_a_map_event_stays_an_event() -> None:
    """A real event (a mapping) is kept as it is."""
    assert map_event({"last_object_clicked_tooltip": "Gwadar"}) == {"last_object_clicked_tooltip": "Gwadar"}


def test_a_cut_link_is_announced_on_the_page() -> None:
    """When the server cut a link of 1,600 parameters, the page says so."""
    texts = "\n".join(shown_texts(open_page("pages/1_map.py", {"truncated": "1600", "country": "PAK"})))
    assert "1600 parameters" in texts


@pytest.mark.parametrize("value", ["abc", "-1", "1" * 20, "<b>9</b>"])
def test_a_bad_cut_marker_says_nothing(value: str) -> None:
    """Only a plain count in the marker is shown; anything else is ignored."""
    texts = "\n".join(shown_texts(open_page("app.py", {"truncated": value})))
    assert "parameters; a page reads" not in texts
