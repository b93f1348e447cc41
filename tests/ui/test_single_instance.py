"""One instance per database: a second process hands its files over and exits."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from networkapp.ui.single_instance import (
    Claim,
    SingleInstance,
    encode_hand_over,
    server_name,
)

REPO = Path(__file__).resolve().parents[2]

# The "second launch": a separate process, as when a .vcf is double-clicked.
HELPER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from networkapp.ui.single_instance import SingleInstance
app = QCoreApplication([])
handed = SingleInstance(Path(sys.argv[1])).try_hand_over(sys.argv[2:])
print("handed-over" if handed else "no-instance")
sys.exit(0 if handed else 1)
"""


def _second_launch(db: Path, files: list[str], cwd: Path) -> subprocess.Popen[str]:
    pythonpath = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": pythonpath}
    return subprocess.Popen([sys.executable, "-c", HELPER, str(db), *files], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    """Sockets need the application's event dispatcher, also in tests without qtbot."""
    return qapp


@pytest.fixture
def running(tmp_path: Path) -> Iterator[SingleInstance]:
    """The first instance, listening for the database tmp_path/net.sqlite3."""
    instance = SingleInstance(tmp_path / "net.sqlite3")
    assert instance.listen()
    yield instance
    instance.close()


def test_second_process_hands_over_relative_and_absolute_paths(
        qtbot: QtBot, running: SingleInstance, tmp_path: Path) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    absolute = str(tmp_path / "b.vcf")
    received: list[list[str]] = []
    running.files_received.connect(received.append)
    with qtbot.waitSignal(running.activation_requested, timeout=15000):
        proc = _second_launch(tmp_path / "net.sqlite3", ["a.vcf", absolute], cwd=downloads)
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    finally:
        out, err = proc.communicate(timeout=15)
    assert received == [[str(downloads / "a.vcf"), absolute]]
    assert (proc.returncode, out.strip()) == (0, "handed-over"), err


def test_same_database_spelled_differently_finds_the_running_instance(
        running: SingleInstance, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert server_name(Path("net.sqlite3")) == running.server_name
    (tmp_path / "link").symlink_to(tmp_path)
    assert server_name(tmp_path / "link" / "net.sqlite3") == running.server_name


def test_another_database_does_not_collide(running: SingleInstance, tmp_path: Path) -> None:
    other = SingleInstance(tmp_path / "other.sqlite3", timeout_ms=300)
    assert other.server_name != running.server_name
    assert not other.try_hand_over(["x.vcf"])
    assert other.listen()  # both run side by side
    other.close()


def test_a_second_listener_on_the_same_database_is_refused(running: SingleInstance,
                                                           tmp_path: Path) -> None:
    second = SingleInstance(tmp_path / "net.sqlite3")
    assert not second.listen()
    assert running.full_server_name()  # the first one still owns the socket


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no stale file")
def test_stale_socket_from_a_crashed_run_is_cleaned_up(tmp_path: Path) -> None:
    instance = SingleInstance(tmp_path / "crashed.sqlite3", timeout_ms=300)
    stale = Path(instance.server_name)
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(stale))  # bound, never listening, then closed: what a crash leaves
    dead.close()
    assert stale.exists()
    assert not instance.try_hand_over(["a.vcf"])
    assert instance.claim(["a.vcf"]) is Claim.PRIMARY  # despite the leftover file
    assert instance.full_server_name() == str(stale)
    instance.close()
    assert not stale.exists()


def test_garbage_on_the_socket_is_ignored(qtbot: QtBot, running: SingleInstance) -> None:
    from PySide6.QtNetwork import QLocalSocket

    client = QLocalSocket()
    client.connectToServer(running.server_name)
    assert client.waitForConnected(2000)
    with qtbot.waitSignal(running.activation_requested, timeout=5000):
        client.write(b"not json\n[1, 2]\n" + encode_hand_over([]))
    client.abort()


def test_hand_over_message_is_absolute_json_lines(tmp_path: Path) -> None:
    message = encode_hand_over(["x.vcf", "../y.vcf"], cwd=tmp_path / "d").decode()
    assert message.splitlines() == [
        f'{{"files": ["{tmp_path / "d" / "x.vcf"}", "{tmp_path / "y.vcf"}"]}}',
        '{"activate": true}']


def test_claim_when_the_running_instance_does_not_answer_is_busy(
        running: SingleInstance, tmp_path: Path) -> None:
    # In one thread the listener cannot answer a blocking client: like a hung window.
    second = SingleInstance(tmp_path / "net.sqlite3", timeout_ms=200)
    assert second.claim(["a.vcf"]) is Claim.BUSY
