"""Reading vCard files (2.1, 3.0, 4.0) card by card, with bounded memory.

The public entry points are :func:`read_vcards` (a file path),
:func:`read_vcard_bytes` (data in memory, e.g. dropped from a mail client) and
:func:`read_vcard_stream` (any binary stream). All three are generators yielding
:class:`ParsedCard` and :class:`RejectedCard` in file order and raising
:class:`VCardFileError` when iteration starts on a file that is not usable at all.

The layers, each in its own module: :mod:`.lines` (bytes to blocks of physical
lines), :mod:`.unfold` (logical lines), :mod:`.syntax` (name, parameters, value),
:mod:`.structure` (BEGIN/END: nested cards, cards missing their END or too large),
:mod:`.builder` (one card's fields) and :mod:`.properties` (what each property gives,
the one place it is decoded). Every card goes through all of them.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from networkapp.services.vcard.builder import ReadContext
from networkapp.services.vcard.card import VCardFileError
from networkapp.services.vcard.lines import LineSource, blocks
from networkapp.services.vcard.structure import CardResult, Structure
from networkapp.services.vcard.unfold import Unfolder

DEFAULT_CHUNK_LIMIT = 8 * 1024 * 1024
"""Largest property value (encoded bytes) held in memory; larger ones are skipped."""


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
    machine = Structure(ReadContext(name, source.transcoded))
    unfolder = Unfolder(chunk_limit)
    out = machine.out
    for block in blocks(source.chunks(), chunk_limit):
        machine.feed_lines(unfolder.feed(block))
        if out:
            yield from out
            out.clear()
    machine.feed_lines(unfolder.finish())
    machine.finish()
    yield from out
