"""Shared test configuration: the shipped dataset fixture; under CI the browser tier must run, not vanish or skip."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

from components.data import read_dataset
from components.model import Dataset

E2E_DIR = Path(__file__).resolve().parent / "e2e"
TESTS_DIR = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    """The shipped dataset (data/), read once per run; a test copies a table before changing it."""
    return read_dataset(TESTS_DIR.parent / "data")


def skip_or_fail(message: str) -> NoReturn:
    """Skip a test that lacks a tool of the machine; under CI=true, where every tier must run, fail it."""
    if _in_ci():
        pytest.fail(message)
    pytest.skip(message)


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _is_browser_test(nodeid: str) -> bool:
    return "/e2e/" in f"/{nodeid}"


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """Under pytest-xdist (``make test`` runs ``-n 2``) the whole browser tier is one unit of work,
    so one worker runs it, one server and one browser at a time as when run alone, while the other
    worker runs the unit and app tiers file by file."""
    from xdist.scheduler import LoadScopeScheduling

    class BrowserTierScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return "browser tier" if _is_browser_test(nodeid) else nodeid.split("::")[0]

    return BrowserTierScheduling(config, log)  # type: ignore[arg-type]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI=true, a whole-suite run with no browser test run, or any skipped, fails."""
    if not _in_ci() or session.config.option.collectonly:
        return
    if hasattr(session.config, "workerinput"):
        return  # an xdist worker sees only its share; the controller judges the whole run
    whole_suite = any(Path(arg).resolve() == TESTS_DIR for arg in session.config.args)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if not whole_suite or reporter is None:
        return
    ran = [
        r for key in ("passed", "failed", "error") for r in reporter.stats.get(key, []) if _is_browser_test(r.nodeid)
    ]
    skipped = [r for r in reporter.stats.get("skipped", []) if _is_browser_test(getattr(r, "nodeid", ""))]
    if not ran or skipped:
        reporter.write_line(
            f"CI: the browser tier must run: {len(ran)} browser tests ran, {len(skipped)} were skipped.",
            red=True,
            bold=True,
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
