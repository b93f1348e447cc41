"""Previewing and applying a capture, as the vCard import does.

:func:`plan_capture` reads the files and says what logging them would do, writing
nothing (an :class:`~networkapp.services.importing.ImportPlan` whose entries the
import preview shows); :func:`apply_capture` reads them again inside one
transaction, checks they are what the preview read, and writes; :func:`capture_files`
does both at once (the command line). A file that cannot be read is named in the
plan's ``file_errors`` and nothing of any file is written. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from networkapp.models import db
from networkapp.services.capture.core import CaptureFileError, Planner, Sighting, Skip
from networkapp.services.importing import (
    READING,
    WRITING,
    Cancelled,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    Progress,
    SourceChangedError,
)

CALENDAR, MAIL, LINKEDIN = "calendar", "mail", "linkedin"
_PREFIX = {CALENDAR: "ical:", MAIL: "mail", LINKEDIN: "linkedin:"}


class SourceFile:
    """One file being read: its items, how far the reading got, a digest of it."""

    def __init__(self, path: str) -> None:
        """Prepare to read ``path``."""
        self.path = path
        self.done = 0  # bytes read so far
        self.digest = b""  # set once every item was read

    def size(self) -> int:
        """Return the bytes the reading goes through (for progress).

        Raises:
            CaptureFileError: the file is missing, unreadable or not what it should be.
        """
        raise NotImplementedError

    def file_size(self, limit: int | None = None, what: str = "") -> int:
        """Return the size of the regular file at ``path``; refuse one above ``limit``
        bytes (too large for ``what``)."""
        file = Path(self.path)
        try:
            if not file.is_file():
                raise CaptureFileError(self.path, f"{self.path}: no such file (or not a "
                                       "regular file)")
            size = file.stat().st_size
        except OSError as exc:
            raise self.failed(exc) from exc
        if limit is not None and size > limit:
            raise CaptureFileError(self.path, f"{self.path}: {size // 1048576} MB is too large "
                                   f"for {what} (at most {limit // 1048576} MB)")
        return size

    def read_whole(self) -> bytes:
        """Return the file's bytes (a small file: a calendar, a CSV), noting its digest."""
        try:
            data = Path(self.path).read_bytes()
        except OSError as exc:
            raise self.failed(exc) from exc
        self.digest = hashlib.blake2b(data, digest_size=16).digest()
        self.done = len(data)
        return data

    def failed(self, exc: OSError) -> CaptureFileError:
        """The error that names the file and why the system could not read it."""
        return CaptureFileError(self.path, f"{self.path}: {exc.strerror or exc}")

    def items(self) -> Iterator[Sighting | Skip]:
        """Yield what the file holds, in order.

        Raises:
            CaptureFileError: the file cannot be read as what it should be.
        """
        raise NotImplementedError


@dataclass(frozen=True)
class CaptureJob:
    """What to capture: the kind, the files and the options the user gave."""

    kind: str
    paths: tuple[str, ...]
    since: dt.date | None = None
    today: dt.date | None = None  # tests fix "now"; else the clock's


@dataclass(frozen=True)
class CapturePlan(ImportPlan):
    """A capture's preview: the import's plan, with the job to apply it again."""

    job: CaptureJob | None = field(default=None, repr=False, compare=False)


def _open(job: CaptureJob, path: str, planner: Planner) -> SourceFile:
    # Imported here: each reader pulls its own library (icalendar) only when used.
    if job.kind == CALENDAR:
        from networkapp.services.capture.calendar import CalendarFile

        return CalendarFile(path, since=job.since, today=job.today)
    if job.kind == MAIL:
        from networkapp.services.capture.mail import open_mail

        return open_mail(path, since=job.since, mine=planner.mine)
    from networkapp.services.capture.linkedin import ConnectionsFile

    return ConnectionsFile(path)


def _planner(kind: str) -> Planner:
    if kind == LINKEDIN:
        from networkapp.services.capture.linkedin import ConnectionsPlanner

        return ConnectionsPlanner()
    return Planner(_PREFIX[kind], propose_new=kind == CALENDAR)


def _read(job: CaptureJob, phase: str, progress: Progress | None,
          is_cancelled: Cancelled | None) -> tuple[Planner, CapturePlan]:
    planner = _planner(job.kind)
    files = [_open(job, path, planner) for path in job.paths]
    sizes: list[int] = []
    errors: list[str] = []
    for source in files:
        try:
            sizes.append(source.size())
        except CaptureFileError as exc:  # missing, unreadable, not a file
            errors.append(str(exc))
            sizes.append(-1)
    total, offset = sum(max(s, 0) for s in sizes), 0
    digests: list[bytes] = []
    for source, size in zip(files, sizes, strict=True):
        if is_cancelled is not None and is_cancelled():  # asked before each file too
            raise ImportCancelled
        if size < 0:
            continue

        def tick(source: SourceFile = source, offset: int = offset) -> None:
            if progress:
                progress(phase, min(total, offset + source.done), total)

        try:
            planner.feed(source.path, source.items(), is_cancelled, tick)
        except CaptureFileError as exc:
            errors.append(str(exc))
        else:
            digests.append(source.digest)
        offset += size
        if progress:
            progress(phase, min(total, offset), total)
    plan = CapturePlan(planner.finish(), tuple(errors), tuple(job.paths), tuple(digests),
                       job=job)
    return planner, plan


def plan_capture(job: CaptureJob, *, progress: Progress | None = None,
                 is_cancelled: Cancelled | None = None) -> CapturePlan:
    """Read the job's files and say what capturing them would do; write nothing.

    Raises:
        ImportCancelled: ``is_cancelled()`` turned true.
    """
    with db.atomic():  # one read snapshot
        return _read(job, READING, progress, is_cancelled)[1]


def apply_capture(plan: ImportPlan, create: Collection[str] = (), *,
                  progress: Progress | None = None,
                  is_cancelled: Cancelled | None = None) -> ImportResult:
    """Capture the plan's files in one transaction (read and matched again inside it).

    Args:
        plan: A preview from :func:`plan_capture`.
        create: The ``choice`` keys of the new people the user ticked.
        progress: Told how far it got.
        is_cancelled: Asked as it goes; true rolls everything back.

    Raises:
        ImportCancelled: cancelled; nothing was written.
        SourceChangedError: a file is not what the preview read; nothing was written.
        CaptureFileError: a file read for the preview cannot be read now.
    """
    assert isinstance(plan, CapturePlan) and plan.job is not None
    with db.atomic("IMMEDIATE"):
        planner, done = _read(plan.job, WRITING, progress, is_cancelled)
        if done.file_errors:
            raise CaptureFileError(done.file_errors[0].split(":")[0], done.file_errors[0])
        if done.digests != plan.digests:
            raise SourceChangedError(
                "A file changed since the preview: nothing was imported; import it again "
                "to see what it holds now.")
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled
        created, logged = planner.write(create)
        return ImportResult(done, tuple(created), tuple(logged))


def capture_files(job: CaptureJob, *, dry_run: bool = False,
                  create: Callable[[CapturePlan], Sequence[str]] | None = None
                  ) -> ImportResult:
    """Read and capture in one transaction (the command line); a dry run writes nothing.

    When a file cannot be read, nothing is written and the result's plan names it.
    """
    if dry_run:
        return ImportResult(plan_capture(job), (), ())
    with db.atomic("IMMEDIATE"):
        planner, plan = _read(job, WRITING, None, None)
        if plan.file_errors:
            return ImportResult(plan, (), ())
        created, logged = planner.write(create(plan) if create else ())
        return ImportResult(plan, tuple(created), tuple(logged))
