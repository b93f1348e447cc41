r"""Joining physical lines into logical content lines, on bytes.

Unfolding happens before any charset decoding because a writer may fold in the
middle of a multi-byte UTF-8 sequence. Four kinds of continuation are recognised:

* a line starting with a space or tab (RFC folding; the one blank is dropped);
* after a quoted-printable value ending in ``=`` (a soft line break), the next line
  whatever it looks like (vCard 2.1 does not indent those);
* inside a vCard 2.1 ``ENCODING=BASE64`` value, lines made only of base64 characters,
  up to the blank line that ends it;
* after a value ending in a lone backslash, a next line without a colon (old Android
  address exports), joined as an escaped line break.

A logical line larger than ``limit`` bytes is not kept: it is returned cut short and
flagged, while its continuation lines are consumed and dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from networkapp.services.vcard.lines import HEAD_SIZE, Line

LogicalLine = tuple[int, bytes, bool]
"""(1-based line where it starts, the unfolded bytes, too large and cut short?)"""

_BASE64_LINE_RE = re.compile(rb"[ \t]*[A-Za-z0-9+/=]+[ \t]*\Z")
_END_LINE_RE = re.compile(rb"(?i)[ \t]*(?:[A-Za-z0-9_.-]*\.)?END[ \t]*:[ \t]*VCARD[ \t]*\Z")
_BLANKS = (b" ", b"\t")


def logical_lines(lines: Iterable[Line], limit: int) -> Iterator[LogicalLine]:
    """Join continuation lines; skip blank lines.

    Args:
        lines: Physical lines from :class:`~networkapp.services.vcard.lines.LineSource`.
        limit: The largest logical line kept whole.

    Yields:
        Logical lines in order.
    """
    # Most lines have no continuation: they wait in ``held`` as a plain tuple, and
    # only a line that is continued (or may be, by its encoding) gets a _Pending.
    held: LogicalLine | None = None
    pending: _Pending | None = None
    for lineno, raw, cut in lines:
        first = raw[:1]
        if held is not None:
            if first not in _BLANKS:
                yield held
                held = None
            else:
                pending = _Pending(*held, limit)
                held = None
        if pending is not None:
            if pending.takes(raw, cut):
                continue
            yield pending.result()
            pending = None
        if not raw or raw.isspace():
            continue
        data = raw.lstrip(b" \t") if first in _BLANKS else raw
        qp, b64 = _encoding_modes(data)
        if qp or b64 or data.endswith(b"\\"):
            pending = _Pending(lineno, data, cut, limit, qp=qp, b64=b64)
        else:
            held = (lineno, data, cut)
    if held is not None:
        yield held
    if pending is not None:
        yield pending.result()


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
            if _END_LINE_RE.match(data):
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
