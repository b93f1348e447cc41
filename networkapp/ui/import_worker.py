"""A worker thread for the importer (and the sync): work off the GUI thread, with cancel.

The thread never touches widgets: it reports through signals (queued to the GUI
thread). It opens its own connection to the same database file (Peewee keeps one
connection per thread) and closes it when done.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QThread, Signal

from networkapp.models import db
from networkapp.services.importing import (
    Cancelled,
    CardPlace,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    ImportSource,
    Progress,
    apply_import,
    plan_import,
)

Work = Callable[[Progress, Cancelled], object]


@dataclass(frozen=True)
class PreviewSteps:
    """What an import preview runs: a read-only plan, then the write of that plan.

    Attributes:
        title: The dialog's title (translated).
        plan: ``plan(progress, is_cancelled)`` returns the :class:`ImportPlan`.
        apply: ``apply(plan, chosen, progress, is_cancelled)`` writes it in one
            transaction; ``chosen`` are the ticked optional rows' keys.
        ticked: Whether optional rows start ticked.
        capture: The plan logs interactions (the counts say so).
    """

    title: str
    plan: Callable[[Progress, Cancelled], ImportPlan]
    apply: Callable[[ImportPlan, Collection[str], Progress, Cancelled], ImportResult]
    ticked: bool = False
    capture: bool = False
    merge_into: dict[CardPlace, int] = field(default_factory=dict)
    """New cards of a vCard import to merge into their look-alike instead (the dialog's
    Merge Into Look-alike fills it; the write reads it)."""


def vcard_steps(title: str, sources: Sequence[ImportSource]) -> PreviewSteps:
    """The steps of a vCard import of ``sources``."""
    listed = list(sources)
    steps = PreviewSteps(
        title,
        lambda progress, cancelled: plan_import(listed, progress=progress,
                                                is_cancelled=cancelled),
        lambda plan, _chosen, progress, cancelled: apply_import(
            plan, progress=progress, is_cancelled=cancelled,
            merge_into=dict(steps.merge_into)))
    return steps

PROGRESS_EVERY = 0.05
"""Fewest seconds between two progress signals (the last one always goes)."""


class ImportThread(QThread):
    """Runs one import step (``plan_import`` or ``apply_import``) in a thread.

    Signals:
        progressed(str, int, int): phase ("reading", "writing"), done, total.
        succeeded(object): the step's result (an ImportPlan or an ImportResult).
        cancelled(): the user cancelled (an import wrote nothing; a sync keeps the
            batches it finished).
        failed(str, str): a message and the traceback of an unexpected error.
    """

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str, str)

    def __init__(self, work: Work, parent: QObject | None = None, *,
                 cancelled_errors: tuple[type[Exception], ...] = (ImportCancelled,)) -> None:
        """Prepare to run ``work(progress, is_cancelled)``; :meth:`start` runs it.
        ``cancelled_errors`` are what the work raises when it stops on request."""
        super().__init__(parent)
        self._work = work
        self._cancelled_errors = cancelled_errors
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the step to stop at its next check (a write is rolled back)."""
        self._cancel.set()

    def run(self) -> None:
        """Run the step in this thread with its own database connection."""
        try:
            db.connect(reuse_if_open=True)
            result = self._work(self._throttled(), self._cancel.is_set)
        except self._cancelled_errors:
            self.cancelled.emit()
        except Exception as exc:  # reported to the GUI, never lost
            self.failed.emit(str(exc), traceback.format_exc())
        else:
            self.succeeded.emit(result)
        finally:
            if not db.is_closed():
                db.close()

    def _throttled(self) -> Progress:
        """Return a progress callback emitting at most every PROGRESS_EVERY seconds
        (and always when a phase starts or ends)."""
        last_time, last_phase = 0.0, ""

        def progress(phase: str, done: int, total: int) -> None:
            nonlocal last_time, last_phase
            now = time.monotonic()
            if phase != last_phase or done >= total or now - last_time >= PROGRESS_EVERY:
                last_time, last_phase = now, phase
                self.progressed.emit(phase, done, total)

        return progress
