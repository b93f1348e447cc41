"""The undo command every edit of the controller pushes.

The controller performs an edit first, recorded (so that refused input raises to
the caller before anything is pushed), then pushes an :class:`EditCommand`
holding the :class:`~networkapp.services.changes.ChangeSet`. Undo and redo are
the same swap. The first ``redo()``, which ``QUndoStack.push`` calls at once,
does nothing: the edit is already done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from networkapp.services.changes import ChangeSet

Notify = Callable[[Sequence[int]], None]


class EditCommand(QUndoCommand):
    """An edit already done, with the rows that undo (and then redo) it."""

    def __init__(
        self,
        text: str,
        change: ChangeSet,
        contact_ids: Sequence[int],
        notify: Notify,
    ) -> None:
        """Describe an edit done just now on ``contact_ids`` (the ids ``notify`` gets)."""
        super().__init__(text)
        self.change = change
        self._contact_ids = tuple(contact_ids)
        self._notify = notify
        self._swapped = True  # the edit itself: the push's redo() has nothing to do
        self._pushed = False

    @property
    def contact_ids(self) -> tuple[int, ...]:
        """The contacts the edit changed (empty: possibly every one)."""
        return self._contact_ids

    def swap_now(self) -> None:
        """Swap before the stack moves, so that a failure leaves the stack where it is.

        Raises:
            UndoConflictError: the swap cannot be done; nothing changed.
        """
        self.change.swap()
        self._swapped = True

    def redo(self) -> None:
        """Do the edit again (skipped on the push: the edit is already done)."""
        if not self._pushed:
            self._pushed = True
            self._swapped = False
            return
        self._step()

    def undo(self) -> None:
        """Put things back as they were before the edit."""
        self._step()

    def _step(self) -> None:
        if self._swapped:  # done by swap_now()
            self._swapped = False
        else:
            self.change.swap()
        self._notify(self._contact_ids)
