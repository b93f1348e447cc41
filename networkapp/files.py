"""Writing files so that a failure never leaves a half-written target, and private folders.

Every file networkapp writes (a PDF, a vCard export, a backup) goes through
:func:`replacing`: the content is written to a temporary file beside the target,
flushed to disk, checked, and only then renamed over the target. When anything
fails (a full disk, a read-only folder, a check that finds the file incomplete)
the temporary file is removed, the target is left exactly as it was and
:class:`WriteError` says so, naming the target.

A target that is not a regular file (``/dev/stdout``, a pipe, ``/dev/full``) cannot
be replaced by a rename: the checked content is copied into it, and a write error
there is reported the same way.

:func:`private_folder` makes the folders that hold the user's data (the data
folder, backups, logs) readable by their owner only, whatever the umask.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_CHUNK = 1 << 20

# A check returns None when the written file is good, else what is wrong with it.
Check = Callable[[Path], "str | None"]


class WriteError(OSError):
    """A file could not be written; the target was left as it was (or not created).

    ``str()`` is the whole message for the user: the target, why, and that it is
    unchanged.
    """

    def __init__(self, target: str | Path, reason: str, code: int = errno.EIO,
                 outcome: str | None = None) -> None:
        self.target = Path(target)
        self.reason = reason
        if outcome is None:
            outcome = ("it was left as it was" if os.path.lexists(target)
                       else "nothing was written")
        super().__init__(code, f"{target} cannot be written: {reason}; {outcome}.")

    def __str__(self) -> str:
        return str(self.strerror)


def reason_of(exc: OSError) -> str:
    """Return a short plain reason for an OS error ("No space left on device")."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full (no space left on device)"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


def _is_special(target: Path) -> bool:
    try:
        mode = os.stat(target).st_mode  # follows links: /dev/stdout is a link to a pipe
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise WriteError(target, reason_of(exc), exc.errno or errno.EIO) from exc
    if stat.S_ISDIR(mode):
        raise WriteError(target, "it is a folder", errno.EISDIR)
    return not stat.S_ISREG(mode)


def _check_replaceable(real: Path, shown: Path) -> int | None:
    """Return the mode of the existing regular file ``real`` (None when absent)."""
    try:
        info = real.stat()
    except FileNotFoundError:
        return None
    # Root may write anything; a file nobody may write (chmod a-w) is still meant to stay.
    if not os.access(real, os.W_OK) or not info.st_mode & 0o222:
        raise WriteError(shown, "it is read-only", errno.EACCES)
    return stat.S_IMODE(info.st_mode)


def _create_temp(folder: Path, name: str, mode: int | None) -> Path:
    """Create an empty temporary file in ``folder``; the umask applies unless ``mode``."""
    for _ in range(100):
        temp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC,
                         0o666 if mode is None else mode)
        except FileExistsError:
            continue
        try:
            if mode is not None:
                os.fchmod(fd, mode)  # exactly this mode, whatever the umask
        finally:
            os.close(fd)
        return temp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def fsync_path(path: Path) -> None:
    """Flush ``path`` (a file or a folder) to the disk."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_into(source: Path, target: Path) -> None:
    with source.open("rb") as inp, target.open("wb") as out:
        while chunk := inp.read(_CHUNK):
            out.write(chunk)
        out.flush()
        with contextlib.suppress(OSError):  # devices and pipes may refuse fsync (EINVAL)
            os.fsync(out.fileno())


def _commit(temp: Path, real: Path, shown: Path, special: bool, check: Check | None) -> None:
    fsync_path(temp)
    problem = check(temp) if check else None
    if problem:
        raise WriteError(shown, problem)
    if special:
        _copy_into(temp, real)
        return
    os.replace(temp, real)
    with contextlib.suppress(OSError):  # some file systems cannot sync a folder
        fsync_path(real.parent)


@contextlib.contextmanager
def replacing(target: str | Path, *, mode: int | None = None,
              check: Check | None = None) -> Iterator[Path]:
    """Yield a temporary path to write instead of ``target``; then put it in place.

    On leaving the block normally the temporary file is flushed to disk, checked
    (``check`` returns None or what is wrong) and renamed over ``target``. The file
    gets ``mode`` when given; otherwise a replaced file keeps its mode and a new one
    gets what the umask allows.

    Raises:
        WriteError: anything failed; ``target`` is as it was and no temporary
            file is left behind.
    """
    shown = Path(target)
    special = _is_special(shown)
    real = shown if special else Path(os.path.realpath(shown))
    existing = None if special else _check_replaceable(real, shown)
    folder = Path(tempfile.gettempdir()) if special else real.parent
    # A device or pipe is fed from a staging copy in the shared temporary folder:
    # readable by this user only, whatever the umask (it holds contact data).
    temp_mode = PRIVATE_FILE_MODE if special else (mode if mode is not None else existing)
    temp: Path | None = None
    try:
        temp = _create_temp(folder, real.name, temp_mode)
        yield temp
        _commit(temp, real, shown, special, check)
    except WriteError:
        raise
    except OSError as exc:
        raise WriteError(shown, reason_of(exc), exc.errno or errno.EIO,
                         "what reached it is incomplete" if special else None) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()  # gone already when renamed into place


def write_file(target: str | Path, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``target`` through :func:`replacing`, checking its size.

    Raises:
        WriteError: the target is as it was.
    """
    def same_size(path: Path) -> str | None:
        size = path.stat().st_size
        return None if size == len(data) else f"only {size} of {len(data)} bytes were written"

    with replacing(target, mode=mode, check=same_size) as temp, temp.open("wb") as handle:
        handle.write(data)


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by its owner only; return it.

    An existing folder is made private too when it belongs to this user: it holds
    the user's data (older versions created it 0755).
    """
    path.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    info = path.stat()
    if hasattr(os, "getuid") and info.st_uid == os.getuid() and (
            stat.S_IMODE(info.st_mode) != PRIVATE_FOLDER_MODE):
        os.chmod(path, PRIVATE_FOLDER_MODE)
    return path
