"""Contact > Find Duplicates… and Contact > Merge… in the window: the review dialog one group
at a time (mouse and keyboard), merging as one undo step that restores the exact file,
"Not duplicates" remembered and undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkapp.models import db
from networkapp.services import duplicates
from networkapp.services.contacts import create_contact, get_contact
from networkapp.services.dto import ContactFields, LabeledValue
from networkapp.services.errors import NotFoundError
from networkapp.ui import duplicate_commands
from networkapp.ui.dialogs.duplicates_dialog import DuplicatesDialog, ReviewActions
from networkapp.ui.dialogs.merge_dialog import CardVersion, MergeChoice, MergeDialog
from networkapp.ui.main_window import MainWindow
from tests.dump import differences, dump_file
from tests.services.foundation_helpers import gave, log


@pytest.fixture
def twins(db_path: Path) -> list[int]:
    """Mario Rossi twice (a shared e-mail), Anna Verdi three times (same name), Giulia."""
    mario = [create_contact(ContactFields(display_name=name, organization=org, emails=(
        LabeledValue("mario@acme.it"),))) for name, org in (("Mario Rossi", "Acme"),
                                                            ("Rossi, Mario", "Acme Srl"))]
    log(mario[1], gave())
    anna = [create_contact(ContactFields(display_name="Anna Verdi")) for _ in range(3)]
    create_contact(ContactFields(display_name="Giulia Bianchi"))
    return [*mario, *anna]


class Recorder:
    """Review actions that note what was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def actions(self) -> ReviewActions:
        def merge(ids: list[int]) -> int:
            self.calls.append(("merge", ids))
            return ids[0]

        return ReviewActions(
            merge=merge, not_duplicates=lambda ids: self.calls.append(("not", ids)),
            take_out=lambda rest, out: self.calls.append(("out", (rest, out))),
            describe=lambda cid: f"contact {cid}")


def _review(qtbot: QtBot, recorder: Recorder) -> DuplicatesDialog:
    dialog = DuplicatesDialog(duplicates.find_duplicates(None), recorder.actions())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_one_group_at_a_time_with_reasons_in_words(qtbot: QtBot, twins: list[int]) -> None:
    recorder = Recorder()
    dialog = _review(qtbot, recorder)
    assert dialog.header.text() == ("Group 1 of 2: very likely the same person "
                                    "(2 groups left to review)")
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Mario Rossi — contact 1", "Rossi, Mario — contact 2"]
    assert dialog.reasons.text() == "Mario Rossi and Rossi, Mario: same e-mail mario@acme.it, " \
                                    "same name, same organization Acme"
    assert not dialog.previous_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 3 and "worth a look" in dialog.header.text()
    dialog.previous_button.setFocus()
    qtbot.keyClick(dialog.previous_button, Qt.Key.Key_Space)
    assert dialog.list.count() == 2


def test_merge_by_keyboard_then_not_duplicates_by_mouse(qtbot: QtBot, twins: list[int]) -> None:
    recorder = Recorder()
    dialog = _review(qtbot, recorder)
    assert dialog.focusWidget() is dialog.list
    qtbot.keyClick(dialog.list, Qt.Key.Key_Tab)  # from the list to Merge…
    assert dialog.focusWidget() is dialog.merge_button
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)
    assert recorder.calls == [("merge", twins[:2])]
    assert dialog.list.count() == 3  # on to the next group
    qtbot.mouseClick(dialog.not_button, Qt.MouseButton.LeftButton)
    assert recorder.calls[-1] == ("not", twins[2:])
    assert dialog.header.text() == "Every group is reviewed."
    assert not dialog.merge_button.isEnabled() and not dialog.not_button.isEnabled()


def test_taking_a_contact_out_keeps_the_rest_of_the_group(qtbot: QtBot, twins: list[int]
                                                          ) -> None:
    recorder = Recorder()
    dialog = _review(qtbot, recorder)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # the second Anna Verdi
    dialog.take_out_button.setFocus()
    qtbot.keyClick(dialog.take_out_button, Qt.Key.Key_Space)
    assert recorder.calls == [("out", ([twins[2], twins[4]], twins[3]))]
    assert dialog.list.count() == 2
    qtbot.mouseClick(dialog.take_out_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 2  # down to one: that group is done, the first shows
    assert dialog.list.item(0).text().startswith("Mario Rossi")


def duplicates_left() -> set[int]:
    """The ids of the contacts the file holds."""
    return {cid for (cid,) in db.execute_sql("SELECT id FROM contact")}


def _window_merge(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                  chosen: list[list[CardVersion]]) -> None:
    def ask(_parent: object, versions: list[CardVersion], base: int | None = None
            ) -> MergeChoice:
        chosen.append(versions)
        dialog = MergeDialog(versions, base)
        qtbot.addWidget(dialog)
        return dialog.value()

    monkeypatch.setattr(MergeDialog, "ask", staticmethod(ask))


def test_find_duplicates_merge_undo_redo_in_the_window(
        qtbot: QtBot, window: MainWindow, twins: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.load()
    before = dump_file()
    chosen: list[list[CardVersion]] = []
    _window_merge(window, qtbot, monkeypatch, chosen)
    reviewed: list[list[duplicates.DuplicateGroup]] = []

    def review(_parent: object, groups: list[duplicates.DuplicateGroup],
               actions: ReviewActions) -> None:
        reviewed.append(groups)
        kept = actions.merge(list(groups[0].ids))
        assert kept is not None
        actions.not_duplicates(list(groups[1].ids))

    monkeypatch.setattr(DuplicatesDialog, "review", staticmethod(review))
    window.acts.find_duplicates.trigger()
    qtbot.waitUntil(lambda: bool(reviewed), timeout=10000)
    assert [g.ids for g in reviewed[0]] == [tuple(twins[:2]), tuple(twins[2:])]
    assert [v.title for v in chosen[0]] == ["Mario Rossi (1)", "Rossi, Mario (2)"]
    kept = get_contact(twins[0])  # as complete as the other: the first is the base
    assert (kept.fields.display_name, kept.fields.organization) == ("Mario Rossi", "Acme")
    with pytest.raises(NotFoundError):
        get_contact(twins[1])
    assert duplicates.find_duplicates(None) == []
    after = dump_file()
    assert window.controller.undo_stack.count() == 2
    assert window.controller.undo() and window.controller.undo()
    assert differences(before, dump_file()) == []
    assert window.controller.redo() and window.controller.redo()
    assert differences(after, dump_file()) == []


def test_merge_selected_contacts_from_the_table(
        qtbot: QtBot, window: MainWindow, twins: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.load()
    chosen: list[list[CardVersion]] = []
    _window_merge(window, qtbot, monkeypatch, chosen)
    window.select_ids([twins[0]])
    assert not window.acts.merge.isEnabled()
    window.select_ids(twins[2:5])
    assert window.acts.merge.isEnabled()
    qtbot.keyClick(window.table, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(chosen) == 1 and len(chosen[0]) == 3
    survivors = [cid for cid in twins[2:5] if cid in duplicates_left()]
    assert len(survivors) == 1
    assert window.selected_ids() == survivors
    assert "Merged 2 contacts into Anna Verdi" in window.statusBar().currentMessage()


def test_describe_shows_organization_email_and_phone(window: MainWindow, twins: list[int]
                                                     ) -> None:
    assert duplicate_commands.DuplicateCommands.describe(window.duplicates, twins[0]) == \
        "Acme · mario@acme.it"
