"""The timeline widget shows the relationship's story in order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkapp.services import states
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ClarificationInput, ContactFields, Decision, SignalInput
from networkapp.services.signals import add_signal
from networkapp.services.timeline import timeline
from networkapp.translation import say
from networkapp.ui.widgets.timeline_widget import TimelineWidget

TODAY = dt.date.today()


def make(qtbot: QtBot) -> TimelineWidget:
    """An empty timeline widget."""
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_story_newest_first_then_oldest_first(qtbot: QtBot, qtmodeltester: object,
                                                  db_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Ada Rossi"))
    add_signal(cid, SignalInput(date=TODAY - dt.timedelta(days=5), polarity="warning",
                                category="ego_first", note="<i>again</i>"))
    states.finish_clarification(cid, ClarificationInput(date=TODAY, outcome="no_answer"),
                                Decision("archive", reason="Silence."))
    widget = make(qtbot)
    widget.set_entries(timeline(cid))
    titles = [say(e.title) for e in widget.shown_entries()]
    assert titles[0] == "Archived as a plain entry"
    assert titles[-1] == "Warning: Puts their ego first"
    qtmodeltester.check(widget.model)  # type: ignore[attr-defined]
    last = widget.model.index(widget.model.rowCount() - 1)
    assert last.data(Qt.ItemDataRole.DisplayRole).endswith(
        "— Warning: Puts their ego first\n<i>again</i>")  # (closed by the archive since)
    assert titles[1] == "Warning closed with the archive decision: Puts their ego first"
    widget.oldest_first_check.setChecked(True)
    assert say(widget.shown_entries()[0].title) == "Warning: Puts their ego first"


def test_an_empty_story_says_so(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_entries([])
    assert widget.empty_label.isVisible()
    assert not widget.view.isVisible()
