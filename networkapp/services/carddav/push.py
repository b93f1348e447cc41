"""Writing cards: create with ``If-None-Match: *``, update and delete with
``If-Match: <etag>``, so a card changed on the server meanwhile is a ConflictError
(412) and never overwritten."""

from __future__ import annotations

from urllib.parse import quote

from networkapp.services.carddav import davxml
from networkapp.services.carddav.errors import CardTooLargeError
from networkapp.services.carddav.pull import get_card
from networkapp.services.carddav.records import Stored
from networkapp.services.carddav.transport import DavSession

_VCARD = "text/vcard; charset=utf-8"


def new_href(book_url: str, name: str) -> str:
    """The href of a new card called ``name`` (e.g. its UID plus ".vcf") in the
    address book at ``book_url``."""
    folder = book_url if book_url.endswith("/") else book_url + "/"
    return davxml.normalize_href(quote(name, safe=""), folder)


def create(session: DavSession, book_url: str, name: str, card: bytes,
           max_resource_size: int | None = None) -> Stored:
    """Store a new card; ConflictError if the server already has one at that href."""
    href = new_href(book_url, name)
    return _put(session, href, card, {"If-None-Match": "*"}, max_resource_size)


def update(session: DavSession, href: str, card: bytes, etag: str,
           max_resource_size: int | None = None) -> Stored:
    """Replace the card at ``href`` if the server still has version ``etag``;
    ConflictError (412) if it changed meanwhile."""
    return _put(session, href, card, {"If-Match": etag}, max_resource_size)


def delete(session: DavSession, href: str, etag: str) -> None:
    """Delete the card at ``href`` if the server still has version ``etag``;
    ConflictError (412) if it changed, ResourceNotFoundError if it is gone already."""
    session.request("DELETE", session.url_for(href), headers={"If-Match": etag},
                    expect=(200, 204))


def _put(session: DavSession, href: str, card: bytes, condition: dict[str, str],
         max_resource_size: int | None) -> Stored:
    url = session.url_for(href)
    if max_resource_size is not None and len(card) > max_resource_size:
        raise CardTooLargeError(
            url, f"the card is {len(card)} bytes; the address book takes at most "
                 f"{max_resource_size}", len(card), max_resource_size)
    answer = session.request("PUT", url, body=card,
                             headers={"Content-Type": _VCARD, **condition},
                             expect=(200, 201, 204))
    etag = answer.headers.get("etag")
    if etag and not etag.startswith("W/"):
        return Stored(href, etag, None)
    # No strong ETag: the server changed the card as it stored it (RFC 6352 6.3.2.3),
    # or just did not say; fetch it to learn its version and content.
    stored = get_card(session, href)
    return Stored(href, stored.etag, stored.data)
