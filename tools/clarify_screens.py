"""Screenshot every page of the clarification wizard, the banner and the timeline.

Not a benchmark (``run_all.py`` only runs ``bench_*.py``): a way to look at the
dialogs on a virtual screen. Usage::

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/clarify_screens.py /tmp/shots

Writes ``wizard-1-review.png`` … ``wizard-4-decide.png``, ``banner.png`` and
``timeline.png`` into the folder, for a demo contact in a throw-away database.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from networkapp.models import open_database  # first: applies the Qt work-around
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
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
from networkapp.services.signals import add_signal, threshold_state
from networkapp.services.timeline import timeline
from networkapp.ui.dialogs.clarify_wizard import ClarifyWizard
from networkapp.ui.widgets.decision_banner import DecisionBannerWidget
from networkapp.ui.widgets.timeline_widget import TimelineWidget

TODAY = dt.date.today()


def _days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def demo_contact() -> int:
    """Ada Rossi: a one-sided relationship with three open warnings."""
    cid = create_contact(ContactFields(given_name="Ada", family_name="Rossi",
                                       organization="Studio Aperto"))
    coffee = add_interaction(cid, InteractionInput(
        date=_days_ago(42), channel="meeting", summary="Coffee near the station",
        exchanges=(ExchangeInput("gave", "advice"), ExchangeInput("gave", "introduction"),
                   ExchangeInput("gave", "time"), ExchangeInput("received", "time"))))
    add_signal(cid, SignalInput(date=_days_ago(60), polarity="positive", category="was_honest",
                                note="Told me frankly the first draft was weak."))
    add_signal(cid, SignalInput(
        date=_days_ago(42), polarity="warning", category="only_when_needing",
        note="Called only to ask for an introduction to my publisher.", interaction_id=coffee))
    add_signal(cid, SignalInput(date=_days_ago(20), polarity="warning",
                                category="never_reciprocates",
                                note="No reply when I asked for a small favour."))
    add_signal(cid, SignalInput(date=_days_ago(3), polarity="warning",
                                category="talks over me in meetings"))
    return cid


def shoot_wizard(cid: int, out: Path) -> None:
    """Walk the wizard page by page, filling it like a user, and grab each page."""
    data = clarify.review(cid)
    wizard = ClarifyWizard(data, clarify.suggest_questions(s.category for s in data.open_warnings))
    wizard.resize(720, 640)
    wizard.show()
    names = ("review", "prepare", "conversation", "decide")
    for step, name in enumerate(names, start=1):
        QApplication.processEvents()
        if name == "prepare":
            wizard.prepare_page.use_suggestion(
                clarify.suggest_questions(["only_when_needing"])[1].text)
        if name == "conversation":
            page = wizard.conversation_page
            page.answer_edit.setPlainText(
                "She said she had been overwhelmed and didn't notice. She offered to "
                "introduce me to her editor.")
            page.outcome_buttons["clarified"].setChecked(True)
        if name == "decide":
            wizard.decide_page.keep_button.setChecked(True)
            wizard.decide_page.cadence_check.setChecked(True)
            wizard.decide_page.cadence_spin.setValue(45)
        QApplication.processEvents()
        wizard.grab().save(str(out / f"wizard-{step}-{name}.png"))
        wizard.next()
    wizard.decide_page.archive_button.setChecked(True)
    QApplication.processEvents()
    wizard.grab().save(str(out / "wizard-4-decide-archive.png"))
    wizard.reject()


def shoot_banner_and_timeline(cid: int, out: Path) -> None:
    """Grab the decide banner, the hint, and the timeline after a decision."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    decide = DecisionBannerWidget()
    hint = DecisionBannerWidget()
    layout.addWidget(decide)
    layout.addWidget(hint)
    decide.show_for(cid, "Ada Rossi", threshold_state(cid))
    hint.show_for(cid, "Ada Rossi", threshold_state(cid, threshold=5))
    holder.resize(720, 110)
    holder.show()
    QApplication.processEvents()
    holder.grab().save(str(out / "banner.png"))
    states.save_draft(cid, ClarificationInput(planned_questions="Ask why only now"))
    states.finish_clarification(cid, ClarificationInput(
        date=TODAY, channel="call", planned_questions="Why only when you need something?",
        their_answer="Overwhelmed, sorry.", outcome="clarified"), Decision("keep"))
    widget = TimelineWidget()
    widget.set_entries(timeline(cid))
    widget.resize(520, 560)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(out / "timeline.png"))


def main() -> int:
    """Write the screenshots into the folder given (default: a temporary one)."""
    app = QApplication(sys.argv[:1])
    out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="clarify-"))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "demo.sqlite3")
        cid = demo_contact()
        shoot_wizard(cid, out)
        shoot_banner_and_timeline(cid, out)
    print(f"screenshots in {out}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
