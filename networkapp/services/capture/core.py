"""Capture's one pass: what files say happened, matched to contacts, then logged.

A reader (:mod:`.calendar`, :mod:`.mail`, :mod:`.linkedin`) turns a file into
:class:`Sighting` values (an event's occurrence, a message, a connection) and
:class:`Skip` values (a cancelled event, a message without a date). :class:`Planner`
matches the people of each sighting to contacts by e-mail (case-folded, the import's
:func:`~networkapp.services.importing.match.email_key`), leaves out the user's own
addresses (Preferences), and says per contact what would be logged, already logged
(the sighting's key is kept on the interaction: ``interaction_source``), or created.
Writing goes through the interaction service and the contact writer, nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from networkapp.i18n import Part, Phrase, tr_noop, tr_plural
from networkapp.models import db
from networkapp.services import contact_writer as writer
from networkapp.services import interactions
from networkapp.services.dto import InteractionInput
from networkapp.services.importing import (
    LOG,
    NEW,
    REJECTED,
    SKIPPED,
    UNCHANGED,
    CardFate,
    ImportCancelled,
)
from networkapp.services.importing.match import MatchIndex, email_key
from networkapp.services.settings import get_default_cadence, get_my_addresses
from networkapp.services.validation import is_valid_email, stored_text
from networkapp.services.vocabulary import ARCHIVED, CHANNEL_LABELS, label_of


class CaptureFileError(Exception):
    """A file cannot be read as what it should be; the message names it."""

    def __init__(self, file: str, message: str) -> None:
        """Say what is wrong with ``file`` (the message begins with its name)."""
        super().__init__(message)
        self.file = file


@dataclass(frozen=True, slots=True)
class Person:
    """Someone a file names: an attendee, an organiser, a sender, a recipient, a
    connection (with what LinkedIn says of them)."""

    email: str
    name: str = ""
    url: str = ""
    given_name: str = ""
    family_name: str = ""
    organization: str = ""
    title: str = ""

    def new_contact(self, origin: str, cadence: int) -> writer.NewContact:
        """Return the contact to create for this person (their text as stored)."""
        columns = {name: stored_text(getattr(self, name))[0].strip()
                   for name in ("given_name", "family_name", "organization", "title")}
        columns["display_name"] = stored_text(self.name or self.email)[0].strip()
        rows = {"emails": [(self.email.strip(), "")] if self.email.strip() else [],
                "urls": [(stored_text(self.url)[0].strip(), "LinkedIn")] if self.url else []}
        return writer.NewContact({**columns, "cadence_days": cadence}, rows,
                                 reason=f"Imported from {Path(origin).name}")


@dataclass(frozen=True, slots=True)
class Sighting:
    """Something that happened with some people, as a file says.

    Attributes:
        file: The file it is in.
        line: Where (the line of its BEGIN:VEVENT, its "From " line, its CSV row).
        key: What identifies it in every export of that file ("ical:UID/start",
            "mail:message-id", "linkedin:profile").
        date: The day it happened (local time).
        channel: The interaction channel ("meeting", "call", "email"...).
        summary: The interaction's summary.
        people: Everyone it names but the sender.
        sender: For a message, who sent it (None for events).
        group: Sightings of one contact with the same group make one interaction
            (mail: one per day, counting the messages each way); "" for one each.
        warnings: Notes about it for the preview.
    """

    file: str
    line: int
    key: str
    date: dt.date
    channel: str
    summary: str
    people: tuple[Person, ...]
    sender: Person | None = None
    group: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Skip:
    """Something read and deliberately not logged (or rejected, with the reason)."""

    file: str
    line: int
    name: str
    reason: Phrase
    rejected: bool = False


@dataclass
class _Pending:
    """One interaction to log (or keys to add to one already logged)."""

    target: int | str  # a contact id, or "new:" + the e-mail key of someone to create
    first: Sighting
    keys: list[str] = field(default_factory=list)
    known: int = 0
    sent: int = 0
    received: int = 0
    existing: int | None = None  # a stored interaction of the same group


SENT, RECEIVED = ">", "<"


def mail_summary(sent: int, received: int) -> str:
    """Return a mail day's summary as stored (the counts each way)."""
    return f"E-mails: {sent} sent, {received} received"


class Planner:
    """Matches sightings to contacts; says what to log; writes it when asked."""

    def __init__(self, prefix: str, *, propose_new: bool) -> None:
        """Load the contacts' addresses and the keys logged before (``prefix``)."""
        self.prefix, self.propose_new = prefix, propose_new
        self.index = MatchIndex.from_database()  # the import's: e-mails, names, aliases
        self.emails = self.index.emails
        self.names: dict[int, str] = {}
        self.archived: set[int] = set()
        self.mine = {email_key(a) for a in get_my_addresses()}
        self.known = interactions.source_keys(prefix)
        self.pending: dict[tuple[int | str, str], _Pending] = {}
        self.new_people: dict[str, tuple[Person, Sighting]] = {}
        self.entries: list[CardFate] = []
        self.strangers: dict[str, int] = {}  # per file: messages with no contact in them
        self.source = ""

    # -- matching -------------------------------------------------------------------------

    def feed(self, source: str, items: Iterable[Sighting | Skip],
             cancelled: Callable[[], bool] | None = None,
             tick: Callable[[], None] | None = None) -> None:
        """Match every item of ``source``; every 500, ask ``cancelled()`` and call
        ``tick()``."""
        self.source = source
        for n, item in enumerate(items):
            if n % 500 == 499:
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                if tick is not None:
                    tick()
            if isinstance(item, Skip):
                self.entries.append(CardFate(item.file, item.line, item.name,
                                             REJECTED if item.rejected else SKIPPED,
                                             reason=item.reason.english(),
                                             phrase=item.reason))
            else:
                self._sighting(item)

    def _sighting(self, seen: Sighting) -> None:
        counterparts, direction = self._counterparts(seen)
        if not counterparts and seen.sender is not None:  # mail from strangers: counted
            self.strangers[self.source] = self.strangers.get(self.source, 0) + 1
            return
        if not counterparts:
            nobody = Phrase(tr_noop("no attendee is a contact (or everyone is you)"))
            self.entries.append(CardFate(seen.file, seen.line, seen.summary, SKIPPED,
                                         reason=nobody.english(), phrase=nobody,
                                         warnings=seen.warnings))
            return
        key = seen.key if not direction else seen.key[:5] + direction + seen.key[5:]
        for person, target in counterparts:
            pending = self.pending.get((target, seen.group or key))
            if pending is None:
                pending = self.pending[(target, seen.group or key)] = _Pending(target, seen)
                if seen.group and isinstance(target, int):
                    pending.existing = self.known.get((target, seen.group))
            if isinstance(target, int) and (target, key) in self.known:
                pending.known += 1
                continue
            if isinstance(target, str):
                self.new_people.setdefault(target, (person, seen))
            pending.keys.append(key)
            pending.sent += direction == SENT
            pending.received += direction == RECEIVED

    def _counterparts(self, seen: Sighting) -> tuple[list[tuple[Person, int | str]], str]:
        """Return the contacts (or people to create) a sighting is with, and for a
        message its direction (SENT or RECEIVED; "" for events)."""
        direction = ""
        people: Iterable[Person] = seen.people
        if seen.sender is not None:
            sender = email_key(seen.sender.email)
            if sender in self.mine:
                direction = SENT
            elif sender in self.emails:
                direction, people = RECEIVED, (seen.sender,)
            else:
                return [], ""
        found: dict[int | str, Person] = {}
        for person in people:
            key = email_key(person.email)
            if not key or key in self.mine:
                continue
            cid = self.emails.get(key)
            if cid is not None:
                found.setdefault(cid, person)
            elif self.propose_new and is_valid_email(person.email.strip()):
                found.setdefault("new:" + key, person)
        return [(p, t) for t, p in found.items()], direction

    def _strangers(self, count: int) -> Phrase:
        if not self.mine:
            return tr_plural("%Ln message(s): neither from a contact nor from you (add your "
                             "own addresses in Preferences)", "", count)
        return tr_plural("%Ln message(s): neither from a contact nor from you", "", count)

    # -- the plan ---------------------------------------------------------------------------

    def finish(self) -> tuple[CardFate, ...]:
        """Return the preview's entries: what is skipped, created, logged, unchanged."""
        self._load_names()
        entries = list(self.entries)
        for file, count in self.strangers.items():
            told = self._strangers(count)
            entries.append(CardFate(file, 0, "", SKIPPED, reason=told.english(), phrase=told))
        for key, (person, seen) in self.new_people.items():
            name = (f"{person.name} <{person.email}>" if person.name and person.email
                    else person.name or person.email)
            new = Phrase(tr_noop("not among your contacts: tick to create"))
            entries.append(CardFate(seen.file, seen.line, name, NEW, choice=key,
                                    reason=new.english(), phrase=new))
        for pending in self.pending.values():
            entries.append(self._entry(pending))
        entries.sort(key=lambda e: (e.file, e.line))
        return tuple(entries)

    def _entry(self, pending: _Pending) -> CardFate:
        seen = pending.first
        target = pending.target
        name = self.names.get(target, "") if isinstance(target, int) else \
            self._new_name(target)
        details: list[Part] = [Phrase(tr_noop("%2 on %1"), args=(
            seen.date.isoformat(), Phrase(label_of(seen.channel, CHANNEL_LABELS))))]
        if seen.group:
            details.append(Phrase(tr_noop("%1 more sent, %2 more received")
                                  if pending.existing else tr_noop("%1 sent, %2 received"),
                                  args=(pending.sent, pending.received)))
        if isinstance(target, str):
            details.append(Phrase(tr_noop("only if created")))
        if isinstance(target, int) and target in self.archived:
            details.append(Phrase(tr_noop("%1 is archived: logged, stays archived"),
                                  args=(name,)))
        told = tuple(details)
        fate = LOG if pending.keys else UNCHANGED
        return CardFate(seen.file, seen.line, seen.summary, fate,
                        target_id=target if isinstance(target, int) else None,
                        target_name=name, reason=", ".join(
                            p.english() if isinstance(p, Phrase) else str(p) for p in told),
                        phrase=told, warnings=seen.warnings,
                        needs=target if isinstance(target, str) else "")

    def _new_name(self, target: str) -> str:
        person = self.new_people[target][0]
        return person.name or person.email

    def _load_names(self) -> None:
        ids = sorted({p.target for p in self.pending.values() if isinstance(p.target, int)})
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for cid, name, status in db.execute_sql(
                    f"SELECT id, display_name, status FROM contact WHERE id IN "
                    f"({', '.join('?' * len(chunk))})", chunk):
                self.names[cid] = name
                if status == ARCHIVED:
                    self.archived.add(cid)

    # -- writing ----------------------------------------------------------------------------

    def write(self, create: Collection[str]) -> tuple[list[int], list[int]]:
        """Create the chosen people and log everything new (inside the caller's
        transaction); return (the contacts created, the stored contacts logged with)."""
        chosen = [key for key in self.new_people if key in create]
        cadence = get_default_cadence()
        created = writer.insert_contacts([
            person.new_contact(seen.file, cadence)
            for person, seen in (self.new_people[key] for key in chosen)])
        ids: dict[int | str, int] = dict(zip(chosen, created, strict=True))
        items: list[tuple[int, InteractionInput, list[str]]] = []
        logged: dict[int, None] = {}
        for pending in self.pending.values():
            cid = pending.target if isinstance(pending.target, int) else ids.get(pending.target)
            if cid is None or not pending.keys:
                continue
            if pending.existing is not None:
                self._add_to(pending.existing, pending.keys)
            else:
                items.append((cid, self._input(pending),
                              [*pending.keys, *([pending.first.group] if pending.first.group
                                                else [])]))
            if cid not in created:
                logged[cid] = None
        interactions.add_interactions(items)
        for cid in self.fill():
            logged[cid] = None
        writer.refresh(created)
        return created, list(logged)

    def fill(self) -> list[int]:
        """Write what matched contacts gain besides interactions (none here; LinkedIn
        adds the profile); return those contacts."""
        return []

    def _input(self, pending: _Pending) -> InteractionInput:
        seen = pending.first
        summary = mail_summary(pending.sent, pending.received) if seen.group else seen.summary
        return InteractionInput(date=seen.date, channel=seen.channel, summary=summary)

    @staticmethod
    def _add_to(interaction_id: int, keys: list[str]) -> None:
        """Count more messages into a mail day logged before; its summary follows the
        counts unless the user rewrote it."""
        before = interactions.get_interaction(interaction_id)
        stored = [key for (key,) in db.execute_sql(
            "SELECT key FROM interaction_source WHERE interaction_id = ?", (interaction_id,))]
        old = _counts(stored)
        interactions.add_sources(interaction_id, keys)
        if before.summary == mail_summary(*old):
            new = _counts([*stored, *keys])
            interactions.update_interaction(interaction_id, InteractionInput(
                date=before.date, channel=before.channel, summary=mail_summary(*new),
                notes=before.notes, exchanges=tuple(before.exchanges)))


def _counts(keys: Iterable[str]) -> tuple[int, int]:
    keys = list(keys)
    return (sum(k.startswith("mail:" + SENT) for k in keys),
            sum(k.startswith("mail:" + RECEIVED) for k in keys))
