"""Reminders out: keep-in-touch dates and birthdays as an iCalendar file, stable UIDs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import vobject
from icalendar import Calendar

from networkapp.services.capture.reminders import due_today, reminders, reminders_ics
from networkapp.services.states import archive_contact
from tests.services.foundation_helpers import log, new_contact

TODAY = dt.date(2025, 6, 1)


def events(data: bytes) -> dict[str, dict[str, object]]:
    calendar = Calendar.from_ical(data)
    return {str(e["UID"]): {"summary": str(e["SUMMARY"]), "start": e.decoded("DTSTART"),
                            "rrule": e.get("RRULE"), "description": str(e["DESCRIPTION"]),
                            "alarms": len(e.subcomponents)}
            for e in calendar.walk("VEVENT")}


def test_due_dates_and_birthdays_with_stable_uids(db_path: Path) -> None:
    ada = new_contact("Ada Rossi", cadence_days=30, birthday="1980-02-29", uid="urn:uuid:ada")
    log(ada, on=dt.date(2025, 5, 20))
    late = new_contact("Bruno Neri", cadence_days=10, birthday="--12-24")
    log(late, on=dt.date(2025, 1, 1))
    new_contact("Never met", cadence_days=30)  # no date to count from: no reminder
    gone = new_contact("Gone", cadence_days=10, birthday="1990-06-01")
    log(gone, on=dt.date(2025, 1, 1))
    archive_contact(gone, "no longer")
    first = events(reminders_ics(TODAY))
    assert sorted(e["summary"] for e in first.values()) == [
        "Birthday: Ada Rossi", "Birthday: Bruno Neri", "Keep in touch with Ada Rossi",
        "Keep in touch with Bruno Neri"]
    by_summary = {e["summary"]: (uid, e) for uid, e in first.items()}
    uid, ada_due = by_summary["Keep in touch with Ada Rossi"]
    assert ada_due["start"] == dt.date(2025, 6, 19) and ada_due["alarms"] == 1
    assert "Last interaction: Meeting on 2025-05-20" in str(ada_due["description"])
    _, bruno_due = by_summary["Keep in touch with Bruno Neri"]
    assert bruno_due["start"] == TODAY  # overdue: today, saying since when
    assert "Due since 2025-01-11." in str(bruno_due["description"])
    _, leap = by_summary["Birthday: Ada Rossi"]
    assert leap["start"] == dt.date(1980, 2, 29)
    assert leap["rrule"] == {"FREQ": ["YEARLY"], "BYMONTH": [2], "BYMONTHDAY": [-1]}
    # An interaction later: the same event (UID) moves; nothing is added.
    log(ada, on=dt.date(2025, 5, 31))
    second = events(reminders_ics(TODAY))
    assert set(second) == set(first)
    assert second[uid]["start"] == dt.date(2025, 6, 30)


def test_the_file_reads_in_another_calendar_library(db_path: Path) -> None:
    ada = new_contact("Zoë Ångström", cadence_days=7, birthday="--06-01")
    log(ada, on=dt.date(2025, 5, 1))
    parsed = vobject.readOne(reminders_ics(TODAY).decode())
    summaries = sorted(e.summary.value for e in parsed.vevent_list)
    assert summaries == ["Birthday: Zoë Ångström", "Keep in touch with Zoë Ångström"]


def test_due_today_lists_what_the_tray_says(db_path: Path) -> None:
    ada = new_contact("Ada Rossi", cadence_days=10, birthday="--06-01")
    log(ada, on=dt.date(2025, 3, 1))
    new_contact("Bruno Neri", birthday="--06-02")
    assert [(r.kind, r.name) for r in due_today(TODAY)] == [
        ("keep-in-touch", "Ada Rossi"), ("birthday", "Ada Rossi")]
    assert len(reminders(TODAY)) == 3
