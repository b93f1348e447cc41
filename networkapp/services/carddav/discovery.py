"""Finding the address books from a plain server URL (RFC 6764 and RFC 6352 section 7).

The server URL (or its ``/.well-known/carddav``, redirects followed) names the current
user's principal; the principal names its address book homes; each home lists its
address books. A server that names no principal or home is searched where it answered.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from networkapp.services.carddav import davxml
from networkapp.services.carddav.davxml import CALDAV, CARD, CS, DAV, DavResponse, tag
from networkapp.services.carddav.errors import (
    MalformedAnswerError,
    ResourceNotFoundError,
    ServerError,
)
from networkapp.services.carddav.records import AddressBook, Discovery
from networkapp.services.carddav.transport import DavSession

WELL_KNOWN = "/.well-known/carddav"
_PRINCIPAL_PROPS = (tag(DAV, "current-user-principal"), tag(CARD, "addressbook-home-set"),
                    tag(DAV, "resourcetype"))
_HOME_PROPS = (tag(CARD, "addressbook-home-set"),)
ADDRESSBOOK_PROPS = (
    tag(DAV, "resourcetype"), tag(DAV, "displayname"), tag(CARD, "addressbook-description"),
    tag(DAV, "sync-token"), tag(CS, "getctag"), tag(DAV, "supported-report-set"),
    tag(CARD, "max-resource-size"), tag(CALDAV, "max-resource-size"))


def propfind(session: DavSession, url: str, props: tuple[str, ...], depth: str
             ) -> tuple[list[DavResponse], str]:
    """The responses of a PROPFIND on ``url``, and the URL that answered (redirects)."""
    answer = session.request("PROPFIND", url, body=davxml.propfind_body(props),
                             headers={"Depth": depth,
                                      "Content-Type": "application/xml; charset=utf-8"},
                             expect=(207,))
    return davxml.parse_multistatus(answer.content, answer.url).responses, answer.url


def discover(session: DavSession) -> Discovery:
    """The principal, address book homes and address books behind the session's URL."""
    context, found = _context(session)
    principal = _single_href(found, tag(DAV, "current-user-principal"), context)
    homes = davxml.hrefs_in(found.props.get(tag(CARD, "addressbook-home-set")), context)
    if principal and not homes:
        responses, answered = propfind(session, session.url_for(principal), _HOME_PROPS, "0")
        homes = davxml.hrefs_in(
            responses[0].props.get(tag(CARD, "addressbook-home-set")), answered
        ) if responses else []
    home_urls = tuple(session.url_for(h) for h in homes) or (context,)
    books: dict[str, AddressBook] = {}
    for home in home_urls:
        for book in list_addressbooks(session, home):
            books.setdefault(book.href, book)
    return Discovery(session.url_for(principal) if principal else None, home_urls,
                     tuple(books.values()))


def _context(session: DavSession) -> tuple[str, DavResponse]:
    """The first of the server URL, its well-known URL and its root that answers a
    PROPFIND, with the URL it answered from and its response."""
    base = session.base_url
    candidates = [urljoin(base, WELL_KNOWN), urljoin(base, "/")]
    if urlsplit(base).path not in ("", "/"):
        candidates.insert(0, base)
    last: Exception | None = None
    for url in candidates:
        try:
            responses, answered = propfind(session, url, _PRINCIPAL_PROPS, "0")
        except (ResourceNotFoundError, ServerError, MalformedAnswerError) as error:
            last = error  # not a DAV resource here: try the next place
            continue
        if responses:
            return answered, responses[0]
    if last is not None:
        raise last
    raise MalformedAnswerError(base, "no CardDAV service found at this address")


def _single_href(response: DavResponse, name: str, base: str) -> str | None:
    hrefs = davxml.hrefs_in(response.props.get(name), base)
    return hrefs[0] if hrefs else None


def list_addressbooks(session: DavSession, home_url: str) -> list[AddressBook]:
    """The address books in a home set (and the home itself, if it is one)."""
    responses, _answered = propfind(session, home_url, ADDRESSBOOK_PROPS, "1")
    return [_addressbook(session, r) for r in responses if _is_addressbook(r)]


def read_addressbook(session: DavSession, url: str) -> AddressBook:
    """The current properties (sync token, ctag...) of one address book."""
    responses, _answered = propfind(session, url, ADDRESSBOOK_PROPS, "0")
    if not responses or not _is_addressbook(responses[0]):
        raise ResourceNotFoundError(url, "not an address book")
    return _addressbook(session, responses[0])


def _is_addressbook(response: DavResponse) -> bool:
    kinds = response.props.get(tag(DAV, "resourcetype"))
    return kinds is not None and kinds.find(tag(CARD, "addressbook")) is not None


def _addressbook(session: DavSession, response: DavResponse) -> AddressBook:
    reports = response.props.get(tag(DAV, "supported-report-set"))
    token = response.text(tag(DAV, "sync-token")) or None
    if reports is not None:
        supports_sync = reports.find(f".//{tag(DAV, 'sync-collection')}") is not None
    else:
        supports_sync = token is not None
    size = (response.text(tag(CARD, "max-resource-size"))
            or response.text(tag(CALDAV, "max-resource-size")))
    return AddressBook(
        url=session.url_for(response.href), href=response.href,
        display_name=response.text(tag(DAV, "displayname")) or "",
        description=response.text(tag(CARD, "addressbook-description")) or "",
        sync_token=token, ctag=response.text(tag(CS, "getctag")) or None,
        supports_sync=supports_sync,
        max_resource_size=int(size) if size and size.isdigit() else None)
