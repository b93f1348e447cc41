"""Calendar capture: Google, Outlook and Apple exports, time zones, recurrences, re-import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from networkapp.models import db
from networkapp.services import changes
from networkapp.services.capture.core import CaptureFileError
from networkapp.services.capture.plan import (
    CALENDAR,
    CaptureJob,
    apply_capture,
    plan_capture,
)
from networkapp.services.importing import LOG, NEW, SKIPPED, UNCHANGED, SourceChangedError
from networkapp.services.interactions import list_interactions
from networkapp.services.settings import set_recurrence_months
from tests.capture_fixtures import FILES, TODAY
from tests.dump import differences, dump_file

ICS = tuple(str(FILES / name) for name in ("google.ics", "outlook.ics", "apple.ics"))


def job(*paths: str, since: dt.date | None = None) -> CaptureJob:
    return CaptureJob(CALENDAR, paths or ICS, since=since, today=TODAY)


def logged(contact_id: int) -> list[tuple[str, str, str]]:
    return [(i.date.isoformat(), i.channel, i.summary)
            for i in list_interactions(contact_id, newest_first=False)]


def test_events_become_interactions_with_matching_contacts(people: dict[str, int]) -> None:
    result = apply_capture(plan_capture(job()))
    assert logged(people["ada"]) == [
        ("2025-01-10", "meeting", "Weekly sync"),
        ("2025-01-17", "meeting", "Weekly sync"),  # 01-24 is an EXDATE
        ("2025-01-31", "meeting", "Weekly sync (moved)"),  # its own VEVENT (RECURRENCE-ID)
        ("2025-02-14", "meeting", "Weekly sync"),  # 02-07 cancelled
        ("2025-02-21", "meeting", "Weekly sync"),  # UNTIL, in UTC, is 09:00 in Rome
        ("2025-03-12", "meeting", "Coffee with Ada"),  # e-mail matched case-insensitively
        ("2025-04-19", "meeting", "Dinner"),  # 20:00 in New York is the 19th in Rome
        ("2025-05-05", "meeting", "Conference day"),  # all-day
    ]  # the cancelled lunch, the future meeting and the declined budget review: not logged
    bruno = logged(people["bruno"])
    assert ("2025-03-20", "call", "Project check-in") in bruno  # Google Meet link
    assert ("2025-02-25", "call", "Budget review") in bruno  # Outlook, Teams link, organiser
    assert ("2025-04-22", "meeting", "Floating breakfast") in bruno  # floating time
    monthly = [d for d, _, s in bruno if s == "Monthly lunch"]
    assert monthly == [f"{y}-{m:02}-01" for y, m in [(2024, 6), *[(2024, n) for n in
                       range(7, 13)], *[(2025, n) for n in range(1, 6)]]]
    assert result.created_ids == ()
    assert sorted(result.merged_ids) == sorted(people.values())


def test_rooms_resources_and_my_addresses_are_not_people(people: dict[str, int]) -> None:
    plan = plan_capture(job())
    proposed = {e.choice for e in plan.entries if e.fate == NEW}
    assert proposed == {"new:carla.new@example.net", "new:dario@example.it"}
    assert not any("resource" in e.name or "projector" in e.name for e in plan.entries)


def test_reimport_changes_nothing_and_undo_restores_the_dump(people: dict[str, int]) -> None:
    before = dump_file()
    _, recording = changes.record(lambda: apply_capture(plan_capture(job()),
                                                        ["new:carla.new@example.net"]))
    after = dump_file()
    again = plan_capture(job())
    assert not [e for e in again.entries if e.fate == LOG and e.target_id is not None]
    assert again.count(UNCHANGED) > 20
    apply_capture(again, ["new:carla.new@example.net"])
    assert differences(after, dump_file()) == []  # Carla exists now: matched, not created
    changes.ChangeSet(recording).swap()
    assert differences(before, dump_file()) == []


def test_new_attendees_are_created_only_when_ticked(people: dict[str, int]) -> None:
    result = apply_capture(plan_capture(job()), ["new:carla.new@example.net"])
    (carla,) = result.created_ids
    assert logged(carla) == [("2025-03-20", "call", "Project check-in")]
    name, = db.execute_sql("SELECT display_name FROM contact WHERE id = ?", (carla,)).fetchone()
    assert name == "carla.new@example.net"  # no CN: the address
    dario = db.execute_sql("SELECT count(*) FROM contact_email WHERE value = 'dario@example.it'")
    assert dario.fetchone() == (0,)


def test_since_and_the_recurrence_bound(people: dict[str, int]) -> None:
    set_recurrence_months(3)
    apply_capture(plan_capture(job(since=dt.date(2025, 3, 1))))
    assert [d for d, _, _ in logged(people["ada"])] == ["2025-03-12", "2025-04-19", "2025-05-05"]
    monthly = [d for d, _, s in logged(people["bruno"]) if s == "Monthly lunch"]
    assert monthly == ["2025-03-01", "2025-04-01", "2025-05-01"]


def test_only_the_first_occurrence_with_a_note(people: dict[str, int]) -> None:
    set_recurrence_months(0)
    plan = plan_capture(job(str(FILES / "google.ics")))
    weekly = [e for e in plan.entries if e.name == "Weekly sync" and e.fate == LOG]
    assert len(weekly) == 1 and weekly[0].reason.startswith("Meeting on 2025-01-10")
    assert any("only its first occurrence" in w for w in plan.warnings)


def test_cancelled_event_is_listed_as_skipped(people: dict[str, int]) -> None:
    plan = plan_capture(job(str(FILES / "google.ics")))
    skipped = [(e.line, e.reason) for e in plan.entries if e.fate == SKIPPED]
    assert (81, "a cancelled event") in skipped
    assert (71, "a cancelled occurrence") in skipped  # at the line of its own VEVENT


@pytest.mark.parametrize(("content", "message"), [
    (b"BEGIN:VCARD\r\nFN:Ada\r\nEND:VCARD\r\n", "not an iCalendar file"),
    (b"\x89PNG\r\n\x1a\n\0\0\0" + bytes(range(256)) * 4, "not an iCalendar file"),
    (b"", "not an iCalendar file"),
])
def test_bad_files_are_named_and_nothing_is_written(
        people: dict[str, int], tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.ics"
    bad.write_bytes(content)
    before = dump_file()
    plan = plan_capture(job(str(FILES / "google.ics"), str(bad)))
    assert len(plan.file_errors) == 1
    assert plan.file_errors[0].startswith(f"{bad}:1: ") and message in plan.file_errors[0]
    with pytest.raises(CaptureFileError):
        apply_capture(plan)
    assert differences(before, dump_file()) == []


def test_truncated_calendar_is_refused(people: dict[str, int], tmp_path: Path) -> None:
    text = (FILES / "google.ics").read_bytes()
    cut = tmp_path / "cut.ics"
    cut.write_bytes(text[: len(text) // 2])
    plan = plan_capture(job(str(cut)))
    assert plan.entries == () and "cut short (no END:VCALENDAR)" in plan.file_errors[0]
    assert str(cut) in plan.file_errors[0]


def test_a_file_changed_after_the_preview_writes_nothing(people: dict[str, int],
                                                         tmp_path: Path) -> None:
    copy = tmp_path / "g.ics"
    copy.write_bytes((FILES / "google.ics").read_bytes())
    plan = plan_capture(job(str(copy)))
    copy.write_bytes(copy.read_bytes().replace(b"Coffee with Ada", b"Tea with Ada"))
    before = dump_file()
    with pytest.raises(SourceChangedError):
        apply_capture(plan)
    assert differences(before, dump_file()) == []
