"""Each reason a contact needs attention, from the one rule (no database needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from networkapp.services.listing import in_view, needs_attention
from networkapp.services.reasons import (
    BIRTHDAY,
    ONE_SIDED,
    OPEN_WARNINGS,
    OVERDUE,
    THRESHOLD,
    UNFINISHED_CLARIFICATION,
    Reason,
    reasons,
    today_reasons,
    urgency,
)

TODAY = dt.date(2026, 11, 29)


def row(*, status: str = "active", gave: int = 2, received: int = 2, weight: int = 0,
        last: str | None = "2026-11-20", cadence: int | None = None,
        birthday: str | None = None) -> tuple[object, ...]:
    """A raw list row (listing.ROW_FIELDS) with the columns the rule reads."""
    return (1, "Ada", "", status, gave, received, weight, last, cadence, False, "ada", birthday)


def test_a_quiet_balanced_contact_has_no_reason() -> None:
    quiet = row()
    assert reasons(quiet, TODAY, 3) == ()
    assert not needs_attention(quiet, TODAY, 3)
    assert in_view("active", quiet, TODAY, 3) and not in_view("attention", quiet, TODAY, 3)


@pytest.mark.parametrize(("weight", "expected"), [
    (1, (Reason(OPEN_WARNINGS, 1),)), (2, (Reason(OPEN_WARNINGS, 2),)),
    (3, (Reason(THRESHOLD, 3),)), (7, (Reason(THRESHOLD, 7),))])
def test_warnings_below_and_at_the_threshold(weight: int, expected: tuple[Reason, ...]) -> None:
    assert reasons(row(weight=weight), TODAY, 3) == expected


def test_the_threshold_decides_which_warning_reason() -> None:
    assert reasons(row(weight=2), TODAY, 2) == (Reason(THRESHOLD, 2),)
    assert reasons(row(weight=2), TODAY, 5) == (Reason(OPEN_WARNINGS, 2),)


def test_overdue_counts_the_days_past_the_cadence() -> None:
    """The case seen on main: 0 warnings, balanced 2/2, every 30 days, 15 months ago."""
    late = row(last="2025-08-29", cadence=30)
    assert reasons(late, TODAY, 3) == (Reason(OVERDUE, 457 - 30),)
    assert reasons(row(last="2026-10-30", cadence=30), TODAY, 3) == ()  # exactly due: not late
    assert reasons(row(last=None, cadence=30), TODAY, 3) == ()  # never met: nothing to count


def test_unfinished_clarification_and_one_sided() -> None:
    assert reasons(row(status="clarifying"), TODAY, 3) == (Reason(UNFINISHED_CLARIFICATION),)
    assert reasons(row(gave=4, received=1), TODAY, 3) == (Reason(ONE_SIDED),)
    assert reasons(row(gave=3, received=1), TODAY, 3) == ()


@pytest.mark.parametrize(("birthday", "days"), [
    ("1980-11-29", 0), ("--12-06", 7), ("1975-12-07", None), ("--11-28", None), (None, None)])
def test_a_birthday_within_the_week(birthday: str | None, days: int | None) -> None:
    expected = () if days is None else (Reason(BIRTHDAY, days),)
    assert reasons(row(birthday=birthday), TODAY, 3) == expected


def test_a_29_february_birthday_is_kept_on_the_28th_in_other_years() -> None:
    assert reasons(row(birthday="--02-29"), dt.date(2027, 2, 25), 3) == (Reason(BIRTHDAY, 3),)
    assert reasons(row(birthday="--02-29"), dt.date(2028, 2, 25), 3) == (Reason(BIRTHDAY, 4),)
    assert reasons(row(birthday="2000-01-02"), dt.date(2027, 12, 30), 3) == (Reason(BIRTHDAY, 3),)


def test_an_archived_contact_has_no_reason_whatever_its_columns() -> None:
    archived = row(status="archived", gave=9, received=0, weight=9, last="2020-01-01",
                   cadence=7, birthday="1980-11-29")
    assert reasons(archived, TODAY, 3) == ()
    assert not in_view("attention", archived, TODAY, 3)


def test_reasons_come_most_urgent_first_and_today_keeps_what_to_do_now() -> None:
    everything = row(status="clarifying", gave=9, received=0, weight=4, last="2026-01-01",
                     cadence=30, birthday="--12-01")
    found = reasons(everything, TODAY, 3)
    assert [r.kind for r in found] == [THRESHOLD, UNFINISHED_CLARIFICATION, OVERDUE, BIRTHDAY,
                                       ONE_SIDED]
    assert [r.kind for r in today_reasons(reasons(row(weight=1, gave=9, received=0), TODAY, 3))
            ] == []
    assert in_view("today", everything, TODAY, 3)
    assert not in_view("today", row(weight=1), TODAY, 3)


def test_urgency_orders_the_worst_first() -> None:
    ordered = [row(weight=7), row(weight=3), row(status="clarifying"),
               row(last="2026-01-01", cadence=30), row(last="2026-10-01", cadence=30),
               row(birthday="--11-29"), row(birthday="--12-03"), row(weight=2),
               row(gave=5, received=0), row()]
    keys = [urgency(reasons(r, TODAY, 3)) for r in ordered]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
