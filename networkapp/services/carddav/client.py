"""CardDavClient: one object for everything the sync needs from a CardDAV server."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import TracebackType

from networkapp.services.carddav import davxml, discovery, pull, push
from networkapp.services.carddav.records import (
    AddressBook,
    Card,
    Discovery,
    Fetched,
    Member,
    Stored,
    SyncChanges,
)
from networkapp.services.carddav.transport import DEFAULT_TIMEOUT, MAX_ANSWER_BYTES, DavSession


class CardDavClient:
    """A connection to one server with one user's credentials. Use it in a ``with``
    block (or call ``close``). Every method raises a CardDavError subclass on failure.
    """

    def __init__(self, url: str, user: str | None = None, password: str | None = None, *,
                 timeout: float = DEFAULT_TIMEOUT, max_answer_bytes: int = MAX_ANSWER_BYTES
                 ) -> None:
        self.session = DavSession(url, user, password, timeout=timeout,
                                  max_answer_bytes=max_answer_bytes)

    def __enter__(self) -> CardDavClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self.session.close()

    def discover(self) -> Discovery:
        """The principal, homes and address books behind the server URL."""
        return discovery.discover(self.session)

    def addressbook(self, url: str) -> AddressBook:
        """The current properties of one address book (sync token, ctag, limits)."""
        return discovery.read_addressbook(self.session, url)

    def create_addressbook(self, home_url: str, name: str, display_name: str) -> AddressBook:
        """A new, empty address book ``name`` in the home at ``home_url`` (MKCOL)."""
        url = self.session.url_for(push.new_href(home_url, name) + "/")
        self.session.request("MKCOL", url, body=davxml.mkcol_addressbook_body(display_name),
                             headers={"Content-Type": "application/xml; charset=utf-8"},
                             expect=(201,))
        return self.addressbook(url)

    def changes(self, book: AddressBook, token: str | None,
                known: Mapping[str, str | None], *, listing: bool = False) -> SyncChanges:
        """What changed in ``book``: by sync-collection from ``token`` where the server
        supports it, otherwise (or with ``listing``) by comparing a PROPFIND listing
        with the ``known`` ETags (href -> ETag)."""
        if book.supports_sync and not listing:
            return pull.sync_collection(self.session, book.url, token)
        return pull.compare(known, pull.list_members(self.session, book.url))

    def sync_collection(self, book_url: str, token: str | None) -> SyncChanges:
        """Changes since ``token`` by sync-collection (RFC 6578)."""
        return pull.sync_collection(self.session, book_url, token)

    def list_members(self, book_url: str) -> tuple[Member, ...]:
        """Every card's href and ETag (PROPFIND Depth 1)."""
        return pull.list_members(self.session, book_url)

    def fetch(self, book_url: str, hrefs: Iterable[str],
              batch_size: int = pull.MULTIGET_BATCH) -> Fetched:
        """The cards at ``hrefs``, by addressbook-multiget in batches."""
        return pull.multiget(self.session, book_url, hrefs, batch_size)

    def get(self, href: str) -> Card:
        """One card by GET, byte for byte."""
        return pull.get_card(self.session, href)

    def create(self, book: AddressBook, name: str, card: bytes) -> Stored:
        """Store a new card as ``name`` in ``book`` (If-None-Match: *)."""
        return push.create(self.session, book.url, name, card, book.max_resource_size)

    def update(self, book: AddressBook, href: str, card: bytes, etag: str) -> Stored:
        """Replace the card at ``href`` if still at ``etag`` (If-Match)."""
        return push.update(self.session, href, card, etag, book.max_resource_size)

    def delete(self, href: str, etag: str) -> None:
        """Delete the card at ``href`` if still at ``etag`` (If-Match)."""
        push.delete(self.session, href, etag)
