"""The BEGIN/END state machine of the careful reader: nested cards and missing ENDs.

Fed logical lines one by one, it hands finished cards (parsed or rejected) out
through its ``out`` list. :mod:`.fastread` runs it on whatever is not plain.
"""

from __future__ import annotations

from networkapp.services.vcard.builder import CardBuilder, ReadContext
from networkapp.services.vcard.card import ParsedCard, RejectedCard, VCardFileError
from networkapp.services.vcard.syntax import Property, parse_property

CardResult = ParsedCard | RejectedCard

_MAX_DEPTH = 4
_MAX_PENDING_NESTED = 8


class Structure:
    """The BEGIN/END state machine; finished cards are appended to ``out``."""

    def __init__(self, context: ReadContext) -> None:
        self.context = context
        self.out: list[CardResult] = []
        self.stack: list[CardBuilder] = []
        self.nested: list[list[CardResult]] = []  # finished inner cards, per open card
        self.stray: list[int] = []  # first line and count of lines outside any card
        self.seen_structure = False
        self.seen_text = False

    def feed(self, lineno: int, data: bytes, oversized: bool) -> None:
        """Take one logical line."""
        self.seen_text = True
        prop = parse_property(lineno, data, oversized)
        if isinstance(prop, str):
            if self.stack:
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
            self.stack[-1].add(prop)
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

    def _begin(self, prop: Property) -> None:
        self.seen_structure = True
        value = prop.value.decode("utf-8", "replace").strip()
        if len(self.stack) >= _MAX_DEPTH:
            self._flush_unclosed()
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
