"""Clarify, then keep or archive, through the real main window: every path, undo and redo.

The wizard's ``ask`` is patched to hand back prepared results, except in the test
that drives the real wizard (opened with ``open()``, never a blocking ``exec()``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from networkapp.services.clarify import DRAFT, FINISH, ClarifyResult
from networkapp.services.contacts import contact_status, create_contact
from networkapp.services.dto import ClarificationInput, ContactFields, Decision, SignalInput
from networkapp.services.signals import add_signal, list_signals, threshold_state
from networkapp.services.states import draft_for, history, list_clarifications
from networkapp.translation import format_date, say
from networkapp.ui import messages
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.clarify_wizard import CONVERSATION, DECIDE, PREPARE, ClarifyWizard
from networkapp.ui.dialogs.restore_dialog import RestoreChoice, RestoreDialog
from networkapp.ui.main_window import MainWindow
from networkapp.ui.widgets.contact_detail_widget import HISTORY_TAB

TODAY = dt.date.today()
TALKED = ClarificationInput(date=TODAY, channel="call", planned_questions="Why only now?",
                            their_answer="I was overwhelmed.", outcome="clarified",
                            draft_step=DECIDE)
KEEP = ClarifyResult(FINISH, TALKED, Decision("keep"))
ARCHIVE = ClarifyResult(FINISH, TALKED, Decision("archive", reason="Only takes, never gives"))


@pytest.fixture
def rossi(db_path: Path) -> int:
    """Ada Rossi with three open warnings: the decide level at the default threshold 3."""
    cid = create_contact(ContactFields(given_name="Ada", family_name="Rossi"))
    for days, category in ((20, "only_when_needing"), (9, "never_reciprocates"),
                           (2, "ego_first")):
        add_signal(cid, SignalInput(TODAY - dt.timedelta(days=days), "warning", category))
    return cid


@pytest.fixture
def shown(window: MainWindow, rossi: int) -> MainWindow:
    """The window, reloaded, with Ada selected."""
    window.load()
    window.select_ids([rossi])
    assert window.detail.contact_id == rossi
    return window


def answer(monkeypatch: pytest.MonkeyPatch, *results: ClarifyResult | None) -> list[int]:
    """Make the wizard hand back ``results`` in turn; return the ids it was asked for."""
    asked: list[int] = []
    queue = list(results)

    def fake_ask(cls: type[ClarifyWizard], parent: object, contact_id: int) -> object:
        asked.append(contact_id)
        return queue.pop(0)

    monkeypatch.setattr(ClarifyWizard, "ask", classmethod(fake_ask))
    return asked


def open_warnings(cid: int) -> int:
    """How many warnings about the contact are still open."""
    return sum(1 for s in list_signals(cid) if s.polarity == "warning" and s.is_open)


def test_keep_resolves_the_warnings_and_undo_redo(qtbot: QtBot, shown: MainWindow,
                                                  rossi: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer(monkeypatch, KEEP)
    assert shown.detail.banner.isVisible() and shown.detail.banner.prompt == "decide"
    assert shown.acts.clarify.isEnabled()
    shown.acts.clarify.trigger()
    assert asked == [rossi]
    assert open_warnings(rossi) == 0 and contact_status(rossi) == "active"
    assert shown.detail.signals.level == "none"
    assert not shown.detail.banner.isVisible()
    assert shown.acts.undo.text() == "&Undo Keep Ada Rossi"
    shown.acts.undo.trigger()
    assert open_warnings(rossi) == 3 and contact_status(rossi) == "active"
    assert not list_clarifications(rossi)
    assert shown.detail.signals.level == "decide"
    assert shown.detail.banner.isVisible()
    shown.acts.redo.trigger()
    assert open_warnings(rossi) == 0
    assert [c.action for c in history(rossi)][-1] == "keep"
    assert not shown.detail.banner.isVisible()


def test_archive_leaves_the_working_list_and_shows_its_reason(
        qtbot: QtBot, shown: MainWindow, rossi: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    answer(monkeypatch, ARCHIVE)
    qtbot.mouseClick(shown.detail.banner.clarify_button, Qt.MouseButton.LeftButton)
    assert contact_status(rossi) == "archived"
    assert shown.model.row_of(rossi) is None
    assert shown.acts.undo.text() == "&Undo Archive Ada Rossi"
    assert shown.view_bar.tabText(2) == "Archived (1)"
    shown.acts.show_attention.trigger()
    assert shown.model.row_of(rossi) is None
    shown.acts.show_archived.trigger()
    shown.select_ids([rossi])
    detail = shown.detail
    assert detail.archived_label.isVisible()
    assert detail.archived_label.text() == f"Archived on {format_date(TODAY)}: " \
                                          "Only takes, never gives"
    assert not detail.banner.isVisible()
    assert not detail.clarify_button.isVisible()
    assert not shown.acts.clarify.isEnabled()
    assert shown.acts.delete.isEnabled() and shown.acts.restore.isEnabled()
    detail.tabs.setCurrentIndex(HISTORY_TAB)
    titles = [say(e.title) for e in detail.history.shown_entries()]
    assert titles[0] == "Archived as a plain entry"
    assert sum(t.startswith("Warning closed with the archive") for t in titles[1:4]) == 3
    assert sum(t.startswith("Warning: ") for t in titles) == 3  # the whole history stays
    shown.acts.undo.trigger()
    assert contact_status(rossi) == "active"
    assert shown.model.row_of(rossi) is None  # still on the Archived view
    shown.acts.show_active.trigger()
    assert shown.model.row_of(rossi) is not None


def test_draft_then_resume_then_keep(qtbot: QtBot, shown: MainWindow, rossi: int,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    started = ClarificationInput(planned_questions="Ask why only now", draft_step=PREPARE)
    answer(monkeypatch, ClarifyResult(DRAFT, started))
    qtbot.mouseClick(shown.detail.clarify_button, Qt.MouseButton.LeftButton)
    assert contact_status(rossi) == "clarifying"
    assert shown.acts.undo.text() == "&Undo Start clarifying with Ada Rossi"
    assert shown.acts.clarify.text() == "Resume &Clarification…"
    assert shown.detail.clarify_button.text() == "Resume clarification…"
    assert shown.detail.banner.clarify_button.text() == "Resume clarification…"
    assert shown.model.data(shown.model.index(shown.model.row_of(rossi), 2)) == "Clarifying"

    seen: list[tuple[int, str]] = []

    def look_then_cancel(self: ClarifyWizard) -> int:
        qtbot.addWidget(self)
        seen.append((self.currentId(), self.prepare_page.notes_edit.toPlainText()))
        self.reject()
        return int(self.result())

    monkeypatch.undo()
    monkeypatch.setattr(ClarifyWizard, "exec", look_then_cancel)
    shown.acts.clarify.trigger()
    assert seen == [(PREPARE, "Ask why only now")]  # the wizard resumed the draft
    assert contact_status(rossi) == "clarifying"  # cancelled: nothing changed

    answer(monkeypatch, KEEP)
    shown.acts.clarify.trigger()
    assert contact_status(rossi) == "active" and draft_for(rossi) is None
    shown.acts.undo.trigger()
    assert contact_status(rossi) == "clarifying"
    back = draft_for(rossi)
    assert back is not None and back.planned_questions == "Ask why only now"
    shown.acts.undo.trigger()
    assert contact_status(rossi) == "active" and draft_for(rossi) is None
    assert [c.action for c in history(rossi)] == ["create"]


def test_saving_a_draft_again_updates_it(qtbot: QtBot, shown: MainWindow, rossi: int,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    more = ClarificationInput(planned_questions="Ask why", their_answer="Not yet",
                              draft_step=CONVERSATION)
    answer(monkeypatch, ClarifyResult(DRAFT, ClarificationInput(draft_step=PREPARE)),
           ClarifyResult(DRAFT, more))
    shown.acts.clarify.trigger()
    shown.acts.clarify.trigger()
    draft = draft_for(rossi)
    assert draft is not None and draft.their_answer == "Not yet"
    assert shown.controller.undo_stack.undoText() == (
        "Update the clarification draft with Ada Rossi")
    assert [c.action for c in history(rossi)] == ["create", "clarify"]
    shown.acts.undo.trigger()  # the first save's draft again
    draft = draft_for(rossi)
    assert draft is not None and (draft.their_answer, draft.draft_step) == ("", PREPARE)


def test_cancel_changes_nothing(qtbot: QtBot, shown: MainWindow, rossi: int,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    before = (list_signals(rossi), history(rossi), list_clarifications(rossi))
    answer(monkeypatch, None)
    shown.acts.clarify.trigger()
    assert (list_signals(rossi), history(rossi), list_clarifications(rossi)) == before
    assert shown.controller.undo_stack.count() == 0
    assert shown.detail.banner.isVisible()


def test_a_refused_decision_is_said_plainly(qtbot: QtBot, shown: MainWindow, rossi: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: errors.append(text))
    answer(monkeypatch, ClarifyResult(FINISH, TALKED, Decision("archive", reason=" ")))
    shown.acts.clarify.trigger()
    assert errors and "why" in errors[0]
    assert contact_status(rossi) == "active"
    assert shown.controller.undo_stack.count() == 0


def test_restore_from_the_archive_asks_why(qtbot: QtBot, controller: Controller,
                                           shown: MainWindow, rossi: int,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    controller.archive_contacts([rossi], "drifted apart")
    shown.acts.show_archived.trigger()
    shown.select_ids([rossi])
    assert shown.detail.archived_label.text().endswith(": drifted apart")
    asked: list[tuple[list[str], int]] = []
    monkeypatch.setattr(RestoreDialog, "ask_restore", classmethod(
        lambda cls, parent, shown_names, warnings: asked.append((shown_names, len(warnings)))
        or RestoreChoice("We talked again")))
    shown.acts.restore.trigger()
    assert asked == [(["Ada Rossi"], 3)]  # the three warnings the archive closed
    assert contact_status(rossi) == "active"
    assert history(rossi)[-1].reason == "We talked again"
    assert shown.model.rowCount() == 0
    assert shown.acts.undo.text() == "&Undo Restore Ada Rossi"
    shown.acts.show_active.trigger()
    shown.select_ids([rossi])
    assert not shown.detail.archived_label.isVisible()
    assert not shown.detail.banner.isVisible()  # restored clean: no threshold banner


def test_restore_opens_again_the_warnings_ticked(qtbot: QtBot, controller: Controller,
                                                 shown: MainWindow, rossi: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    controller.archive_contacts([rossi], "drifted apart")
    closed = controller.closed_by_archive([rossi])
    dialog = RestoreDialog(["Ada Rossi"], None, closed)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warnings.count() == 3 and dialog.still_open() == ()  # default: none
    dialog.warnings.setFocus()
    dialog.warnings.setCurrentRow(0)
    for _ in range(2):  # tick the first two, as a keyboard user does
        qtbot.keyClick(dialog.warnings, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.warnings, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.reason, "Two of them still stand")
    choice = dialog.choice()
    assert len(choice.still_open) == 2
    monkeypatch.setattr(RestoreDialog, "ask_restore",
                        classmethod(lambda cls, *args: choice))
    shown.acts.show_archived.trigger()
    shown.select_ids([rossi])
    shown.acts.restore.trigger()
    still = {s.id for s in controller.signals(rossi) if s.is_open}
    assert still == set(choice.still_open)
    controller.undo()
    assert contact_status(rossi) == "archived"
    assert not any(s.is_open for s in controller.signals(rossi))


def test_restore_dialog_needs_a_reason(qtbot: QtBot) -> None:
    dialog = RestoreDialog(["Ada Rossi"])
    qtbot.addWidget(dialog)
    assert not dialog.action_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Back in touch")
    assert dialog.action_button.isEnabled() and dialog.value() == "Back in touch"


def test_an_archived_contact_can_be_deleted_and_undone(
        qtbot: QtBot, controller: Controller, shown: MainWindow, rossi: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    controller.archive_contacts([rossi], "drifted apart")
    shown.acts.show_archived.trigger()
    shown.select_ids([rossi])
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    shown.acts.delete.trigger()
    assert shown.model.rowCount() == 0
    shown.acts.undo.trigger()
    assert shown.model.rowCount() == 1 and contact_status(rossi) == "archived"
    assert history(rossi)[-1].reason == "drifted apart"


def test_banner_appears_once_per_crossing(qtbot: QtBot, window: MainWindow,
                                          db_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Bo Conti"))
    window.load()
    window.select_ids([cid])
    detail = window.detail
    banner = detail.banner
    assert not banner.isVisible()
    click = detail.signals.quick_buttons
    qtbot.mouseClick(click["ego_first"], Qt.MouseButton.LeftButton)
    assert banner.isVisible() and banner.prompt == "hint"
    assert "Talk now" in banner.message_label.text()
    qtbot.mouseClick(click["refuses_compromise"], Qt.MouseButton.LeftButton)
    assert banner.prompt == "hint"
    assert not detail.clarify_button.font().bold()
    qtbot.mouseClick(click["gut_feeling"], Qt.MouseButton.LeftButton)
    assert banner.isVisible() and banner.prompt == "decide"
    assert ": 3 open warnings (threshold 3)" in banner.message_label.text()
    assert detail.clarify_button.font().bold()
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    qtbot.mouseClick(click["sorts_by_usefulness"], Qt.MouseButton.LeftButton)
    assert threshold_state(cid).level == "decide" and not banner.isVisible()
    window.acts.undo.trigger()
    window.acts.undo.trigger()
    assert banner.prompt == "hint"  # back below the threshold
    window.acts.redo.trigger()
    assert banner.isVisible() and banner.prompt == "decide"  # crossed again


def test_the_history_tab_tells_the_decision(qtbot: QtBot, controller: Controller,
                                            shown: MainWindow, rossi: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    shown.detail.tabs.setCurrentIndex(HISTORY_TAB)
    history_tab = shown.detail.history
    assert "Warning: Puts their ego first" in [say(e.title) for e in history_tab.shown_entries()]
    answer(monkeypatch, KEEP)
    shown.acts.clarify.trigger()
    titles = [say(e.title) for e in history_tab.shown_entries()]
    assert titles[0] == "Kept after clarifying"
    assert [t.split(":")[0] for t in titles[1:4]] == [
        "Warning resolved by the clarification (kept)"] * 3
    assert titles[4:6] == ["Talked it through (Call): Clarified", "Clarification started"]
    controller.add_signal(rossi, SignalInput(TODAY, "positive", "reciprocated"))
    assert any(say(e.title).startswith("Positive sign") for e in history_tab.shown_entries())


def test_clarify_is_for_one_working_contact(qtbot: QtBot, controller: Controller,
                                            shown: MainWindow, rossi: int) -> None:
    other = controller.add_contact(ContactFields(display_name="Bo"))
    shown.select_ids([rossi, other])
    assert not shown.acts.clarify.isEnabled()
    shown.select_ids([other])
    assert shown.acts.clarify.isEnabled() and not shown.detail.clarify_button.isHidden()
    assert not shown.detail.banner.isVisible()
    assert shown.acts.clarify in shown.contact_menu.actions()


def _press(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()


def test_the_real_wizard_over_the_window(qtbot: QtBot, shown: MainWindow, rossi: int,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    next_, finish = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton

    def drive(self: ClarifyWizard) -> int:
        qtbot.addWidget(self)
        self.open()
        assert self.isVisible() and self.parent() is shown
        _press(qtbot, self, next_)
        qtbot.keyClicks(self.prepare_page.notes_edit, "Can we talk?")
        _press(qtbot, self, next_)
        _choose(qtbot, self.conversation_page.outcome_buttons["clarified"])
        _press(qtbot, self, next_)
        _choose(qtbot, self.decide_page.keep_button)
        with qtbot.waitSignal(self.finished):
            _press(qtbot, self, finish)
        return int(self.result())

    monkeypatch.setattr(ClarifyWizard, "exec", drive)
    shown.acts.clarify.trigger()
    assert open_warnings(rossi) == 0
    assert list_clarifications(rossi)[0].planned_questions == "Can we talk?"
    assert shown.acts.undo.text() == "&Undo Keep Ada Rossi"
