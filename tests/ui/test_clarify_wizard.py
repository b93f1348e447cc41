"""The clarification wizard, driven like a user: type, press its buttons, read value()."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard
from pytestqt.qtbot import QtBot

from networkapp.services import clarify, states
from networkapp.services.contacts import create_contact
from networkapp.services.dto import (
    ClarificationInput,
    ContactFields,
    Decision,
    ExchangeInput,
    InteractionInput,
    SignalInput,
)
from networkapp.services.interactions import add_interaction
from networkapp.services.signals import add_signal
from networkapp.ui.dialogs.clarify_wizard import (
    CONVERSATION,
    DECIDE,
    PREPARE,
    REVIEW,
    SAVE_LATER,
    ClarifyWizard,
)

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton
TODAY = dt.date.today()


@pytest.fixture
def ada(db_path: Path) -> int:
    """Ada Rossi at the decide level, one warning with markup in its note."""
    cid = create_contact(ContactFields(given_name="Ada", family_name="Rossi"))
    coffee = add_interaction(cid, InteractionInput(
        date=TODAY - dt.timedelta(days=12), summary="Coffee",
        exchanges=(ExchangeInput("gave", "advice"),)))
    add_signal(cid, SignalInput(date=TODAY - dt.timedelta(days=10), polarity="warning",
                                category="only_when_needing", weight=2,
                                note="<b>asked</b> again", interaction_id=coffee))
    add_signal(cid, SignalInput(date=TODAY - dt.timedelta(days=2), polarity="warning",
                                category="talks over me"))
    add_signal(cid, SignalInput(date=TODAY, polarity="positive", category="was_honest"))
    return cid


def make(qtbot: QtBot, contact_id: int) -> ClarifyWizard:
    """Build the wizard like ask() does, without exec()."""
    data = clarify.review(contact_id)
    wizard = ClarifyWizard(data, clarify.suggest_questions(s.category for s in data.open_warnings),
                           states.draft_for(contact_id))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click(qtbot: QtBot, wizard: ClarifyWizard, which: QWizard.WizardButton) -> None:
    """Press one of the wizard's buttons with the mouse."""
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} cannot be pressed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a radio button on its indicator (its centre may lie past the label)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()


def talk(qtbot: QtBot, wizard: ClarifyWizard, outcome: str = "clarified") -> None:
    """Go from the review to the decide page, typing on the way."""
    click(qtbot, wizard, NEXT)
    qtbot.mouseClick(wizard.prepare_page.use_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.prepare_page.notes_edit, " Can we talk?")
    click(qtbot, wizard, NEXT)
    page = wizard.conversation_page
    page.channel_combo.setCurrentIndex(page.channel_combo.findData("meeting"))
    qtbot.keyClicks(page.answer_edit, "I was overwhelmed.")
    assert not wizard.button(NEXT).isEnabled()  # no outcome yet
    assert page.hint_label.isVisible()
    choose(qtbot, page.outcome_buttons[outcome])
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == DECIDE


def test_review_shows_the_signals_as_plain_text_and_why(qtbot: QtBot, ada: int) -> None:
    wizard = make(qtbot, ada)
    texts = [label.text() for label in wizard.review_page.findChildren(QLabel)]
    assert any(t.startswith("2 open warnings, weight 3, your threshold is 3") for t in texts)
    assert "<b>asked</b> again" in texts
    assert "During: Coffee" in texts
    assert any("talks over me" in t for t in texts)
    assert any("Was honest" in t for t in texts)
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in wizard.review_page.findChildren(QLabel) if "<b>" in label.text())
    assert wizard.review_page.chart.counts() == (1, 0)
    assert wizard.review_page.last_label.text().startswith("You last talked 12 days ago")
    assert wizard.button(SAVE_LATER).isVisible()


def test_suggestions_are_offered_per_category(qtbot: QtBot, ada: int) -> None:
    wizard = make(qtbot, ada)
    click(qtbot, wizard, NEXT)
    assert len(wizard.prepare_page.use_buttons) == 3  # opening + one per category
    qtbot.mouseClick(wizard.prepare_page.use_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.prepare_page.use_buttons[2], Qt.MouseButton.LeftButton)
    notes = wizard.prepare_page.notes().splitlines()
    assert "\u201ctalks over me\u201d" in notes[0]
    assert "when you need something" in notes[1]


def test_keep_with_a_new_cadence(qtbot: QtBot, ada: int) -> None:
    wizard = make(qtbot, ada)
    talk(qtbot, wizard)
    page = wizard.decide_page
    assert not wizard.button(FINISH).isEnabled()
    assert page.problem_label.text() == "To finish: choose to keep or to archive."
    choose(qtbot, page.keep_button)
    page.cadence_check.setChecked(True)
    page.cadence_spin.setValue(30)
    assert "every 30 days" in page.effects_label.text()
    assert "The 2 open warnings count as talked through" in page.effects_label.text()
    click(qtbot, wizard, FINISH)
    result = wizard.value()
    assert result is not None and result.kind == "finish"
    assert result.decision == Decision("keep", cadence_days=30)
    assert result.data.planned_questions.endswith("How do you see it? Can we talk?")
    assert (result.data.channel, result.data.their_answer, result.data.outcome,
            result.data.date) == ("meeting", "I was overwhelmed.", "clarified", TODAY)


def test_archive_needs_a_reason_before_finish(qtbot: QtBot, ada: int) -> None:
    wizard = make(qtbot, ada)
    talk(qtbot, wizard, outcome="not_clarified")
    page = wizard.decide_page
    choose(qtbot, page.archive_button)
    assert not wizard.button(FINISH).isEnabled()
    assert page.problem_label.text() == "To finish: say why you archive this contact."
    assert "plain entry" in page.effects_label.text()
    qtbot.keyClicks(page.reason_edit, "Only takes.")
    assert not page.problem_label.isVisible()
    click(qtbot, wizard, FINISH)
    result = wizard.value()
    assert result is not None
    assert result.decision == Decision("archive", reason="Only takes.")
    assert result.data.outcome == "not_clarified"


def test_the_result_stores_with_the_services(qtbot: QtBot, ada: int) -> None:
    wizard = make(qtbot, ada)
    talk(qtbot, wizard)
    choose(qtbot, wizard.decide_page.keep_button)
    click(qtbot, wizard, FINISH)
    result = wizard.value()
    assert result is not None and result.decision is not None
    states.finish_clarification(ada, result.data, result.decision)
    assert clarify.review(ada).threshold.level == "none"


def test_save_later_then_resume_on_the_saved_page(qtbot: QtBot, ada: int) -> None:
    wizard = make(qtbot, ada)
    click(qtbot, wizard, NEXT)
    qtbot.keyClicks(wizard.prepare_page.notes_edit, "Ask why only now")
    click(qtbot, wizard, NEXT)
    qtbot.keyClicks(wizard.conversation_page.answer_edit, "Not reached yet")
    click(qtbot, wizard, SAVE_LATER)
    result = wizard.value()
    assert result is not None and result.kind == "draft" and result.decision is None
    assert result.data.draft_step == CONVERSATION
    states.save_draft(ada, result.data)

    again = make(qtbot, ada)
    assert again.currentId() == CONVERSATION
    assert again.conversation_page.answer_edit.toPlainText() == "Not reached yet"
    assert again.prepare_page.notes_edit.toPlainText() == "Ask why only now"
    click(qtbot, again, BACK)
    assert again.currentId() == PREPARE  # the way back still leads through every page


def test_save_later_on_the_first_page_keeps_no_date(qtbot: QtBot, ada: int) -> None:
    wizard = make(qtbot, ada)
    click(qtbot, wizard, SAVE_LATER)
    result = wizard.value()
    assert result is not None
    assert result.data == ClarificationInput(draft_step=REVIEW)


def test_cancel_returns_nothing(qtbot: QtBot, ada: int) -> None:
    wizard = make(qtbot, ada)
    talk(qtbot, wizard)
    with qtbot.waitSignal(wizard.finished):
        click(qtbot, wizard, CANCEL)
    assert wizard.value() is None


def test_ask_runs_the_wizard_for_a_contact(qtbot: QtBot, ada: int,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[ClarifyWizard] = []

    def fake_exec(self: ClarifyWizard) -> int:
        seen.append(self)
        qtbot.addWidget(self)
        self.button(SAVE_LATER).click()
        return int(self.result())

    monkeypatch.setattr(ClarifyWizard, "exec", fake_exec)
    result = ClarifyWizard.ask(None, ada)
    assert result is not None and result.kind == "draft"
    assert seen[0].windowTitle() == "Clarify with Ada Rossi"


def test_a_contact_without_warnings_still_reads_calmly(qtbot: QtBot, db_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Bo"))
    wizard = make(qtbot, cid)
    texts = [label.text() for label in wizard.review_page.findChildren(QLabel)]
    assert "No open warnings." in texts
    assert "No interaction logged yet." in texts
    assert "No exchanges logged yet." in texts
