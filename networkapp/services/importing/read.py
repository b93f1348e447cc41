"""Reading an import's sources (files or dropped data) into :class:`Record`\\ s.

A file is opened only when it is a regular file: a folder, a named pipe (FIFO), a
device or a socket is refused at once with a message naming it (reading a FIFO
would block for ever). A file name that is not valid UTF-8 is shown (and stored in
the history) with the undecodable bytes replaced, and opened by its real name.
While a source is read, a digest of its bytes is kept: the import compares it with
the preview's, so it never writes what the user did not see.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from networkapp.services.importing.clean import Record, record_of
from networkapp.services.vcard import VCardFileError, read_vcard_stream


@dataclass(frozen=True)
class ImportData:
    """vCard data already in memory (dragged out of a mail client), with a name for messages."""

    name: str
    data: bytes


ImportSource = str | Path | ImportData


def shown_name(source: ImportSource) -> str:
    """Return the name messages give the source (undecodable bytes of a file name
    replaced, so it can be printed and stored)."""
    if isinstance(source, ImportData):
        return source.name
    return os.fsencode(source).decode("utf-8", "replace")


def size_of(source: ImportSource) -> int:
    """Return the source's size in bytes (0 when unknown)."""
    if isinstance(source, ImportData):
        return len(source.data)
    try:
        return os.stat(source).st_size
    except (OSError, ValueError):
        return 0


class _Tap:
    """A binary stream that keeps a digest of what is read through it and its position."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.digest = hashlib.blake2b(digest_size=20)
        self.done = 0

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.digest.update(data)
        self.done += len(data)
        return data


class SourceReader:
    """Reads one source card by card; :attr:`done` and :attr:`digest` say how far."""

    def __init__(self, source: ImportSource) -> None:
        """Prepare to read ``source`` (nothing is opened yet)."""
        self.source = source
        self.name = shown_name(source)
        self._tap: _Tap | None = None

    @property
    def done(self) -> int:
        """The bytes read so far."""
        return self._tap.done if self._tap is not None else 0

    @property
    def digest(self) -> bytes:
        """The digest of the bytes read so far."""
        return self._tap.digest.digest() if self._tap is not None else b""

    def records(self) -> Iterator[Record]:
        """Yield the records of the source's cards, in order.

        Raises:
            VCardFileError: The source cannot be read, is not a regular file, or is
                not a vCard (raised when the iteration starts or meets the problem).
        """
        with self._open() as stream:
            self._tap = _Tap(stream)
            name = self.name
            # _Tap has the read() the reader calls, not all of BinaryIO.
            for card in read_vcard_stream(self._tap, name=name):  # type: ignore[arg-type]
                yield record_of(card, name)

    def _open(self) -> BinaryIO:
        source = self.source
        if isinstance(source, ImportData):
            return io.BytesIO(source.data)
        try:
            # Non-blocking, so that opening a FIFO nobody writes to returns at once.
            fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise VCardFileError(self.name, f"cannot be opened: {exc.strerror or exc}") from exc
        except ValueError as exc:  # a NUL in the name
            raise VCardFileError(self.name, f"cannot be opened: {exc}") from exc
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            what = ("a folder" if stat.S_ISDIR(mode) else "a named pipe (FIFO)"
                    if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or
                    stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode)
                    else "not a regular file")
            raise VCardFileError(self.name, f"is {what}, not a vCard file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
