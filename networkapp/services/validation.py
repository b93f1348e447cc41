"""Pure checks of user input: each returns the problems found, in plain words.

Also the card's rules for what a user typed: a birthday in the locale's order
(:func:`parse_typed_birthday`), the normal form two sets of fields are compared
in (:func:`normalized_fields`), and which fields an edit really changed
(:func:`merge_edits`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import fields as dataclass_fields
from dataclasses import replace

from networkapp.i18n import Phrase, tr_noop
from networkapp.services.dto import AddressData, ContactFields, LabeledValue

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_BIRTHDAY_RE = re.compile(r"^(\d{4}|--)-?(\d{2})-?(\d{2})$")
_DATE_SEPARATORS = re.compile(r"[\s/.\-,]+")
DATE_ORDERS = ("DMY", "MDY", "YMD")


def is_valid_email(text: str) -> bool:
    """Return True for something shaped like ``name@domain.tld``."""
    return bool(_EMAIL_RE.match(text.strip()))


def parse_birthday(text: str | None) -> str | None:
    """Normalise a birthday to ``YYYY-MM-DD`` or year-less ``--MM-DD``.

    Raises:
        ValueError: the text is not a possible date.
    """
    if text is None or not text.strip():
        return None
    match = _BIRTHDAY_RE.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a date (use YYYY-MM-DD or --MM-DD)")
    year, month, day = match.groups()
    # A year-less birthday may be 29 February: check it against a leap year.
    check_year = 2000 if year == "--" else int(year)
    try:
        dt.date(check_year, int(month), int(day))
    except ValueError:  # say which date, not only "day is out of range for month"
        raise ValueError(f"{text!r} is not a possible date") from None
    return f"--{month}-{day}" if year == "--" else f"{year}-{month}-{day}"


def parse_typed_birthday(text: str | None, order: str = "DMY",
                         current_year: int | None = None) -> str | None:
    """Read a birthday as a user types it; return ``YYYY-MM-DD`` or year-less ``--MM-DD``.

    Takes ISO forms (``1980-12-31``, ``19801231``, ``--12-31``) in every locale,
    and the locale's own short forms in its ``order`` of day, month and year
    ("DMY": 31/12/1980, 31.12.80, 31/12; "MDY": 12/31/1980, 12/31; "YMD":
    1980/12/31, 12/31). A two-digit year is the latest one not after
    ``current_year`` (default: this year): birthdays are in the past.

    Raises:
        ValueError: the text is not a possible date, in words a user can read.
    """
    if text is None or not text.strip():
        return None
    text = text.strip()
    if _BIRTHDAY_RE.match(text):
        return parse_birthday(text)
    parts = [part for part in _DATE_SEPARATORS.split(text) if part]
    if not all(part.isdigit() and part.isascii() for part in parts) or len(parts) not in (2, 3):
        raise ValueError(f"{text!r} is not a date")
    if len(parts) == 3 and len(parts[0]) == 4:
        order = "YMD"  # 1980/12/31 reads the same everywhere
    named = dict(zip(order.replace("Y", "") if len(parts) == 2 else order, parts, strict=True))
    day, month = int(named["D"]), int(named["M"])
    year = _full_year(named["Y"], current_year) if "Y" in named else None
    try:  # a year-less 29 February is a real birthday: check it against a leap year
        dt.date(year or 2000, month, day)
    except ValueError:
        raise ValueError(f"{text!r} is not a possible date") from None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _full_year(digits: str, current_year: int | None) -> int:
    if len(digits) == 4:
        return int(digits)
    if len(digits) != 2:
        raise ValueError(f"{digits!r} is not the year of a date (two or four digits)")
    now = current_year or dt.date.today().year
    year = now - now % 100 + int(digits)
    return year - 100 if year > now else year


def format_typed_birthday(birthday: str | None, order: str = "DMY", separator: str = "/") -> str:
    """Write a stored birthday the way :func:`parse_typed_birthday` reads it in ``order``."""
    if not birthday:
        return ""
    match = _BIRTHDAY_RE.match(birthday)
    if not match:
        return birthday  # not a stored form: shown as it is, so nothing is lost
    year, month, day = match.groups()
    if order == "YMD":
        return f"{year}-{month}-{day}" if year != "--" else f"--{month}-{day}"
    first, second = (day, month) if order == "DMY" else (month, day)
    body = f"{first}{separator}{second}"
    return body if year == "--" else f"{body}{separator}{year}"


LINE_LIMIT = 1000
"""Most characters stored of a name or any other one-line value."""
NOTES_LIMIT = 100_000
"""Most characters stored of a contact's notes."""
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_LINES_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
CONTROLS_REMOVED = "control characters removed"


def stored_text(value: str, *, lines: bool = False, limit: int = LINE_LIMIT
                ) -> tuple[str, tuple[str, ...]]:
    """Return ``value`` as the database stores it, and what was changed to get there.

    Control characters (NUL and the like) are removed; a one-line value has its tabs
    and line breaks made spaces, a value with ``lines`` (notes, address parts) keeps
    them (CRLF made LF). At most ``limit`` characters are kept. The changes are
    ``CONTROLS_REMOVED`` and ``"longer than N characters: cut to N"``.
    """
    if value.isprintable() and len(value) <= limit:
        return value, ()
    done: list[str] = []
    if not value.isprintable():
        if lines:
            wanted = value.replace("\r\n", "\n")
            cleaned = _CONTROL_BUT_LINES_RE.sub("", wanted)
        else:
            wanted = value.translate(_BREAKS)
            cleaned = _CONTROL_RE.sub("", wanted)
        if cleaned != wanted:
            done.append(CONTROLS_REMOVED)
        value = cleaned
    if len(value) > limit:
        done.append(f"longer than {limit:,} characters: cut to {limit:,}")
        value = value[:limit]
    return value, tuple(done)


def _shown(text: str) -> str:
    """A one-line value as it is stored (:func:`stored_text`), without outer blanks."""
    return stored_text(text)[0].strip()


def derive_display_name(fields: ContactFields) -> str:
    """Return the name to show: given + family, else organization, else e-mail, else phone.

    Each candidate is taken as it will be stored, so a name made only of control
    characters counts as no name.
    """
    name = _shown(fields.display_name)
    if name:
        return name
    joined = " ".join(part for part in map(_shown, (fields.given_name, fields.family_name))
                      if part)
    if joined:
        return joined
    for candidate in (
        fields.organization,
        *(email.value for email in fields.emails),
        *(phone.value for phone in fields.phones),
    ):
        if shown := _shown(candidate):
            return shown
    return ""


_LINE_FIELDS = {"display_name": "name", "given_name": "given_name",
                "family_name": "family_name", "organization": "organization", "title": "title"}
"""The one-line scalar fields and the problem key each is reported under."""


def _length_problems(fields: ContactFields) -> dict[str, Phrase]:
    """A value longer than the writer keeps is refused with a message, never cut silently."""
    line = Phrase(tr_noop("Longer than %1 characters: please shorten it."), args=(LINE_LIMIT,))
    found = {key: line for name, key in _LINE_FIELDS.items()
             if len(getattr(fields, name)) > LINE_LIMIT}
    if len(fields.notes) > NOTES_LIMIT:
        found["notes"] = Phrase(line.text, args=(NOTES_LIMIT,))
    for kind in ("emails", "phones", "urls"):
        if any(max(len(v.value), len(v.label)) > LINE_LIMIT for v in getattr(fields, kind)):
            found[kind] = Phrase(tr_noop("A value is longer than %1 characters: please shorten "
                                         "it."), args=(LINE_LIMIT,))
    if any(len(getattr(a, f.name)) > LINE_LIMIT
           for a in fields.addresses for f in dataclass_fields(AddressData)):
        found["addresses"] = Phrase(tr_noop("A part is longer than %1 characters: please "
                                            "shorten it."), args=(LINE_LIMIT,))
    if any(len(tag) > LINE_LIMIT for tag in fields.tags):
        found["tags"] = Phrase(tr_noop("A tag is longer than %1 characters: please shorten it."),
                               args=(LINE_LIMIT,))
    return found


def contact_problems(fields: ContactFields) -> dict[str, Phrase]:
    """Return ``{field: problem}`` for everything that cannot be saved (empty when fine).

    The problems are phrases, translated where they are shown (``translation.say``).
    """
    problems: dict[str, Phrase] = {}
    if not derive_display_name(fields):
        problems["name"] = Phrase(tr_noop(
            "Give the contact a name (or at least an organization or e-mail)."))
    bad = [email.value for email in fields.emails  # an empty row is left out, not wrong
           if email.value.strip() and not is_valid_email(email.value)]
    if bad:
        problems["emails"] = Phrase(tr_noop("Not an e-mail address: %1."), args=(tuple(bad),))
    try:
        parse_birthday(fields.birthday)
    except ValueError as exc:
        problems["birthday"] = Phrase(tr_noop("Impossible birthday: %1."), args=(str(exc),))
    if fields.cadence_days is not None and not 1 <= fields.cadence_days <= 3650:
        problems["cadence_days"] = Phrase(tr_noop(
            "Keep-in-touch cadence must be between 1 and 3650 days."))
    for key, problem in _length_problems(fields).items():
        problems.setdefault(key, problem)
    return problems


def _plain_text(text: str) -> str:
    """Line ends as one newline, no trailing blanks: how a text box may give back a note."""
    for end in ("\r\n", "\r", "\u2028", "\u2029"):
        text = text.replace(end, "\n")
    return text.rstrip()


def _labeled(values: tuple[LabeledValue, ...]) -> tuple[LabeledValue, ...]:
    return tuple(LabeledValue(v.value.strip(), v.label.strip()) for v in values if v.value.strip())


def _address(adr: AddressData) -> AddressData:
    parts = {f.name: _plain_text(getattr(adr, f.name)).strip() for f in dataclass_fields(adr)}
    return AddressData(**parts)


def _birthday(text: str | None) -> str | None:
    try:
        return parse_birthday(text)
    except ValueError:
        return (text or "").strip()  # compared as typed: an impossible date is a change


def normalized_fields(fields: ContactFields) -> ContactFields:
    """Return ``fields`` in the form they are compared in: two that mean the same are equal.

    Blanks around values, empty rows, the order of tags, line-end styles and the
    spelling of a birthday do not count; labels, row order and every address part do.
    """
    addresses = tuple(_address(adr) for adr in fields.addresses)
    return replace(
        fields,
        display_name=derive_display_name(fields),
        given_name=fields.given_name.strip(), family_name=fields.family_name.strip(),
        organization=fields.organization.strip(), title=fields.title.strip(),
        birthday=_birthday(fields.birthday), notes=_plain_text(fields.notes),
        emails=_labeled(fields.emails), phones=_labeled(fields.phones),
        urls=_labeled(fields.urls),
        addresses=tuple(a for a in addresses if replace(a, label="") != AddressData()),
        tags=tuple(sorted({tag.strip() for tag in fields.tags if tag.strip()})),
    )


def merge_edits(stored: ContactFields, shown: ContactFields,
                edited: ContactFields) -> ContactFields:
    """Return what to save: ``stored`` with only the fields the user really changed.

    ``shown`` is what the editors held right after showing ``stored``, ``edited``
    what they hold now. A field whose normal form (:func:`normalized_fields`) is
    the same in both keeps its stored value exactly, so saving an untouched card
    writes nothing and a card changed in one field changes only that field.
    """
    before, after = normalized_fields(shown), normalized_fields(edited)
    changed = {f.name: getattr(edited, f.name) for f in dataclass_fields(ContactFields)
               if getattr(before, f.name) != getattr(after, f.name)}
    return replace(stored, **changed)
