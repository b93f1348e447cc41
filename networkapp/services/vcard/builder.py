"""Collecting one card's properties into a :class:`ParsedCard`.

The builder decodes only the properties the application keeps; everything else is
skipped without decoding, which is most of what makes the reader fast. Grouped
properties (``item1.EMAIL`` + ``item1.X-ABLabel``) get their label when the card is
finished, because Apple writes the label after the property it names.
"""

from __future__ import annotations

from collections.abc import Sized
from dataclasses import dataclass

from networkapp.services.vcard.card import (
    KIND_INDIVIDUAL,
    Address,
    CardIssue,
    Email,
    ParsedCard,
    Phone,
    RejectedCard,
    Url,
)
from networkapp.services.vcard.decode import (
    NotACharsetError,
    b64_decode,
    decode_text,
    normalise_newlines,
    qp_decode,
    unescape,
)
from networkapp.services.vcard.syntax import Property

_BASE64 = frozenset({"B", "BASE64"})
# Bounds per card, so that even a hostile single card keeps memory small.
MAX_ITEMS = 5000
"""Most emails, phones, addresses, URLs, notes and tags kept from one card."""
MAX_WARNINGS = 200
"""Most warnings listed for one card."""


@dataclass(frozen=True)
class ReadContext:
    """What every card of one file shares.

    Attributes:
        file: The name used in messages.
        transcoded: The file was UTF-16, so plain values are UTF-8 now whatever
            their CHARSET parameter says.
    """

    file: str
    transcoded: bool = False


class Unreadable(Exception):  # noqa: N818 -- a property skipped, not an error
    """A property's value cannot be decoded at all; the message says why."""


_Item = tuple[str, tuple[str, ...], str, str, bool]
"""An email, phone, address or URL waiting for its group's X-ABLabel: (kind, value,
label, group, whether X-ABLabel may rename it)."""


class CardBuilder:
    """Accumulates the properties of one card (between BEGIN and END)."""

    def __init__(self, context: ReadContext, line: int, bad_begin: str | None = None) -> None:
        """Start a card whose BEGIN is at ``line``.

        Args:
            context: The file being read.
            line: 1-based line of BEGIN.
            bad_begin: The BEGIN line's text when it is not ``BEGIN:VCARD``; the card
                is then rejected when it ends.
        """
        self.context = context
        self.line = line
        self.bad_begin = bad_begin
        self.version = ""
        self.uid: str | None = None
        self.full_name = ""
        self.name_parts: list[str] = []
        self.nickname = ""
        self.organization = ""
        self.title = ""
        self.birthday: str | None = None
        self.notes: list[str] = []
        self.items: list[_Item] = []
        self.tags: dict[str, None] = {}
        self.photo: bytes | None = None
        self.photo_mime: str | None = None
        self.photo_uri: str | None = None
        self.labels: dict[str, str] = {}
        self.kind = KIND_INDIVIDUAL
        self.introduced_by: str | None = None
        self.introduced_on: str | None = None
        self.warnings: list[CardIssue] = []
        self.full: set[str] = set()
        self.size = 0  # bytes of its lines so far
        self.rejection: str | None = None

    def drop(self, reason: str) -> None:
        """Reject the card when it ends, and let go of what it holds already."""
        self.rejection = reason
        self.notes, self.items, self.tags, self.labels = [], [], {}, {}
        self.photo = self.photo_mime = self.photo_uri = None
        self.warnings = []

    def warn(self, line: int, message: str) -> None:
        """Record a problem that did not stop the card."""
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(CardIssue(self.context.file, line, message))
        elif len(self.warnings) == MAX_WARNINGS:
            self.warnings.append(CardIssue(self.context.file, line, "more problems not listed"))

    def has_room(self, line: int, collection: Sized, what: str) -> bool:
        """Whether one more value fits in ``collection``; warns once per ``what`` when not."""
        if len(collection) < MAX_ITEMS:
            return True
        if what not in self.full:
            self.full.add(what)
            self.warn(line, f"more than {MAX_ITEMS} {what}; the rest skipped")
        return False

    def build(self) -> ParsedCard | RejectedCard:
        """Finish the card."""
        if self.bad_begin is not None:
            return self._reject(f"invalid BEGIN line {self.bad_begin!r} (expected BEGIN:VCARD)")
        if self.rejection is not None:
            return self._reject(self.rejection)
        emails, phones, addresses, urls = self._sorted_items()
        display = self._display_name(emails, phones, urls)
        if not display:
            return self._reject("the card has no name, organization, email, phone or web address")
        return self._parsed(display, emails, phones, addresses, urls)

    # -- decoding helpers ---------------------------------------------------------

    def text(self, prop: Property) -> str:
        """Return the property's value as text: transfer encoding and charset undone.

        Raises:
            Unreadable: Its CHARSET names a codec that is not a character set.
        """
        raw = prop.value
        params = prop.params
        if not params or ("ENCODING" not in params and "CHARSET" not in params):
            try:
                text = raw.decode()  # UTF-8, ASCII included: what decode_text tries first
            except UnicodeDecodeError:
                text = decode_text(raw, None)[0]
            return normalise_newlines(text) if "\r" in text else text
        charset = prop.param("CHARSET")
        encoding = prop.encoding
        if encoding == "QUOTED-PRINTABLE":
            raw = qp_decode(raw)
        elif encoding in _BASE64:
            decoded = b64_decode(raw)
            if decoded is None:
                self.warn(prop.line, f"{prop.name} skipped: damaged base64 data")
                return ""
            raw = decoded
        elif self.context.transcoded:
            charset = None
        try:
            text, problem = decode_text(raw, charset)
        except NotACharsetError as exc:
            raise Unreadable(str(exc)) from None
        if problem:
            self.warn(prop.line, f"{prop.name}: {problem}")
        return normalise_newlines(text)

    def plain(self, prop: Property) -> str:
        """Return a single text value: unescaped and stripped."""
        params = prop.params
        if not params or ("ENCODING" not in params and "CHARSET" not in params):
            try:  # text()'s first case, without the call: most values are plain
                text = prop.value.decode()
            except UnicodeDecodeError:
                text = decode_text(prop.value, None)[0]
            if "\r" in text:
                text = normalise_newlines(text)
        else:
            text = self.text(prop)
        return (unescape(text) if "\\" in text else text).strip()

    def add_item(
        self, kind: str, value: tuple[str, ...], label: str, prop: Property, relabel: bool = True
    ) -> None:
        """Queue an email, phone, address or URL."""
        if len(self.items) < MAX_ITEMS or self.has_room(
                prop.line, self.items, "addresses, numbers and links"):
            self.items.append((kind, value, label, prop.group, relabel))

    # -- finishing ----------------------------------------------------------------

    def _reject(self, reason: str) -> RejectedCard:
        return RejectedCard(self.context.file, self.line, reason)

    def _sorted_items(
        self,
    ) -> tuple[tuple[Email, ...], tuple[Phone, ...], tuple[Address, ...], tuple[Url, ...]]:
        """Return the e-mails, phones, addresses and URLs with their group's label, in
        card order, without repeats (e-mails compared case-insensitively); one pass."""
        emails: dict[str, Email] = {}
        phones: dict[str, Phone] = {}
        addresses: dict[Address, None] = {}
        urls: dict[Url, None] = {}
        labels = self.labels
        for kind, value, own_label, group, relabel in self.items:
            label = own_label
            if labels and relabel and group in labels:
                label = labels[group] or own_label
            if kind == "email":
                key = value[0].casefold()
                if key not in emails:
                    emails[key] = Email(value[0], label)
            elif kind == "tel":
                if value[0] not in phones:
                    phones[value[0]] = Phone(value[0], label)
            elif kind == "adr":
                addresses.setdefault(Address(label, *value), None)
            else:
                urls.setdefault(Url(value[0], label), None)
        return tuple(emails.values()), tuple(phones.values()), tuple(addresses), tuple(urls)

    def _display_name(self, emails: tuple[Email, ...], phones: tuple[Phone, ...],
                      urls: tuple[Url, ...]) -> str:
        """FN, else N (given additional family), NICKNAME, ORG, email, phone, URL/IM."""
        if self.full_name:
            return self.full_name
        parts = self.name_parts
        from_n = " ".join([p for p in (parts[1:2] + parts[2:3] + parts[0:1]) if p])
        for candidate in (from_n, self.nickname, self.organization):
            if candidate:
                return candidate
        if emails:
            return emails[0].value
        if phones:
            return phones[0].value
        return urls[0].value if urls else ""

    def _parsed(
        self, display: str, emails: tuple[Email, ...], phones: tuple[Phone, ...],
        addresses: tuple[Address, ...], urls: tuple[Url, ...]
    ) -> ParsedCard:
        names = self.name_parts
        return ParsedCard(
            file=self.context.file,
            line=self.line,
            version=self.version,
            uid=self.uid,
            given_name=names[1] if len(names) > 1 else "",
            family_name=names[0] if names else "",
            display_name=display,
            organization=self.organization,
            title=self.title,
            birthday=self.birthday,
            notes="\n".join(self.notes),
            emails=emails,
            phones=phones,
            addresses=addresses,
            urls=urls,
            tags=tuple(self.tags),
            photo=self.photo,
            photo_mime=self.photo_mime,
            photo_uri=self.photo_uri,
            warnings=tuple(self.warnings),
            kind=self.kind,
            introduced_by=self.introduced_by,
            introduced_on=self.introduced_on,
        )
