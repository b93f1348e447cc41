r"""Physical lines from a byte stream, read incrementally, in blocks of whole lines.

Handles what happens below the vCard grammar: byte-order marks (UTF-8, UTF-16 LE/BE,
also UTF-16 without a BOM), binary files, and every line-end style (CRLF, LF, CR-only
and iOS's ``\r\r\n``, which counts as one line end; all become LF). Memory stays
bounded: the stream is read in :data:`READ_SIZE` pieces, handed on as blocks of whole
lines (:func:`blocks`), and a line longer than the caller's limit is reported cut short
while the rest of it is skipped, never accumulated.
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

Block = tuple[int, bytes, bool]
"""(1-based number of its first line, whole lines joined by LF, one line cut short?)"""
CARRY_LIMIT = READ_SIZE
"""Most text held back waiting for the end of a folded line before a block is cut anyway."""
_INDENT = b" \t"

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


def normalise_eols(data: bytes) -> bytes:
    r"""Turn CRLF, CR-only and iOS's ``\r\r\n`` line ends into LF (the line count is kept)."""
    if b"\r" not in data:
        return data
    if b"\r\r" in data:
        return EOL_RE.sub(b"\n", data)
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def blocks(chunks: Iterable[bytes], max_line: int, first_line: int = 1) -> Iterator[Block]:
    """Cut byte pieces into blocks of whole lines, line ends turned into LF.

    A block ends where the next one starts a line that is not indented (so a folded
    line is seldom cut in two), unless no such place is found in :data:`CARRY_LIMIT`
    bytes. A line longer than ``max_line`` is handed out alone, cut short to its
    first :data:`HEAD_SIZE` bytes, and the rest of it is skipped, never held.

    Args:
        chunks: The stream's bytes in pieces of any size.
        max_line: The longest line kept whole.
        first_line: The number of the first line.

    Yields:
        ``(number of the block's first line, the lines joined by LF, cut short?)``.
    """
    cutter = _Cutter(max_line, first_line)
    carry = b""
    for chunk in chunks:
        text = carry + chunk if carry else chunk
        # A trailing CR may be the first half of CRLF (or of iOS's CRCRLF): keep it.
        end = len(text)
        while end and text[end - 1] == 13:
            end -= 1
        carry = text[end:]
        yield from cutter.feed(normalise_eols(text[:end]))
    if carry:
        yield from cutter.feed(normalise_eols(carry))
    yield from cutter.finish()


class _Cutter:
    """Keeps the unfinished end of the text seen so far and hands out whole lines."""

    def __init__(self, max_line: int, line: int) -> None:
        self.max_line = max_line
        self.line = line  # the number of the first line not handed out yet
        self.rest: list[bytes] = []  # the text after the last block, in pieces
        self.size = 0
        self.checked = 0  # how much of ``rest`` has been searched for a place to cut
        self.open = 0  # the length of the unfinished last line
        self.skipping = False  # inside an over-long line already handed out

    def feed(self, text: bytes) -> Iterator[Block]:
        """Take more text (LF line ends); yield the blocks it completes."""
        if self.skipping:
            eol = text.find(b"\n")
            if eol < 0:
                return
            text = text[eol + 1 :]
            self.skipping = False
        self.rest.append(text)
        self.size += len(text)
        eol = text.rfind(b"\n")
        self.open = self.open + len(text) if eol < 0 else len(text) - eol - 1
        if eol >= 0:  # else no new place to cut: the text only lengthens the open line
            data = b"".join(self.rest) if len(self.rest) > 1 else text
            # Line ends before ``checked`` are followed by indented lines (the last
            # one's follower may be new).
            cut = _cut_point(data, max(self.checked - 1, 0), self.size > CARRY_LIMIT)
            if cut < 0:
                self.rest = [data]
            else:
                self.rest, self.size = [data[cut + 1 :]], len(data) - cut - 1
                yield from self._block(data[:cut])
            self.checked = self.size
        # Skipped once its kept head is whole, so that what is kept never depends on
        # how the stream was read.
        if self.open > max(self.max_line, HEAD_SIZE):
            yield from self._skip_open_line()

    def finish(self) -> Iterator[Block]:
        """Hand out what is left at the end of the stream."""
        data = b"".join(self.rest)
        self.rest, self.size, self.open = [], 0, 0
        if data:
            yield from self._block(data)

    def _skip_open_line(self) -> Iterator[Block]:
        """Hand out the lines before the unfinished one, then its start, cut short."""
        data = b"".join(self.rest)
        eol = data.rfind(b"\n")
        if eol >= 0:
            yield from self._block(data[:eol])
        yield self._line(data[eol + 1 :], True)
        self.rest, self.size, self.open, self.checked = [], 0, 0, 0
        self.skipping = True

    def _block(self, data: bytes) -> Iterator[Block]:
        """Yield ``data`` (whole lines), the lines longer than the limit on their own."""
        if len(data) <= self.max_line:
            yield self._line(data, False, data.count(b"\n") + 1)
            return
        start = at = 0  # the start of the lines not handed out, and of the next line
        while at <= len(data):
            eol = data.find(b"\n", at)
            end = len(data) if eol < 0 else eol
            if end - at > self.max_line:
                if at > start:
                    yield self._line(data[start : at - 1], False, data.count(b"\n", start, at))
                yield self._line(data[at:end], True)
                start = end + 1
            at = end + 1
        if start <= len(data) - 1 or (start == len(data) and data.endswith(b"\n")):
            yield self._line(data[start:], False, data.count(b"\n", start) + 1)

    def _line(self, data: bytes, cut: bool, count: int = 1) -> Block:
        block = (self.line, data[:HEAD_SIZE] if cut else data, cut)
        self.line += count
        return block


def _cut_point(data: bytes, start: int, anywhere: bool) -> int:
    """Return the offset of the line end after which a block may end, or -1.

    That is the last LF from ``start`` on followed by a line that is not indented (its
    first byte known), or any last LF when ``anywhere``.
    """
    eol = data.rfind(b"\n", start, len(data) - 1)
    while eol >= 0 and data[eol + 1] in _INDENT:
        eol = data.rfind(b"\n", start, eol)
    if eol < 0 and anywhere:
        return data.rfind(b"\n")
    return eol
