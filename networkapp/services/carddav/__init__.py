"""A CardDAV client (RFC 6352, 6578, 6764) on httpx: discovery, pull and push.

No Qt and no database here: the sync engine builds on ``CardDavClient``, the frozen
records it returns and the CardDavError classes it raises.
"""

from __future__ import annotations

from networkapp.services.carddav.client import CardDavClient
from networkapp.services.carddav.errors import (
    AnswerTooLargeError,
    AuthFailedError,
    CardDavError,
    CardRejectedError,
    CardTooLargeError,
    ConflictError,
    InsecureUrlError,
    MalformedAnswerError,
    ResourceNotFoundError,
    ServerError,
    SyncTokenInvalidError,
    UnreachableError,
)
from networkapp.services.carddav.records import (
    AddressBook,
    Card,
    Discovery,
    Fetched,
    Member,
    Stored,
    SyncChanges,
)

__all__ = [
    "AddressBook", "AnswerTooLargeError", "AuthFailedError", "Card", "CardDavClient",
    "CardDavError", "CardRejectedError", "CardTooLargeError", "ConflictError", "Discovery",
    "Fetched",
    "InsecureUrlError", "MalformedAnswerError", "Member", "ResourceNotFoundError",
    "ServerError", "Stored", "SyncChanges", "SyncTokenInvalidError", "UnreachableError",
]
