"""Each detail widget on its own: live balance, signal levels, meter (card: test_contact_card)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkapp.services.dto import ThresholdState
from networkapp.services.interactions import list_interactions
from networkapp.ui.controller import Controller
from networkapp.ui.widgets.interaction_editor_widget import InteractionEditorWidget
from networkapp.ui.widgets.signals_panel_widget import SignalsPanelWidget
from networkapp.ui.widgets.threshold_meter_widget import ThresholdMeterWidget


def test_interaction_editor_balance_moves_while_editing(
        qtbot: QtBot, controller: Controller, ada: int) -> None:
    editor = InteractionEditorWidget(controller)
    qtbot.addWidget(editor)
    editor.show_contact(ada)
    assert "no exchanges yet" in editor.balance_label.text()
    qtbot.keyClicks(editor.summary, "Coffee near the station")
    qtbot.mouseClick(editor.exchange_rows.add_gave, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.exchange_rows.add_gave, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.exchange_rows.add_received, Qt.MouseButton.LeftButton)
    assert "I gave 2 · I received 1" in editor.balance_label.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    (stored,) = list_interactions(ada)
    assert stored.summary == "Coffee near the station" and len(stored.exchanges) == 3
    assert controller.undo_stack.undoText() == "Add interaction with Ada Rossi"
    assert editor.list.topLevelItemCount() == 1
    editor.start_new()
    qtbot.mouseClick(editor.exchange_rows.add_received, Qt.MouseButton.LeftButton)
    assert "I gave 2 · I received 2 — balanced" in editor.balance_label.text()


def test_signals_panel_level_goes_none_clarify_decide(
        qtbot: QtBot, controller: Controller, ada: int) -> None:
    panel = SignalsPanelWidget(controller)
    qtbot.addWidget(panel)
    panel.show_contact(ada)
    assert panel.level == "none"
    qtbot.mouseClick(panel.quick_buttons["gave_unasked"], Qt.MouseButton.LeftButton)
    assert panel.level == "none"
    qtbot.mouseClick(panel.quick_buttons["only_when_needing"], Qt.MouseButton.LeftButton)
    assert panel.level == "clarify"
    assert "talk about it" in panel.level_label.text()
    panel.weight.setValue(2)
    qtbot.keyClicks(panel.free_text, "Took credit for my work")
    qtbot.keyClick(panel.free_text, Qt.Key.Key_Return)
    assert panel.level == "decide"
    assert panel.list.topLevelItemCount() == 3
    assert panel.list.topLevelItem(0).text(1) in {"Took credit for my work",
                                                  "Gave without being asked",
                                                  "Only reaches out when needing something"}
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    panel.list.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.list.topLevelItemCount() == 2


def test_signals_panel_keeps_a_place_for_clarify(qtbot: QtBot, controller: Controller,
                                                 ada: int) -> None:
    from PySide6.QtWidgets import QPushButton

    panel = SignalsPanelWidget(controller)
    qtbot.addWidget(panel)
    button = QPushButton("Clarify…")
    panel.add_level_action(button)
    panel.show_contact(ada)
    with qtbot.waitSignal(panel.clarify_requested) as blocker:
        button.clicked.connect(lambda: panel.clarify_requested.emit(ada))
        button.click()
    assert blocker.args == [ada]


def test_threshold_meter_names_the_level(qtbot: QtBot) -> None:
    meter = ThresholdMeterWidget()
    qtbot.addWidget(meter)
    meter.set_state(ThresholdState(3, 2, 0, 3, "decide"))
    assert "decide" in meter.level_text()
    meter.grab()  # paints without error
