"""One running window per database: later launches hand their files over and exit.

Double-clicking a second .vcf while networkapp already runs on the same file must not
start a second writer on that SQLite file. The first process listens on a
``QLocalServer`` whose name comes from the app id, the user and the resolved database
path; a later process connects, sends its files (absolute, resolved against *its*
working directory) and an ``activate`` message as JSON lines, waits for ``ok``, and
exits. A socket file left by a crashed run is removed when nobody answers on it.

The socket lives in a folder only this user can enter (the runtime folder, or a
0700 per-user folder in the temporary folder, checked before use), and each side
checks that the other runs as this user (``SO_PEERCRED``) before saying anything:
file names never go to another user's process. In any doubt there is no guard and
the launch opens a normal window.

Protocol, one JSON object per line, client to server::

    {"files": ["/abs/a.vcf", "/abs/b.vcf"]}
    {"activate": true}

and the server answers ``ok`` once it has read the ``activate`` line.
"""

from __future__ import annotations

import contextlib
import enum
import getpass
import hashlib
import json
import os
import socket as pysocket
import stat
import struct
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from networkapp import APP_ID

ACK = b"ok\n"
TIMEOUT_MS = 2000
MAX_MESSAGE_BYTES = 1 << 20  # a hand-over is a list of paths; anything bigger is not ours


def _user_key() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return getpass.getuser()  # Windows: named pipes are per session, the name suffices


def is_private_folder(folder: Path) -> bool:
    """Return True when ``folder`` is a real folder of this user that nobody else may enter."""
    try:
        info = os.lstat(folder)  # lstat: a symlink planted in its place is not ours
    except OSError:
        return False
    return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
            and not info.st_mode & 0o077)


def _socket_dir() -> Path | None:
    """Return a folder only this user can enter for the socket, or None when in doubt.

    The user's runtime folder when it is private; else a per-user folder in the
    temporary folder, created 0700 and checked (owner, mode, not a link): a folder
    or socket planted there by another user must never receive our file names.
    """
    # A per-user folder keeps other users off the socket; Qt's UserAccessOption would
    # too, but it renames its socket over an existing one, so a second listen() never
    # fails and two instances could run on one file.
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and is_private_folder(Path(runtime)):
        return Path(runtime)
    folder = Path(tempfile.gettempdir()) / f"{APP_ID}-{os.getuid()}"
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700)  # exactly 0700 is checked below, whatever the umask
    with contextlib.suppress(OSError):
        info = os.lstat(folder)
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid():
            os.chmod(folder, 0o700)  # ours (nobody else can make it so): tighten a loose mode
    return folder if is_private_folder(folder) else None


def server_name(db_path: Path) -> str | None:
    """Return the local socket name for ``db_path`` (same file → same name).

    A socket path in a folder private to the user on Unix (None when no such
    folder can be had: then there is no single-instance guard), a pipe name on
    Windows.
    """
    key = f"{_user_key()}\0{Path(db_path).expanduser().resolve()}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    name = f"{APP_ID}-{digest}"
    if sys.platform == "win32":
        return name
    folder = _socket_dir()
    return None if folder is None else str(folder / name)


def peer_is_this_user(local: QLocalSocket) -> bool:
    """Return True when the process at the other end runs as this user (SO_PEERCRED).

    Where the system cannot tell (no SO_PEERCRED), the private folder is the guard.
    """
    if sys.platform == "win32" or not hasattr(pysocket, "SO_PEERCRED"):
        return True
    fd = int(local.socketDescriptor())
    if fd < 0:
        return False
    try:
        with pysocket.socket(fileno=os.dup(fd)) as sock:
            raw = sock.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_PEERCRED,
                                  struct.calcsize("3i"))
    except OSError:
        return False
    _pid, uid, _gid = struct.unpack("3i", raw)
    return bool(uid == os.getuid())


def encode_hand_over(files: Sequence[str | Path], cwd: Path | None = None) -> bytes:
    """Return the message a later launch sends: absolute paths, then ``activate``."""
    base = Path.cwd() if cwd is None else cwd
    paths = [os.path.abspath(base / Path(f).expanduser()) for f in files]
    return (json.dumps({"files": paths}) + "\n" + json.dumps({"activate": True}) + "\n").encode()


class Claim(enum.Enum):
    """What :meth:`SingleInstance.claim` decided for this process."""

    PRIMARY = "primary"
    HANDED_OVER = "handed-over"
    BUSY = "busy"


class SingleInstance(QObject):
    """The single-instance guard for one database file.

    Signals:
        files_received(list): absolute paths another launch asked this one to open.
        activation_requested(): another launch asked this window to come to the front.
    """

    files_received = Signal(list)
    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None,
                 timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.server_name = server_name(db_path)
        self.stranger = False  # another user's process answered on our socket name
        self._timeout_ms = timeout_ms
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def try_hand_over(self, files: Sequence[str | Path], cwd: Path | None = None) -> bool:
        """Give ``files`` to a running instance; return True if it acknowledged them."""
        if self.server_name is None:
            return False
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(self._timeout_ms):
            return False
        if not peer_is_this_user(socket):  # not ours: tell it nothing
            socket.abort()
            self.stranger = True
            return False
        socket.write(encode_hand_over(files, cwd))
        socket.waitForBytesWritten(self._timeout_ms)
        answer = bytearray()
        while ACK not in answer and socket.waitForReadyRead(self._timeout_ms):
            answer += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return ACK in answer

    def listen(self) -> bool:
        """Start answering later launches; False if another instance is already running.

        A socket file nobody answers on (left by a crash) is removed first.
        """
        if self.server_name is None:
            return False
        server = QLocalServer(self)
        if not server.listen(self.server_name):
            if self._someone_answers():
                return False
            QLocalServer.removeServer(self.server_name)
            if not server.listen(self.server_name):
                return False
        if sys.platform != "win32":
            os.chmod(server.fullServerName(), 0o600)  # this user only, even in /tmp
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def claim(self, files: Sequence[str | Path]) -> Claim:
        """Become the instance for this database, or hand ``files`` over.

        Returns ``Claim.PRIMARY`` when this process should open the window (it now
        listens), ``Claim.HANDED_OVER`` when a running instance took the files (exit 0),
        ``Claim.BUSY`` when one runs but does not answer (say so and exit: never a
        second writer on the file).
        """
        if self.try_hand_over(files):
            return Claim.HANDED_OVER
        if self.server_name is None or self.stranger:
            return Claim.PRIMARY  # in doubt: a normal window, without the guard
        if self.listen():
            return Claim.PRIMARY
        # Lost a race with a launch that started at the same moment: hand over to it.
        return Claim.HANDED_OVER if self.try_hand_over(files) else Claim.BUSY

    def full_server_name(self) -> str:
        """Return the socket path (or pipe name) while listening, else an empty string."""
        return self._server.fullServerName() if self._server is not None else ""

    def close(self) -> None:
        """Stop listening, drop unfinished connections and remove the socket."""
        for socket in list(self._buffers):
            socket.readyRead.disconnect()
            socket.abort()
        self._buffers.clear()
        if self._server is not None:
            self._server.close()
            self._server = None

    def _someone_answers(self) -> bool:
        assert self.server_name is not None
        probe = QLocalSocket()
        probe.connectToServer(self.server_name)
        connected = probe.waitForConnected(self._timeout_ms)
        probe.abort()
        return connected

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # No slot on `disconnected`: it also fires while the server destroys its
            # children, and touching a socket then crashes. Sockets are the server's
            # children; finished ones are deleted in _finish, the rest with the server.
            if not peer_is_this_user(socket):  # another user: read nothing from it
                socket.abort()
                socket.deleteLater()
                continue
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))

    def _finish(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.readyRead.disconnect()
        socket.disconnectFromServer()
        socket.deleteLater()

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE_BYTES:
            socket.abort()
            self._finish(socket)
            return
        while b"\n" in buffer and socket in self._buffers:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            self._handle_line(socket, line)

    def _handle_line(self, socket: QLocalSocket, line: bytes) -> None:
        try:
            message = json.loads(line)
        except ValueError:
            return  # not our protocol: ignore it rather than crash the window
        if not isinstance(message, dict):
            return
        files = message.get("files")
        if isinstance(files, list):
            paths = [f for f in files if isinstance(f, str) and os.path.isabs(f)]
            # Emitted after the ack below, from the event loop: a slot that opens a
            # modal import preview must not keep the other process waiting.
            QTimer.singleShot(0, lambda: self.files_received.emit(paths))
        if message.get("activate"):
            socket.write(ACK)
            socket.flush()
            self._finish(socket)
            QTimer.singleShot(0, self.activation_requested.emit)
