"""Step 4 of the clarification wizard: keep or archive, and what each choice will do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from networkapp.services.clarify import ClarifyReview, finish_problems
from networkapp.services.dto import ClarificationInput, Decision
from networkapp.services.settings import DEFAULT_CADENCE
from networkapp.services.vocabulary import ARCHIVE, KEEP
from networkapp.translation import tr
from networkapp.ui.dialogs.clarify_pages import plain_label, section_label


class DecidePage(QWizardPage):
    """Keep (optionally with a new keep-in-touch cadence) or archive (with a reason).

    Finish stays disabled, with the reason shown, until :func:`finish_problems`
    has nothing to say.
    """

    def __init__(self, review: ClarifyReview, data: Callable[[], ClarificationInput],
                 parent: QWidget | None = None) -> None:
        """Decide about ``review``'s contact; ``data`` returns what the other pages hold."""
        super().__init__(parent)
        self._review = review
        self._data = data
        self.setTitle(self.tr("Decide: keep or archive"))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(plain_label(self.tr(
            "There is no wrong answer. Choose what feels right after the conversation. "
            "Nothing is ever deleted, and an archived contact can be restored.")))
        self.choice_group = QButtonGroup(self)
        self.keep_button = QRadioButton(self.tr("Keep {name}").format(name=review.display_name))
        self.archive_button = QRadioButton(
            self.tr("Archive {name} as a plain entry").format(name=review.display_name))
        layout.addSpacing(4)
        for button in (self.keep_button, self.archive_button):
            self.choice_group.addButton(button)
        layout.addWidget(self.keep_button)
        layout.addLayout(self._cadence_row())
        layout.addWidget(self.archive_button)
        layout.addWidget(section_label(self.tr("Why?")))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr(
            "A sentence for your future self. Needed to archive, optional to keep."))
        self.reason_edit.setMaximumHeight(80)
        layout.addWidget(self.reason_edit)
        layout.addWidget(section_label(self.tr("What will happen")))
        self.effects_label = plain_label("")
        self.problem_label = plain_label("")
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.addWidget(self.effects_label)
        layout.addWidget(frame)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        for signal in (self.choice_group.buttonToggled, self.cadence_check.toggled,
                       self.cadence_spin.valueChanged, self.reason_edit.textChanged):
            signal.connect(self._refresh)
        self._refresh()

    def _cadence_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 6)
        self.cadence_check = QCheckBox(self.tr("Remind me to keep in touch every"))
        self.cadence_spin = QSpinBox()
        self.cadence_spin.setRange(1, 3650)
        self.cadence_spin.setSuffix(self.tr(" days"))
        self.cadence_spin.setValue(self._review.cadence_days or DEFAULT_CADENCE)
        self.cadence_spin.setEnabled(False)
        self.cadence_check.toggled.connect(self.cadence_spin.setEnabled)
        row.addWidget(self.cadence_check)
        row.addWidget(self.cadence_spin)
        row.addStretch(1)
        return row

    def initializePage(self) -> None:
        """Recheck when arriving (the outcome may have changed on the way)."""
        self._refresh()

    def decision(self) -> Decision | None:
        """Return the decision as chosen so far, or None before choosing."""
        reason = self.reason_edit.toPlainText().strip()
        if self.archive_button.isChecked():
            return Decision(ARCHIVE, reason=reason)
        if self.keep_button.isChecked():
            cadence = self.cadence_spin.value() if self.cadence_check.isChecked() else None
            return Decision(KEEP, reason=reason, cadence_days=cadence)
        return None

    def set_values(self, decision: Decision) -> None:
        """Fill the page from an earlier choice."""
        button = self.archive_button if decision.action == ARCHIVE else self.keep_button
        button.setChecked(True)
        self.reason_edit.setPlainText(decision.reason)
        if decision.cadence_days:
            self.cadence_check.setChecked(True)
            self.cadence_spin.setValue(decision.cadence_days)

    def problems(self) -> dict[str, str]:
        """Return what keeps the wizard from finishing."""
        return {key: tr(text) for key, text in finish_problems(self._data(),
                                                                self.decision()).items()}

    def isComplete(self) -> bool:
        """Finish only with a complete decision."""
        return not self.problems()

    def _refresh(self) -> None:
        self.effects_label.setText(self.effects_text(self.decision()))
        problems = self.problems()
        first = next(iter(problems.values()), "")
        self.problem_label.setText(self.tr("To finish: {problem}").format(
            problem=first[:1].lower() + first[1:]))
        self.problem_label.setVisible(bool(problems))
        self.completeChanged.emit()

    def effects_text(self, decision: Decision | None) -> str:
        """Say in plain words what the chosen decision will do."""
        name = self._review.display_name
        if decision is None:
            return self.tr("Choose one of the two above to see what it will do.")
        if decision.action == ARCHIVE:
            lines = [
                self.tr("{name} becomes a plain entry: out of your working list, with no "
                        "more prompts or reminders.").format(name=name),
                self.tr("Nothing is deleted: interactions, signals and this conversation "
                        "stay in the history."),
                self.tr("You can restore {name} from the Archived view at any time.").format(
                    name=name),
            ]
        else:
            lines = [self._resolved_line(), self.tr(
                "{name} stays in your working list as an active relationship.").format(
                    name=name)]
            if decision.cadence_days:
                lines.append(self.tr("You will be reminded to get in touch every %Ln day(s).",
                                     "", decision.cadence_days))
        lines.append(self.tr("You can undo this from the Edit menu."))
        return "\n".join(f"\u2022 {line}" for line in lines)

    def _resolved_line(self) -> str:
        count = len(self._review.open_warnings)
        if count == 0:
            return self.tr("There are no open warnings to resolve.")
        return self.tr("The %Ln open warning(s) count as talked through in this "
                       "conversation.", "", count)
