"""Reading an address book: what changed (RFC 6578 sync-collection, or a PROPFIND
listing to compare ETags where the server has no sync), and the cards themselves
(RFC 6352 addressbook-multiget, in bounded batches)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from networkapp.services.carddav import davxml
from networkapp.services.carddav.davxml import CARD, DAV, DavResponse, tag
from networkapp.services.carddav.discovery import propfind
from networkapp.services.carddav.errors import AnswerTooLargeError, MalformedAnswerError
from networkapp.services.carddav.records import Card, Fetched, Member, SyncChanges
from networkapp.services.carddav.transport import DavSession

MULTIGET_BATCH = 100
MAX_SYNC_PAGES = 10_000  # a server that truncates forever is a broken server
_XML = {"Content-Type": "application/xml; charset=utf-8"}
_ETAG = tag(DAV, "getetag")
_ADDRESS_DATA = tag(CARD, "address-data")
_GONE = (404, 410)


def sync_collection(session: DavSession, url: str, token: str | None) -> SyncChanges:
    """The cards changed and removed in the address book at ``url`` since ``token``
    (None: all of them), and the token to keep. A truncated answer (507 on the
    collection) is continued from the token it gives until complete.

    Raises SyncTokenInvalidError when the server no longer knows ``token``.
    """
    collection = _folder(davxml.normalize_href(url, url))
    entries: dict[str, Member | None] = {}
    current = token
    for _page in range(MAX_SYNC_PAGES):
        answer = session.request(
            "REPORT", url, body=davxml.sync_collection_body(current, (_ETAG,)),
            headers={"Depth": "0", **_XML}, expect=(207,))
        status = davxml.parse_multistatus(answer.content, answer.url)
        truncated = False
        for response in status.responses:
            if _folder(response.href) == collection:
                truncated = truncated or response.status == 507
            elif not response.href.endswith("/"):  # members only, not sub-collections
                entries[response.href] = _member_or_gone(response)
        if not status.sync_token:
            raise MalformedAnswerError(answer.url, "the sync answer has no sync-token")
        if not truncated:
            return _changes(entries, status.sync_token)
        if status.sync_token == current:
            raise MalformedAnswerError(answer.url, "a truncated sync answer gave no new token")
        current = status.sync_token
    raise MalformedAnswerError(url, f"the sync answer was still truncated after "
                                    f"{MAX_SYNC_PAGES} requests")


def _folder(href: str) -> str:
    return href if href.endswith("/") else href + "/"


def _member_or_gone(response: DavResponse) -> Member | None:
    if response.status in _GONE:
        return None
    return Member(response.href, response.text(_ETAG) or None)


def _changes(entries: Mapping[str, Member | None], token: str | None) -> SyncChanges:
    return SyncChanges(
        changed=tuple(m for m in entries.values() if m is not None),
        removed=tuple(href for href, m in entries.items() if m is None), token=token)


def list_members(session: DavSession, url: str) -> tuple[Member, ...]:
    """Every card of the address book at ``url`` with its ETag (PROPFIND Depth 1)."""
    responses, answered = propfind(session, url, (_ETAG, tag(DAV, "resourcetype")), "1")
    collection = _folder(davxml.normalize_href(answered, answered))
    return tuple(Member(r.href, r.text(_ETAG) or None) for r in responses
                 if _folder(r.href) != collection and not _is_collection(r))


def _is_collection(response: DavResponse) -> bool:
    kinds = response.props.get(tag(DAV, "resourcetype"))
    return kinds is not None and kinds.find(tag(DAV, "collection")) is not None


def compare(known: Mapping[str, str | None], listed: Iterable[Member]) -> SyncChanges:
    """The changes between the ETags a caller holds (href -> ETag) and a listing: new
    or changed cards (a missing ETag counts as changed), and known hrefs not listed."""
    members = {m.href: m for m in listed}
    changed = tuple(m for href, m in members.items()
                    if m.etag is None or known.get(href) != m.etag)
    removed = tuple(href for href in known if href not in members)
    return SyncChanges(changed, removed, None)


def multiget(session: DavSession, url: str, hrefs: Iterable[str],
             batch_size: int = MULTIGET_BATCH) -> Fetched:
    """The cards at ``hrefs`` of the address book at ``url``, fetched ``batch_size`` at a
    time (a batch whose answer is over the size limit is halved and asked again)."""
    wanted = list(dict.fromkeys(hrefs))
    cards: list[Card] = []
    missing: list[str] = []
    for start in range(0, len(wanted), batch_size):
        _fetch_batch(session, url, tuple(wanted[start:start + batch_size]), cards, missing)
    return Fetched(tuple(cards), tuple(missing))


def _fetch_batch(session: DavSession, url: str, hrefs: tuple[str, ...], cards: list[Card],
                 missing: list[str]) -> None:
    try:
        answer = session.request(
            "REPORT", url, body=davxml.multiget_body(hrefs, (_ETAG, _ADDRESS_DATA)),
            headers={"Depth": "1", **_XML}, expect=(207,))
    except AnswerTooLargeError:
        if len(hrefs) == 1:
            raise
        half = len(hrefs) // 2
        _fetch_batch(session, url, hrefs[:half], cards, missing)
        _fetch_batch(session, url, hrefs[half:], cards, missing)
        return
    found: dict[str, Card] = {}
    for response in davxml.parse_multistatus(answer.content, answer.url).responses:
        data = response.props.get(_ADDRESS_DATA)
        if response.status not in _GONE and data is not None:
            found[response.href] = Card(response.href, response.text(_ETAG) or None,
                                        card_bytes(data.text or ""))
    for href in hrefs:
        card = found.get(davxml.normalize_href(href, answer.url))
        if card is None:
            missing.append(href)
        else:
            cards.append(card)


def card_bytes(text: str) -> bytes:
    """A card's bytes from the text of its address-data element (line ends kept: see
    davxml.keep_carriage_returns)."""
    return text.encode("utf-8")


def get_card(session: DavSession, href: str) -> Card:
    """One card by GET, with its bytes exactly as the server sends them and its ETag."""
    answer = session.request("GET", session.url_for(href), expect=(200,))
    return Card(davxml.normalize_href(href, answer.url), answer.headers.get("etag"),
                answer.content)
