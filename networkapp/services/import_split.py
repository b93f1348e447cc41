r"""Reading one large vCard file on two cores.

Reading and cleaning the cards is most of an import's time, and it is pure Python:
one core does it. For a large file, :func:`read_split` cuts the file in two at a
card boundary (an ``END:VCARD`` line followed by a ``BEGIN:VCARD`` line), forks a
child process that reads the second part, reads the first part itself meanwhile,
then takes the child's records (pickled in batches, see :mod:`offload`).

The records are exactly the ones a single read gives, or the split is not used:

* the child numbers its lines from where its part starts in the file (it counts the
  line ends before it, as the reader counts them);
* if the first part did not read the plain way to its end (the careful path took
  over the rest of the stream, which would have gone on into the second part), or
  the child failed in any way, the file is read again the usual way, whole.

Only where forking is safe (:func:`offload.can_fork`: the command line, not the
window). Small files, files in UTF-16 and files without a clean boundary near the
middle are read the usual way too.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from networkapp.services import offload
from networkapp.services.import_merge import CardData, Place, RowKeys, Value
from networkapp.services.import_record import CardRecord
from networkapp.services.vcard.fastread import ReadReport
from networkapp.services.vcard.lines import SNIFF_SIZE

SPLIT_MIN_BYTES = 4 * 1024 * 1024
"""Smaller files are read in one go (about 4,000 cards: forking would not pay)."""
SHARE_OF_CHILD = 0.5
_BATCH = 2000
_WINDOW = 1024 * 1024
_BLOCK = 1024 * 1024
_BOUNDARIES = (b"\nEND:VCARD\r\nBEGIN:VCARD", b"\nEND:VCARD\nBEGIN:VCARD")

Read = Callable[[BinaryIO, int, ReadReport | None], Iterator[CardRecord]]
"""Reads the records of a stream whose first line has this number, filling the report."""


def split_point(stream: BinaryIO, size: int) -> int | None:
    """Return the offset of a ``BEGIN:VCARD`` line right after an ``END:VCARD`` line
    near the middle of the stream, or None when there is no such clean cut.

    Only plain UTF-8 (or ASCII) files are cut: not UTF-16, which the reader transcodes.
    """
    stream.seek(0)
    head = stream.read(SNIFF_SIZE)
    start = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if b"\x00" in head or start[:11].upper() != b"BEGIN:VCARD":
        return None
    middle = int(size * (1 - SHARE_OF_CHILD))
    stream.seek(middle)
    window = stream.read(_WINDOW)
    found = [i for i in (window.find(b) for b in _BOUNDARIES) if i >= 0]
    if not found:
        return None
    cut = min(found)
    return middle + window.index(b"BEGIN:VCARD", cut)


def count_line_ends(stream: BinaryIO, stop: int) -> int:
    r"""Return how many line ends the reader counts before ``stop``: CRLF, LF, CR and
    iOS's ``\r\r\n`` each count once (``lines.EOL_RE``)."""
    stream.seek(0)
    count, left, carry = 0, stop, b""
    while left > 0:
        block = stream.read(min(_BLOCK, left))
        if not block:
            break
        left -= len(block)
        data = carry + block
        cut = len(data)
        while cut and data[cut - 1] == 13 and left > 0:  # maybe half of a CRLF
            cut -= 1
        data, carry = data[:cut], data[cut:]
        count += (data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")
                  - data.count(b"\r\r\n"))
    return count


class _Head(io.RawIOBase):
    """The first ``size`` bytes of a stream, as a stream."""

    def __init__(self, stream: BinaryIO, size: int) -> None:
        super().__init__()
        self._stream = stream
        self._left = size
        self._read = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        if size < 0 or size > self._left:
            size = self._left
        data = self._stream.read(size)
        self._left -= len(data)
        self._read += len(data)
        return data

    def tell(self) -> int:
        return self._read


def read_split(path: Path, read: Read, on_stream: Callable[[BinaryIO], None]
               ) -> Iterator[CardRecord] | None:
    """Start reading ``path`` in two parts; return the records' iterator, or None when
    the file should be read the usual way.

    Args:
        path: The file (already known to exist and be large enough).
        read: Reads one part: ``read(stream, first_line, report)``.
        on_stream: Told the stream the first part is read from (for progress).

    Yields:
        The first part's records as they are read, then the child's. Raises
        :class:`SplitFailed` after the first part when the result would not be the
        one a single read gives: the caller then reads the file the usual way.
    """
    stream = open(path, "rb")  # noqa: SIM115 -- closed by the generator
    try:
        size = os.fstat(stream.fileno()).st_size
        cut = split_point(stream, size)
    except OSError:
        stream.close()
        return None
    if cut is None:
        stream.close()
        return None
    stream.seek(0)
    return _run(stream, size, cut, read, on_stream)


class SplitFailed(Exception):  # noqa: N818 -- a signal to read the usual way
    """The split read would not give what a single read gives; nothing is kept."""


def _run(stream: BinaryIO, size: int, cut: int, read: Read,
         on_stream: Callable[[BinaryIO], None]) -> Iterator[CardRecord]:
    with stream:
        try:
            # The child reads the file this process opened (not the path again: the
            # file may have been replaced meanwhile), with pread (the offset is shared).
            child = offload.Child(lambda: _second_part(stream.fileno(), size, cut, read))
        except offload.ChildFailed as exc:
            raise SplitFailed("no second reader") from exc
        with child:
            head = _Head(stream, cut)
            on_stream(head)  # type: ignore[arg-type]
            report = ReadReport()
            yield from read(head, 1, report)  # type: ignore[arg-type]
            if report.careful_from is not None:
                raise SplitFailed(f"read the careful way from line {report.careful_from}")
            try:
                for batch in child.items():
                    for flat in batch:  # type: ignore[attr-defined]
                        yield _record(flat)
            except offload.ChildFailed as exc:
                raise SplitFailed("the reader of the second part failed") from exc


def _second_part(fd: int, size: int, cut: int, read: Read
                 ) -> Iterator[list[tuple[object, ...]]]:
    """In the child: the records of the part from ``cut``, as batches of plain tuples."""
    if os.fstat(fd).st_size != size:
        raise OSError("the file changed while it was read")
    stream = _PositionalReader(fd)
    first = count_line_ends(stream, cut) + 1  # type: ignore[arg-type]
    stream.seek(cut)
    batch: list[tuple[object, ...]] = []
    for record in read(stream, first, None):  # type: ignore[arg-type]
        batch.append(_flat(record))
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class _PositionalReader(io.RawIOBase):
    """A file descriptor read with ``os.pread``, at an offset of its own: the parent
    reads the same open file (and its shared offset) meanwhile."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self._offset = 0

    def readable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence != io.SEEK_SET:
            raise io.UnsupportedOperation("only absolute seeks")
        self._offset = offset
        return offset

    def tell(self) -> int:
        return self._offset

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        if size < 0:
            size = max(0, os.fstat(self._fd).st_size - self._offset)
        data = os.pread(self._fd, size, self._offset)
        self._offset += len(data)
        return data


# Records travel as plain tuples: pickling the slotted dataclasses and named tuples
# field by field cost twice as much.

def _flat(record: CardRecord) -> tuple[object, ...]:
    data = record.data
    if data is None:
        return (record.file, record.line, record.name, None, record.names, record.warnings,
                record.reason)
    keys = data.keys
    return (record.file, record.line, record.name,
            (data.scalars, [tuple(v) for v in data.emails], [tuple(v) for v in data.phones],
             [tuple(v) for v in data.urls], [tuple(p) for p in data.addresses], data.tags,
             data.photo, data.photo_mime, data.problems,
             (keys.emails, keys.phones, keys.phone_match, keys.urls, keys.addresses,
              keys.tags)),
            record.names, record.warnings, record.reason)


def _record(flat: tuple[object, ...]) -> CardRecord:
    file, line, name, data, names, warnings, reason = flat
    if data is None:
        return CardRecord(file, line, name, None, names, warnings, reason)  # type: ignore[arg-type]
    (scalars, emails, phones, urls, addresses, tags, photo, photo_mime, problems,
     keys) = data  # type: ignore[misc]
    make_value, make_place = Value._make, Place._make
    card = CardData(
        scalars=scalars, emails=tuple(map(make_value, emails)),
        phones=tuple(map(make_value, phones)), urls=tuple(map(make_value, urls)),
        addresses=tuple(map(make_place, addresses)), tags=tags, photo=photo,
        photo_mime=photo_mime, problems=problems,
        keys=RowKeys(emails=keys[0], phones=keys[1], phone_match=keys[2], urls=keys[3],
                     addresses=keys[4], tags=keys[5]),
    )
    return CardRecord(file, line, name, card, names, warnings, reason)  # type: ignore[arg-type]
