"""Radicale and Xandikos, started by the tests as subprocesses on 127.0.0.1.

Each server gets a free port and a temporary storage folder, logs to a file in that
folder, is waited for by polling HTTP until a deadline (never by sleeping for a guessed
time), and is stopped with its process reaped. Both are GPL test-only dependencies.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

READY_WAIT = 30.0  # seconds: a deadline for a slow, busy machine, not an expected time
STOP_WAIT = 10.0
USER = "alice"
PASSWORD = "s3cret pass"
KINDS = ("radicale", "xandikos")


@dataclass
class RunningServer:
    """A started server: its URL, where address books go, and its process."""

    kind: str
    url: str
    home_url: str
    process: subprocess.Popen[bytes]
    log: Path
    protected: bool

    def stop(self) -> None:
        """Stop the server and reap its process."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_WAIT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(STOP_WAIT)


def free_port() -> int:
    """A port free on 127.0.0.1 right now (the server binds it a moment later)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(kind: str, folder: Path, *, protected: bool = False) -> RunningServer:
    """Start ``kind`` on a free port with storage in ``folder``; with ``protected``,
    only USER with PASSWORD gets in. Retried on a new port if the port was taken."""
    folder.mkdir(parents=True, exist_ok=True)
    for attempt in range(3):
        port = free_port()
        log = folder / f"{kind}-{attempt}.log"
        command = (_radicale if kind == "radicale" else _xandikos)(folder, port, protected)
        with log.open("wb") as out:
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/"
        home = f"{url}{USER}/" if kind == "radicale" else f"{url}user/contacts/"
        server = RunningServer(kind, url, home, process, log, protected)
        if _wait_ready(server):
            return server
        server.stop()
    raise RuntimeError(f"{kind} did not start; its log: {log.read_text(errors='replace')}")


def _wait_ready(server: RunningServer) -> bool:
    """Poll until the server answers HTTP (True) or its process ends (False)."""
    deadline = time.monotonic() + READY_WAIT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            return False
        try:
            httpx.request("OPTIONS", server.url, timeout=1.0)
        except httpx.TransportError:
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.process.wait(0.05)  # wakes at once if the process dies
            continue
        return True
    server.stop()
    raise RuntimeError(f"{server.kind} not answering after {READY_WAIT} s; log: "
                       f"{server.log.read_text(errors='replace')}")


def _radicale(folder: Path, port: int, protected: bool) -> list[str]:
    auth = "type = none"
    if protected:
        users = folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        auth = (f"type = htpasswd\nhtpasswd_filename = {users}\n"
                "htpasswd_encryption = plain\ndelay = 0")
    config = folder / "radicale.conf"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\n{auth}\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
        "[web]\ntype = none\n[logging]\nlevel = warning\n", encoding="utf-8")
    return [sys.executable, "-c", _RADICALE_MAIN, str(config)]


# First thing in each server process: on Linux, ask for SIGTERM when the test process
# dies, so even a test run that crashes (no fixture teardown) leaves no server behind.
_DIE_WITH_PARENT = """
import ctypes, os, signal, sys
if sys.platform.startswith("linux"):
    ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() == 1:
        sys.exit("the test process is gone")
"""

# Radicale's own start-up, plus the setting its own tests use for a throwaway folder:
# no fsync per file written (a config file cannot set this internal option).
_RADICALE_MAIN = _DIE_WITH_PARENT + """
from radicale import config, log, server
log.setup()
configuration = config.load([(sys.argv[1], False)])
configuration.update({"storage": {"_filesystem_fsync": "False"}}, "tests", privileged=True)
log.set_level(configuration.get("logging", "level"), False)
server.serve(configuration)
"""


def _xandikos(folder: Path, port: int, protected: bool) -> list[str]:
    command = [sys.executable, "-c", _XANDIKOS_MAIN, "--autocreate", "--defaults",
               "-d", str(folder / "store"), "-l", "127.0.0.1", "-p", str(port),
               "--state-dir", str(folder / "state")]
    if protected:
        raise ValueError("Xandikos takes a login only over TLS (--htpasswd --autocert)")
    return command

_XANDIKOS_MAIN = _DIE_WITH_PARENT + """
import runpy
runpy.run_module("xandikos.web", run_name="__main__", alter_sys=True)
"""
