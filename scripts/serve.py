"""Serve the dashboard for many readers (`make serve`): Streamlit replicas behind nginx.

Starts REPLICAS ``streamlit run`` processes on free loopback ports (or none, when UPSTREAMS names
replicas on other machines), waits until each answers ``/_stcore/health``, renders
deploy/nginx.conf.template into a prefix folder under artifacts/, and runs Debian's nginx in the
foreground from there (no root needed for a port above 1024). While it runs it restarts a local
replica that exits, marks ``down`` (re-render + reload) one that stops answering its health check
and brings it back when it answers again; Ctrl-C or SIGTERM stops everything it started.

The configuration itself is rendered by scripts/nginx_config.py (pure, unit-tested in
tests/test_serve.py); this module is process supervision, tested through a browser in
tests/e2e/test_serve.py and under load in tests/load/test_serve_load.py.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.nginx_config import TEMPLATE, Settings, Upstream, parse_upstreams, render_config  # noqa: E402

# Health polling: a replica is marked down after this many failed polls in a row (each waits
# HEALTH_TIMEOUT). Generous on purpose: a busy replica answers slowly, and taking it out moves
# its load onto the others.
HEALTH_INTERVAL = 2.0
HEALTH_TIMEOUT = 5.0
HEALTH_FAILURES_TO_DOWN = 6
START_TIMEOUT = 90.0
RESTART_INTERVAL = 2.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def is_healthy(address: str, timeout: float = HEALTH_TIMEOUT) -> bool:
    try:
        with urllib.request.urlopen(f"http://{address}/_stcore/health", timeout=timeout) as response:  # noqa: S310
            return bool(response.read().strip() == b"ok")
    except (OSError, http.client.HTTPException):
        # Refused, timed out, or cut off mid-answer (a replica dying): all mean not healthy.
        return False


def find_nginx() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)


def log(message: str) -> None:
    print(f"[serve {time.strftime('%H:%M:%S')}] {message}", flush=True)


def streamlit_argv(entry: str, port: int | str) -> list[str]:
    """The command that serves ``entry`` on loopback at ``port``: one replica, a test server, a bench run."""
    return [
        sys.executable, "-m", "streamlit", "run", entry,
        "--server.headless", "true",
        "--server.address", "127.0.0.1",
        "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip


class Replica:
    """A ``streamlit run`` on a loopback port, restartable on the same port."""

    def __init__(self, entry: str, port: int, prefix: Path, env: dict[str, str]) -> None:
        self.entry, self.port, self.prefix, self.env = entry, port, prefix, env
        self.process: subprocess.Popen[bytes] | None = None
        self.restarts = 0
        self.started_at = 0.0

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def started_ago(self) -> float:
        return time.monotonic() - self.started_at

    def start(self) -> None:
        self.started_at = time.monotonic()
        log_file = (self.prefix / f"replica-{self.port}.log").open("ab")
        self.process = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
            streamlit_argv(self.entry, self.port),
            cwd=ROOT,
            env=self.env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            # Own process group: Ctrl-C reaches only the launcher, which stops children in order.
            start_new_session=True,
        )
        log_file.close()

    def exited(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Supervisor:
    """Replicas, nginx, and the loop that keeps them running until told to stop."""

    def __init__(self, args: argparse.Namespace, nginx: str) -> None:
        self.args, self.nginx = args, nginx
        self.prefix = Path(args.prefix or ROOT / "artifacts" / f"serve-{args.port}").resolve()
        self.stopping = threading.Event()
        self.lock = threading.RLock()
        self.replicas: list[Replica] = []
        self.nginx_process: subprocess.Popen[bytes] | None = None
        self.down: set[str] = set()
        # Replicas that were (re)started and have not run /map yet: they stay down until they have.
        self.cold: set[str] = set()
        self.failures: dict[str, int] = {}

    def settings(self) -> Settings:
        addresses = (
            [u.address for u in parse_upstreams(self.args.upstreams)]
            if self.args.upstreams
            else [r.address for r in self.replicas]
        )
        upstreams = tuple(Upstream(a.rpartition(":")[0], int(a.rpartition(":")[2]), a in self.down) for a in addresses)
        cert, key = (Path(self.args.cert).resolve(), Path(self.args.key).resolve()) if self.args.cert else (None, None)
        base = Settings(port=self.args.port, upstreams=upstreams, prefix=self.prefix, listen_host=self.args.host)
        return replace(base, cert=cert, key=key)

    def write_config(self) -> Path:
        config = self.prefix / "nginx.conf"
        config.write_text(render_config(TEMPLATE.read_text(), self.settings()))
        return config

    def write_state(self) -> None:
        """replicas.json: port -> pid of each local replica (tests and operators kill or inspect them)."""
        state = {
            "nginx_pid": self.nginx_process.pid if self.nginx_process else None,
            "replicas": {str(r.port): r.process.pid for r in self.replicas if r.process},
            "down": sorted(self.down),
        }
        with self.lock:
            partial = self.prefix / "replicas.json.tmp"
            partial.write_text(json.dumps(state))
            partial.replace(self.prefix / "replicas.json")

    def start_replicas(self) -> None:
        env = {**os.environ}
        # One cookie secret for every replica: the XSRF cookie one replica signs is then valid on the
        # others (a reader moved by a lost replica keeps working). Set it yourself across machines.
        env.setdefault("STREAMLIT_SERVER_COOKIE_SECRET", secrets.token_hex(32))
        for _ in range(self.args.replicas):
            self.replicas.append(Replica(self.args.entry, free_port(), self.prefix, env))
        for replica in self.replicas:
            replica.start()
        deadline = time.monotonic() + START_TIMEOUT
        pending = list(self.replicas)
        while pending:
            if time.monotonic() > deadline:
                raise RuntimeError(f"replicas {[r.port for r in pending]} did not answer /_stcore/health in time")
            for replica in list(pending):
                if replica.exited():
                    # The probed port was taken meanwhile: try another.
                    replica.port = free_port()
                    replica.start()
                elif is_healthy(replica.address, timeout=1):
                    pending.remove(replica)
            time.sleep(0.2)
        log(f"{len(self.replicas)} replicas healthy on {', '.join(r.address for r in self.replicas)}")

    def warm(self, address: str) -> bool:
        """Run /map once on a replica before readers reach it; say whether that worked.

        A replica serves streamlit-folium's frame (/component/...) only after a script imported
        streamlit_folium; a reader moved to a replica that never ran /map would get a blank map.
        """
        from scripts.stcore_client import warm

        try:
            run = asyncio.run(warm(f"http://{address}"))
        except Exception as error:  # noqa: BLE001 (refused, cut off, a bad handshake: all mean "not warm yet")
            log(f"warming {address} failed: {error!r}")
            return False
        if not run.ok:
            log(f"warming {address}: {run.status} {run.exceptions}")
        return run.ok

    def nginx_command(self, *extra: str) -> list[str]:
        return [self.nginx, "-p", str(self.prefix), "-c", str(self.prefix / "nginx.conf"), "-e", "stderr", *extra]

    def start_nginx(self) -> None:
        for sub in ("tmp", "cache"):
            (self.prefix / sub).mkdir(parents=True, exist_ok=True)
        self.write_config()
        subprocess.run(self.nginx_command("-t", "-q"), check=True)  # noqa: S603
        self.nginx_process = subprocess.Popen(  # noqa: S603
            self.nginx_command("-g", "daemon off;"), start_new_session=True
        )
        scheme = "https" if self.args.cert else "http"
        log(f"nginx serving {scheme}://{self.args.host}:{self.args.port}/ (config {self.prefix / 'nginx.conf'})")

    def set_down(self, address: str, down: bool) -> None:
        """Take a replica out of nginx or put it back: re-render the configuration and reload (SIGHUP)."""
        with self.lock:
            if (address in self.down) == down:
                return
            (self.down.add if down else self.down.discard)(address)
            self.write_config()
            if self.nginx_process and self.nginx_process.poll() is None:
                self.nginx_process.send_signal(signal.SIGHUP)
            self.write_state()

    def watch_health(self, address: str) -> None:
        """Poll one replica: take it out after many failures in a row, bring it back (warmed) when it answers.

        A busy replica answers its health check slowly (200 websockets asking for runs made it take
        12 s), so the bar is high, and the last replica in nginx is never taken out: moving its
        readers onto the others would only make those slow too.
        """
        while not self.stopping.wait(HEALTH_INTERVAL):
            try:
                self.check_health(address)
            except Exception as error:  # noqa: BLE001 (a watcher that dies would leave its replica unwatched)
                log(f"health watcher of {address}: {error!r}")

    def check_health(self, address: str) -> None:
        """One poll: count a failure, take the replica out or bring it back."""
        healthy = is_healthy(address)
        self.failures[address] = 0 if healthy else self.failures.get(address, 0) + 1
        if healthy and address in self.down:
            if address in self.cold and not self.warm(address):
                return
            self.cold.discard(address)
            log(f"{address} answers its health check: back in nginx")
            self.set_down(address, False)
        elif self.failures[address] == HEALTH_FAILURES_TO_DOWN and address not in self.down:
            up = [u.address for u in self.settings().upstreams if u.address not in self.down]
            if up == [address]:
                log(f"{address} failed {HEALTH_FAILURES_TO_DOWN} health checks but is the last one up: kept")
                return
            log(f"{address} failed {HEALTH_FAILURES_TO_DOWN} health checks: marked down in nginx")
            self.set_down(address, True)

    def run(self) -> int:
        self.prefix.mkdir(parents=True, exist_ok=True)
        if not self.args.upstreams:
            self.start_replicas()
        for upstream in self.settings().upstreams:
            if not self.warm(upstream.address):
                self.down.add(upstream.address)
                self.cold.add(upstream.address)
        self.start_nginx()
        self.write_state()
        for upstream in self.settings().upstreams:
            threading.Thread(target=self.watch_health, args=(upstream.address,), daemon=True).start()
        while not self.stopping.wait(0.2):
            if self.nginx_process is not None and self.nginx_process.poll() is not None:
                log(f"nginx exited with {self.nginx_process.returncode}; see {self.prefix / 'error.log'}")
                return 1
            for replica in self.replicas:
                # At most one restart every RESTART_INTERVAL: a replica that cannot start does not spin.
                if replica.exited() and not self.stopping.is_set() and replica.started_ago() > RESTART_INTERVAL:
                    code = replica.process.returncode if replica.process else None
                    replica.restarts += 1
                    log(f"replica {replica.address} exited ({code}); restarting it (restart {replica.restarts})")
                    # Out of nginx until it has started and run /map (watch_health brings it back).
                    self.cold.add(replica.address)
                    self.set_down(replica.address, True)
                    replica.start()
                    self.write_state()
                    pid = replica.process.pid if replica.process else None
                    log(f"replica {replica.address} started again (pid {pid})")
        return 0

    def stop(self) -> None:
        self.stopping.set()
        if self.nginx_process is not None and self.nginx_process.poll() is None:
            self.nginx_process.terminate()
            try:
                self.nginx_process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.nginx_process.kill()
        for replica in self.replicas:
            replica.stop()
        log("stopped nginx and every replica")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080, help="nginx listens here (default 8080)")
    parser.add_argument("--host", default="127.0.0.1", help="nginx listens on this address (0.0.0.0: every one)")
    parser.add_argument("--replicas", type=int, default=0, help="local replicas (default: one per core)")
    parser.add_argument("--upstreams", default="", help="host1:8501,host2:8501: replicas elsewhere, none started")
    parser.add_argument(
        "--entry", default=os.environ.get("APP_ENTRY", "server.py"), help="the script each replica runs (APP_ENTRY)"
    )
    parser.add_argument("--cert", default="", help="TLS certificate (PEM): HTTP/2 over TLS")
    parser.add_argument("--key", default="", help="TLS private key (PEM)")
    parser.add_argument("--prefix", default="", help="nginx prefix folder (default artifacts/serve-PORT)")
    args = parser.parse_args(argv)
    if not args.replicas:
        args.replicas = os.cpu_count() or 1
    if bool(args.cert) != bool(args.key):
        parser.error("CERT and KEY: expected both or neither")
    if args.upstreams:
        try:
            parse_upstreams(args.upstreams)
        except ValueError as error:
            parser.error(str(error))
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    nginx = find_nginx()
    if nginx is None:
        print(
            "No nginx found. Debian/Ubuntu: sudo apt-get install nginx (or run `make serve` as root, which "
            "installs it); elsewhere install nginx 1.18 or newer and put it on PATH.",
            file=sys.stderr,
        )
        return 3
    supervisor = Supervisor(args, nginx)

    def on_signal(signum: int, frame: object) -> None:
        supervisor.stopping.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        return supervisor.run()
    finally:
        supervisor.stop()


if __name__ == "__main__":
    sys.exit(main())
