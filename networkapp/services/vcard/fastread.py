r"""The reader's fast lane: plain cards parsed a whole card at a time.

Most cards real clients write are plain: ``BEGIN:VCARD`` and ``END:VCARD`` on their
own lines, RFC folding, no quoted-printable. For those, the layered path (physical
lines, logical lines, the BEGIN/END state machine) costs more than the card's
content. Here the stream is read in large pieces, line ends are normalised with one
``bytes.replace``, each card is cut out with two regex searches and its properties
go straight to the same :class:`CardBuilder` handlers, so the result is the same.

Anything unusual goes to the careful path (:class:`Structure` over
:func:`logical_lines`), which gives the answer the reader always gave:

* a card with quoted-printable, a line without a colon, a blank line, a continuation
  right after BEGIN, a nested BEGIN/END, or larger than the value limit: that card
  alone is read the careful way (it is self-contained: the state machine starts and
  ends it with no card open);
* text between cards that is not blank, or a card whose END never comes within the
  limit: the rest of the stream is read the careful way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from networkapp.services.vcard.builder import CardBuilder, ReadContext
from networkapp.services.vcard.lines import EOL_RE, split_lines
from networkapp.services.vcard.properties import HANDLERS
from networkapp.services.vcard.quick import quick_card
from networkapp.services.vcard.structure import CardResult, Structure
from networkapp.services.vcard.syntax import MAX_HEAD, Property, parse_head, parse_property
from networkapp.services.vcard.unfold import logical_lines

_BEGIN_RE = re.compile(rb"(?im)^BEGIN:VCARD[ \t]*$")
_END_RE = re.compile(rb"(?im)^END:VCARD[ \t]*$(?!\n[ \t])")
_BEGIN_AFTER_EOL_RE = re.compile(rb"\n(?i:begin:vcard)")
_END_AFTER_EOL_RE = re.compile(rb"\n(?i:end:vcard)")
_BLANKS = (b" ", b"\t")
_STRUCTURE = frozenset({"BEGIN", "END"})


def normalise_eols(data: bytes) -> bytes:
    r"""Turn CRLF, CR-only and iOS's ``\r\r\n`` line ends into LF (the line count is kept)."""
    if b"\r" not in data:
        return data
    if b"\r\r" in data:
        return EOL_RE.sub(b"\n", data)
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


class ReadReport:
    """How a read went, for a caller that splits a file (see ``import_split``).

    Attributes:
        careful_from: The line from which the careful path read the rest of the
            stream (None when every card went the fast way and only blank text
            followed the last one).
    """

    careful_from: int | None = None


def read_cards(chunks: Iterable[bytes], context: ReadContext, limit: int, *,
               first_line: int = 1, report: ReadReport | None = None
               ) -> Iterator[CardResult]:
    """Read every card of a stream given as byte pieces.

    Args:
        chunks: The stream's bytes (UTF-8 or a single-byte charset), in pieces.
        context: The file being read.
        limit: Largest value kept (the careful path's rule); larger cards go there.
        first_line: The number of the stream's first line (a later part of a file).
        report: Filled in with how the read went.

    Yields:
        The cards in order, parsed or rejected.

    Raises:
        VCardFileError: Nothing in the stream looked like a vCard.
    """
    reader = _Buffer(iter(chunks), first_line)
    seen = False
    while True:
        buf, pos = reader.buf, reader.pos
        begin = _search(_BEGIN_RE, _BEGIN_AFTER_EOL_RE, buf, pos)
        if begin is None:
            if reader.eof or len(buf) - pos > limit:
                break
            reader.more()
            continue
        if buf[pos : begin.start()].strip():
            break  # text outside any card: the careful path says what it is
        end = _search(_END_RE, _END_AFTER_EOL_RE, buf, begin.end())
        if end is None or (end.end() + 1 >= len(buf) and not reader.eof):
            if reader.eof or len(buf) - begin.start() > limit:
                break
            reader.more()  # the END line may be (or go on) in the next piece
            continue
        seen = True
        results = _card(buf[begin.start() : end.end()], context,
                        reader.line_at(begin.start()), limit)
        if results is None:
            reader.advance(begin.start())
            break
        yield from results
        reader.advance(end.end() + 1)
    if report is not None and not (reader.eof and not reader.buf[reader.pos :].strip()):
        report.careful_from = reader.line
    yield from _careful(reader, context, limit, seen)


def _search(pattern: re.Pattern[bytes], candidates: re.Pattern[bytes], buf: bytes,
            start: int) -> re.Match[bytes] | None:
    """``pattern.search(buf, start)`` for a ``(?im)^WORD...`` pattern, sped up: the
    ``candidates`` pattern (a line end, then the word) has a literal first byte the
    regex engine jumps between, which the multi-line ``^`` has not (8x faster)."""
    if start == 0 or (start <= len(buf) and buf[start - 1 : start] == b"\n"):
        found = pattern.match(buf, start)
        if found is not None:
            return found
    for candidate in candidates.finditer(buf, start):
        found = pattern.match(buf, candidate.start() + 1)
        if found is not None:
            return found
    return None


class _Buffer:
    """The unread part of the stream, line ends normalised, and its first line number."""

    def __init__(self, chunks: Iterator[bytes], line: int = 1) -> None:
        self.chunks = chunks
        self.buf = b""
        self.pos = 0
        self.line = line  # the line number at ``pos``
        self.carry = b""  # trailing CRs, maybe half of a CRLF
        self.eof = False

    def more(self) -> None:
        """Read the next piece (keeping what is not consumed yet)."""
        piece = next(self.chunks, None)
        if piece is None:
            self.eof = True
            text, self.carry = self.carry, b""
        else:
            text = self.carry + piece
            cut = len(text)
            while cut and text[cut - 1] == 13:
                cut -= 1
            text, self.carry = text[:cut], text[cut:]
        self.buf = self.buf[self.pos :] + normalise_eols(text)
        self.pos = 0

    def line_at(self, offset: int) -> int:
        """Return the line number at ``offset`` (at or after ``pos``)."""
        return self.line + self.buf.count(b"\n", self.pos, offset)

    def advance(self, offset: int) -> None:
        """Mark everything before ``offset`` as read."""
        offset = min(offset, len(self.buf))
        self.line = self.line_at(offset)
        self.pos = offset

    def rest(self) -> Iterator[bytes]:
        """Yield the unread bytes: the buffer's rest, then the stream's."""
        yield self.buf[self.pos :]
        self.buf = b""
        if self.carry:
            yield self.carry
        yield from self.chunks


def _careful(reader: _Buffer, context: ReadContext, limit: int, seen: bool
             ) -> Iterator[CardResult]:
    """Read the rest of the stream with the careful path."""
    machine = Structure(context)
    machine.seen_structure = seen
    out = machine.out
    for lineno, data, oversized in logical_lines(
        split_lines(reader.rest(), limit, reader.line), limit
    ):
        machine.feed(lineno, data, oversized)
        if out:
            yield from out
            out.clear()
    machine.finish()
    yield from out


def _card(block: bytes, context: ReadContext, first: int, limit: int
          ) -> list[CardResult] | None:
    """Read one card, from its BEGIN line to its END line; None if it must be re-read
    as part of the rest of the stream."""
    # Quoted-printable matters only with soft breaks (=\n); base64 padding has "=\n" too,
    # and a case-blind regex search over a photo cost more than lower-casing it.
    if len(block) <= limit and not (b"=\n" in block and b"quoted-printable" in block.lower()):
        lane = context.lane
        # What the lane or ``finish`` makes stands for the card (the importer's record).
        card: CardResult | None = lane(block, context, first) if lane is not None else None  # type: ignore[assignment]
        if card is None:
            card = quick_card(block, context, first)
        if card is None:
            card = _plain_card(block, context, first)
        if card is not None:
            return [card]
    machine = Structure(context)
    for lineno, data, oversized in logical_lines(split_lines((block,), limit, first), limit):
        machine.feed(lineno, data, oversized)
    if machine.stack or machine.stray or _BEGIN_RE.search(block, 1):
        return None
    return machine.out


def _plain_card(block: bytes, context: ReadContext, first: int) -> CardResult | None:
    """Read a plain card, or return None when a line needs the careful path."""
    parts = block.split(b"\n")
    last = len(parts) - 1  # the END line
    builder = CardBuilder(context, first)
    handlers = HANDLERS
    i = 1
    while i < last:
        data = parts[i]
        j = i + 1
        if parts[j][:1] in _BLANKS:
            while parts[j][:1] in _BLANKS:
                j += 1
            data = b"".join([data, *(p[1:] for p in parts[i + 1 : j])])
        colon = data.find(b":")
        if colon <= 0 or colon > MAX_HEAD or data[:1] in _BLANKS:
            return None
        head = data[:colon]
        if b'"' in head:
            prop = parse_property(first + i, data)
            if isinstance(prop, str):
                builder.warn(first + i, prop)
            elif prop.name in _STRUCTURE:
                return None
            else:
                builder.add(prop)
            i = j
            continue
        parsed = parse_head(head)
        if isinstance(parsed, str):
            builder.warn(first + i, parsed)
        else:
            handler = handlers.get(parsed[1])
            if handler is not None:
                handler(builder, Property(first + i, parsed[0], parsed[1], parsed[2],
                                          data[colon + 1 :]))
            elif parsed[1] in _STRUCTURE:
                return None
        i = j
    return builder.build()

