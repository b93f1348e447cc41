"""The undo command every edit of the controller pushes.

The controller performs an edit first (so that refused input raises to the
caller before anything is pushed), then pushes an :class:`EditCommand` that
knows how to undo and redo it. The first ``redo()``, which ``QUndoStack.push``
calls at once, does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

Notify = Callable[[Sequence[int]], None]


class EditCommand(QUndoCommand):
    """An edit already done, with the functions that undo and redo it."""

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        contact_ids: Sequence[int],
        notify: Notify,
    ) -> None:
        """Describe an edit done just now on ``contact_ids`` (the ids ``notify`` gets)."""
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._contact_ids = tuple(contact_ids)
        self._notify = notify
        self._done = True

    def redo(self) -> None:
        """Do the edit again (skipped on the push: the edit is already done)."""
        if self._done:
            self._done = False
            return
        self._redo()
        self._notify(self._contact_ids)

    def undo(self) -> None:
        """Put things back as they were before the edit."""
        self._undo()
        self._notify(self._contact_ids)
