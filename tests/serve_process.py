"""`make serve` for tests: the launcher (scripts/serve.py) as a subprocess on a free port.

Shared by the browser failover test (tests/e2e/test_serve.py) and the load test (tests/load).
It knows where nginx's access log is, which replica pid listens on which port (replicas.json),
and which replica the access log says answered a sticky route.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import signal
import ssl
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from scripts.serve import find_nginx, free_port
from tests.conftest import skip_or_fail

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
# The TLS tests use a self-signed certificate.
UNVERIFIED = ssl._create_unverified_context()  # noqa: S323
UPSTREAM = re.compile(r' upstream="([^"]*)" .* route=(\S+)$')


def nginx_or_skip() -> str:
    """nginx's path; skips without one, and fails instead under CI=true."""
    nginx = find_nginx()
    if nginx is None:
        skip_or_fail("no nginx: run `make test` (it installs Debian's nginx) or install nginx")
    return nginx


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A one-day self-signed certificate for localhost and its key, written into ``folder``.

    Skips without openssl, and fails instead under CI=true (the TLS tests must run there).
    """
    openssl = shutil.which("openssl")
    if openssl is None:
        skip_or_fail("no openssl to make a self-signed certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
        + ["-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


def read_state(prefix: Path) -> dict[str, object]:
    """The launcher's replicas.json in ``prefix``: nginx's pid, port -> pid of each replica, those marked down."""
    return dict(json.loads((prefix / "replicas.json").read_text()))


def read_replica_pids(prefix: Path) -> dict[int, int]:
    replicas = read_state(prefix)["replicas"]
    assert isinstance(replicas, dict)
    return {int(port): int(pid) for port, pid in replicas.items()}


class ServeProcess:
    """scripts/serve.py with ``replicas`` local replicas behind nginx on a free loopback port."""

    def __init__(
        self, replicas: int = 2, extra_env: dict[str, str] | None = None, tls: tuple[Path, Path] | None = None
    ) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.port = free_port()
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.prefix = ARTIFACTS / f"serve-test-{self.port}"
        self.log_path = ARTIFACTS / f"serve-test-{self.port}.log"
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "scripts/serve.py", "--port", str(self.port), "--replicas", str(replicas)]
            + ["--prefix", str(self.prefix)]
            + (["--cert", str(tls[0]), "--key", str(tls[1])] if tls else []),
            cwd=ROOT,
            env={**os.environ, **(extra_env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        # The launcher's lines go to the log file and to a queue a test can block on (wait_for_line).
        self._lines: queue.Queue[str] = queue.Queue()
        self._pump = threading.Thread(target=self._pump_output, daemon=True)
        self._pump.start()
        try:
            self.wait_healthy()
        except BaseException:
            self.stop()
            raise

    def __enter__(self) -> ServeProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_healthy(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"serve.py exited with {self.process.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2, context=UNVERIFIED) as response:
                    if response.read().strip() == b"ok" and (self.prefix / "replicas.json").exists():
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"nginx did not answer /_stcore/health within {timeout}s; see {self.log_path}")

    def state(self) -> dict[str, object]:
        return read_state(self.prefix)

    def replica_pids(self) -> dict[int, int]:
        """Port -> pid of every local replica, as the launcher last wrote it."""
        return read_replica_pids(self.prefix)

    def _pump_output(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._log.write(line)
            self._log.flush()
            self._lines.put(line)

    def wait_for_line(self, pattern: str, timeout: float = 30.0) -> re.Match[str]:
        """Block until the launcher prints a line matching ``pattern`` (a new line, not one already
        read by an earlier wait); its match."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._lines.get(timeout=left)
            except queue.Empty:
                break
            if match := re.search(pattern, line):
                return match
        raise AssertionError(
            f"the launcher printed no line matching {pattern!r} within {timeout}s; see {self.log_path}"
        )

    def wait_for_restart(self, port: int, old_pid: int, timeout: float = 30.0) -> int:
        """The pid of the replica the launcher started on ``port`` in place of ``old_pid``, as it
        says when it has (after writing its state file, which then names the same pid)."""
        match = self.wait_for_line(rf"replica 127\.0\.0\.1:{port} started again \(pid (\d+)\)", timeout)
        pid = int(match.group(1))
        assert pid != old_pid and self.replica_pids()[port] == pid
        return pid

    def access_log(self) -> list[str]:
        path = self.prefix / "access.log"
        return path.read_text().splitlines() if path.exists() else []

    def upstreams_for_route(self, route: str) -> list[str]:
        """The replica that answered each request of this sticky route, in log order (cache hits left out).

        When nginx tried several (a lost replica, then a live one) it logs them all; the last answered.
        """
        found = []
        for line in self.access_log():
            match = UPSTREAM.search(line)
            if match and match.group(2) == route and match.group(1) != "-":
                found.append(match.group(1).split(", ")[-1])
        return found

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._pump.join(timeout=10)
        self._log.close()
