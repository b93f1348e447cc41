"""WebDAV XML in and out: request bodies, and multistatus answers parsed with limits.

Answers are parsed with defusedxml (no DTD, no entities, no external references) and a
tree builder that refuses nesting deeper than ``MAX_DEPTH``; the transport has already
refused answers over its size limit. Element names are Clark notation ("{DAV:}href").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.sax.saxutils import escape

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from networkapp.services.carddav.errors import MalformedAnswerError

DAV = "DAV:"
CARD = "urn:ietf:params:xml:ns:carddav"
CS = "http://calendarserver.org/ns/"
CALDAV = "urn:ietf:params:xml:ns:caldav"  # Radicale names max-resource-size in this one
MAX_DEPTH = 32  # a multistatus with address data is 6 deep; anything near this is hostile

_PREFIXES = {DAV: "d", CARD: "c", CS: "cs", CALDAV: "cal"}
_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'
_XMLNS = f'xmlns:d="{DAV}" xmlns:c="{CARD}" xmlns:cs="{CS}" xmlns:cal="{CALDAV}"'
# Characters left as they are in a path segment: RFC 3986 pchar.
_SEGMENT_SAFE = "!$&'()*+,;=:@-._~"


def tag(namespace: str, name: str) -> str:
    """The Clark-notation name of an element: ``{namespace}name``."""
    return f"{{{namespace}}}{name}"


def _prefixed(clark: str) -> str:
    namespace, _, name = clark[1:].partition("}")
    return f"{_PREFIXES[namespace]}:{name}"


def _prop_block(props: tuple[str, ...]) -> str:
    return "<d:prop>" + "".join(f"<{_prefixed(p)}/>" for p in props) + "</d:prop>"


def propfind_body(props: tuple[str, ...]) -> bytes:
    """A PROPFIND asking for ``props``."""
    return f"{_HEAD}<d:propfind {_XMLNS}>{_prop_block(props)}</d:propfind>".encode()


def sync_collection_body(token: str | None, props: tuple[str, ...]) -> bytes:
    """An RFC 6578 sync-collection REPORT from ``token`` (None: everything), level 1."""
    token_xml = f"<d:sync-token>{escape(token)}</d:sync-token>" if token else "<d:sync-token/>"
    return (f"{_HEAD}<d:sync-collection {_XMLNS}>{token_xml}"
            f"<d:sync-level>1</d:sync-level>{_prop_block(props)}</d:sync-collection>").encode()


def multiget_body(hrefs: tuple[str, ...], props: tuple[str, ...]) -> bytes:
    """An RFC 6352 addressbook-multiget REPORT for ``hrefs``."""
    links = "".join(f"<d:href>{escape(href)}</d:href>" for href in hrefs)
    return (f"{_HEAD}<c:addressbook-multiget {_XMLNS}>{_prop_block(props)}{links}"
            "</c:addressbook-multiget>").encode()


def mkcol_addressbook_body(display_name: str) -> bytes:
    """An RFC 5689 extended MKCOL creating an address book named ``display_name``."""
    return (f"{_HEAD}<d:mkcol {_XMLNS}><d:set><d:prop><d:resourcetype><d:collection/>"
            f"<c:addressbook/></d:resourcetype><d:displayname>{escape(display_name)}"
            "</d:displayname></d:prop></d:set></d:mkcol>").encode()


class _DepthLimitedBuilder:
    """A TreeBuilder target that refuses elements nested deeper than ``MAX_DEPTH``."""

    def __init__(self, url: str) -> None:
        self._builder = ET.TreeBuilder()
        self._depth = 0
        self._url = url

    def start(self, name: str, attrs: dict[str, str]) -> ET.Element:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise MalformedAnswerError(
                self._url, f"the answer's XML is nested deeper than {MAX_DEPTH} levels")
        return self._builder.start(name, attrs)

    def end(self, name: str) -> ET.Element:
        self._depth -= 1
        return self._builder.end(name)

    def data(self, text: str) -> None:
        self._builder.data(text)

    def close(self) -> ET.Element:
        return self._builder.close()


# Text between two tags that holds a carriage return.
_TEXT_WITH_CR = re.compile(rb">[^<]*\r[^<]*<")


def _escape_carriage_returns(match: re.Match[bytes]) -> bytes:
    return match.group().replace(b"\r", b"&#13;")


def keep_carriage_returns(data: bytes) -> bytes:
    """``data`` with every CR in element text written as ``&#13;``.

    An XML parser turns CRLF into LF (XML 1.0 section 2.11), but servers send card
    data with its CRLF as it is: escaping the CRs first keeps the card's bytes exact.
    A CDATA section cannot hold an escape, so an answer with one is left as it is
    (its cards come with LF line ends).
    """
    if b"\r" not in data or b"<![CDATA[" in data:
        return data
    return _TEXT_WITH_CR.sub(_escape_carriage_returns, data)


def parse(data: bytes, url: str) -> ET.Element:
    """The root element of an XML answer from ``url``; MalformedAnswerError if it is not
    well-formed, uses a DTD or entities, or nests too deep."""
    parser = DefusedXMLParser(target=_DepthLimitedBuilder(url), forbid_dtd=True)
    try:
        parser.feed(keep_carriage_returns(data))
        root: ET.Element = parser.close()
    except ET.ParseError as error:
        raise MalformedAnswerError(url, f"the answer is not well-formed XML ({error})") from None
    except DefusedXmlException as error:
        raise MalformedAnswerError(
            url, f"the answer uses XML features refused for safety ({error})") from None
    return root


def normalize_href(href: str, base_url: str) -> str:
    """The path of ``href`` (relative or absolute, as a server wrote it) in one spelling:
    each segment's percent-encoding decoded, then re-encoded the same way for every
    server (an encoded "/" stays inside its segment)."""
    path = urlsplit(urljoin(base_url, href.strip())).path or "/"
    return "/".join(quote(unquote(segment), safe=_SEGMENT_SAFE)
                    for segment in path.split("/"))


@dataclass
class DavResponse:
    """One ``<d:response>`` of a multistatus: its href, its own status (for members
    reported as a whole, like removed ones), the properties found and those missing."""

    href: str
    status: int | None
    props: dict[str, ET.Element] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)

    def text(self, name: str) -> str | None:
        """The stripped text of property ``name``, or None when it was not found."""
        element = self.props.get(name)
        return None if element is None else (element.text or "").strip()


@dataclass
class Multistatus:
    """A parsed 207 answer: its responses and, for a sync-collection, the new token."""

    responses: list[DavResponse]
    sync_token: str | None


def status_code(line: str, url: str) -> int:
    """200 from ``HTTP/1.1 200 OK``."""
    parts = line.split()
    if len(parts) < 2 or not parts[1].isdigit():
        raise MalformedAnswerError(url, f"the answer has an unreadable status {line!r}")
    return int(parts[1])


def parse_multistatus(data: bytes, url: str) -> Multistatus:
    """The responses of a 207 Multi-Status answer from ``url``."""
    root = parse(data, url)
    if root.tag != tag(DAV, "multistatus"):
        raise MalformedAnswerError(url, f"expected a DAV multistatus, got <{root.tag}>")
    responses = [_response(element, url) for element in root.iterfind(tag(DAV, "response"))]
    token = root.findtext(tag(DAV, "sync-token"))
    return Multistatus(responses, token.strip() if token is not None else None)


def _response(element: ET.Element, url: str) -> DavResponse:
    href = element.findtext(tag(DAV, "href"))
    if not href or not href.strip():
        raise MalformedAnswerError(url, "a response in the answer has no href")
    status = element.findtext(tag(DAV, "status"))
    response = DavResponse(normalize_href(href, url),
                           None if status is None else status_code(status, url))
    for propstat in element.iterfind(tag(DAV, "propstat")):
        code = status_code(propstat.findtext(tag(DAV, "status")) or "", url)
        for prop in propstat.iterfind(f"{tag(DAV, 'prop')}/*"):
            if 200 <= code < 300:
                response.props[prop.tag] = prop
            else:
                response.missing.add(prop.tag)
    return response


def hrefs_in(element: ET.Element | None, base_url: str) -> list[str]:
    """The normalised hrefs directly inside a property such as addressbook-home-set."""
    if element is None:
        return []
    return [normalize_href(h.text, base_url)
            for h in element.iterfind(tag(DAV, "href")) if h.text and h.text.strip()]


def precondition(data: bytes, url: str) -> str | None:
    """The name of the first precondition in a ``<d:error>`` body, if the body is one."""
    if not data.lstrip().startswith(b"<"):
        return None
    try:
        root = parse(data, url)
    except MalformedAnswerError:
        return None
    if root.tag != tag(DAV, "error") or len(root) == 0:
        return None
    return root[0].tag.rpartition("}")[2]
