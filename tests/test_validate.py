"""Tests for the command line `python -m components.validate`: exit codes and output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from components.data import DATA_DIR_ENV, read_dataset
from components.validate import main, summarize

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
TINY = Path(__file__).resolve().parent / "fixtures" / "tiny"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the validator in a fresh interpreter from the repository root."""
    environment = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "components.validate", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of data/ with two problems: a comma decimal and a missing file."""
    folder = tmp_path_factory.mktemp("broken") / "data"
    shutil.copytree(DATA, folder)
    places = folder / "places.csv"
    places.write_text(places.read_text(encoding="utf-8").replace(",39.4672,", ",39;4672,", 1), encoding="utf-8")
    (folder / "products.csv").unlink()
    return folder


@pytest.fixture(scope="module")
def broken_run(broken: Path) -> tuple[dict[str, bytes], subprocess.CompletedProcess[str], dict[str, bytes]]:
    """The folder's bytes before, one CLI run on the broken copy, and the bytes after."""
    before = {path.name: path.read_bytes() for path in broken.iterdir()}
    result = run_cli(str(broken))
    after = {path.name: path.read_bytes() for path in broken.iterdir()}
    return before, result, after


def test_valid_data_exits_zero_with_a_one_line_summary() -> None:
    """On data/ the CLI prints one summary line ending in OK and exits 0."""
    result = run_cli()
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("data: 53 places, 9 corridors, 9 facilities, ")
    assert lines[0].endswith(" OK")
    assert result.stderr == ""


def test_folder_argument_is_used() -> None:
    """A folder given on the command line is checked instead of data/."""
    result = run_cli(str(TINY))
    assert result.returncode == 0
    assert result.stdout.startswith("data: 2 places, 1 corridors, 2 facilities, ")


def test_environment_variable_picks_the_default_folder() -> None:
    """Without an argument, DASHBOARD_DATA_DIR is the folder checked."""
    result = run_cli(env={DATA_DIR_ENV: str(TINY)})
    assert result.returncode == 0
    assert "2 places" in result.stdout


def test_broken_data_exits_one_with_one_line_per_problem(broken_run: tuple) -> None:  # type: ignore[type-arg]
    """On broken data the CLI prints each problem on its own line and exits 1."""
    _, result, _ = broken_run
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "products.csv: expected a CSV file, got no such file",
        'places.csv, row 2, column lat: expected a number between -90 and 90, got "39;4672"',
    ]


def test_broken_data_prints_no_traceback(broken_run: tuple) -> None:  # type: ignore[type-arg]
    """Bad data is reported as plain lines, never as a Python traceback."""
    _, result, _ = broken_run
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == ""


def test_missing_folder_exits_one(tmp_path: Path) -> None:
    """A folder that does not exist is one problem line and exit code 1."""
    result = run_cli(str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [f"{tmp_path / 'nowhere'}: expected a folder of CSV files, got no such folder"]


def test_cli_writes_nothing(broken_run: tuple) -> None:  # type: ignore[type-arg]
    """Running the validator leaves the folder's files and names unchanged."""
    before, _, after = broken_run
    assert after == before


def test_main_returns_exit_codes_in_process(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """main() returns 0 for good data and 1 for bad, printing to stdout."""
    assert main([str(TINY)]) == 0
    assert main([str(broken)]) == 1
    assert "places.csv, row 2, column lat" in capsys.readouterr().out


def test_summary_counts_every_present_file() -> None:
    """The summary names each file's record count in the order of the specs."""
    summary = summarize(read_dataset(TINY))
    assert summary == (
        "data: 2 places, 1 corridors, 2 facilities, 2 figures, 1 partners, 1 regions, 1 products, "
        "1 milestones, 1 sources, 1 links, 1 closures, 2 countries OK"
    )
