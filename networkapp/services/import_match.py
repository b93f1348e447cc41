"""Which stored contact an imported card is: normalised keys and the lookup index.

A card matches a contact with the same UID, else one sharing an e-mail address
(case-insensitive, ``"Name" <addr>`` cleaned), else one sharing a phone number
*and* the name. Phones compare on their last nine digits, so the national and
international forms of one number (``020 7946 0958`` / ``+44 20 7946 0958``)
are the same key; the name check keeps two people behind one switchboard apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from networkapp.models import db
from networkapp.models.text import fold

PHONE_KEY_DIGITS = 9
_ANGLE_RE = re.compile(r"<([^<>]*)>")
_PHONE_CUT_RE = re.compile(r"(?i)ext|[x;,pw#]")
_NON_DIGITS_RE = re.compile(r"\D+")
_SEPARATORS = str.maketrans("", "", " -()./\t")


def database_stamp() -> tuple[object, ...]:
    """Return what tells whether the database may have changed since an earlier stamp.

    Equal stamps mean no row changed in between: the same sqlite3 connection (held,
    compared by identity), nothing committed by any other connection
    (``PRAGMA data_version``), no schema change, and no row written by this
    connection (``total_changes``, which rolled-back writes bump too).
    """
    conn = db.connection()
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    schema = conn.execute("PRAGMA schema_version").fetchone()[0]
    return (conn, version, schema, conn.total_changes)


def same_stamp(first: tuple[object, ...] | None, second: tuple[object, ...]) -> bool:
    """Return True when both stamps say the database did not change in between."""
    return first is not None and first[0] is second[0] and first[1:] == second[1:]


def clean_email(text: str) -> str:
    """Return the bare address of ``"Name" <addr>``, ``mailto:addr`` or ``addr``."""
    text = text.strip()
    found = _ANGLE_RE.search(text) if "<" in text else None
    if found:
        text = found.group(1).strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return text.strip().strip("\"'").strip()


def email_key(text: str) -> str:
    """Return the comparison key of an e-mail address (cleaned, case-folded)."""
    return clean_email(text).casefold()


def normalise_phone(text: str) -> str:
    """Return the digits of a number, with a leading ``+`` kept (``00`` read as ``+``).

    An extension or dialling pause (``x12``, ``ext. 5``, ``;``, ``p``) is left out,
    unless nothing comes before it (``p1234p5678``: all the digits are kept).
    """
    text = text.strip()
    digits = text.translate(_SEPARATORS)
    if digits.isdecimal():  # the usual "+39 333 123-4567": nothing to cut, no regex needed
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
    their digits.
    """
    digits = normalise_phone(text).lstrip("+")
    return digits[-PHONE_KEY_DIGITS:]


def name_keys(display_name: str, given_name: str, family_name: str) -> set[str]:
    """Return the folded forms of a name that count as "the same name"."""
    keys = {
        _squeezed(display_name),
        _squeezed(f"{given_name} {family_name}"),
        _squeezed(f"{family_name} {given_name}"),
    }
    keys.discard("")
    return keys


def _squeezed(text: str) -> str:
    """``fold(text)`` with runs of blanks made one space; ASCII text needs no fold()
    (lower-casing is all it does there), which spares its cache the unique names."""
    return " ".join((text.lower() if text.isascii() else fold(text)).split())


class MatchIndex:
    """UID, e-mail and (phone, name) and name keys of every contact, for one import.

    Targets are contact ids; contacts new in this import get negative ids, so
    later cards of the same import merge into them instead of duplicating them.
    """

    def __init__(self) -> None:
        """Start empty; see :meth:`from_database`."""
        self.uids: dict[str, int] = {}
        self.emails: dict[str, int] = {}
        self.phone_names: dict[tuple[str, str], int] = {}
        self.by_name: dict[str, dict[int, None]] = {}  # insertion-ordered sets

    @classmethod
    def from_database(cls) -> MatchIndex:
        """Return the index of every stored contact (three queries)."""
        index = cls()
        names: dict[int, set[str]] = {}
        # Plain SQL: the ORM's per-row conversions cost more than the index itself.
        for cid, uid, display, given, family in db.execute_sql(
                "SELECT id, uid, display_name, given_name, family_name FROM contact"):
            if uid:
                index.uids.setdefault(uid.strip(), cid)
            names[cid] = name_keys(display, given, family)
            index.add_name(cid, names[cid])
        for cid, value in db.execute_sql("SELECT contact_id, value FROM contact_email"):
            index.emails.setdefault(email_key(value), cid)
        for cid, value in db.execute_sql("SELECT contact_id, value FROM contact_phone"):
            index._add_phone(cid, phone_key(value), names.get(cid, set()))
        return index

    def find(self, uid: str | None, email_keys: Iterable[str], phone_keys: Iterable[str],
             names: Iterable[str]) -> int | None:
        """Return the target the card belongs to, or None for a new contact.

        Args:
            uid: The card's UID.
            email_keys: :func:`email_key` of each of its e-mail addresses.
            phone_keys: :func:`phone_key` of each of its numbers.
            names: Its :func:`name_keys`.
        """
        if uid and (found := self.uids.get(uid.strip())) is not None:
            return found
        for key in email_keys:
            if (found := self.emails.get(key)) is not None:
                return found
        for key in phone_keys:
            for name in names:
                if key and (found := self.phone_names.get((key, name))) is not None:
                    return found
        return None

    def add(self, target: int, uid: str | None, email_keys: Iterable[str],
            phone_keys: Iterable[str], names: Iterable[str]) -> None:
        """Point the card's keys at ``target`` (keys already taken keep their contact)."""
        if uid:
            self.uids.setdefault(uid.strip(), target)
        for key in email_keys:
            self.emails.setdefault(key, target)
        for key in phone_keys:
            self._add_phone(target, key, names)

    def add_name(self, target: int, names: Iterable[str]) -> None:
        """Remember ``target`` under its names (for cards with nothing else to match)."""
        by_name = self.by_name
        for name in names:
            found = by_name.get(name)
            if found is None:
                by_name[name] = {target: None}
            else:
                found[target] = None

    def same_name(self, names: Iterable[str]) -> list[int]:
        """Return the targets carrying one of ``names``, oldest first."""
        return list(dict.fromkeys(t for name in sorted(names) for t in self.by_name.get(name, ())))

    def _add_phone(self, target: int, key: str, names: Iterable[str]) -> None:
        if key:
            for name in names:
                self.phone_names.setdefault((key, name), target)
