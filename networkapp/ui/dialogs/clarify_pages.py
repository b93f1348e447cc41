"""The four pages of the clarification wizard: review, prepare, conversation, decide.

Every page shows user data as plain text and a few calm sentences saying what
the step is for. Pages only hold what is typed; the wizard turns it into a
result and never writes to the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from networkapp.services.clarify import ClarifyReview, SuggestedQuestion
from networkapp.services.dto import SignalView
from networkapp.services.vocabulary import CHANNEL_LABELS, CHANNELS, label_of
from networkapp.translation import format_date, say, short_date_format, tr
from networkapp.ui.widgets.balance_chart_widget import BalanceChartWidget


def plain_label(text: str, *, muted: bool = False, bold: bool = False) -> QLabel:
    """Return a word-wrapped label that never reads ``text`` as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def date_text(day: dt.date) -> str:
    """Return the locale's short date ("10/03/2025" in Italy)."""
    return format_date(day)


def section_label(title: str) -> QLabel:
    """Return a bold heading for a group of a page."""
    label = plain_label(title, bold=True)
    label.setContentsMargins(0, 10, 0, 0)
    return label


def _signal_block(signal: SignalView) -> QWidget:
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(12, 2, 0, 4)
    layout.setSpacing(1)
    layout.addWidget(plain_label(date_text(signal.date) + " · " + tr(signal.category_label)))
    if signal.note.strip():
        layout.addWidget(plain_label(signal.note.strip(), muted=True))
    if signal.interaction_summary:
        layout.addWidget(plain_label(
            QCoreApplication.translate("ReviewPage", "During: {summary}").format(
                summary=signal.interaction_summary),
            muted=True))
    return block


class ReviewPage(QWizardPage):
    """Step 1: the open warnings, the good signs, the give and take, and why now."""

    def __init__(self, review: ClarifyReview, parent: QWidget | None = None) -> None:
        """Show ``review`` (read once by the caller)."""
        super().__init__(parent)
        self.setTitle(self.tr("Look at what happened"))
        self.reason_label = plain_label(" ".join(say(part) for part in review.reason))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(4)
        layout.addWidget(plain_label(self.tr(
            "Before you talk with {name}, take a calm look at what you noticed and at "
            "what each of you gave. It is easier to speak plainly with the facts in front "
            "of you.").format(name=review.display_name)))
        layout.addSpacing(6)
        layout.addWidget(_callout(self.reason_label))
        self._add_signals(layout, self.tr("Warnings still open"), review.open_warnings,
                          self.tr("No open warnings."))
        self._add_signals(layout, self.tr("Good signs"), review.positives,
                          self.tr("None noted yet."))
        self._add_balance(layout, review)
        layout.addStretch(1)
        _fill_with_scroll(self, body)

    def _add_signals(self, layout: QVBoxLayout, title: str, signals: Sequence[SignalView],
                     empty: str) -> None:
        layout.addWidget(section_label(title))
        if not signals:
            layout.addWidget(plain_label(empty, muted=True))
        for signal in signals:
            layout.addWidget(_signal_block(signal))

    def _add_balance(self, layout: QVBoxLayout, review: ClarifyReview) -> None:
        layout.addWidget(section_label(self.tr("Give and take")))
        self.chart = BalanceChartWidget()
        self.chart.set_counts(review.balance.gave_count, review.balance.received_count)
        self.chart.setMaximumWidth(420)
        layout.addWidget(self.chart)
        layout.addWidget(plain_label(self._balance_words(review)))
        if review.last_interaction is None:
            last = self.tr("No interaction logged yet.")
        else:
            last = self.tr("You last talked %Ln day(s) ago, on {date}.", "",
                           review.days_since or 0).format(date=date_text(review.last_interaction))
        self.last_label = plain_label(last, muted=True)
        layout.addWidget(self.last_label)


    def _balance_words(self, review: ClarifyReview) -> str:
        words = {
            "balanced": self.tr("Both of you give: the relationship is balanced."),
            "I give more": self.tr("You give more than you receive."),
            "they give more": self.tr("{name} gives more than you do.").format(
                name=review.display_name),
        }
        return words.get(review.balance.label, self.tr("No exchanges logged yet."))


def _callout(label: QLabel) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
    frame.setAutoFillBackground(True)
    inner = QVBoxLayout(frame)
    inner.setContentsMargins(10, 8, 10, 8)
    inner.addWidget(label)
    return frame


def _fill_with_scroll(page: QWizardPage, body: QWidget) -> None:
    scroll = QScrollArea()
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


class PreparePage(QWizardPage):
    """Step 2: what to ask or say; suggestions from the signals, all optional."""

    def __init__(self, suggestions: Sequence[SuggestedQuestion],
                 parent: QWidget | None = None) -> None:
        """Offer ``suggestions`` next to an empty notes field."""
        super().__init__(parent)
        self.setTitle(self.tr("Prepare what you want to say"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(plain_label(self.tr(
            "Say what you noticed and how it made you feel, then ask openly and listen. "
            "These ideas come from the signals: use them, change them, or skip this step.")))
        self.use_buttons: list[QPushButton] = []
        for suggestion in suggestions:
            layout.addLayout(self._suggestion_row(suggestion))
        layout.addWidget(section_label(self.tr("Your notes for the conversation")))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr(
            "What do you want to ask or say? Leave empty to skip."))
        layout.addWidget(self.notes_edit, 1)

    def _suggestion_row(self, suggestion: SuggestedQuestion) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 0, 0)
        text = say(suggestion.text)
        row.addWidget(plain_label(f"\u201c{text}\u201d", muted=True), 1)
        button = QPushButton(self.tr("Use"))
        button.setToolTip(self.tr("Add this to your notes"))
        button.clicked.connect(lambda: self.use_suggestion(text))
        self.use_buttons.append(button)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def use_suggestion(self, text: str) -> None:
        """Append a suggested question to the notes, on its own line."""
        current = self.notes_edit.toPlainText().rstrip()
        self.notes_edit.setPlainText(f"{current}\n{text}" if current else text)
        self.notes_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.notes_edit.setFocus()

    def notes(self) -> str:
        """Return what the user plans to ask or say."""
        return self.notes_edit.toPlainText().strip()


class ConversationPage(QWizardPage):
    """Step 3: when and how we talked, what they said, and where we ended up."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        """Ask about the conversation with ``name``."""
        super().__init__(parent)
        self.setTitle(self.tr("How did the conversation go?"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(plain_label(self.tr(
            "Write it down while it is fresh: when you talked, how, what {name} said, and "
            "where you ended up. Their own words matter more than a summary.").format(
                name=name)))
        layout.addLayout(self._form())
        layout.addWidget(section_label(self.tr("Where did you end up?")))
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for key, text in self._outcome_texts():
            button = QRadioButton(text)
            self.outcome_group.addButton(button)
            self.outcome_buttons[key] = button
            layout.addWidget(button)
        self.outcome_group.buttonToggled.connect(self._on_outcome_toggled)
        self.hint_label = plain_label(self.tr(
            "Choose where you ended up to go on. Haven't talked yet? "
            "Use \u201cSave and finish later\u201d."), muted=True)
        layout.addWidget(self.hint_label)

    def _outcome_texts(self) -> tuple[tuple[str, str], ...]:
        return (("clarified", self.tr("We cleared it up")),
                ("not_clarified", self.tr("We talked, but it is not cleared up")),
                ("no_answer", self.tr("No answer: they didn't reply, or we couldn't talk")))

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDisplayFormat(short_date_format())
        self.channel_combo = QComboBox()
        for channel in CHANNELS:
            self.channel_combo.addItem(tr(label_of(channel, CHANNEL_LABELS)), channel)
        self.channel_combo.setCurrentIndex(CHANNELS.index("call"))
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setPlaceholderText(self.tr("What did they say?"))
        form.addRow(self.tr("When"), self.date_edit)
        form.addRow(self.tr("How"), self.channel_combo)
        form.addRow(self.tr("What they said"), self.answer_edit)
        return form

    def _on_outcome_toggled(self) -> None:
        self.hint_label.setVisible(self.outcome() is None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Going on needs an outcome (a decision rests on how the talk went)."""
        return self.outcome() is not None

    def outcome(self) -> str | None:
        """Return the chosen outcome key, or None."""
        return next((key for key, b in self.outcome_buttons.items() if b.isChecked()), None)

    def set_values(self, day: dt.date | None, channel: str, answer: str,
                   outcome: str | None) -> None:
        """Fill the page from a saved draft."""
        if day is not None:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
        index = self.channel_combo.findData(channel)
        if index >= 0:
            self.channel_combo.setCurrentIndex(index)
        self.answer_edit.setPlainText(answer)
        if outcome in self.outcome_buttons:
            self.outcome_buttons[outcome].setChecked(True)

    def date(self) -> dt.date:
        """Return the date of the conversation."""
        # PySide6 types toPython() as object; from a QDate it is a datetime.date.
        return self.date_edit.date().toPython()  # type: ignore[return-value]

    def channel(self) -> str:
        """Return how we talked (a stored channel key)."""
        return str(self.channel_combo.currentData())

    def answer(self) -> str:
        """Return what they said."""
        return self.answer_edit.toPlainText().strip()

