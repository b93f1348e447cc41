"""vCard reading and writing, with no Qt and no database.

:func:`read_vcards` streams a file card by card; :func:`read_vcard_bytes` reads data
already in memory; :func:`format_vcard` writes one vCard 4.0. Results are the frozen
dataclasses of :mod:`networkapp.services.vcard.card`.
"""

from __future__ import annotations

from networkapp.services.vcard.card import (
    Address,
    CardIssue,
    Email,
    ParsedCard,
    Phone,
    RejectedCard,
    Url,
    VCardFileError,
)
from networkapp.services.vcard.photo import PHOTO_MAX_BYTES
from networkapp.services.vcard.reader import (
    DEFAULT_CHUNK_LIMIT,
    read_vcard_bytes,
    read_vcard_stream,
    read_vcards,
)
from networkapp.services.vcard.structure import CardResult
from networkapp.services.vcard.writer import format_vcard

__all__ = [
    "DEFAULT_CHUNK_LIMIT",
    "PHOTO_MAX_BYTES",
    "Address",
    "CardIssue",
    "CardResult",
    "Email",
    "ParsedCard",
    "Phone",
    "RejectedCard",
    "Url",
    "VCardFileError",
    "format_vcard",
    "read_vcard_bytes",
    "read_vcard_stream",
    "read_vcards",
]
