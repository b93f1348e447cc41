r"""Joining physical lines into logical content lines, on bytes.

Unfolding happens before any charset decoding because a writer may fold in the
middle of a multi-byte UTF-8 sequence. Four kinds of continuation are recognised:

* a line starting with a space or tab (RFC folding; the one blank is dropped);
* after a quoted-printable value ending in ``=`` (a soft line break), the next line
  whatever it looks like (vCard 2.1 does not indent those), unless it is a
  ``BEGIN:VCARD`` or ``END:VCARD`` line (also ``END:VCARD=``, a writer's stray break);
* inside a vCard 2.1 ``ENCODING=BASE64`` value, lines made only of base64 characters,
  up to the blank line that ends it;
* after a value ending in a lone backslash, a next line without a colon (old Android
  address exports), joined as an escaped line break.

A logical line larger than ``limit`` bytes is not kept: it is returned cut short and
flagged, while its continuation lines are consumed and dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import count, repeat

from networkapp.services.vcard.lines import HEAD_SIZE, Block

LogicalLine = tuple[int, bytes, bool]
"""(1-based line where it starts, the unfolded bytes, too large and cut short?)"""

_BASE64_LINE_RE = re.compile(rb"[ \t]*[A-Za-z0-9+/=]+[ \t]*\Z")
# A BEGIN or END line never continues a quoted-printable value, even written with the
# soft line break ("=") its writer kept from the value before.
_STRUCTURE_LINE_RE = re.compile(
    rb"(?i)[ \t]*(?:[A-Za-z0-9_.-]*\.)?(?:BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*=?[ \t]*\Z"
)
_INDENT_AFTER_BLANK_RE = re.compile(rb"\n\n+[ \t]")
_LOGICAL_END_RE = re.compile(rb"\n(?![ \t])")
_BACKSLASH_END_RE = re.compile(rb"\\\n(?![ \t])")
_BLANKS = (b" ", b"\t")


class Unfolder:
    """Joins the physical lines of one stream into logical lines, block by block.

    A block that is plain (see :func:`_is_plain`) is cut with a few ``bytes`` calls;
    any other one line by line with every rule. Both give the same logical lines, so
    the choice only changes how fast they are cut.
    """

    def __init__(self, limit: int) -> None:
        """Start a stream whose logical lines are kept whole up to ``limit`` bytes."""
        self.limit = limit
        # Most lines have no continuation: the last one waits in ``held`` as a plain
        # tuple; only a line that is continued (or may be, by its encoding) is _Pending.
        self.held: LogicalLine | None = None
        self.pending: _Pending | None = None

    def feed(self, block: Block) -> list[LogicalLine]:
        """Return the logical lines that ``block`` completes."""
        first, data, cut = block
        if cut:
            return self._by_line(((first, data, True),))
        out = []
        if self.held is not None and data[:1] not in _BLANKS:
            out.append(self.held)
            self.held = None
        if self.held is None and self.pending is None and _is_plain(data, self.limit):
            # Its last logical line goes line by line: the next block may continue it.
            last = _last_start(data)
            if last > 0:
                out += _cut_plain(first, data[:last])
                first += data.count(b"\n", 0, last + 1)
                data = data[last + 1 :]
        out += self._by_line(zip(count(first), data.split(b"\n"), repeat(False)))
        return out

    def finish(self) -> list[LogicalLine]:
        """Return the last logical line, at the end of the stream."""
        out = [] if self.held is None else [self.held]
        if self.pending is not None:
            out.append(self.pending.result())
        self.held = self.pending = None
        return out

    def _by_line(self, lines: Iterable[tuple[int, bytes, bool]]) -> list[LogicalLine]:
        """Join physical lines one by one, with every continuation rule."""
        out: list[LogicalLine] = []
        held, pending, limit = self.held, self.pending, self.limit
        for lineno, raw, cut in lines:
            first = raw[:1]
            if held is not None:
                if first not in _BLANKS:
                    out.append(held)
                    held = None
                else:
                    pending = _Pending(*held, limit)
                    held = None
            if pending is not None:
                if pending.takes(raw, cut):
                    continue
                out.append(pending.result())
                pending = None
            if not raw or raw.isspace():
                continue
            data = raw.lstrip(b" \t") if first in _BLANKS else raw
            qp, b64 = _encoding_modes(data)
            if qp or b64 or data.endswith(b"\\"):
                pending = _Pending(lineno, data, cut, limit, qp=qp, b64=b64)
            else:
                held = (lineno, data, cut)
        self.held, self.pending = held, pending
        return out


def _is_plain(data: bytes, limit: int) -> bool:
    """Whether RFC folding is the only rule that can apply inside ``data``.

    Each check stands for the rule it rules out, and each is a scan in C:

    * no logical line can be larger than the limit, and ``data`` starts a line;
    * no indented line right after a blank one (it starts a line, not continuing one),
      and no line made only of whitespace other than blanks (skipped as blank);
    * no line ending in a backslash is followed by one that is not indented (old
      Android exports continue those);
    * no quoted-printable value can have a soft line break (``=`` at a line's end);
    * no base64 value is followed by a line without a colon (a vCard 2.1 base64 line).
    """
    if len(data) > limit or data.lstrip(b"\n")[:1] in _BLANKS:
        return False
    if b"\n\n" in data and _INDENT_AFTER_BLANK_RE.search(data) is not None:
        return False
    if b"\x0b" in data or b"\x0c" in data or data.endswith(b"\\"):
        return False
    if b"\\\n" in data and _BACKSLASH_END_RE.search(data) is not None:
        return False
    lower = data.lower()
    if (b"=\n" in data or data.endswith(b"=")) and b"quoted-printable" in lower:
        return False
    return not _base64_goes_on(data, lower)


def _base64_goes_on(data: bytes, lower: bytes) -> bool:
    """Whether a line that may hold base64 (its text says so) is followed by a line
    without a colon, which the base64 rule would take as more of its value."""
    for marker in (b"base64", b"encoding=b"):
        at = lower.find(marker)
        while at >= 0:
            end = _LOGICAL_END_RE.search(data, at)
            if end is None:
                break
            start = end.end()
            stop = data.find(b"\n", start)
            line = data[start:] if stop < 0 else data[start:stop]
            if line and b":" not in line:
                return True
            at = lower.find(marker, start)
    return False


def _last_start(data: bytes) -> int:
    """Return the offset of the line end before the last logical line, or -1."""
    eol = data.rfind(b"\n")
    while eol >= 0 and data[eol + 1 : eol + 2] in _BLANKS:
        eol = data.rfind(b"\n", 0, eol)
    return eol


def _cut_plain(first: int, data: bytes) -> list[LogicalLine]:
    """Cut a plain block (whole logical lines) into its logical lines."""
    lines = data.split(b"\n")
    if b"\n " not in data and b"\n\t" not in data:
        return [(n, line, False) for n, line in enumerate(lines, first) if line]
    numbers = [n for n, line in enumerate(lines, first) if line[:1] not in _BLANKS]
    joined = data.replace(b"\n ", b"").replace(b"\n\t", b"").split(b"\n")
    return [(n, line, False) for n, line in zip(numbers, joined, strict=True) if line]


def _encoding_modes(data: bytes) -> tuple[bool, bool]:
    """Whether a line's parameters say quoted-printable, or base64."""
    colon = data.find(b":")
    if colon <= 0 or data.find(b";", 0, colon) < 0:
        return False, False
    head = data[:colon].upper()
    return b"QUOTED-PRINTABLE" in head, b"BASE64" in head or b"ENCODING=B" in head


class _Pending:
    """A logical line being assembled."""

    __slots__ = ("b64", "backslash", "last", "limit", "lineno", "oversized", "pieces", "qp", "size")

    def __init__(
        self,
        lineno: int,
        data: bytes,
        cut: bool,
        limit: int,
        *,
        qp: bool = False,
        b64: bool = False,
    ) -> None:
        self.lineno = lineno
        self.limit = limit
        self.pieces = [data]
        self.size = len(data)
        self.oversized = cut or self.size > limit
        self.qp = qp
        self.b64 = b64
        self.backslash = False
        self.last = data
        self._update_modes()

    def takes(self, data: bytes, cut: bool) -> bool:
        """Append ``data`` if it continues this line; return whether it did."""
        if self.qp and self.last.endswith(b"="):
            if _STRUCTURE_LINE_RE.match(data):
                return False
            if not self.oversized:
                self.pieces[-1] = self.pieces[-1][:-1]  # drop the soft line break
            self._append(data, cut)
        elif data[:1] in _BLANKS:
            self._append(data[1:], cut)
        elif self.b64 and _BASE64_LINE_RE.match(data):
            self._append(data.strip(), cut)
        elif self.backslash and data and b":" not in data:
            self._append(b"n" + data, cut)  # "\" + "n": the line break, escaped
        else:
            return False
        return True

    def result(self) -> LogicalLine:
        """Return the assembled line."""
        data = self.pieces[0] if len(self.pieces) == 1 else b"".join(self.pieces)
        return self.lineno, data, self.oversized

    def _append(self, data: bytes, cut: bool) -> None:
        self.last = data
        if not self.oversized:
            self.size += len(data)
            if cut or self.size > self.limit:
                self.oversized = True
                self.pieces = [self.pieces[0][:HEAD_SIZE]]
            else:
                self.pieces.append(data)
        self._update_modes()

    def _update_modes(self) -> None:
        if self.qp or self.b64:
            return
        last = self.last
        self.backslash = last.endswith(b"\\") and (len(last) - len(last.rstrip(b"\\"))) % 2 == 1
