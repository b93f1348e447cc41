"""Why a contact needs attention: the one rule, with a fixed vocabulary of reasons.

:func:`reasons` is the only place that decides it, with the threshold's rule of
:func:`networkapp.services.signals.level_for`. Its callers: the list's views
(``listing.in_view`` and ``listing.shown_for``: "Needs attention" is any reason, "Today"
a reason of :data:`TODAY_REASONS`), the table's Reason, To do and Action columns
(``ContactList.reasons``), the contact's header and the printed summary
(``listing.contact_reasons``), ``networkapp list --json`` (its ``reasons`` key, from
``listing.json_records``) and the network report (``summary.network_report``, whose
sections pick their rows by reason). So a contact is listed under "Needs attention"
exactly when it has at least one reason, and every text says the same reasons
(:func:`reason_phrase`).

It reads a raw list row (see :data:`networkapp.services.listing.ROW_FIELDS`: the cached
columns of ``contact``), so that 100,000 contacts are judged in memory without a query.
An archived contact is a plain entry: it never has a reason (no prompts, no reminders).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from networkapp.i18n import Phrase, tr_noop, tr_plural
from networkapp.services.balance import is_one_sided
from networkapp.services.birthdays import next_birthday
from networkapp.services.keep_in_touch import days_overdue
from networkapp.services.signals import LEVEL_CLARIFY, LEVEL_DECIDE, level_for
from networkapp.services.vocabulary import ARCHIVED, CLARIFYING

# The fixed set, as ``list --json`` prints it.
THRESHOLD = "threshold"  # open warnings weigh as much as the threshold or more
UNFINISHED_CLARIFICATION = "unfinished_clarification"  # a clarification draft left open
OVERDUE = "overdue"  # keep-in-touch overdue by some days
BIRTHDAY = "birthday"  # a known birthday within BIRTHDAY_DAYS days
OPEN_WARNINGS = "open_warnings"  # warnings open, below the threshold
ONE_SIDED = "one_sided"  # one side gives four times the other or more
# Most urgent first: the order reasons are listed and Today sorts by.
REASONS = (THRESHOLD, UNFINISHED_CLARIFICATION, OVERDUE, BIRTHDAY, OPEN_WARNINGS, ONE_SIDED)
# What the Today view lists: what to do now (the other reasons wait in "Needs attention").
TODAY_REASONS = (THRESHOLD, UNFINISHED_CLARIFICATION, OVERDUE, BIRTHDAY)
BIRTHDAY_DAYS = 7

# The raw row's columns this rule reads (see listing.ROW_FIELDS).
_STATUS, _GAVE, _RECEIVED, _WEIGHT, _LAST, _CADENCE, _BIRTHDAY = 3, 4, 5, 6, 7, 8, 11


@dataclass(frozen=True)
class Reason:
    """One reason a contact needs attention.

    ``amount`` says how much: the open warnings' weight (threshold, open warnings), the
    days overdue, the days until the birthday (0: today); 0 otherwise.
    """

    kind: str
    amount: int = 0

    @property
    def rank(self) -> int:
        """Its place in :data:`REASONS` (0 is the most urgent)."""
        return REASONS.index(self.kind)


def reason_phrase(reason: Reason, threshold: int) -> Phrase:  # noqa: PLR0911 (one a reason)
    """Say one reason in words ("Keep-in-touch overdue by 12 days"): the one wording of
    the window's tooltips, header and Today view, the printed pages and the report."""
    kind, amount = reason.kind, reason.amount
    if kind == THRESHOLD:
        return Phrase(tr_noop("At the threshold: open warnings weigh %1 (threshold %2)"),
                      args=(amount, threshold))
    if kind == OPEN_WARNINGS:
        return Phrase(tr_noop("Warnings open: weight %1, below the threshold of %2"),
                      args=(amount, threshold))
    if kind == UNFINISHED_CLARIFICATION:
        return Phrase(tr_noop("A clarification was started and not finished"))
    if kind == OVERDUE:
        return tr_plural("Keep-in-touch overdue by %Ln day(s)", "", amount)
    if kind == BIRTHDAY:
        if amount == 0:
            return Phrase(tr_noop("Birthday today"))
        return tr_plural("Birthday in %Ln day(s)", "", amount)
    return Phrase(tr_noop("One-sided balance: one side gives four times the other or more"))


def as_date(value: object) -> dt.date | None:
    """Return a stored date (a raw row's ``last_interaction``) as a date."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@lru_cache(maxsize=8)
def days_to_birthday(birthday: str | None, today: dt.date) -> int | None:
    """Days from ``today`` to a stored birthday (``YYYY-MM-DD`` or ``--MM-DD``) when it
    falls within :data:`BIRTHDAY_DAYS` days (0: today), else ``None``
    (:func:`~networkapp.services.birthdays.next_birthday`: 29 February on the 28th in
    other years)."""
    day = next_birthday(birthday, today)
    if day is None or (day - today).days > BIRTHDAY_DAYS:
        return None
    return (day - today).days


def reasons(row: tuple[Any, ...], today: dt.date, threshold: int) -> tuple[Reason, ...]:
    """Return why the contact of a raw list row needs attention, most urgent first.

    Args:
        row: a raw row of :mod:`networkapp.services.listing`.
        today: the day the overdue days and the birthday are counted against.
        threshold: the weight of open warnings that asks for a decision.
    """
    if row[_STATUS] == ARCHIVED:
        return ()
    found: list[Reason] = []
    weight = row[_WEIGHT]
    level = level_for(weight, threshold)  # the one threshold rule (the meter's, the banner's)
    if level == LEVEL_DECIDE:
        found.append(Reason(THRESHOLD, weight))
    if row[_STATUS] == CLARIFYING:
        found.append(Reason(UNFINISHED_CLARIFICATION))
    if row[_CADENCE] is not None and row[_LAST] is not None:
        late = days_overdue(as_date(row[_LAST]), row[_CADENCE], today)
        if late > 0:
            found.append(Reason(OVERDUE, late))
    birthday = days_to_birthday(row[_BIRTHDAY], today)
    if birthday is not None:
        found.append(Reason(BIRTHDAY, birthday))
    if level == LEVEL_CLARIFY:
        found.append(Reason(OPEN_WARNINGS, weight))
    if is_one_sided(row[_GAVE], row[_RECEIVED]):
        found.append(Reason(ONE_SIDED))
    return tuple(found)


def reason_kinds(row: tuple[Any, ...], today: dt.date, threshold: int) -> list[str]:
    """Return the kinds of :func:`reasons` (the strings ``list --json`` prints)."""
    return [reason.kind for reason in reasons(row, today, threshold)]


def today_reasons(found: tuple[Reason, ...]) -> tuple[Reason, ...]:
    """Return the reasons among ``found`` that put a contact in the Today view."""
    return tuple(reason for reason in found if reason.kind in TODAY_REASONS)


def urgency(found: tuple[Reason, ...]) -> tuple[int, int]:
    """Sort key of a contact by its reasons, larger for more urgent: the most urgent reason,
    then the most weight or days late, or the nearest birthday (none at all sorts last in
    a descending sort, which is how the Reason column and the Today view list)."""
    if not found:
        return 0, 0
    first = found[0]
    return len(REASONS) - first.rank, -first.amount if first.kind == BIRTHDAY else first.amount
