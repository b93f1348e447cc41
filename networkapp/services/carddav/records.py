"""What the CardDAV client returns: frozen dataclasses, never live HTTP objects.

An ``href`` is a server path in one normalised spelling (see davxml.normalize_href), so
hrefs from different answers compare equal; a ``url`` is absolute.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AddressBook:
    """An address book found on the server.

    ``sync_token`` and ``ctag`` change whenever a card in it changes (either may be
    missing); ``supports_sync`` says whether the server offers sync-collection (RFC 6578)
    for it; ``max_resource_size`` is the largest card it takes, in bytes, when it says.
    """

    url: str
    href: str
    display_name: str
    description: str
    sync_token: str | None
    ctag: str | None
    supports_sync: bool
    max_resource_size: int | None


@dataclass(frozen=True)
class Discovery:
    """Where discovery led: the principal (when the server names one), the address book
    home sets, and the address books in them."""

    principal_url: str | None
    home_urls: tuple[str, ...]
    addressbooks: tuple[AddressBook, ...]


@dataclass(frozen=True)
class Member:
    """A card in an address book: its href and ETag (None when the server gave none)."""

    href: str
    etag: str | None


@dataclass(frozen=True)
class SyncChanges:
    """What changed since a sync token: cards new or changed, hrefs removed, the token to
    store for next time (None when listed by PROPFIND: then compare ETags instead)."""

    changed: tuple[Member, ...]
    removed: tuple[str, ...]
    token: str | None


@dataclass(frozen=True)
class Card:
    """A card's content as the server holds it, with its href and ETag."""

    href: str
    etag: str | None
    data: bytes


@dataclass(frozen=True)
class Fetched:
    """Cards fetched by multiget; ``missing`` lists hrefs the server no longer has."""

    cards: tuple[Card, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Stored:
    """A card after a successful PUT: its href and new ETag. ``server_card`` is the card
    as the server stored it, when it did not return an ETag and had to be fetched again
    (a server that rewrites a card does not return one)."""

    href: str
    etag: str | None
    server_card: bytes | None
