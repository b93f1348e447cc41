"""The values the vCard reader hands out: one frozen dataclass per kind of result.

A file yields :class:`ParsedCard` for every card that could be read (possibly with
``warnings`` about skipped lines) and :class:`RejectedCard` for every structurally
broken one. A file that is not usable at all raises :class:`VCardFileError`.
"""

from __future__ import annotations

from dataclasses import dataclass

KIND_INDIVIDUAL = "individual"
KIND_GROUP = "group"

INTRODUCED_BY = "X-NETWORKAPP-INTRODUCED-BY"
"""networkapp's own property: the UID of the contact who introduced this one."""
INTRODUCED_ON = "X-NETWORKAPP-INTRODUCED-ON"
"""networkapp's own property: the date of that introduction ("YYYY-MM-DD")."""


@dataclass(frozen=True)
class Email:
    """An email address and its label ("work", "home", "other" or a custom text)."""

    value: str
    label: str


@dataclass(frozen=True)
class Phone:
    """A phone number as written in the card and its label ("mobile", "work", ...)."""

    value: str
    label: str


@dataclass(frozen=True)
class Address:
    """A postal address: the seven ADR components plus a label."""

    label: str
    po_box: str
    extended: str
    street: str
    locality: str
    region: str
    postal_code: str
    country: str


@dataclass(frozen=True)
class Url:
    """A web address; also messaging ("impp:<proto>") and social profiles ("social:<type>")."""

    value: str
    label: str


@dataclass(frozen=True)
class CardIssue:
    """Something the reader skipped or repaired; the card itself was still read.

    Attributes:
        file: The file name (or the ``name`` given for in-memory data).
        line: 1-based physical line in the file where the problem starts.
        message: What happened, in plain words.
    """

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        """Return ``file:line: message``, the form compilers use."""
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True)
class ParsedCard:
    """One contact read from a vCard.

    Attributes:
        file: The file the card came from.
        line: 1-based line of its ``BEGIN:VCARD``.
        version: The VERSION value ("2.1", "3.0", "4.0"), or "" when missing.
        uid: The UID, if any.
        given_name: N's given-name component.
        family_name: N's family-name component.
        display_name: FN, else built from N, NICKNAME, ORG, the first email or phone;
            never empty.
        organization: ORG components joined with ", ".
        title: The first TITLE.
        birthday: "YYYY-MM-DD", or "--MM-DD" when the card gives no year.
        notes: All NOTE values, one after the other.
        emails: Email addresses in card order, without duplicates.
        phones: Phone numbers in card order, without duplicates.
        addresses: Postal addresses in card order.
        urls: URL, IMPP, X-SOCIALPROFILE and the legacy X-AIM style properties.
        tags: CATEGORIES, split at unescaped commas.
        photo: An inline image of at most 256 KiB, or None.
        photo_mime: "image/jpeg", "image/png", "image/gif" or "image/bmp" with ``photo``.
        photo_uri: A remote photo address, stored as text and never fetched.
        warnings: Lines skipped or values dropped while reading this card.
        kind: "individual", or "group" for contact groups (KIND /
            X-ADDRESSBOOKSERVER-KIND); callers usually skip groups.
        introduced_by: The UID of the contact who introduced this one to the user
            (networkapp's own X-NETWORKAPP-INTRODUCED-BY), if any.
        introduced_on: When (X-NETWORKAPP-INTRODUCED-ON, "YYYY-MM-DD"), if known.
    """

    file: str
    line: int
    version: str
    uid: str | None
    given_name: str
    family_name: str
    display_name: str
    organization: str
    title: str
    birthday: str | None
    notes: str
    emails: tuple[Email, ...]
    phones: tuple[Phone, ...]
    addresses: tuple[Address, ...]
    urls: tuple[Url, ...]
    tags: tuple[str, ...]
    photo: bytes | None
    photo_mime: str | None
    photo_uri: str | None
    warnings: tuple[CardIssue, ...]
    kind: str = KIND_INDIVIDUAL
    introduced_by: str | None = None
    introduced_on: str | None = None


@dataclass(frozen=True)
class RejectedCard:
    """A card that could not be read; the cards around it are still read.

    Attributes:
        file: The file name.
        line: 1-based line where the broken card starts.
        reason: Why it was rejected, in plain words.
    """

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        """Return ``file:line: reason``."""
        return f"{self.file}:{self.line}: {self.reason}"


class VCardFileError(Exception):
    """The whole file is unusable: unreadable, empty, binary or not a vCard at all.

    The message always names the file.
    """

    def __init__(self, file: str, problem: str) -> None:
        """Say what is wrong with ``file``; the message is ``"<file>: <problem>"``."""
        super().__init__(f"{file}: {problem}")
        self.file = file
        self.problem = problem
