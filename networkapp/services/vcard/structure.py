"""The BEGIN/END state machine: nested cards, missing ENDs, cards too large to keep.

Fed logical lines, it parses each one (:mod:`.syntax`), hands the properties of the
open card to their handler (:data:`.properties.HANDLERS`, the one place a property is
decoded) and puts finished cards, parsed or rejected, in its ``out`` list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from networkapp.services.vcard.builder import CardBuilder, ReadContext, Unreadable
from networkapp.services.vcard.card import ParsedCard, RejectedCard, VCardFileError
from networkapp.services.vcard.properties import HANDLERS
from networkapp.services.vcard.syntax import (
    MAX_HEAD,
    Params,
    Property,
    parse_head,
    parse_property,
)
from networkapp.services.vcard.unfold import LogicalLine

CardResult = ParsedCard | RejectedCard

MAX_CARD_BYTES = 10 * 1024 * 1024
"""Largest card kept (its logical lines, values skipped as too large not counted)."""
_MAX_DEPTH = 4
_MAX_PENDING_NESTED = 8
_MAX_HEADS = 4096

Handler = Callable[[CardBuilder, Property], None]
_KEPT, _SKIPPED, _BEGIN, _END = range(4)
_Head = tuple[int, str, str, Params, Handler]
"""(what to do with the line, group, NAME, parameters, handler) of a head."""
_HEADS: dict[bytes, _Head] = {}
"""Heads seen before (real files repeat a few dozen), without quotes: the common case."""


def _head(head: bytes) -> _Head | None:
    """Return what a line with this head is, or None if it needs :func:`parse_property`."""
    known = _HEADS.get(head)
    if known is not None or b'"' in head or len(head) > MAX_HEAD:
        return known
    parsed = parse_head(head)
    if isinstance(parsed, str):
        return None
    group, name, params = parsed
    handler = HANDLERS.get(name)
    kind = _BEGIN if name == "BEGIN" else _END if name == "END" else (
        _SKIPPED if handler is None else _KEPT)
    handler = handler or _not_kept
    if len(_HEADS) >= _MAX_HEADS:
        _HEADS.clear()
    known = _HEADS[head] = (kind, group, name, params, handler)
    return known


class Structure:
    """The BEGIN/END state machine; finished cards are appended to ``out``."""

    def __init__(self, context: ReadContext) -> None:
        """Start reading the stream ``context`` names, with no card open."""
        self.context = context
        self.out: list[CardResult] = []
        self.stack: list[CardBuilder] = []
        self.nested: list[list[CardResult]] = []  # finished inner cards, per open card
        self.stray: list[int] = []  # first line and count of lines outside any card
        self.seen_structure = False
        self.seen_text = False

    def feed_lines(self, lines: Iterable[LogicalLine]) -> None:
        """Take logical lines, in order.

        The usual line (a known head, a card open, no inner card waiting) is handled
        right here; every other one by :meth:`feed`, with the same result.
        """
        stack, nested, heads, new = self.stack, self.nested, _HEADS, tuple.__new__
        for lineno, data, oversized in lines:
            colon = data.find(b":")
            head = heads.get(data[:colon]) or _head(data[:colon]) if colon > 0 else None
            if head is None:
                self.feed(lineno, data, oversized)
                continue
            kind, group, name, params, handler = head
            # A Property is made without its Python-level __new__: once per line.
            if kind == _BEGIN:
                self.seen_text = True
                self._begin(new(Property, (lineno, group, name, params, data[colon + 1 :],
                                           oversized)))
                continue
            if kind == _END:
                self._end(new(Property, (lineno, group, name, params, data[colon + 1 :],
                                         oversized)))
                continue
            if not stack or nested[-1]:
                self.feed(lineno, data, oversized)
                continue
            card = stack[-1]
            size = card.size = card.size + len(data)
            if size > MAX_CARD_BYTES:
                self._check_size(card, lineno)
            elif kind == _KEPT:
                if oversized:
                    card.warn(lineno, f"{name} skipped: its value is too large")
                    continue
                try:
                    handler(card, new(Property, (lineno, group, name, params,
                                                 data[colon + 1 :], False)))
                except Unreadable as exc:
                    card.warn(lineno, f"{name} skipped: {exc}")

    def feed(self, lineno: int, data: bytes, oversized: bool) -> None:
        """Take one logical line."""
        self.seen_text = True
        prop = parse_property(lineno, data, oversized)
        if isinstance(prop, str):
            if self.stack:
                if self._count(lineno, data):
                    self.stack[-1].warn(lineno, prop)
            else:
                self._stray(lineno)
        elif prop.name == "BEGIN":
            self._begin(prop)
        elif prop.name == "END":
            self._end(prop)
        elif self.stack:
            if self.nested[-1]:
                self._drop_nested(self.stack[-1], self.nested[-1])
            if self._count(lineno, data):
                _add(self.stack[-1], prop, HANDLERS.get(prop.name))
        else:
            self._stray(lineno)

    def finish(self) -> None:
        """Close the stream: open cards lack their END.

        Raises:
            VCardFileError: Nothing in the stream looked like a vCard.
        """
        self._flush_unclosed()
        if not self.seen_structure:
            problem = (
                "not a vCard file (no BEGIN:VCARD line)" if self.seen_text else "the file is empty"
            )
            raise VCardFileError(self.context.file, problem)

    def _count(self, lineno: int, data: bytes) -> bool:
        """Add a line to the open card's size; whether the card is still kept."""
        card = self.stack[-1]
        card.size += len(data)
        return self._check_size(card, lineno)

    @staticmethod
    def _check_size(card: CardBuilder, lineno: int) -> bool:
        """Whether ``card`` is within the size limit (dropping it at the line it passes)."""
        if card.size <= MAX_CARD_BYTES:
            return True
        if card.rejection is None:
            card.drop(f"the card is larger than {MAX_CARD_BYTES // (1024 * 1024)} MB at line "
                      f"{lineno}; none of it was kept")
        return False

    def _begin(self, prop: Property) -> None:
        self.seen_structure = True
        if len(self.stack) >= _MAX_DEPTH:
            self._flush_unclosed()
        bad = None
        if prop.value != b"VCARD":
            value = prop.value.decode("utf-8", "replace").strip()
            bad = None if value.upper() == "VCARD" else f"BEGIN:{value[:40]}"
        card = CardBuilder(self.context, prop.line, bad)
        if self.stray and not self.stack:
            first, count = self.stray
            card.warn(first, f"{count} line(s) before this card, outside any vCard, ignored")
            self.stray = []
        self.stack.append(card)
        self.nested.append([])

    def _end(self, prop: Property) -> None:
        self.seen_structure = True
        if not self.stack:
            first = self.stray[0] if self.stray else prop.line
            self.out.append(
                RejectedCard(
                    self.context.file, first, f"END:VCARD at line {prop.line} without BEGIN:VCARD"
                )
            )
            self.stray = []
            return
        card, inner = self.stack.pop(), self.nested.pop()
        self._drop_nested(card, inner)
        value = prop.value.strip()
        if value.upper() != b"VCARD":
            shown = value[:40].decode("utf-8", "replace")
            card.warn(prop.line, f"END line 'END:{shown}' read as END:VCARD")
        result = card.build()
        if not self.stack:
            self.out.append(result)
            return
        # Inside another card: an AGENT, or the outer card lacks its END. Decide later.
        self.nested[-1].append(result)
        if len(self.nested[-1]) > _MAX_PENDING_NESTED:
            self._flush_unclosed()

    def _drop_nested(self, card: CardBuilder, inner: list[CardResult]) -> None:
        """The outer card went on after these inner cards: they were embedded in it."""
        for result in inner:
            card.warn(result.line, "embedded vCard (AGENT) ignored")
        inner.clear()

    def _flush_unclosed(self) -> None:
        """Reject every open card as missing its END; their inner cards stand alone."""
        for card, inner in zip(self.stack, self.nested, strict=True):
            begin = card.bad_begin or "BEGIN:VCARD"
            self.out.append(
                RejectedCard(self.context.file, card.line, f"{begin} without END:VCARD")
            )
            self.out.extend(inner)
        self.stack.clear()
        self.nested.clear()

    def _stray(self, lineno: int) -> None:
        if self.stray:
            self.stray[1] += 1
        else:
            self.stray = [lineno, 1]


def _not_kept(card: CardBuilder, prop: Property) -> None:
    """The handler of the properties a card does not keep."""


def _add(card: CardBuilder, prop: Property, handler: Handler | None) -> None:
    """Hand a property of ``card`` to its handler (none: a property not kept)."""
    if handler is None:
        return
    if prop.oversized:
        card.warn(prop.line, f"{prop.name} skipped: its value is too large")
        return
    try:
        handler(card, prop)
    except Unreadable as exc:
        card.warn(prop.line, f"{prop.name} skipped: {exc}")
