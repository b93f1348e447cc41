"""Importing vCards: a read-only plan first, then everything in one transaction.

:func:`plan_import` reads the files (or dropped data) and says, card by card,
what would happen: a new contact, a merge into one (named), nothing (already
there), or a rejection with its reason and ``file:line``. :func:`apply_import`
does it in one ``db.atomic()``, matching again inside the transaction (the file
may have changed since the preview); cancelling or any error rolls it all back.
No Qt here: the GUI runs both in a worker thread, the CLI calls them directly.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from networkapp.models import db
from networkapp.models.cache import refresh_cached_columns
from networkapp.services import import_write
from networkapp.services.import_match import MatchIndex, name_keys
from networkapp.services.import_merge import CardData, ContactState, card_data, load_states
from networkapp.services.settings import get_default_cadence
from networkapp.services.vcard import (
    CardResult,
    ParsedCard,
    RejectedCard,
    VCardFileError,
    read_vcard_bytes,
    read_vcard_stream,
)
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


@dataclass(frozen=True)
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
        cards: The parsed cards, aligned with ``entries`` (None for rejected ones).
    """

    entries: tuple[CardFate, ...]
    file_errors: tuple[str, ...] = ()
    cards: tuple[ParsedCard | None, ...] = field(default=(), repr=False, compare=False)

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
        cards, errors = _read_all(sources, progress, is_cancelled)
        entries, _ = _match(cards, progress, is_cancelled)
    return ImportPlan(tuple(entries), tuple(errors),
                      tuple(c if isinstance(c, ParsedCard) else None for c in cards))


def apply_import(plan: ImportPlan, *, progress: Progress | None = None,
                 is_cancelled: Cancelled | None = None) -> ImportResult:
    """Import the plan's cards in one transaction (matched again inside it).

    Raises:
        ImportCancelled: cancelled; the transaction was rolled back.
    """
    cards: list[CardResult] = [
        card if card is not None else RejectedCard(e.file, e.line, e.reason)
        for e, card in zip(plan.entries, plan.cards, strict=True)
    ]
    with _gc_paused(), db.atomic("IMMEDIATE"):
        entries, states = _match(cards, progress, is_cancelled)
        created, merged = _write(states, progress, is_cancelled)
    return ImportResult(ImportPlan(tuple(entries), plan.file_errors, plan.cards),
                        tuple(created), tuple(merged))


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while building many small objects.

    An import makes a few objects per card and frees nothing until the end: the
    collector's passes over them took 40% of the time at 20,000 cards. Reference
    counting still frees everything; the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
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
              is_cancelled: Cancelled | None) -> tuple[list[CardResult], list[str]]:
    total = sum(_size(s) for s in sources)
    cards: list[CardResult] = []
    errors: list[str] = []
    offset = 0
    for source in sources:
        try:
            for position, card in _read_one(source):
                cards.append(card)
                if len(cards) % _TICK_EVERY == 0:
                    _check(is_cancelled)
                    if progress:
                        progress(READING, offset + position, total)
        except VCardFileError as exc:
            errors.append(str(exc))
        offset += _size(source)
    if progress:
        progress(READING, total, total)
    return cards, errors


def _read_one(source: ImportSource) -> Iterator[tuple[int, CardResult]]:
    if isinstance(source, ImportData):
        for card in read_vcard_bytes(source.data, name=source.name):
            yield 0, card
        return
    name = str(source)
    if Path(source).is_dir():
        raise VCardFileError(name, "is a folder, not a vCard file")
    try:
        stream: BinaryIO = open(source, "rb")  # noqa: SIM115 -- closed below
    except OSError as exc:
        raise VCardFileError(name, f"cannot be opened: {exc.strerror or exc}") from exc
    with stream:
        for card in read_vcard_stream(stream, name=name):
            yield stream.tell(), card


def _check(is_cancelled: Cancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled


# -- matching -----------------------------------------------------------------------


def _match(cards: Sequence[CardResult], progress: Progress | None,
           is_cancelled: Cancelled | None) -> tuple[list[CardFate], dict[int, ContactState]]:
    """Return each card's fate and the states of every contact it touches."""
    index = MatchIndex.from_database()
    matcher = _Matcher(index)
    targets = [matcher.target(card) for card in cards]
    wanted = {t.target for t in targets if t is not None and t.target is not None}
    for t in targets:
        if t is not None and t.target is None:  # nothing but a name: same-name candidates
            wanted.update(index.same_name(t.names))
    matcher.states = load_states(sorted(cid for cid in wanted if cid > 0))
    entries = []
    for i, (card, target) in enumerate(zip(cards, targets, strict=True)):
        if i % _TICK_EVERY == 0:
            _check(is_cancelled)
            if progress:
                progress(MATCHING, i, len(cards))
        entries.append(matcher.fate(card, target))
    return entries, matcher.states


@dataclass(frozen=True)
class _Target:
    """A parsed card, cleaned, with the contact it goes to (None: decided later)."""

    target: int | None
    data: CardData
    names: set[str]


class _Matcher:
    """Assigns cards to contacts; contacts new in this import get negative ids."""

    def __init__(self, index: MatchIndex) -> None:
        self.index = index
        self.states: dict[int, ContactState] = {}
        self._next_new = -1

    def _new_id(self) -> int:
        self._next_new -= 1
        return self._next_new + 1

    def target(self, card: CardResult) -> _Target | None:
        """Match by UID, e-mail, phone and name (first pass, keys only)."""
        if not isinstance(card, ParsedCard) or card.kind == "group":
            return None
        data = card_data(card)
        names = name_keys(card.display_name, card.given_name, card.family_name)
        uid = data.scalars["uid"]
        emails = [e.value for e in data.emails]
        phones = [p.value for p in data.phones]
        target = self.index.find(uid, emails, phones, names)
        if target is None and (uid or emails or phones):
            target = self._new_id()
        if target is not None:
            self.index.add(target, uid, emails, phones, names)
            self.index.add_name(target, names)
        return _Target(target, data, names)

    def fate(self, card: CardResult, target: _Target | None) -> CardFate:
        """Merge the card into its contact's state; say what that does."""
        if isinstance(card, RejectedCard):
            return CardFate(card.file, card.line, "", REJECTED, reason=card.reason)
        warnings = tuple(issue.message for issue in card.warnings)
        if target is None:
            return CardFate(card.file, card.line, card.display_name, SKIPPED, warnings=warnings,
                            reason="a contact group (a list of members), not a person: skipped")
        warnings += target.data.problems
        cid = target.target if target.target is not None else self._name_only(target)
        state = self.states.get(cid)
        if state is None:
            self.states[cid] = ContactState.new(cid, target.data, card.file)
            return CardFate(card.file, card.line, card.display_name, NEW, warnings=warnings)
        changed, conflicts = state.merge(target.data)
        note = ""
        if state.status == ARCHIVED and changed:
            note = f"{state.name} is archived: its card data is updated, it stays archived"
        return CardFate(card.file, card.line, card.display_name,
                        MERGE if changed else UNCHANGED,
                        target_id=None if state.is_new else cid, target_name=state.name,
                        reason=note, conflicts=tuple(conflicts), warnings=warnings)

    def _name_only(self, target: _Target) -> int:
        """A card with no UID, e-mail or phone is a contact already there only if the
        same-name contact holds all of it (so re-importing it changes nothing)."""
        for cid in self.index.same_name(target.names):
            state = self.states.get(cid)
            if state is not None and state.covers(target.data):
                return cid
        cid = self._new_id()
        self.index.add_name(cid, target.names)
        return cid


# -- writing ------------------------------------------------------------------------


def _write(states: dict[int, ContactState], progress: Progress | None,
           is_cancelled: Cancelled | None) -> tuple[list[int], list[int]]:
    new = [s for s in states.values() if s.is_new]  # in the order the cards came
    reasons = [f"Imported from {Path(s.origin).name}" for s in new]
    merged = [s for s in states.values() if not s.is_new and (s.changed or any(s.added.values()))]
    total = len(new) + len(merged)

    def tick(done: int) -> None:
        _check(is_cancelled)
        if progress:
            progress(WRITING, done, total)

    tick(0)
    created = import_write.insert_new(new, reasons, get_default_cadence(), tick)
    updated = import_write.update_merged(merged)
    ids = created + updated
    for start in range(0, len(ids), import_write.BATCH):
        refresh_cached_columns(ids[start : start + import_write.BATCH])
        tick(min(total, start + import_write.BATCH))
    return created, updated
