"""Which stored contact an imported card is: comparison keys and the lookup index.

A card matches a contact with the same UID, else one sharing an e-mail address
(case-insensitive, ``"Name" <addr>`` cleaned), else one sharing a phone number
*and* the name. Phones compare on their last nine digits, so the national and
international forms of one number (``020 7946 0958`` / ``+44 20 7946 0958``) are
the same key; the name check keeps two people behind one switchboard apart. A
"number" with no digits (``n/a``, ``-``, ``sip:bob@example.com``) is compared as
text: every value the importer stores has a key, so re-importing it finds it.

A contact merged into another (Contact > Merge) leaves its UID and name as an
alias of the contact it went into (table ``contact_alias``): the index points them
at that contact too, so re-importing the merged-away card finds it.

Every key is a string and every collection here keeps insertion order: nothing
depends on the order of a set, so results never depend on ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from networkapp.models import db
from networkapp.models.text import fold

PHONE_KEY_DIGITS = 9
_ANGLE_RE = re.compile(r"<([^<>]*)>")
_PHONE_CUT_RE = re.compile(r"(?i)ext|[x;,pw#]")
_NON_DIGITS_RE = re.compile(r"\D+")
_SEPARATORS = str.maketrans("", "", " -()./\t")


def clean_email(text: str) -> str:
    """Return the bare address of ``"Name" <addr>``, ``mailto:addr`` or ``addr``."""
    text = text.strip()
    found = _ANGLE_RE.search(text) if "<" in text else None
    if found:
        text = found.group(1).strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return text.strip().strip("\"'").strip()


_PLAIN_EMAIL = re.compile(r"\s*[^\s<>\"':]+@[^\s<>\"']+\s*\Z")  # nothing to clean


def email_key(text: str) -> str:
    """Return the comparison key of an e-mail address (cleaned, case-folded).

    A bare address (most of them) skips the cleaning: only its blanks and case go.
    """
    if _PLAIN_EMAIL.match(text):
        return text.strip().casefold()
    return clean_email(text).casefold()


def url_key(text: str) -> str:
    """Return the comparison key of a URL: case-folded, without its ``http(s)://``, a
    leading ``www.`` and trailing ``/`` (``https://www.x.org/in/a/`` is ``x.org/in/a``)."""
    key = text.strip().casefold()
    for scheme in ("https://", "http://"):
        if key.startswith(scheme):
            key = key[len(scheme):]
            break
    key = key.removeprefix("www.").rstrip("/")
    return key or text.casefold()


def normalise_phone(text: str) -> str:
    """Return the digits of a number, with a leading ``+`` kept (``00`` read as ``+``).

    An extension or dialling pause (``x12``, ``ext. 5``, ``;``, ``p``) is left out,
    unless nothing comes before it (``p1234p5678``: all the digits are kept).
    """
    text = text.strip()
    digits = text.translate(_SEPARATORS)
    if digits.isdecimal():  # the usual "+39 333 123-4567": nothing to cut, no regex
        pass
    elif digits[:1] == "+" and digits[1:].isdecimal():
        digits = digits[1:]
    else:
        text = (_PHONE_CUT_RE.split(text, maxsplit=1)[0].strip() or text).strip()
        digits = _NON_DIGITS_RE.sub("", text)
    if text.startswith("+"):
        return "+" + digits
    if digits.startswith("00") and len(digits) > 8:
        return "+" + digits[2:]
    return digits


def phone_key(text: str) -> str:
    """Return the comparison key of a phone number: its last nine digits.

    National and international forms of a number end alike (the country code and
    trunk ``0`` sit in front), so both give the same key; short numbers keep all
    their digits. A value without digits is its own key, as text (``"~n/a"``), so
    the key is never empty.
    """
    digits = normalise_phone(text).lstrip("+")
    if digits:
        return digits[-PHONE_KEY_DIGITS:]
    return "~" + squeezed(text)


def squeezed(text: str) -> str:
    """``fold(text)`` with runs of blanks made one space."""
    return " ".join(fold(text).split())


def name_keys(display_name: str, given_name: str, family_name: str) -> tuple[str, ...]:
    """Return the folded forms of a name that count as "the same name", in a fixed order."""
    keys = dict.fromkeys((squeezed(display_name), squeezed(f"{given_name} {family_name}"),
                          squeezed(f"{family_name} {given_name}")))
    keys.pop("", None)
    return tuple(keys)


class MatchIndex:
    """UID, e-mail, (phone, name) and name keys of every contact, for one import.

    Targets are contact ids; contacts new in this import get theirs as soon as a card
    creates them, so later cards of the same import merge into them.
    """

    def __init__(self) -> None:
        """Start empty; see :meth:`from_database`."""
        self.uids: dict[str, int] = {}
        self.emails: dict[str, int] = {}
        self.phone_names: dict[tuple[str, str], int] = {}
        self.by_name: dict[str, dict[int, None]] = {}  # insertion-ordered sets

    @classmethod
    def from_database(cls) -> MatchIndex:
        """Return the index of every stored contact and alias (four queries), oldest first."""
        index = cls()
        names: dict[int, tuple[str, ...]] = {}
        for cid, uid, display, given, family in db.execute_sql(
                "SELECT id, uid, display_name, given_name, family_name FROM contact "
                "ORDER BY id"):
            if uid and uid.strip():
                index.uids.setdefault(uid.strip(), cid)
            names[cid] = name_keys(display, given, family)
            index.add_name(cid, names[cid])
        for cid, uid, display, given, family in db.execute_sql(
                "SELECT contact_id, uid, display_name, given_name, family_name "
                "FROM contact_alias ORDER BY id"):  # what merged-away contacts were
            if uid and uid.strip():
                index.uids.setdefault(uid.strip(), cid)
            alias = name_keys(display, given, family)
            names[cid] = (*names.get(cid, ()), *(n for n in alias if n not in names.get(cid, ())))
            index.add_name(cid, alias)
        for cid, value in db.execute_sql(
                "SELECT contact_id, value FROM contact_email ORDER BY contact_id, position, id"):
            index.emails.setdefault(email_key(value), cid)
        for cid, value in db.execute_sql(
                "SELECT contact_id, value FROM contact_phone ORDER BY contact_id, position, id"):
            index.add_phone(cid, phone_key(value), names.get(cid, ()))
        return index

    def find(self, uid: str | None, email_keys: Iterable[str], phone_keys: Iterable[str],
             names: Sequence[str]) -> int | None:
        """Return the target the card belongs to, or None when no key is known."""
        if uid and (found := self.uids.get(uid.strip())) is not None:
            return found
        for key in email_keys:
            if (found := self.emails.get(key)) is not None:
                return found
        for key in phone_keys:
            for name in names:
                if (found := self.phone_names.get((key, name))) is not None:
                    return found
        return None

    def add(self, target: int, uid: str | None, email_keys: Iterable[str],
            phone_keys: Iterable[str], names: Sequence[str]) -> None:
        """Point the card's keys at ``target`` (keys already taken keep their contact)."""
        if uid and uid.strip():
            self.uids.setdefault(uid.strip(), target)
        for key in email_keys:
            self.emails.setdefault(key, target)
        for key in phone_keys:
            self.add_phone(target, key, names)
        self.add_name(target, names)

    def add_name(self, target: int, names: Iterable[str]) -> None:
        """Remember ``target`` under its names (for cards with nothing else to match)."""
        by_name = self.by_name
        for name in names:
            by_name.setdefault(name, {})[target] = None

    def same_name(self, names: Iterable[str]) -> list[int]:
        """Return the targets carrying one of ``names``, oldest first."""
        found = {t for name in names for t in self.by_name.get(name, ())}
        return sorted(found)

    def add_phone(self, target: int, key: str, names: Iterable[str]) -> None:
        """Point (phone key, name) at ``target`` for each of the names."""
        for name in names:
            self.phone_names.setdefault((key, name), target)
