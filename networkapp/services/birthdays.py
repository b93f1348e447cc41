"""Birthdays: the one rule for when a stored birthday comes next.

A birthday is stored as ``YYYY-MM-DD`` or, without the year, ``--MM-DD``
(:func:`~networkapp.services.validation.parse_birthday`). In a year without 29
February, a 29 February birthday falls on the 28th. "Needs attention" (a birthday
within the week, :mod:`networkapp.services.reasons`), the reminders file and the
tray (:mod:`networkapp.services.capture.reminders`) all ask :func:`next_birthday`.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

FIRST_YEAR = 2000  # a birthday without its year starts in a leap year (29 February too)


def birth_date(stored: str | None) -> dt.date | None:
    """Return a stored birthday as a date (in :data:`FIRST_YEAR` without its year);
    None for none or one that is not a date."""
    if not stored:
        return None
    try:
        if stored.startswith("--"):
            return dt.date(FIRST_YEAR, int(stored[2:4]), int(stored[5:7]))
        return dt.date.fromisoformat(stored[:10])
    except ValueError:
        return None


@lru_cache(maxsize=65536)  # the contact list asks for every contact on each load
def next_birthday(stored: str | None, today: dt.date) -> dt.date | None:
    """Return the day the birthday comes next, from ``today`` on (today included)."""
    born = birth_date(stored)
    if born is None:
        return None
    for year in (today.year, today.year + 1):
        try:
            day = born.replace(year=year)
        except ValueError:  # 29 February in a year without it
            day = dt.date(year, 2, 28)
        if day >= today:
            return day
    return None  # not reached: next year's date is always after today
