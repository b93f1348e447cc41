"""The decide banner appears once per crossing; the clarify level gets a quiet hint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkapp.services.dto import ThresholdState
from networkapp.ui.widgets.decision_banner import DecisionBannerWidget


def state(weight: int, threshold: int = 3) -> ThresholdState:
    """Open warnings of weight 1 each."""
    level = "none" if weight == 0 else "decide" if weight >= threshold else "clarify"
    return ThresholdState(weight, weight, 0, threshold, level)


def make(qtbot: QtBot) -> DecisionBannerWidget:
    """A banner in a shown parent, like in the detail area."""
    banner = DecisionBannerWidget()
    qtbot.addWidget(banner)
    return banner


def test_decide_banner_says_so_and_offers_the_wizard(qtbot: QtBot) -> None:
    banner = make(qtbot)
    assert banner.show_for(7, "Ada Rossi", state(3)) == "decide"
    assert not banner.isHidden()
    assert banner.message_label.text() == (
        "Threshold reached for Ada Rossi: 3 open warnings (threshold 3). "
        "Talk it through and decide.")
    assert banner.message_label.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(banner.clarify_requested) as blocker:
        qtbot.mouseClick(banner.clarify_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [7]


def test_dismissed_banner_stays_away_until_the_next_crossing(qtbot: QtBot) -> None:
    banner = make(qtbot)
    banner.show_for(7, "Ada Rossi", state(2))
    assert banner.prompt == "hint" and not banner.isHidden()
    assert banner.dismiss_button.isHidden()  # the quiet hint can't be dismissed, nor nags
    assert "Talk now" in banner.message_label.text()
    banner.show_for(7, "Ada Rossi", state(3))
    with qtbot.waitSignal(banner.dismissed):
        qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()
    assert banner.show_for(7, "Ada Rossi", state(4)) == "none"  # another edit: not again
    assert banner.isHidden()
    banner.show_for(7, "Ada Rossi", state(1))
    assert banner.show_for(7, "Ada Rossi", state(3)) == "decide"  # crossed again
    assert not banner.isHidden()


def test_archived_contacts_and_calm_ones_get_nothing(qtbot: QtBot) -> None:
    banner = make(qtbot)
    assert banner.show_for(1, "Bo", state(5), "archived") == "none"
    assert banner.isHidden()
    assert banner.show_for(2, "Cy", state(0)) == "none"
    assert banner.isHidden()


def test_clear_hides_it(qtbot: QtBot) -> None:
    banner = make(qtbot)
    banner.show_for(7, "Ada Rossi", state(3))
    banner.clear()
    assert banner.isHidden()
