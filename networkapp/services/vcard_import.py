"""Importing vCards: a read-only plan first, then everything in one transaction.

:func:`plan_import` reads the files (or dropped data) and says, card by card,
what would happen: a new contact, a merge into one (named), nothing (already
there), or a rejection with its reason and ``file:line``. :func:`apply_import`
does it in one ``db.atomic()``, matching again inside the transaction when the file
may have changed since the preview (else the plan's matching is reused); cancelling
or any error rolls it all back.
No Qt here: the GUI runs both in a worker thread, the CLI calls them directly.
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from networkapp.models import db
from networkapp.models.cache import refresh_cached_columns
from networkapp.services import import_split, import_write, offload
from networkapp.services.import_match import MatchIndex, database_stamp, same_stamp
from networkapp.services.import_merge import ContactState, load_states
from networkapp.services.import_quick import quick_record
from networkapp.services.import_record import CardRecord, record_of_builder
from networkapp.services.settings import get_default_cadence
from networkapp.services.vcard import (
    VCardFileError,
    read_vcard_stream,
)
from networkapp.services.vcard.fastread import ReadReport
from networkapp.services.vocabulary import ARCHIVED

NEW, MERGE, UNCHANGED, REJECTED, SKIPPED = "new", "merge", "unchanged", "rejected", "skipped"
READING, MATCHING, WRITING = "reading", "matching", "writing"
_TICK_EVERY = 250

Progress = Callable[[str, int, int], None]
"""Called with (phase, done, total): phase is "reading", "matching" or "writing"."""
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):  # noqa: N818 -- a request, not an error
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class ImportData:
    """vCard data already in memory (dragged out of a mail client), with a name for messages."""

    name: str
    data: bytes


ImportSource = str | Path | ImportData


@dataclass(frozen=True, slots=True)
class CardFate:
    """What an import does with one card.

    Attributes:
        file: The file (or data name) the card is in.
        line: The line of its BEGIN:VCARD (or where a broken card starts).
        name: The card's name ("" for a rejected card).
        fate: "new", "merge", "unchanged", "rejected" or "skipped" (contact groups).
        target_id: The stored contact it merges into (None for new, rejected, skipped
            and merges into a contact new in this import).
        target_name: The name of the contact it merges into or matches.
        reason: Why it was rejected or skipped; a note for archived contacts.
        conflicts: Values kept where the card says otherwise.
        warnings: Lines skipped or values dropped while reading the card.
    """

    file: str
    line: int
    name: str
    fate: str
    target_id: int | None = None
    target_name: str = ""
    reason: str = ""
    conflicts: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        """``file:line``."""
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, card by card, before anything is written.

    Attributes:
        entries: One fate per card, in file order.
        file_errors: One message per file that could not be read at all (names it).
        records: What the import keeps of each card, aligned with ``entries``: its
            values cleaned for storage and its matching keys, not the parsed card.
    """

    entries: tuple[CardFate, ...]
    file_errors: tuple[str, ...] = ()
    records: tuple[CardRecord, ...] = field(default=(), repr=False, compare=False)
    matched: _Matched | None = field(default=None, repr=False, compare=False)
    """The contacts' states as planned, while the database stays as it was then."""

    def count(self, fate: str) -> int:
        """Return how many cards have this fate."""
        return sum(1 for entry in self.entries if entry.fate == fate)

    @property
    def rejected(self) -> tuple[CardFate, ...]:
        """The rejected cards."""
        return tuple(e for e in self.entries if e.fate == REJECTED)

    @property
    def warnings(self) -> tuple[str, ...]:
        """Every warning and note, as ``file:line: message`` lines."""
        out = []
        for entry in self.entries:
            out += [f"{entry.where}: {w}" for w in entry.warnings]
            if entry.fate in (SKIPPED,) or (entry.reason and entry.fate != REJECTED):
                out.append(f"{entry.where}: {entry.reason}")
            out += [f"{entry.where}: {c}" for c in entry.conflicts]
        return tuple(out)

    @property
    def writes_anything(self) -> bool:
        """True when applying the plan would change the file."""
        return any(e.fate in (NEW, MERGE) for e in self.entries)


@dataclass(frozen=True, slots=True)
class _Matched:
    """A plan's matching, kept for :func:`apply_import` while the database is unchanged.

    Attributes:
        stamp: :func:`database_stamp` when the matching read the database.
        states: Every contact the cards touch, as the matching left them (the writing
            only reads them).
    """

    stamp: tuple[object, ...]
    states: dict[int, ContactState]


@dataclass(frozen=True)
class ImportResult:
    """What an applied import did.

    Attributes:
        plan: The fates as computed inside the transaction.
        created_ids: The contacts created.
        merged_ids: The stored contacts that gained values.
    """

    plan: ImportPlan
    created_ids: tuple[int, ...]
    merged_ids: tuple[int, ...]


def plan_import(sources: Sequence[ImportSource], *, progress: Progress | None = None,
                is_cancelled: Cancelled | None = None) -> ImportPlan:
    """Read the sources and say what importing them would do; write nothing.

    Raises:
        ImportCancelled: ``is_cancelled()`` turned true.
    """
    with _gc_paused():
        records, errors = _read_all(sources, progress, is_cancelled)
        # Inside a caller's transaction, rows seen now may be rolled back unnoticed.
        keep = not db.in_transaction()
        with db.atomic():  # one read snapshot for the index and the states
            stamp = database_stamp()
            entries, states = _match(records, progress, is_cancelled)
            keep = keep and same_stamp(stamp, database_stamp())
        matched = _Matched(stamp, states) if keep else None
    return ImportPlan(tuple(entries), tuple(errors), tuple(records), matched)


def apply_import(plan: ImportPlan, *, progress: Progress | None = None,
                 is_cancelled: Cancelled | None = None) -> ImportResult:
    """Import the plan's cards in one transaction (matched again inside it).

    Raises:
        ImportCancelled: cancelled; the transaction was rolled back.
    """
    with _gc_paused(), _references_trusted(), db.atomic("IMMEDIATE"):
        matched = plan.matched
        if matched is not None and same_stamp(matched.stamp, database_stamp()):
            entries, states = list(plan.entries), matched.states  # nothing changed since
        else:
            entries, states = _match(plan.records, progress, is_cancelled)
        created, merged = _write(states, progress, is_cancelled)
    return ImportResult(ImportPlan(tuple(entries), plan.file_errors, plan.records),
                        tuple(created), tuple(merged))


@contextlib.contextmanager
def _references_trusted() -> Iterator[None]:
    """Let SQLite skip its foreign-key lookups for the import's own inserts.

    Every row an import writes points at a contact inserted (or loaded, matched and
    still there: the write lock is held) in the same transaction, or at a tag it has
    just made sure of: the lookup SQLite does per child row (about a fifth of the
    writing) can only succeed. Done only where this process runs nothing else
    (:func:`offload.can_fork`: the command line), outside any caller's transaction
    (the setting is ignored inside one), and the setting is put back afterwards
    whatever happens; tests check ``PRAGMA foreign_key_check`` after such imports.
    """
    if db.in_transaction() or not offload.can_fork():
        yield
        return
    was = db.execute_sql("PRAGMA foreign_keys").fetchone()[0]
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA foreign_keys = {1 if was else 0}")


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while building many small objects.

    An import makes a few objects per card and frees nothing until the end: the
    collector's passes over them took 40% of the time at 20,000 cards. Reference
    counting still frees everything; the collector runs again afterwards, on the
    objects made after the import (the import's own are frozen).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Move what survives (the plan's records) out of the collector's sight: a full
        # collection over a 50,000-card plan held the GIL, freezing the GUI for 0.7 s.
        # Reference counting still frees it; only cyclic garbage in it would stay.
        gc.freeze()
        if was_enabled:
            gc.enable()


# -- reading ------------------------------------------------------------------------


def _source_name(source: ImportSource) -> str:
    return source.name if isinstance(source, ImportData) else str(source)


def _size(source: ImportSource) -> int:
    if isinstance(source, ImportData):
        return len(source.data)
    try:
        return os.path.getsize(source)
    except OSError:
        return 0


def _read_all(sources: Sequence[ImportSource], progress: Progress | None,
              is_cancelled: Cancelled | None) -> tuple[list[CardRecord], list[str]]:
    total = sum(_size(s) for s in sources)
    cards: list[CardRecord] = []
    errors: list[str] = []
    offset = 0
    for source in sources:
        kept = len(cards)
        for split in (True, False):
            where = _Position()
            try:
                for record in _records(source, where, split=split):
                    cards.append(record)
                    if len(cards) % _TICK_EVERY == 0:
                        _check(is_cancelled)
                        if progress:
                            progress(READING, offset + where.tell(), total)
            except VCardFileError as exc:
                errors.append(str(exc))
            except import_split.SplitFailed:
                del cards[kept:]  # read it again, whole, the usual way
                continue
            break
        offset += _size(source)
    if progress:
        progress(READING, total, total)
    return cards, errors


class _Position:
    """How far the reading of one file got (asked only when progress is reported)."""

    stream: BinaryIO | None = None

    def tell(self) -> int:
        """Return the bytes read so far (0 for data in memory)."""
        return self.stream.tell() if self.stream is not None else 0


def _records(source: ImportSource, where: _Position, *, split: bool = True
             ) -> Iterator[CardRecord]:
    """Yield the records of one source's cards, a large file read on two cores
    (:mod:`import_split`) when that is safe here.

    Raises:
        VCardFileError: The source cannot be read or is not a vCard.
        SplitFailed: The two-core read would not give what a single read gives (after
            yielding some records: the caller drops them and reads again with
            ``split=False``).
    """
    if isinstance(source, ImportData):
        yield from _stream_records(io.BytesIO(source.data), source.name)
        return
    name = str(source)
    if (split and _size(source) >= import_split.SPLIT_MIN_BYTES and offload.can_fork()
            and Path(source).is_file()):

        def watch(stream: BinaryIO) -> None:
            where.stream = stream

        parts = import_split.read_split(
            Path(source), lambda stream, first, report: _stream_records(stream, name, first,
                                                                         report), watch)
        if parts is not None:
            yield from parts
            return
    if Path(source).is_dir():
        raise VCardFileError(name, "is a folder, not a vCard file")
    try:
        stream: BinaryIO = open(source, "rb")  # noqa: SIM115 -- closed below
    except OSError as exc:
        raise VCardFileError(name, f"cannot be opened: {exc.strerror or exc}") from exc
    with stream:
        where.stream = stream
        yield from _stream_records(stream, name)


def _stream_records(stream: BinaryIO, name: str, first_line: int = 1,
                    report: ReadReport | None = None) -> Iterator[CardRecord]:
    """Yield the records of the cards in ``stream`` (a whole file, or a part of one
    whose first line has the number ``first_line``)."""
    for card in read_vcard_stream(stream, name=name, finish=record_of_builder,
                                  lane=quick_record, first_line=first_line, report=report):
        # The importer's lanes make records already; the careful path's cards are cards.
        yield card if type(card) is CardRecord else CardRecord.of(card)  # type: ignore[arg-type]


def _check(is_cancelled: Cancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled


# -- matching -----------------------------------------------------------------------


def _match(records: Sequence[CardRecord], progress: Progress | None,
           is_cancelled: Cancelled | None) -> tuple[list[CardFate], dict[int, ContactState]]:
    """Return each card's fate and the states of every contact it touches."""
    index = MatchIndex.from_database()
    matcher = _Matcher(index)
    targets = [matcher.target(record) for record in records]
    wanted = {t for t in targets if t is not None}
    for record, t in zip(records, targets, strict=True):
        if record.data is not None and t is None:  # nothing but a name: same-name candidates
            wanted.update(index.same_name(record.names))
    matcher.states = load_states(sorted(cid for cid in wanted if cid > 0))
    entries = []
    for i, (record, target) in enumerate(zip(records, targets, strict=True)):
        if i % _TICK_EVERY == 0:
            _check(is_cancelled)
            if progress:
                progress(MATCHING, i, len(records))
        entries.append(matcher.fate(record, target))
    return entries, matcher.states


class _Matcher:
    """Assigns cards to contacts; contacts new in this import get negative ids."""

    def __init__(self, index: MatchIndex) -> None:
        self.index = index
        self.states: dict[int, ContactState] = {}
        self._next_new = -1

    def _new_id(self) -> int:
        self._next_new -= 1
        return self._next_new + 1

    def target(self, record: CardRecord) -> int | None:
        """Match by UID, e-mail, phone and name (first pass, keys only); None: decided later."""
        data = record.data
        if data is None:
            return None
        uid = data.scalars["uid"]
        keys = data.keys
        emails, phones = keys.emails, keys.phone_match
        target = self.index.find(uid, emails, phones, record.names)  # type: ignore[arg-type]
        if target is None and (uid or emails or phones):
            target = self._new_id()
        if target is not None:
            self.index.add(target, uid, emails, phones, record.names)  # type: ignore[arg-type]
            self.index.add_name(target, record.names)
        return target

    def fate(self, record: CardRecord, target: int | None) -> CardFate:
        """Merge the card into its contact's state; say what that does."""
        if record.reason:
            return CardFate(record.file, record.line, "", REJECTED, reason=record.reason)
        data = record.data
        if data is None:
            return CardFate(record.file, record.line, record.name, SKIPPED,
                            warnings=record.warnings,
                            reason="a contact group (a list of members), not a person: skipped")
        cid = target if target is not None else self._name_only(record)
        state = self.states.get(cid)
        if state is None:
            self.states[cid] = ContactState.new(cid, data, record.file)
            return CardFate(record.file, record.line, record.name, NEW, warnings=record.warnings)
        changed, conflicts = state.merge(data)
        note = ""
        if state.status == ARCHIVED and changed:
            note = f"{state.name} is archived: its card data is updated, it stays archived"
        return CardFate(record.file, record.line, record.name,
                        MERGE if changed else UNCHANGED,
                        target_id=None if state.is_new else cid, target_name=state.name,
                        reason=note, conflicts=tuple(conflicts), warnings=record.warnings)

    def _name_only(self, record: CardRecord) -> int:
        """A card with no UID, e-mail or phone is a contact already there only if the
        same-name contact holds all of it (so re-importing it changes nothing)."""
        assert record.data is not None
        for cid in self.index.same_name(record.names):
            state = self.states.get(cid)
            if state is not None and state.covers(record.data):
                return cid
        cid = self._new_id()
        self.index.add_name(cid, record.names)
        return cid


# -- writing ------------------------------------------------------------------------


def _write(states: dict[int, ContactState], progress: Progress | None,
           is_cancelled: Cancelled | None) -> tuple[list[int], list[int]]:
    new = [s for s in states.values() if s.is_new]  # in the order the cards came
    origins = {origin: f"Imported from {Path(origin).name}"
               for origin in {s.origin for s in new}}
    reasons = [origins[s.origin] for s in new]
    merged = [s for s in states.values() if not s.is_new and (s.changed or any(s.added.values()))]
    total = len(new) + len(merged)

    def tick(done: int) -> None:
        _check(is_cancelled)
        if progress:
            progress(WRITING, done, total)

    tick(0)
    created = import_write.insert_new(new, reasons, get_default_cadence(), tick)
    updated = import_write.update_merged(merged)
    # New contacts got their cached columns when inserted; merged ones change here.
    for start in range(0, len(updated), import_write.BATCH):
        refresh_cached_columns(updated[start : start + import_write.BATCH])
        tick(min(total, len(created) + start + import_write.BATCH))
    tick(total)
    return created, updated
