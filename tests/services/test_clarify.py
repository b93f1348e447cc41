"""Clarify then decide, without Qt: review, suggestions, keep, archive, drafts, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from networkapp.i18n import Phrase
from networkapp.models import ALL_TABLES, Clarification, Contact, Signal
from networkapp.services import changes, clarify, states
from networkapp.services.contacts import contact_status, create_contact, delete_contacts
from networkapp.services.dto import (
    ClarificationInput,
    ContactFields,
    Decision,
    ExchangeInput,
    InteractionInput,
    SignalInput,
    ThresholdState,
)
from networkapp.services.errors import TransitionError, ValidationError
from networkapp.services.interactions import add_interaction
from networkapp.services.signals import add_signal, list_signals, threshold_state
from networkapp.translation import say

DAY = dt.date(2025, 3, 10)
TALK = ClarificationInput(date=DAY, channel="call", planned_questions="Why only now?",
                          their_answer="I was busy.", outcome="clarified")


def dump() -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in a stable order."""
    return {t._meta.table_name: sorted((row for row in t.select().dicts()), key=repr)
            for t in ALL_TABLES}


@pytest.fixture
def ada(db_path: Path) -> int:
    """Ada Rossi: one coffee, three open warnings (the default threshold), one positive."""
    cid = create_contact(ContactFields(given_name="Ada", family_name="Rossi"))
    coffee = add_interaction(cid, InteractionInput(
        date=DAY - dt.timedelta(days=40), summary="Coffee", exchanges=(
            ExchangeInput("gave", "advice"), ExchangeInput("gave", "introduction"),
            ExchangeInput("received", "time"))))
    for i, category in enumerate(("only_when_needing", "never_reciprocates", "my own words")):
        add_signal(cid, SignalInput(date=DAY - dt.timedelta(days=30 - i), polarity="warning",
                                    category=category, note=f"note {i}",
                                    interaction_id=coffee if i == 0 else None))
    add_signal(cid, SignalInput(date=DAY - dt.timedelta(days=5), polarity="positive",
                                category="was_honest"))
    return cid


def test_review_shows_the_open_warnings_and_says_why(ada: int) -> None:
    seen = clarify.review(ada, today=DAY)
    assert seen.display_name == "Ada Rossi"
    assert [s.category_label for s in seen.open_warnings] == [
        "my own words", "Never reciprocates", "Only reaches out when needing something"]
    assert seen.open_warnings[-1].interaction_summary == "Coffee"
    assert [s.category for s in seen.positives] == ["was_honest"]
    assert (seen.balance.gave_count, seen.balance.received_count) == (2, 1)
    assert seen.days_since == 40
    assert seen.threshold.level == "decide"
    assert seen.reason[0].args == (Phrase("%Ln open warning(s)", 3), 3)
    assert say(seen.reason[0]).endswith("your threshold is 3. It is time to talk it through "
                                        "and decide.")


def test_reason_below_threshold_and_with_weights(ada: int) -> None:
    state = threshold_state(ada, threshold=5)
    below = clarify.reason_text(state)[0]
    assert below.args == (Phrase("%Ln open warning(s)", 3), 5)
    assert "below your threshold" in below.text
    heavy = ThresholdState(4, 2, 0, 3, "decide")
    # The count, and the weight where it differs (the one phrase: signals.warnings_phrase).
    assert clarify.reason_text(heavy)[0].args[0] == Phrase(
        "%1, weight %2", args=(Phrase("%Ln open warning(s)", 2), 4))


def test_suggestions_one_per_category_plus_a_generic_one() -> None:
    found = clarify.suggest_questions(["only_when_needing", "my own words", "only_when_needing"])
    assert [q.category for q in found] == ["", "only_when_needing", "my own words"]
    assert "when you need something" in say(found[1].text)
    assert "\u201cmy own words\u201d" in say(found[2].text)


@pytest.mark.parametrize("category", list(clarify._QUESTIONS))
def test_every_warning_category_has_a_question(category: str) -> None:
    assert say(clarify.suggest_questions([category])[1].text).endswith("?")


def test_finish_problems_name_what_is_missing() -> None:
    assert set(clarify.finish_problems(ClarificationInput(), None)) == {"outcome", "decision"}
    assert clarify.finish_problems(TALK, Decision("archive")) == {
        "reason": "Say why you archive this contact."}
    assert clarify.finish_problems(TALK, Decision("keep", cadence_days=30)) == {}


def test_keep_resolves_the_warnings_and_reactivates(ada: int) -> None:
    done = states.finish_clarification(ada, TALK, Decision("keep", cadence_days=45))
    assert contact_status(ada) == "active"
    assert threshold_state(ada).level == "none"
    assert Signal.select().where(Signal.resolved_by == done.id).count() == 3
    assert Contact.get_by_id(ada).cadence_days == 45
    assert [c.action for c in states.history(ada)] == ["create", "clarify", "keep"]
    assert Signal.select().where(Signal.resolved_by.is_null()).count() == 1  # the positive


def test_archive_keeps_everything_with_the_reason(ada: int) -> None:
    states.finish_clarification(ada, TALK, Decision("archive", reason="Only takes."))
    assert contact_status(ada) == "archived"
    assert states.history(ada)[-1].reason == "Only takes."
    assert Signal.select().where(Signal.contact == ada).count() == 4  # history intact
    # The decision closed the open warnings: an archived contact has nothing left to do.
    assert threshold_state(ada).open_warning_count == 0
    closed = [s for s in list_signals(ada) if s.polarity == "warning"]
    assert {(s.state, s.resolution) for s in closed} == {("resolved", "archive")}


def test_an_invalid_decision_writes_nothing(ada: int) -> None:
    before = dump()
    with pytest.raises(ValidationError):
        states.finish_clarification(ada, TALK, Decision("archive", reason="  "))
    assert dump() == before


@pytest.mark.parametrize("decision", [Decision("keep", cadence_days=20),
                                      Decision("archive", reason="Enough.")])
@pytest.mark.parametrize("with_draft", [False, True])
def test_undo_restores_the_exact_rows_and_redo_the_exact_result(
        ada: int, decision: Decision, with_draft: bool) -> None:
    if with_draft:
        states.save_draft(ada, ClarificationInput(planned_questions="Draft", draft_step=1))
    before = dump()
    _, recording = changes.record(lambda: states.finish_clarification(ada, TALK, decision))
    after = dump()
    change = changes.ChangeSet(recording)
    change.swap()
    assert dump() == before
    change.swap()
    assert dump() == after
    change.swap()
    assert dump() == before


def test_draft_then_resume_then_finish(ada: int) -> None:
    states.save_draft(ada, ClarificationInput(planned_questions="Ask about it", draft_step=2))
    assert contact_status(ada) == "clarifying"
    draft = states.draft_for(ada)
    assert draft is not None and (draft.planned_questions, draft.draft_step) == (
        "Ask about it", 2)
    states.finish_clarification(ada, TALK, Decision("keep"))
    assert states.draft_for(ada) is None
    assert Clarification.select().count() == 1  # the draft became the clarification


def test_undoing_a_started_draft_leaves_no_trace(ada: int) -> None:
    before = dump()
    _, recording = changes.record(lambda: states.save_draft(
        ada, ClarificationInput(planned_questions="Hmm", draft_step=1)))
    assert contact_status(ada) == "clarifying"
    changes.ChangeSet(recording).swap()
    assert dump() == before
    assert contact_status(ada) == "active"


def test_restore_from_archive(ada: int) -> None:
    states.finish_clarification(ada, TALK, Decision("archive", reason="Enough."))
    states.restore_contact(ada, "We talked again")
    assert contact_status(ada) == "active"
    assert [c.action for c in states.history(ada)][-2:] == ["archive", "restore"]


def test_archived_contact_cannot_be_decided_again(ada: int) -> None:
    states.finish_clarification(ada, TALK, Decision("archive", reason="Enough."))
    before = dump()
    with pytest.raises(TransitionError):
        states.finish_clarification(ada, TALK, Decision("keep"))
    assert dump() == before


def test_delete_of_an_archived_contact_removes_every_row_and_undo_brings_them_back(
        ada: int) -> None:
    states.finish_clarification(ada, TALK, Decision("archive", reason="Enough."))
    before = dump()
    _, recording = changes.record(lambda: delete_contacts([ada]))
    left = dump()
    assert all(not rows for name, rows in left.items() if name not in ("tag", "setting"))
    changes.ChangeSet(recording).swap()
    assert dump() == before


def test_prompt_gate_shows_the_banner_once_per_crossing() -> None:
    gate = clarify.PromptGate()
    assert gate.update(1, "clarify") == clarify.PROMPT_HINT
    assert gate.update(1, "decide") == clarify.PROMPT_DECIDE
    assert gate.update(1, "decide") == clarify.PROMPT_DECIDE  # still there until dismissed
    gate.dismiss(1)
    assert gate.update(1, "decide") == clarify.PROMPT_NONE  # another edit: not again
    assert gate.update(1, "clarify") == clarify.PROMPT_HINT
    assert gate.update(1, "decide") == clarify.PROMPT_DECIDE  # a new crossing
    assert gate.update(2, "decide", "archived") == clarify.PROMPT_NONE
    assert gate.update(3, "none") == clarify.PROMPT_NONE


def test_crossed_into_decide() -> None:
    assert clarify.crossed_into_decide("clarify", "decide")
    assert clarify.crossed_into_decide(None, "decide")
    assert not clarify.crossed_into_decide("decide", "decide")
    assert not clarify.crossed_into_decide("none", "clarify")
