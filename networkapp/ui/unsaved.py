"""Nothing lost silently: what an editor with unsaved changes offers, and the one question.

The contact card and the interaction editor both offer :class:`UnsavedEditor`. Whoever
is about to replace what such an editor shows (another contact, another view, closing
the window, another interaction) calls :func:`settle` first and goes on only when it
returns True.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from networkapp.ui import messages
from networkapp.ui.messages import Unsaved


class UnsavedEditor(Protocol):
    """An editor whose changes can be asked about before they are left."""

    def has_unsaved_changes(self) -> bool:
        """True when what it shows differs from what is stored."""
        ...

    def save_changes(self) -> bool:
        """Store the changes; False when they could not be stored (the editor says why)."""
        ...

    def discard_changes(self) -> None:
        """Show what is stored again."""
        ...


def settle(parent: QWidget | None, editor: UnsavedEditor, title: str, text: str) -> bool:
    """Ask Save / Discard / Cancel when ``editor`` has changes; True when the caller may go on.

    Save that fails (a problem in the form) and Cancel both keep the user where they
    were, edits intact.
    """
    if not editor.has_unsaved_changes():
        return True
    answer = messages.ask_unsaved(parent, title, text)
    if answer is Unsaved.SAVE:
        return editor.save_changes()
    if answer is Unsaved.DISCARD:
        editor.discard_changes()
        return True
    return False
