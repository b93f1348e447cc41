"""Writing one contact as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426) text, with no Qt.

CRLF line ends, backslash escaping, and folding at 75 octets that never splits a
UTF-8 sequence. Labels the standard has no TYPE for are written the way Apple does
(``item1.EMAIL`` + ``item1.X-ABLabel``), which this package's reader reads back.

The two versions differ where the standards do:

* photo: 4.0 ``PHOTO:data:image/jpeg;base64,...`` or ``PHOTO:<uri>``; 3.0
  ``PHOTO;ENCODING=b;TYPE=JPEG:...`` or ``PHOTO;VALUE=uri:<uri>``;
* TYPE parameters: 3.0 also writes ``TYPE=work,pref`` style lists (the same text);
* a birthday without a year: 4.0 ``BDAY:--0412`` (RFC 6350 truncated date); 3.0 has
  no year-less form, so it is written the way Apple Contacts, iOS and Google write
  it: ``BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12`` — clients that do not know the
  parameter show a birthday in 1604 (an obvious placeholder) rather than dropping
  it, and this reader reads it back year-less.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable

from networkapp.services.vcard import fields
from networkapp.services.vcard.card import INTRODUCED_BY, INTRODUCED_ON, Address, Email, Phone, Url

MAX_LINE_OCTETS = 75
VERSIONS = ("4.0", "3.0")
OMIT_YEAR = "1604"
"""The placeholder year of a year-less 3.0 birthday (Apple's choice, read by Google too)."""
_PLACE_LABELS = ("home", "work")


def format_vcard(
    *,
    uid: str | None,
    given_name: str,
    family_name: str,
    display_name: str,
    organization: str,
    title: str,
    birthday: str | None,
    notes: str,
    emails: Iterable[Email],
    phones: Iterable[Phone],
    addresses: Iterable[Address],
    urls: Iterable[Url],
    tags: Iterable[str],
    photo: bytes | None,
    photo_mime: str | None,
    photo_uri: str | None = None,
    version: str = "4.0",
    introduced_by: str | None = None,
    introduced_on: str | None = None,
) -> str:
    """Return one vCard 4.0 (or 3.0), lines ended with CRLF.

    Args:
        uid: The contact's UID, if any.
        given_name: N's given name.
        family_name: N's family name.
        display_name: FN.
        organization: ORG, written as one component.
        title: TITLE.
        birthday: "YYYY-MM-DD" or "--MM-DD"; anything else is left out.
        notes: NOTE.
        emails: EMAIL properties.
        phones: TEL properties.
        addresses: ADR properties.
        urls: URL; "impp:<proto>" labels become IMPP, "social:<type>" X-SOCIALPROFILE.
        tags: CATEGORIES.
        photo: Image bytes, written inline as a ``data:`` URI.
        photo_mime: The image's MIME type.
        photo_uri: A remote photo address, written when there is no inline photo.
        version: "4.0" or "3.0".
        introduced_by: The UID of who introduced the contact (X-NETWORKAPP-INTRODUCED-BY,
            other clients ignore it), and ``introduced_on`` when ("YYYY-MM-DD").

    Returns:
        The vCard text.
    """
    out = _Lines()
    out.add("BEGIN", "VCARD")
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} is not one of {', '.join(VERSIONS)}")
    v3 = version == "3.0"
    out.add("VERSION", version)
    if uid:
        out.add("UID", escape(uid))
    out.add("FN", escape(display_name))
    out.add("N", ";".join(escape(part) for part in (family_name, given_name, "", "", "")))
    _add_text(out, "ORG", organization)
    _add_text(out, "TITLE", title)
    _add_birthday(out, birthday, v3=v3)
    _add_text(out, "NOTE", notes)
    _add_contacts(out, emails, phones, addresses, urls)
    _add_tags(out, tags)
    if photo and photo_mime:
        encoded = base64.b64encode(photo).decode("ascii")
        if v3:
            kind = photo_mime.partition("/")[2].upper() or "JPEG"
            out.add("PHOTO", encoded, f";ENCODING=b;TYPE={kind}")
        else:
            out.add("PHOTO", f"data:{photo_mime};base64,{encoded}")
    elif photo_uri:
        out.add("PHOTO", _uri_text(photo_uri), ";VALUE=uri" if v3 else "")
    if introduced_by:
        out.add(INTRODUCED_BY, escape(introduced_by))
        _add_text(out, INTRODUCED_ON, introduced_on or "")
    out.add("END", "VCARD")
    return out.text()


def escape(text: str) -> str:
    """Escape a text value: backslash, comma, semicolon and line breaks."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence.

    Args:
        line: One unfolded line, without its line end.

    Returns:
        The line with CRLF + space inserted where needed.
    """
    data = line.encode("utf-8")
    if len(data) <= MAX_LINE_OCTETS:
        return line
    pieces = []
    start, room = 0, MAX_LINE_OCTETS
    while start < len(data):
        end = min(start + room, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, room = end, MAX_LINE_OCTETS - 1  # the leading space counts
    return "\r\n ".join(pieces)


class _Lines:
    """Accumulates content lines and numbers Apple-style groups."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.groups = 0

    def add(self, name: str, value: str, params: str = "") -> None:
        self.lines.append(fold(f"{name}{params}:{value}"))

    def add_labelled(self, name: str, value: str, label: str) -> None:
        """Add a property with a custom label as ``itemN.NAME`` + ``itemN.X-ABLabel``."""
        self.groups += 1
        self.add(f"item{self.groups}.{name}", value)
        self.add(f"item{self.groups}.X-ABLabel", escape(label))

    def text(self) -> str:
        return "".join(line + "\r\n" for line in self.lines)


def _add_text(out: _Lines, name: str, text: str) -> None:
    if text:
        out.add(name, escape(text))


def _uri_text(uri: str) -> str:
    """A URI value is not escaped, but it must stay on one logical line."""
    return uri.replace("\r", "").replace("\n", "")


def _add_birthday(out: _Lines, birthday: str | None, *, v3: bool = False) -> None:
    if not birthday or fields.parse_birthday(birthday) != birthday:
        return
    if birthday.startswith("--") and v3:
        out.add("BDAY", f"{OMIT_YEAR}-{birthday[2:]}", f";X-APPLE-OMIT-YEAR={OMIT_YEAR}")
    elif birthday.startswith("--"):
        out.add("BDAY", "--" + birthday[2:].replace("-", ""))  # 4.0: --MMDD
    else:
        out.add("BDAY", birthday if v3 else birthday.replace("-", ""))


def _add_contacts(
    out: _Lines,
    emails: Iterable[Email],
    phones: Iterable[Phone],
    addresses: Iterable[Address],
    urls: Iterable[Url],
) -> None:
    for email in emails:
        _add_with_label(out, "EMAIL", escape(email.value), email.label, _plain_types(email.label))
    for phone in phones:
        _add_with_label(
            out, "TEL", escape(phone.value), phone.label, fields.phone_types(phone.label)
        )
    for adr in addresses:
        parts = (
            adr.po_box,
            adr.extended,
            adr.street,
            adr.locality,
            adr.region,
            adr.postal_code,
            adr.country,
        )
        value = ";".join(escape(part) for part in parts)
        _add_with_label(out, "ADR", value, adr.label, _plain_types(adr.label))
    for url in urls:
        _add_url(out, url)


def _plain_types(label: str) -> list[str] | None:
    if label in _PLACE_LABELS:
        return [label]
    return [] if label in (fields.OTHER, "") else None


def _add_with_label(
    out: _Lines, name: str, value: str, label: str, types: list[str] | None
) -> None:
    if types is None:
        out.add_labelled(name, value, label)
    else:
        out.add(name, value, f";TYPE={','.join(types)}" if types else "")


def _add_url(out: _Lines, url: Url) -> None:
    kind, colon, rest = url.label.partition(":")
    if colon and kind == "impp":
        out.add("IMPP", escape(url.value), f";X-SERVICE-TYPE={_param_value(rest)}")
    elif colon and kind == "social":
        out.add("X-SOCIALPROFILE", escape(url.value), f";TYPE={_param_value(rest)}")
    else:
        _add_with_label(out, "URL", escape(url.value), url.label, _plain_types(url.label))


def _param_value(text: str) -> str:
    """Quote a parameter value when needed; a value cannot hold a double quote."""
    text = text.replace('"', "'").replace("\r", " ").replace("\n", " ")
    return f'"{text}"' if any(c in text for c in ",;:") else text


def _add_tags(out: _Lines, tags: Iterable[str]) -> None:
    kept = [escape(tag) for tag in tags if tag]
    if kept:
        out.add("CATEGORIES", ",".join(kept))
