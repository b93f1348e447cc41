"""Reading vCard files (2.1, 3.0, 4.0) card by card, with bounded memory.

The public entry points are :func:`read_vcards` (a file path),
:func:`read_vcard_bytes` (data in memory, e.g. dropped from a mail client) and
:func:`read_vcard_stream` (any binary stream). All three are generators yielding
:class:`ParsedCard` and :class:`RejectedCard` in file order and raising
:class:`VCardFileError` when iteration starts on a file that is not usable at all.

The layers, each in its own module: :mod:`.lines` (bytes to physical lines),
:mod:`.unfold` (logical lines), :mod:`.syntax` (name, parameters, value),
:mod:`.builder` (one card's fields). This module only tracks the BEGIN/END
structure: nested cards (vCard 2.1 AGENT) and cards missing their END.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from networkapp.services.vcard.builder import CardBuilder, ReadContext
from networkapp.services.vcard.card import ParsedCard, RejectedCard, VCardFileError
from networkapp.services.vcard.lines import LineSource
from networkapp.services.vcard.syntax import Property, parse_property
from networkapp.services.vcard.unfold import logical_lines

DEFAULT_CHUNK_LIMIT = 8 * 1024 * 1024
"""Largest property value (encoded bytes) held in memory; larger ones are skipped."""

CardResult = ParsedCard | RejectedCard

_MAX_DEPTH = 4
_MAX_PENDING_NESTED = 8


def read_vcards(
    path: str | Path, *, chunk_limit: int = DEFAULT_CHUNK_LIMIT
) -> Iterator[CardResult]:
    """Read every card of a vCard file, streaming it.

    Args:
        path: The file.
        chunk_limit: Largest property value kept in memory, in bytes; a larger one
            (say a 50 MB PHOTO) is skipped with a warning on its card.

    Yields:
        The cards in file order, parsed or rejected.

    Raises:
        VCardFileError: The file cannot be read, is empty, binary or not a vCard.
    """
    name = str(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 -- closed by the with below, in the generator
    except OSError as exc:
        raise VCardFileError(name, f"cannot be opened: {exc.strerror or exc}") from exc
    with stream:
        yield from read_vcard_stream(stream, name=name, chunk_limit=chunk_limit)


def read_vcard_bytes(
    data: bytes, *, name: str = "<data>", chunk_limit: int = DEFAULT_CHUNK_LIMIT
) -> Iterator[CardResult]:
    """Read the cards in ``data`` (the same rules as :func:`read_vcards`).

    Args:
        data: vCard data, e.g. dropped from a mail client.
        name: What messages call it.
        chunk_limit: Largest property value kept, in bytes.

    Returns:
        An iterator over the cards; :class:`VCardFileError` is raised when it starts.
    """
    return read_vcard_stream(io.BytesIO(data), name=name, chunk_limit=chunk_limit)


def read_vcard_stream(
    stream: BinaryIO, *, name: str, chunk_limit: int = DEFAULT_CHUNK_LIMIT
) -> Iterator[CardResult]:
    """Read the cards of a binary stream, incrementally.

    Args:
        stream: Opened for reading bytes; not closed here.
        name: What messages call it.
        chunk_limit: Largest property value kept, in bytes.

    Yields:
        The cards in order, parsed or rejected.

    Raises:
        VCardFileError: The stream is empty, binary, unreadable or not a vCard.
    """
    source = LineSource(stream, name, chunk_limit)
    machine = _Structure(ReadContext(name, source.transcoded))
    out = machine.out
    for lineno, data, oversized in logical_lines(source, chunk_limit):
        machine.feed(lineno, data, oversized)
        if out:
            yield from out
            out.clear()
    machine.finish()
    yield from out


class _Structure:
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
