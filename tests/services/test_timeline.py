"""The relationship's story reads in order, without Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from networkapp.models import db
from networkapp.services import states
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
from networkapp.services.timeline import TimelineEntry, timeline
from networkapp.translation import say
from networkapp.ui.widgets.timeline_widget import detail_text

DAY = dt.date.today()


@pytest.fixture
def story(db_path: Path) -> int:
    """Met, noticed a warning, talked, archived."""
    cid = create_contact(ContactFields(display_name="Ada Rossi"))
    add_interaction(cid, InteractionInput(date=DAY - dt.timedelta(days=9), channel="call",
                                          summary="Asked for an intro", notes="Long call",
                                          exchanges=(ExchangeInput("gave", "introduction",
                                                                   note="to Marco"),)))
    add_signal(cid, SignalInput(date=DAY - dt.timedelta(days=9), polarity="warning",
                                category="only_when_needing", weight=2, note="Again"))
    add_signal(cid, SignalInput(date=DAY - dt.timedelta(days=3), polarity="positive",
                                category="was_honest"))
    states.finish_clarification(cid, ClarificationInput(
        date=DAY, channel="meeting", planned_questions="Why only now?",
        their_answer="Busy.", outcome="not_clarified"), Decision("archive", reason="Takes."))
    return cid


def test_the_story_reads_oldest_first(story: int) -> None:
    kinds = [(e.kind, say(e.title)) for e in timeline(story)]
    assert kinds[:3] == [
        ("interaction", "Call: Asked for an intro"),
        ("signal", "Warning: Only reaches out when needing something"),
        ("signal", "Positive sign: Was honest"),
    ]
    assert kinds[3:] == [
        ("status_change", "Added to the network"),  # today, after the older events
        ("status_change", "Clarification started"),
        ("clarification", "Talked it through (Meeting): Not clarified"),
        # The decision closes the open warning at the same moment.
        ("signal_closed",
         "Warning closed with the archive decision: Only reaches out when needing something"),
        ("status_change", "Archived as a plain entry"),
    ]


def test_details_say_what_was_given_and_said(story: int) -> None:
    entries = {say(e.title): detail_text(e) for e in timeline(story)}
    assert entries["Call: Asked for an intro"] == "Long call\nI gave: Introduction (to Marco)"
    # closed by the archive (its own entry says so)
    assert entries["Warning: Only reaches out when needing something"] == "Again\nWeight 2"
    talk = entries["Talked it through (Meeting): Not clarified"]
    assert talk == "I wanted to say: Why only now?\nThey said: Busy.\nWhy: Takes."
    assert entries["Archived as a plain entry"] == "Takes."


def test_newest_first_is_the_reverse(story: int) -> None:
    assert timeline(story, newest_first=True) == list(reversed(timeline(story)))


def test_drafts_stay_out_of_the_story(db_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Bo"))
    states.save_draft(cid, ClarificationInput(planned_questions="secret plan"))
    titles = [say(e.title) for e in timeline(cid)]
    assert titles == ["Added to the network", "Clarification started"]


def test_the_same_day_reads_event_then_signal_then_talk(db_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Cy"))
    add_signal(cid, SignalInput(date=DAY, polarity="warning", category="ego_first"))
    add_interaction(cid, InteractionInput(date=DAY, summary="Lunch"))
    kinds = [e.kind for e in timeline(cid)]
    assert kinds == ["status_change", "interaction", "signal"]


def test_a_long_history_takes_a_few_queries(story: int) -> None:
    for i in range(50):
        add_interaction(story, InteractionInput(date=DAY - dt.timedelta(days=i), summary=str(i),
                                                exchanges=(ExchangeInput("received", "time"),)))
    calls: list[str] = []
    original = db.execute_sql

    def counting(sql: str, *args: object, **kwargs: object) -> object:
        calls.append(sql)
        return original(sql, *args, **kwargs)

    db.execute_sql = counting  # type: ignore[method-assign]
    try:
        entries = timeline(story)
    finally:
        del db.execute_sql
    assert len(entries) > 50
    assert len(calls) <= 5
    assert all(isinstance(e, TimelineEntry) for e in entries)


def test_a_second_ticking_mid_step_keeps_the_order(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The draft and "Clarification started" are written by one step: a clock that
    moves on between the two statements (a loaded machine) must not reorder them."""
    later = dt.datetime.now().replace(microsecond=0) + dt.timedelta(seconds=5)
    monkeypatch.setattr(states, "_now", lambda: later)
    cid = create_contact(ContactFields(display_name="Ada Rossi"))
    states.finish_clarification(cid, ClarificationInput(
        date=DAY, channel="call", planned_questions="Why?", their_answer="Busy.",
        outcome="clarified"), Decision("keep", reason="Fine."))
    kinds = [e.kind for e in timeline(cid)]
    assert kinds == ["status_change", "status_change", "clarification", "status_change"]
