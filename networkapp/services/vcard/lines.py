r"""Physical lines from a byte stream, read incrementally.

Handles what happens below the vCard grammar: byte-order marks (UTF-8, UTF-16 LE/BE,
also UTF-16 without a BOM), binary files, and every line-end style (CRLF, LF, CR-only
and iOS's ``\r\r\n``, which counts as one line end). Memory stays bounded: the stream
is read in :data:`READ_SIZE` pieces, and a line longer than the caller's limit is
reported cut short while the rest of it is skipped, never accumulated.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from networkapp.services.vcard.card import VCardFileError

READ_SIZE = 64 * 1024
SNIFF_SIZE = 4096
HEAD_SIZE = 1024
"""How much of an over-long line is kept: enough for its name and parameters."""

Line = tuple[int, bytes, bool]
"""(1-based line number, the line without its end, cut short?)"""

EOL_RE = re.compile(rb"\r\r\n|\r\n|\n|\r")


class LineSource:
    """The physical lines of one stream.

    Attributes:
        transcoded: True when the file was UTF-16 and has been re-encoded as UTF-8
            (CHARSET parameters on plain values are then meaningless).
    """

    def __init__(self, stream: BinaryIO, name: str, max_line: int) -> None:
        """Read the start of ``stream`` to detect its encoding.

        Raises:
            VCardFileError: The stream cannot be read, is empty or is binary.
        """
        self._stream = stream
        self._name = name
        self._max_line = max_line
        start = self._read_start()
        if not start:
            raise VCardFileError(name, "the file is empty")
        self._codec, skip = _sniff_encoding(start)
        if self._codec is None and b"\x00" in start:
            raise VCardFileError(name, "binary data, not a vCard file")
        self._start = start[skip:]
        self.transcoded = self._codec is not None

    def __iter__(self) -> Iterator[Line]:
        """Yield the lines in order."""
        return split_lines(self.chunks(), self._max_line)

    def _read_start(self) -> bytes:
        """Read SNIFF_SIZE bytes, also from streams that return short reads (pipes)."""
        pieces, size = [], 0
        while size < SNIFF_SIZE:
            piece = self._read(SNIFF_SIZE - size)
            if not piece:
                break
            pieces.append(piece)
            size += len(piece)
        return b"".join(pieces)

    def _read(self, size: int) -> bytes:
        try:
            return self._stream.read(size)
        except OSError as exc:
            raise VCardFileError(self._name, f"cannot be read: {exc.strerror or exc}") from exc

    def chunks(self) -> Iterator[bytes]:
        """Yield the stream's bytes in pieces (UTF-8, when the file was UTF-16)."""
        decoder = codecs.getincrementaldecoder(self._codec)("replace") if self._codec else None
        chunk = self._start
        while chunk:
            yield decoder.decode(chunk).encode("utf-8") if decoder else chunk
            chunk = self._read(READ_SIZE)
        if decoder:
            yield decoder.decode(b"", final=True).encode("utf-8")


def _sniff_encoding(start: bytes) -> tuple[str | None, int]:
    """Return (codec to transcode from or None, bytes to skip)."""
    if start.startswith(codecs.BOM_UTF8):
        return None, 3
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0
    if len(start) >= 4 and start[1] == start[3] == 0 and start[0] and start[2]:
        return "utf-16-le", 0
    if len(start) >= 4 and start[0] == start[2] == 0 and start[1] and start[3]:
        return "utf-16-be", 0
    return None, 0


def split_lines(chunks: Iterable[bytes], max_line: int, first_line: int = 1) -> Iterator[Line]:
    """Split byte pieces into numbered physical lines (numbering from ``first_line``)."""
    splitter = _Splitter(max_line, first_line - 1)
    carry = b""
    for chunk in chunks:
        buf = carry + chunk if carry else chunk
        # A trailing CR may be the first half of CRLF: keep it for the next chunk.
        cut = len(buf)
        while cut and buf[cut - 1] == 13:
            cut -= 1
        carry = splitter.feed(buf[:cut]) + buf[cut:]
        yield from splitter.take()
    yield from splitter.finish(carry)


class _Splitter:
    """Splits complete stretches of text into lines, remembering the unfinished one."""

    def __init__(self, max_line: int, lineno: int = 0) -> None:
        self.lineno = lineno
        self.skipping = False  # inside an over-long line already reported
        self.max_line = max_line
        self.ready: list[Line] = []

    def feed(self, body: bytes) -> bytes:
        """Split ``body``; return the unfinished last line."""
        if self.skipping:
            match = EOL_RE.search(body)
            if match is None:
                return b""
            body = body[match.end() :]
            self.skipping = False
        parts = EOL_RE.split(body)
        rest = parts.pop()
        self._add(parts)
        if len(rest) > self.max_line:
            self._add_cut(rest)
            self.skipping = True
            return b""
        return rest

    def take(self) -> list[Line]:
        """Hand out the lines found so far."""
        ready, self.ready = self.ready, []
        return ready

    def finish(self, carry: bytes) -> list[Line]:
        """Split what is left at the end of the stream."""
        rest = self.feed(carry)
        if rest:
            self._add([rest])
        return self.take()

    def _add(self, parts: list[bytes]) -> None:
        lineno, max_line, ready = self.lineno, self.max_line, self.ready
        for part in parts:
            lineno += 1
            ready.append(
                (lineno, part[:HEAD_SIZE], True) if len(part) > max_line else (lineno, part, False)
            )
        self.lineno = lineno

    def _add_cut(self, part: bytes) -> None:
        self.lineno += 1
        self.ready.append((self.lineno, part[:HEAD_SIZE], True))
