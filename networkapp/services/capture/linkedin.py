"""Reading LinkedIn's ``Connections.csv`` (from its "Get a copy of your data" export).

The file opens with a "Notes:" preamble, then the columns First Name, Last Name, URL,
Email Address, Company, Position, Connected On ("05 Feb 2024"). Each connection is
matched to a contact by its profile URL, then by e-mail, then by the duplicate rules
(:mod:`networkapp.services.duplicates`: a high or likely match, one contact clearly
best, that has no other LinkedIn profile; a weaker look-alike is named in a note and
left for Contact > Find Duplicates); a matched contact
gains the profile URL, the e-mail, company and position it lacks; an unmatched one
is created. Each gets "Connected on LinkedIn" as an interaction on that date, keyed
by the profile, so importing the file again changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import replace

from networkapp.i18n import Phrase, tr_noop
from networkapp.models import db
from networkapp.services import contact_writer as writer
from networkapp.services.capture.core import (
    CaptureFileError,
    Person,
    Planner,
    Sighting,
    Skip,
)
from networkapp.services.capture.plan import SourceFile
from networkapp.services.duplicates import HIGH, LIKELY, CandidateIndex, load_profiles
from networkapp.services.duplicates.keys import make_profile
from networkapp.services.importing import MERGE, CardFate
from networkapp.services.importing.match import email_key, name_keys, url_key
from networkapp.services.settings import get_phone_region
from networkapp.services.validation import is_valid_email, stored_text

COLUMNS = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position",
           "Connected On")
MAX_SIZE = 32 * 1024 * 1024
_MONTHS = {name: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    start=1)}
_DATE = re.compile(r"(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*[ -](\d{2}|\d{4})$")


def profile_of(url: str) -> str:
    """Return the comparison key of a LinkedIn profile address (the one URL rule,
    :func:`url_key`), or "" when ``url`` is not one."""
    key = url_key(url)
    return key if "linkedin.com/in/" in key else ""


def _date(text: str) -> dt.date | None:
    """Read "05 Feb 2024" (LinkedIn's form; older exports "5-Feb-24") or ISO dates, the
    month names in English whatever the locale (strptime's %b would follow it)."""
    text = text.strip()
    try:
        if found := _DATE.match(text):
            day, month, year = found.groups()
            number = int(year) + (2000 if len(year) == 2 else 0)
            return dt.date(number, _MONTHS[month.casefold()], int(day))
        return dt.date.fromisoformat(text)
    except (KeyError, ValueError):
        return None


class ConnectionsFile(SourceFile):
    """The connections of one Connections.csv."""

    def size(self) -> int:
        """Return the file's size."""
        return self.file_size(MAX_SIZE, "a LinkedIn export")

    def _text(self) -> str:
        data = self.read_whole()
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n") + 1
            raise CaptureFileError(self.path, f"{self.path}:{line}: not a LinkedIn "
                                   "Connections.csv (not UTF-8 text)") from exc

    def items(self) -> Iterator[Sighting | Skip]:
        """Yield one sighting per connection (and a skip per unusable row)."""
        lines = self._text().splitlines(keepends=True)
        start = next((n for n, line in enumerate(lines[:50])
                      if line.lstrip('"').startswith("First Name,")), None)
        if start is None:
            raise CaptureFileError(self.path, f"{self.path}:1: not a LinkedIn "
                                   "Connections.csv (no \"First Name,Last Name,URL,...\" "
                                   "header line)")
        reader = csv.DictReader(io.StringIO("".join(lines[start:])))
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise CaptureFileError(self.path, f"{self.path}:{start + 1}: the column "
                                   f"{missing[0]!r} is missing")
        line = start + 1
        for row in reader:
            line = start + reader.line_num
            yield self._row(row, line)

    def _row(self, row: dict[str, str | None], line: int) -> Sighting | Skip:
        value = {c: stored_text(row.get(c) or "")[0].strip() for c in COLUMNS}
        given, family = value["First Name"], value["Last Name"]
        name = f"{given} {family}".strip()
        email = value["Email Address"] if is_valid_email(value["Email Address"]) else ""
        url = value["URL"]
        profile = profile_of(url)
        if not (name or email or profile):
            return Skip(self.path, line, "", Phrase(tr_noop("an empty row")), rejected=True)
        when = _date(value["Connected On"])
        if when is None:
            return Skip(self.path, line, name, Phrase(tr_noop(
                "'Connected On' is not a date: %1"), args=(repr(value["Connected On"]),)),
                rejected=True)
        person = Person(email, name, url if profile else "", given, family,
                        value["Company"], value["Position"])
        key = "linkedin:" + (profile or email_key(email) or "~" + "|".join(name_keys(
            name, given, family)))
        return Sighting(self.path, line, key, when, "other", "Connected on LinkedIn",
                        (person,))


class ConnectionsPlanner(Planner):
    """Matches connections by profile, e-mail, then a unique name; fills what a matched
    contact lacks; every connection not matched is a contact to create."""

    def __init__(self) -> None:
        """Load the contacts' profiles and names besides their addresses."""
        super().__init__("linkedin:", propose_new=True)
        self.profiles: dict[str, int] = {}
        for cid, value in db.execute_sql(
                "SELECT contact_id, value FROM contact_url ORDER BY contact_id, position, id"):
            if key := profile_of(value):
                self.profiles.setdefault(key, cid)
        self.gains: dict[int, tuple[Person, list[str], int]] = {}
        self.candidates: CandidateIndex | None = None  # the duplicate rules, when needed
        self.notes: dict[int, str] = {}  # per CSV line: a look-alike not taken

    def _counterparts(self, seen: Sighting) -> tuple[list[tuple[Person, int | str]], str]:
        person = seen.people[0]
        profile, email = profile_of(person.url), email_key(person.email)
        cid = self.profiles.get(profile) if profile else None
        if cid is None and email:
            cid = self.emails.get(email)
        if cid is None:
            cid = self._look_alike(person, seen)
        if cid is None:
            return [(person, "new:" + (profile or email or seen.key))], ""
        self._gains(cid, person, seen.line)
        return [(person, cid)], ""

    def _look_alike(self, person: Person, seen: Sighting) -> int | None:
        """The contact the duplicate rules (services/duplicates) take this connection for,
        when they are sure enough (high or likely) and it has no other LinkedIn profile;
        a weaker look-alike is named in a note on the new contact."""
        if self.candidates is None:
            self.candidates = CandidateIndex(load_profiles(get_phone_region()))
        profile = make_profile(0, (person.name, person.given_name, person.family_name,
                                   person.organization, "active"),
                               emails=[person.email] if person.email else [], phones=(),
                               cities=(), region=None)
        taken = set(self.profiles.values())
        matches = [m for m in self.candidates.matches_for(profile) if m.b not in taken]
        if matches and matches[0].confidence in (HIGH, LIKELY) and (
                len(matches) == 1 or matches[1].score < matches[0].score):
            return matches[0].b
        if matches:
            self.notes[seen.line] = (f"looks like contact {matches[0].b} "
                                     f"({matches[0].text()}): created apart; Contact > Find "
                                     "Duplicates can merge them")
        return None

    def _gains(self, cid: int, person: Person, line: int) -> None:
        """Note what the contact lacks of the connection's values."""
        if cid in self.gains:
            return
        stored = db.execute_sql("SELECT organization, title FROM contact WHERE id = ?",
                                (cid,)).fetchone()
        urls = {profile_of(v) for (v,) in db.execute_sql(
            "SELECT value FROM contact_url WHERE contact_id = ?", (cid,))}
        emails = {email_key(v) for (v,) in db.execute_sql(
            "SELECT value FROM contact_email WHERE contact_id = ?", (cid,))}
        gains = []
        if person.url and profile_of(person.url) not in urls:
            gains.append("url")
        if person.email and email_key(person.email) not in emails:
            gains.append("email")
        if person.organization and not stored[0]:
            gains.append("organization")
        if person.title and not stored[1]:
            gains.append("title")
        self.gains[cid] = (person, gains, line)

    def finish(self) -> tuple[CardFate, ...]:
        """The plan's entries, with a merge entry per contact gaining values."""
        entries = [replace(e, warnings=(*e.warnings, self.notes[e.line]))
                   if e.choice and e.line in self.notes else e for e in super().finish()]
        for cid, (person, gains, line) in self.gains.items():
            if gains:
                adds = Phrase(tr_noop("adds %1"), args=(tuple(
                    Phrase(_GAIN_LABEL[g]) for g in gains),))
                entries.append(CardFate(self.source, line, person.name, MERGE, target_id=cid,
                                        target_name=self.names.get(cid, ""),
                                        reason=adds.english(), phrase=adds))
        return tuple(sorted(entries, key=lambda e: (e.file, e.line)))

    def fill(self) -> list[int]:
        """Give matched contacts what they lacked; return them."""
        changed = []
        for cid, (person, gains, _) in self.gains.items():
            if not gains:
                continue
            columns = {g: getattr(person, g) for g in gains if g in ("organization", "title")}
            if columns:
                writer.update_columns(cid, columns)
            rows: dict[str, list[tuple[str, ...]]] = {}
            if "url" in gains:
                rows["urls"] = [(person.url, "LinkedIn")]
            if "email" in gains:
                rows["emails"] = [(person.email, "")]
            counts = {kind: db.execute_sql(f"SELECT count(*) FROM {table} WHERE contact_id = ?",
                                           (cid,)).fetchone()[0]
                      for kind, table in (("urls", "contact_url"), ("emails", "contact_email"))}
            writer.add_rows({cid: rows}, after={cid: counts})
            changed.append(cid)
        writer.refresh(changed)
        return changed


_GAIN_LABEL = {"url": tr_noop("the LinkedIn profile"),
               "email": tr_noop("the e-mail address"),
               "organization": tr_noop("the company"), "title": tr_noop("the position")}
