"""One instance per database: a second process hands its files over and exits."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from networkapp import APP_ID
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


# --- a socket planted by someone else (XDG_RUNTIME_DIR unset: the shared /tmp) ------------------


@pytest.fixture
def shared_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No runtime folder: sockets would go to the shared temporary folder (a fresh one).

    Short, under /tmp: a socket path may not exceed 107 bytes, too long under tmp_path.
    """
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    shared = Path(tempfile.mkdtemp(prefix="nw-", dir="/tmp"))
    shared.chmod(0o1777)  # like /tmp
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    yield shared
    subprocess.run(["rm", "-rf", str(shared)], check=True)


def test_without_runtime_folder_the_socket_is_in_a_private_folder(shared_tmp: Path,
                                                                 tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        instance = SingleInstance(tmp_path / "net.sqlite3")
        assert instance.listen()
    finally:
        os.umask(old)
    try:
        socket_path = Path(instance.full_server_name())
        folder = socket_path.parent
        assert folder.parent == shared_tmp and str(os.getuid()) in folder.name
        info = folder.lstat()
        assert stat.S_IMODE(info.st_mode) == 0o700 and info.st_uid == os.getuid()
        assert stat.S_IMODE(socket_path.stat().st_mode) == 0o600
    finally:
        instance.close()


PLANTED = """
import os, socket, sys
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(sys.argv[1])
os.chmod(sys.argv[1], 0o777)
if len(sys.argv) > 2:
    os.setuid(int(sys.argv[2]))  # listen() as another user: what SO_PEERCRED reports
server.listen(1)
print("listening", flush=True)
server.settimeout(5)
try:
    conn, _ = server.accept()
except socket.timeout:
    print("nobody came", flush=True)
    sys.exit(0)
conn.settimeout(3)
data = b""
try:
    while chunk := conn.recv(65536):
        data += chunk
except (socket.timeout, OSError):
    pass
print("received", len(data), data[:200], flush=True)
"""


def _plant(path: Path, uid: int | None = None) -> subprocess.Popen[str]:
    args = [sys.executable, "-c", PLANTED, str(path)] + ([str(uid)] if uid is not None else [])
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "listening\n"
    return proc


@pytest.mark.parametrize("how", ["symlink", "owner"])
def test_a_folder_planted_by_someone_else_is_not_used(shared_tmp: Path, tmp_path: Path,
                                                      how: str) -> None:
    planted = shared_tmp / f"{APP_ID}-{os.getuid()}"  # the predictable name
    elsewhere = tmp_path / "theirs"
    elsewhere.mkdir()
    if how == "symlink":
        planted.symlink_to(elsewhere)
    else:
        if os.geteuid() != 0:
            pytest.skip("a folder of another user needs root to make (chown)")
        planted.mkdir(mode=0o700)
        os.chown(planted, 65534, 65534)
    db = tmp_path / "net.sqlite3"
    assert server_name(db) is None  # in doubt: no socket at all
    instance = SingleInstance(db)
    assert instance.claim([str(tmp_path / "secret-clients.vcf")]) is Claim.PRIMARY
    assert instance.full_server_name() == ""  # a normal window, not listening anywhere
    assert list(elsewhere.iterdir()) == []
    assert planted.lstat().st_uid == (os.getuid() if how == "symlink" else 65534)


def test_a_loose_folder_of_ours_is_made_private(shared_tmp: Path, tmp_path: Path) -> None:
    folder = shared_tmp / f"{APP_ID}-{os.getuid()}"
    folder.mkdir()
    folder.chmod(0o755)
    assert server_name(tmp_path / "net.sqlite3") is not None
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_socket_of_another_user_gets_no_file_names(shared_tmp: Path, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("a listener of another user needs root to switch user (setuid)")
    db = tmp_path / "net.sqlite3"
    name = server_name(db)
    assert name is not None  # our private folder, checked
    # Someone (root, here acting as user 65534) left a listening socket at our name.
    planted = _plant(Path(name), uid=65534)
    try:
        instance = SingleInstance(db)
        claim = instance.claim(["/home/victim/secret-clients.vcf"])
    finally:
        out, _err = planted.communicate(timeout=30)
    assert claim is Claim.PRIMARY  # a normal window opens
    assert instance.stranger
    assert "secret" not in out and ("received 0" in out or "nobody came" in out)


def test_a_process_of_another_user_cannot_hand_files_to_us(shared_tmp: Path, tmp_path: Path,
                                                          qtbot: QtBot) -> None:
    running = SingleInstance(tmp_path / "net.sqlite3")
    assert running.listen()
    if os.geteuid() != 0:
        pytest.skip("a client of another user needs root to switch user (setuid)")
    client = (
        "import os, socket, sys\n"
        "os.setuid(65534)\n"
        "s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
        "s.connect(sys.argv[1])\n"
        "s.sendall(b'{\"files\": [\"/tmp/evil.vcf\"]}\\n{\"activate\": true}\\n')\n"
        "s.settimeout(3)\n"
        "try:\n"
        "    print(repr(s.recv(10)))\n"
        "except OSError as e:\n"
        "    print('error', e)\n")
    folder = Path(running.full_server_name()).parent
    os.chmod(folder, 0o711)  # let the other user reach the socket (0600 itself: open it too)
    os.chmod(running.full_server_name(), 0o666)
    received: list[list[str]] = []
    running.files_received.connect(received.append)
    proc = subprocess.Popen([sys.executable, "-c", client, running.full_server_name()],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
    out = proc.communicate()[0]
    qtbot.wait(50)
    running.close()
    assert received == []
    assert "ok" not in out
