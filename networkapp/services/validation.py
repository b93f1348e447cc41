"""Pure checks of user input: each returns the problems found, in plain words."""

from __future__ import annotations

import datetime as dt
import re

from networkapp.services.dto import ContactFields

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_BIRTHDAY_RE = re.compile(r"^(\d{4}|--)-?(\d{2})-?(\d{2})$")


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


def derive_display_name(fields: ContactFields) -> str:
    """Return the name to show: given + family, else organization, else e-mail, else phone."""
    if fields.display_name.strip():
        return fields.display_name.strip()
    joined = " ".join(part for part in (fields.given_name, fields.family_name) if part.strip())
    if joined.strip():
        return joined.strip()
    for candidate in (
        fields.organization,
        *(email.value for email in fields.emails),
        *(phone.value for phone in fields.phones),
    ):
        if candidate.strip():
            return candidate.strip()
    return ""


def contact_problems(fields: ContactFields) -> dict[str, str]:
    """Return ``{field: problem}`` for everything that cannot be saved (empty when fine)."""
    problems: dict[str, str] = {}
    if not derive_display_name(fields):
        problems["name"] = "Give the contact a name (or at least an organization or e-mail)."
    bad = [email.value for email in fields.emails if not is_valid_email(email.value)]
    if bad:
        problems["emails"] = f"Not an e-mail address: {', '.join(bad)}."
    try:
        parse_birthday(fields.birthday)
    except ValueError as exc:
        problems["birthday"] = f"Impossible birthday: {exc}."
    if fields.cadence_days is not None and not 1 <= fields.cadence_days <= 3650:
        problems["cadence_days"] = "Keep-in-touch cadence must be between 1 and 3650 days."
    return problems
