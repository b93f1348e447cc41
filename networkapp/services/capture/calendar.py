"""Reading a calendar export (.ics from Google, Outlook, Apple Calendar, Thunderbird).

Each past event becomes a :class:`~.core.Sighting` dated on the local day it began
(TZID and UTC times converted to this computer's zone, floating times and all-day
dates taken as they are), with its organiser and attendees. Rooms and resources
(``CUTYPE=ROOM``/``RESOURCE``) and attendees who declined are left out; cancelled
events are skipped. A recurring event gives each past occurrence within the bound
set in Preferences (12 months unless changed; 0 logs only the first occurrence),
its exceptions (``EXDATE``) left out and its moved or cancelled occurrences
(``RECURRENCE-ID``) taken from their own VEVENT. Expansion uses python-dateutil's
``rrule`` (BSD-licensed). The event's UID (with the occurrence's start) is the key
kept on the interaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from typing import Any

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rruleset, rrulestr
from icalendar import Calendar, Event

from networkapp.i18n import Phrase, tr_noop
from networkapp.services.capture.core import CaptureFileError, Person, Sighting, Skip
from networkapp.services.capture.plan import SourceFile
from networkapp.services.settings import get_recurrence_months

MAX_SIZE = 64 * 1024 * 1024
"""A larger .ics is refused: calendar exports of a lifetime stay far below this."""

_VIDEO = re.compile(r"zoom\.us/|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|"
                    r"webex\.com|whereby\.com|meet\.jit\.si|facetime\.apple\.com|"
                    r"gotomeeting\.com|join\.skype\.com", re.IGNORECASE)
_VIDEO_PROPERTIES = ("LOCATION", "DESCRIPTION", "URL", "CONFERENCE", "X-GOOGLE-CONFERENCE",
                     "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-MICROSOFT-ONLINEMEETINGCONFLINK")
_SKIPPED_TYPES = ("ROOM", "RESOURCE")
_MAX_OCCURRENCES = 5000  # per event: a daily event over 12 months is 366


Start = dt.date | dt.datetime


class CalendarFile(SourceFile):
    """The events of one .ics file."""

    def __init__(self, path: str, *, since: dt.date | None = None,
                 today: dt.date | None = None) -> None:
        """Prepare to read ``path``: events from ``since`` on, up to now (or ``today``)."""
        super().__init__(path)
        self.since = since
        self.now = (dt.datetime.combine(today, dt.time()) if today
                    else dt.datetime.now().replace(microsecond=0)).astimezone()
        months = get_recurrence_months()
        self.months = months
        self.bound = (self.now - relativedelta(months=months)).date()

    def size(self) -> int:
        """Return the file's size."""
        return self.file_size(MAX_SIZE, "a calendar export")

    def items(self) -> Iterator[Sighting | Skip]:
        """Yield the file's past events and occurrences, and what is skipped."""
        data = self._bytes()
        calendar = self._parse(data)
        lines = _event_lines(data)
        events = [e for e in calendar.walk("VEVENT") if isinstance(e, Event)]
        moved: dict[tuple[str, str], tuple[Event, int]] = {}
        for n, event in enumerate(events):
            if event.get("RECURRENCE-ID") is not None:
                moved[(str(event.get("UID", "")), _stamp(event.decoded("RECURRENCE-ID")))] = (
                    event, lines[n] if n < len(lines) else 0)
        for n, event in enumerate(events):
            if event.get("RECURRENCE-ID") is None:
                yield from self._event(event, lines[n] if n < len(lines) else 0, moved)

    def _bytes(self) -> bytes:
        data = self.read_whole()
        head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        if b"\0" in data[:4096] or not head[:15].upper() == b"BEGIN:VCALENDAR":
            raise CaptureFileError(self.path, f"{self.path}:1: not an iCalendar file (.ics): "
                                   "it does not begin with BEGIN:VCALENDAR")
        if b"END:VCALENDAR" not in data[-4096:].upper():
            last = data.count(b"\n") + 1
            raise CaptureFileError(self.path, f"{self.path}:{last}: the file is cut short "
                                   "(no END:VCALENDAR): nothing was imported from it")
        return data

    def _parse(self, data: bytes) -> Calendar:
        try:
            calendar = Calendar.from_ical(data)
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise CaptureFileError(self.path, f"{self.path}: not a readable calendar ({exc})"
                                   ) from exc
        if isinstance(calendar, list):  # several VCALENDARs: icalendar returns a list
            raise CaptureFileError(self.path, f"{self.path}: holds several calendars; "
                                   "export them one per file")
        return calendar

    def _event(self, event: Event, line: int,
               moved: dict[tuple[str, str], tuple[Event, int]]) -> Iterator[Sighting | Skip]:
        summary = str(event.get("SUMMARY", "")).strip()
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            yield Skip(self.path, line, summary, Phrase(tr_noop("a cancelled event")))
            return
        try:
            start: Start = event.decoded("DTSTART")
        except (KeyError, ValueError):
            yield Skip(self.path, line, summary, Phrase(tr_noop(
                "an event without a start (DTSTART): left out")), rejected=True)
            return
        uid = str(event.get("UID", "")).strip() or _made_uid(event)
        if event.get("RRULE") is None:
            if self._wanted(start):
                yield self._sighting(event, line, f"ical:{uid}", start)
            return
        occurrences, warning = self._occurrences(event, start)
        for n, occurrence in enumerate(occurrences):
            warning = warning if n == 0 else ""  # said once, on the first occurrence
            stamp = _stamp(occurrence)
            key = f"ical:{uid}/{stamp}"
            own = moved.get((uid, stamp))
            if own is None:
                yield self._sighting(event, line, key, occurrence, warning)
                continue
            other, other_line = own
            if str(other.get("STATUS", "")).upper() == "CANCELLED":
                yield Skip(self.path, other_line, summary,
                           Phrase(tr_noop("a cancelled occurrence")))
                continue
            new_start = other.decoded("DTSTART") if other.get("DTSTART") else occurrence
            if self._wanted(new_start):
                yield self._sighting(other, other_line, key, new_start, warning)

    def _occurrences(self, event: Event, start: Start) -> tuple[list[Start], str]:
        """Return the past occurrences within the bound, and a note for the preview."""
        if self.months == 0:
            return ([start] if self._wanted(start) else []), (
                "a recurring event: only its first occurrence is logged (Preferences)")
        try:
            rules = _rule_set(event, start)
            first = max(self.bound, self.since) if self.since else self.bound
            found = _between(rules, start, first, self.now)
        except (ValueError, TypeError, OverflowError) as exc:
            return ([start] if self._wanted(start) else []), (
                f"its repetition cannot be read ({exc}): only the first occurrence is logged")
        note = ""
        if _as_date(start) < self.bound:
            note = (f"a recurring event: occurrences before {self.bound.isoformat()} "
                    f"are not logged (Preferences: {self.months} months)")
        return [o for o in found if self._wanted(o)], note

    def _wanted(self, start: Start) -> bool:
        """True for a start in the past (and from ``since`` on)."""
        if self.since is not None and _as_date(start) < self.since:
            return False
        if isinstance(start, dt.datetime):
            moment = start if start.tzinfo else start.astimezone()
            return moment < self.now
        return start < self.now.date()

    def _sighting(self, event: Event, line: int, key: str, start: Start,
                  warning: str = "") -> Sighting:
        summary = str(event.get("SUMMARY", "")).strip()
        return Sighting(self.path, line, key, _as_date(start), _channel(event),
                        summary or "(no title)", _people(event),
                        warnings=(warning,) if warning else ())


def _event_lines(data: bytes) -> list[int]:
    """Return the line of every BEGIN:VEVENT, in order (icalendar keeps that order)."""
    return [n for n, line in enumerate(data.splitlines(), start=1)
            if line.strip().upper() == b"BEGIN:VEVENT"]


def _as_date(start: Start) -> dt.date:
    if isinstance(start, dt.datetime):
        return (start.astimezone() if start.tzinfo else start).date()
    return start


def _stamp(start: Start) -> str:
    """Return an occurrence's start as its key says it (UTC for zoned times)."""
    if isinstance(start, dt.datetime):
        if start.tzinfo:
            return start.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        return start.strftime("%Y%m%dT%H%M%S")
    return start.strftime("%Y%m%d")


def _made_uid(event: Event) -> str:
    """A key for an event without UID: its start, summary and organiser."""
    text = "|".join(str(event.get(name, "")) for name in ("DTSTART", "SUMMARY", "ORGANIZER"))
    return "~" + hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def _values(event: Event, name: str) -> list[Any]:
    value = event.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _rule_set(event: Event, start: Start) -> rruleset:
    begin = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time())
    rules = rruleset()
    for rule in _values(event, "RRULE"):
        text = rule.to_ical().decode()
        if begin.tzinfo is None:  # UNTIL must be as naive as the start
            text = re.sub(r"(UNTIL=\d{8}(T\d{6})?)Z", r"\1", text)
        parsed = rrulestr(text, dtstart=begin, ignoretz=begin.tzinfo is None)
        if isinstance(parsed, rruleset):
            raise ValueError("an RRULE with several rules")
        rules.rrule(parsed)
    for name, add in (("EXDATE", rules.exdate), ("RDATE", rules.rdate)):
        for group in _values(event, name):
            for item in getattr(group, "dts", []):
                add(_like(item.dt, begin))
    return rules


def _like(value: Start, begin: dt.datetime) -> dt.datetime:
    """Return an EXDATE or RDATE as naive or as zoned as the event's start."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
    if begin.tzinfo is None and moment.tzinfo is not None:
        return moment.astimezone().replace(tzinfo=None)
    if begin.tzinfo is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=begin.tzinfo)
    return moment


def _between(rules: rruleset, start: Start, first: dt.date, now: dt.datetime) -> list[Start]:
    naive_date = not isinstance(start, dt.datetime)
    aware = isinstance(start, dt.datetime) and start.tzinfo is not None
    low = dt.datetime.combine(first, dt.time())
    high = now.replace(tzinfo=None) if not aware else now
    if aware:
        low = low.astimezone()
    found: list[Start] = []
    for moment in rules.xafter(low, inc=True):
        if moment >= high or len(found) >= _MAX_OCCURRENCES:
            break
        found.append(moment.date() if naive_date else moment)
    return found


def _channel(event: Event) -> str:
    """A meeting, or a call when the event carries a video-call link."""
    for name in _VIDEO_PROPERTIES:
        for value in _values(event, name):
            if _VIDEO.search(str(value)):
                return "call"
    return "meeting"


def _address(value: Any) -> str:
    text = str(value).strip()
    return text[7:] if text[:7].lower() == "mailto:" else text


def _people(event: Event) -> tuple[Person, ...]:
    """The organiser and attendees who took part (no rooms, no one who declined)."""
    people = []
    for name in ("ORGANIZER", "ATTENDEE"):
        for value in _values(event, name):
            params = getattr(value, "params", {})
            if str(params.get("CUTYPE", "")).upper() in _SKIPPED_TYPES:
                continue
            if str(params.get("PARTSTAT", "")).upper() == "DECLINED":
                continue
            address = _address(value)
            if "@" in address:
                people.append(Person(address, str(params.get("CN", "")).strip().strip('"')))
    return tuple(people)
