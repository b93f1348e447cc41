"""The non-modal prompt in the detail area: "time to decide", or a quieter "talk now".

Which prompt shows is decided by :class:`networkapp.services.clarify.PromptGate`
(Qt-free, unit-tested): the decide banner appears once per crossing of the
threshold, not again on every edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from networkapp.services.clarify import PROMPT_DECIDE, PROMPT_HINT, PROMPT_NONE, PromptGate
from networkapp.services.dto import ThresholdState
from networkapp.services.vocabulary import ACTIVE
from networkapp.translation import format_number
from networkapp.ui.reason_text import warnings_text

_STYLES = {
    PROMPT_DECIDE: ("QFrame#DecisionBanner { background: rgba(230, 160, 40, 45); "
                    "border: 1px solid rgba(200, 140, 30, 170); border-radius: 6px; }"),
    PROMPT_HINT: ("QFrame#DecisionBanner { background: transparent; "
                  "border: 1px dashed rgba(128, 128, 128, 120); border-radius: 6px; }"),
}


class DecisionBannerWidget(QFrame):
    """Says when a contact reached the threshold and offers the clarification wizard.

    Call :meth:`show_for` whenever the contact shown or its signals change.

    Signals:
        clarify_requested(int): the user pressed "Clarify…" for this contact id.
        dismissed(int): the user closed the decide banner for this contact id.
    """

    clarify_requested = Signal(int)
    dismissed = Signal(int)

    def __init__(self, parent: QWidget | None = None, gate: PromptGate | None = None) -> None:
        """Start hidden; ``gate`` remembers dismissals (one per window)."""
        super().__init__(parent)
        self.setObjectName("DecisionBanner")
        self._gate = gate or PromptGate()
        self._contact_id: int | None = None
        self.prompt = PROMPT_NONE
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.clarify_button = QPushButton(self.tr("Clarify…"))
        self.clarify_button.clicked.connect(self._on_clarify_button_clicked)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setFlat(True)
        self.dismiss_button.setToolTip(self.tr("Hide this until the threshold is crossed again"))
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.clarify_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_for(self, contact_id: int, name: str, state: ThresholdState,
                 status: str = ACTIVE) -> str:
        """Show the prompt due for this contact now (or hide); return which one."""
        self._contact_id = contact_id
        self.prompt = self._gate.update(contact_id, state.level, status)
        if self.prompt == PROMPT_DECIDE:
            self.message_label.setText(self.tr(
                "Threshold reached for {name}: {warnings} (threshold {threshold}). Talk it "
                "through and decide.").format(
                    name=name, threshold=format_number(state.threshold),
                    warnings=warnings_text(state.open_warning_count, state.open_warning_weight)))
        elif self.prompt == PROMPT_HINT:
            self.message_label.setText(self._hint_text(name, state.open_warning_count))
        self._apply_look()
        return self.prompt

    def _hint_text(self, name: str, count: int) -> str:
        return self.tr("%Ln open warning(s) about {name}. Talk now, while they are small.", "",
                       count).format(name=name)

    def _apply_look(self) -> None:
        if self.prompt == PROMPT_NONE:
            self.hide()
            return
        self.setStyleSheet(_STYLES[self.prompt])
        quiet = self.prompt == PROMPT_HINT
        self.clarify_button.setFlat(quiet)
        self.dismiss_button.setVisible(not quiet)
        self.message_label.setForegroundRole(
            QPalette.ColorRole.PlaceholderText if quiet else QPalette.ColorRole.WindowText)
        self.show()

    def clear(self) -> None:
        """Hide the banner (no contact shown)."""
        self._contact_id = None
        self.prompt = PROMPT_NONE
        self.hide()

    def _on_clarify_button_clicked(self) -> None:
        if self._contact_id is not None:
            self.clarify_requested.emit(self._contact_id)

    def _on_dismiss_button_clicked(self) -> None:
        if self._contact_id is None:
            return
        self._gate.dismiss(self._contact_id)
        self.prompt = PROMPT_NONE
        self.hide()
        self.dismissed.emit(self._contact_id)
