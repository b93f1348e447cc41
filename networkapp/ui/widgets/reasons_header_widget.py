"""Why the contact shown needs attention, in words, with the actions that deal with them.

One line under the contact's name in the detail area: the reasons' icons and words
(the table's tooltip words, from the same rule: ``services.reasons``), then one button
per action they call for, most urgent first: Clarify… (or Finish clarification…), Log
interaction…. The line keeps its height whatever it shows, so noting a signal never
moves the tabs under the pointer; the words are cut at the width, whole in the tooltip
and the accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from networkapp.services.reasons import Reason
from networkapp.ui.reason_text import (
    ACTION_FOR,
    CLARIFY,
    FINISH,
    action_text,
    reason_text,
    reasons_pixmap,
)


class ReasonsHeaderWidget(QWidget):
    """The reasons of one contact, with their actions.

    Signals:
        action_requested(str): an action button was pressed (the kind of the most urgent
            reason it deals with).
    """

    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start with nothing to say; :meth:`set_reasons` fills it."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Why this contact needs attention"))
        self.icons = QLabel()
        self.words = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full_text = ""
        self.buttons: list[QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.icons)
        self._layout.addWidget(self.words, 1)
        # The height of a line with buttons, with or without them: the tabs never move.
        probe = QToolButton()
        probe.setText("X")
        self.setFixedHeight(probe.sizeHint().height())
        self.set_reasons((), 0)

    def set_reasons(self, reasons: tuple[Reason, ...], threshold: int, *,
                    resume: bool = False) -> None:
        """Show these reasons; ``resume``: a clarification draft waits to be finished."""
        for button in self.buttons:  # gone at once, not at the next turn of the event loop
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        kinds = tuple(reason.kind for reason in reasons)
        self.icons.setPixmap(reasons_pixmap(kinds))
        self.icons.setVisible(bool(kinds))
        if reasons:
            self._full_text = " · ".join(reason_text(r, threshold) for r in reasons)
            self.words.setEnabled(True)
        else:
            self._full_text = self.tr("Nothing needs your attention with this contact.")
            self.words.setEnabled(False)  # muted
        self.words.setToolTip("\n".join(reason_text(r, threshold) for r in reasons))
        self.setAccessibleDescription(self._full_text)
        seen: set[str] = set()
        for reason in reasons:  # one button per action, most urgent first
            action = ACTION_FOR.get(reason.kind, "")
            if action == CLARIFY and resume:  # clarifying goes on with the draft
                action = FINISH
            if action in seen:
                continue
            seen.add(action)
            button = QToolButton()
            button.setText(action_text(reason.kind, resume=resume))
            button.setAutoRaise(True)  # a quiet button: the line stays low
            button.setAccessibleDescription(reason_text(reason, threshold))
            button.clicked.connect(lambda _=False, k=reason.kind: self.action_requested.emit(k))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.words.setText(self._full_text)  # cut by the width: whole in the tooltip

    @property
    def text(self) -> str:
        """Every reason in words (what the line shows when it is wide enough)."""
        return self._full_text

