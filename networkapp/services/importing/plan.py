"""Previewing and applying an import.

:func:`plan_import` reads the sources and says, card by card, what importing them
would do, writing nothing: a new contact, a merge into one (named), nothing (already
there), or a rejection with its reason and ``file:line``; a new card that likely
duplicates a stored contact names it (``look_alike``), and :func:`apply_import` can
merge such cards into it instead (``merge_into``). :func:`apply_import` reads
the same sources again and imports them in one transaction, matching every card
again inside it (exactly as the preview did, against the file as it is then); a
source whose bytes differ from the preview's stops it (:class:`SourceChangedError`).
:func:`import_files` does it without a preview (the command line). Cancelling or any
error rolls everything back. No Qt here: the window runs these in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from networkapp.models import db
from networkapp.services.importing.clean import Record
from networkapp.services.importing.read import ImportSource, SourceReader, size_of
from networkapp.services.importing.run import (
    LOG,
    MERGE,
    NEW,
    REJECTED,
    SKIPPED,
    Cancelled,
    CardFate,
    CardPlace,
    ImportCancelled,
    Run,
)
from networkapp.services.vcard import VCardFileError

READING, WRITING = "reading", "writing"
_BATCH = 500

Progress = Callable[[str, int, int], None]
"""Called with (phase, done, total): "reading" (a preview) or "writing", bytes read."""


class SourceChangedError(Exception):
    """A source changed between the preview and the import; nothing was written."""


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, card by card, before anything is written.

    Attributes:
        entries: One fate per card, in file order.
        file_errors: One message per source that could not be read at all (names it).
        sources: The sources that were read, for :func:`apply_import`.
        digests: A digest of each source's bytes as the preview read them.
    """

    entries: tuple[CardFate, ...]
    file_errors: tuple[str, ...] = ()
    sources: tuple[ImportSource, ...] = field(default=(), repr=False, compare=False)
    digests: tuple[bytes, ...] = field(default=(), repr=False, compare=False)

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
            if entry.fate == SKIPPED or (entry.reason and entry.fate == MERGE):
                out.append(f"{entry.where}: {entry.reason}")
            out += [f"{entry.where}: {c}" for c in entry.conflicts]
        return tuple(out)

    @property
    def writes_anything(self) -> bool:
        """True when applying the plan would change the file."""
        return any(e.fate in (NEW, MERGE, LOG) for e in self.entries)


@dataclass(frozen=True)
class ImportResult:
    """What an applied import did.

    Attributes:
        plan: The fates as computed inside the transaction.
        created_ids: The contacts created.
        merged_ids: The stored contacts that gained values.
        created_tag_ids: The tags the import created.
    """

    plan: ImportPlan
    created_ids: tuple[int, ...]
    merged_ids: tuple[int, ...]
    created_tag_ids: tuple[int, ...] = ()


def plan_import(sources: Sequence[ImportSource], *, progress: Progress | None = None,
                is_cancelled: Cancelled | None = None) -> ImportPlan:
    """Read the sources and say what importing them would do; write nothing.

    Raises:
        ImportCancelled: ``is_cancelled()`` turned true.
    """
    with db.atomic():  # one read snapshot for the whole preview
        run = Run(writing=False, is_cancelled=is_cancelled)
        return _read(sources, run, READING, progress)


def apply_import(plan: ImportPlan, *, progress: Progress | None = None,
                 is_cancelled: Cancelled | None = None,
                 merge_into: Mapping[CardPlace, int] | None = None) -> ImportResult:
    """Import the plan's sources in one transaction (read and matched again inside it).

    Args:
        plan: A preview from :func:`plan_import`.
        progress: Told how far the import got.
        is_cancelled: Asked after every card; true rolls everything back.
        merge_into: New cards (by :attr:`CardFate.place`) to merge into a stored contact
            instead (the look-alike the preview showed); their UID and name become its
            aliases, so importing the card again finds it.

    Raises:
        ImportCancelled: cancelled; the transaction was rolled back.
        SourceChangedError: a source is not what the preview read; nothing was written.
        VCardFileError: a source that was read for the preview cannot be read now.
    """
    with db.atomic("IMMEDIATE"):
        run = Run(writing=True, is_cancelled=is_cancelled, merge_into=merge_into)
        done = _read(plan.sources, run, WRITING, progress)
        if done.file_errors:
            raise VCardFileError(done.file_errors[0].split(":")[0], done.file_errors[0])
        if done.digests != plan.digests:
            changed = [str(s) for s, a, b in zip(plan.sources, plan.digests, done.digests,
                                                 strict=True) if a != b]
            raise SourceChangedError(f"{', '.join(changed)} changed since the preview: nothing "
                                "was imported; import it again to see what it holds now.")
        return _result(run, ImportPlan(done.entries, plan.file_errors, plan.sources,
                                       plan.digests))


def import_files(sources: Sequence[ImportSource], *, progress: Progress | None = None,
                 is_cancelled: Cancelled | None = None) -> ImportResult:
    """Read and import the sources in one transaction, without a preview. When a
    source cannot be read at all, nothing is imported (the result names it).

    Raises:
        ImportCancelled: cancelled; the transaction was rolled back.
    """
    try:
        with db.atomic("IMMEDIATE"):
            run = Run(writing=True, is_cancelled=is_cancelled)
            done = _read(sources, run, WRITING, progress)
            if done.file_errors:
                raise _Refused(done)
            return _result(run, done)
    except _Refused as refused:
        return ImportResult(refused.plan, (), ())


class _Refused(Exception):  # noqa: N818 -- rolls the transaction back, then answered
    def __init__(self, plan: ImportPlan) -> None:
        super().__init__("a source cannot be read")
        self.plan = plan


def _result(run: Run, plan: ImportPlan) -> ImportResult:
    return ImportResult(plan, tuple(run.created), tuple(run.merged), run.created_tags)


def _read(sources: Sequence[ImportSource], run: Run, phase: str,
          progress: Progress | None) -> ImportPlan:
    """Feed every card of the sources to ``run``; return the fates, errors and digests."""
    total = sum(size_of(s) for s in sources)
    errors: list[str] = []
    read: list[ImportSource] = []
    digests: list[bytes] = []
    offset = 0
    for source in sources:
        reader = SourceReader(source)
        batch: list[Record] = []
        cancelled = run.is_cancelled
        try:
            for record in reader.records():
                if cancelled is not None and cancelled():  # asked after every card
                    raise ImportCancelled
                batch.append(record)
                if len(batch) >= _BATCH:
                    run.feed(batch)
                    batch = []
                    if progress:
                        progress(phase, min(total, offset + reader.done), total)
            run.feed(batch)
        except VCardFileError as exc:
            errors.append(str(exc))
            run.feed(batch)  # the cards read before the problem
        else:
            read.append(source)
            digests.append(reader.digest)
        offset += size_of(source)
        if progress:
            progress(phase, min(total, offset), total)
    if run.writing:
        run.link_introductions()
    return ImportPlan(tuple(run.entries), tuple(errors), tuple(read), tuple(digests))

