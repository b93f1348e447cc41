"""Relationship states: every legal and illegal transition, the history, keep and archive."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from networkapp.models import Clarification, Contact, Signal, StatusChange
from networkapp.services.contacts import contact_status
from networkapp.services.dto import ClarificationInput, Decision
from networkapp.services.errors import TransitionError, ValidationError
from networkapp.services.listing import ContactQuery
from networkapp.services.signals import list_signals, threshold_state
from networkapp.services.states import (
    TRANSITIONS,
    archive_contact,
    draft_for,
    finish_clarification,
    history,
    list_clarifications,
    next_status,
    restore_contact,
    save_draft,
    transition,
)
from networkapp.services.vocabulary import ACTIVE, ARCHIVED, CLARIFYING, STATUSES
from tests.services.foundation_helpers import (
    gave,
    list_contacts,
    log,
    memory_db,
    new_contact,
    praise,
    row_counts,
    warn,
)

ACTIONS = ("clarify", "keep", "archive", "restore")
LEGAL = [
    (ACTIVE, "clarify", CLARIFYING),
    (CLARIFYING, "keep", ACTIVE),
    (ACTIVE, "archive", ARCHIVED),
    (CLARIFYING, "archive", ARCHIVED),
    (ARCHIVED, "restore", ACTIVE),
]
ILLEGAL = [(s, a) for s, a in itertools.product(STATUSES, (*ACTIONS, "delete", "create"))
           if (s, a) not in TRANSITIONS]
# How to bring a new (active) contact into each status.
PATH_TO = {ACTIVE: (), CLARIFYING: ("clarify",), ARCHIVED: ("archive",)}


def _contact_in(status: str) -> int:
    cid = new_contact()
    for action in PATH_TO[status]:
        transition(cid, action, f"setting up: {action}")
    assert contact_status(cid) == status
    return cid


def test_the_table_holds_exactly_the_legal_transitions() -> None:
    assert {(s, a): t for s, a, t in LEGAL} == TRANSITIONS
    assert len(ILLEGAL) == len(STATUSES) * 6 - len(LEGAL)


@pytest.mark.parametrize(("status", "action", "target"), LEGAL)
def test_legal_transition_writes_a_status_change(db_path: Path, status: str, action: str,
                                                 target: str) -> None:
    cid = _contact_in(status)
    before = len(history(cid))
    change = transition(cid, action, f"  because {action}  ")
    assert contact_status(cid) == target
    steps = history(cid)
    assert len(steps) == before + 1
    assert steps[-1] == change
    assert (change.action, change.from_status, change.to_status) == (action, status, target)
    assert change.reason == f"because {action}"
    assert change.contact_id == cid


@pytest.mark.parametrize(("status", "action"), ILLEGAL)
def test_illegal_transition_raises_and_changes_nothing(db_path: Path, status: str,
                                                       action: str) -> None:
    cid = _contact_in(status)
    counts = row_counts()
    with pytest.raises(TransitionError) as info:
        transition(cid, action, "should not happen")
    assert action in str(info.value)
    assert contact_status(cid) == status
    assert row_counts() == counts
    with pytest.raises(TransitionError):
        next_status(status, action)


def test_creation_is_the_first_step_of_the_history(db_path: Path) -> None:
    cid = new_contact()
    (first,) = history(cid)
    assert (first.action, first.from_status, first.to_status) == ("create", None, ACTIVE)
    assert first.reason


def test_archive_needs_a_reason(db_path: Path) -> None:
    cid = new_contact()
    with pytest.raises(ValidationError) as info:
        archive_contact(cid, "   ")
    assert "reason" in info.value.problems
    assert contact_status(cid) == ACTIVE
    archive_contact(cid, "Only calls when needing something")
    assert history(cid)[-1].reason == "Only calls when needing something"


def _rich_contact() -> int:
    cid = new_contact("Marco Rossi", emails=(), notes="met at the meetup", tags=("mentor",))
    log(cid, gave(), gave("introduction"))
    warn(cid, weight=2)
    praise(cid)
    return cid


def test_archiving_and_restoring_never_delete_a_row(db_path: Path) -> None:
    cid = _rich_contact()
    before = row_counts()
    archive_contact(cid, "One-sided for a year")
    after = row_counts()
    assert after == before | {"status_change": before["status_change"] + 1}
    (row,) = list_contacts(ContactQuery(view="archived"))
    assert row.id == cid and row.gave == 2
    assert list_contacts(ContactQuery(view="active")) == []
    restore_contact(cid, "")
    assert contact_status(cid) == ACTIVE
    assert history(cid)[-1].reason == "Restored"
    assert row_counts() == before | {"status_change": before["status_change"] + 2}
    assert len(list_signals(cid)) == 2


def test_archive_decision_keeps_every_row(db_path: Path) -> None:
    cid = _rich_contact()
    before = row_counts()
    finish_clarification(cid, ClarificationInput(their_answer="No comment", outcome="no_answer"),
                         Decision("archive", reason="Refused to talk about it"))
    assert contact_status(cid) == ARCHIVED
    after = row_counts()
    assert after == before | {"status_change": before["status_change"] + 2,  # clarify, archive
                              "clarification": before["clarification"] + 1}
    assert [s.action for s in history(cid)] == ["create", "clarify", "archive"]
    assert history(cid)[-1].reason == "Refused to talk about it"


def test_archive_decision_without_reason_is_refused(db_path: Path) -> None:
    cid = _rich_contact()
    before = row_counts()
    with pytest.raises(ValidationError):
        finish_clarification(cid, ClarificationInput(), Decision("archive", reason=""))
    assert row_counts() == before and contact_status(cid) == ACTIVE


def test_keep_resolves_open_warnings_by_that_clarification(db_path: Path) -> None:
    cid = _rich_contact()
    warn(cid, weight=1)
    other = new_contact("Someone Else")
    warn(other)
    assert threshold_state(cid).level == "decide"
    done = finish_clarification(
        cid, ClarificationInput(planned_questions="Why now?", their_answer="Busy period",
                                outcome="clarified"),
        Decision("keep", reason="Talked it through", cadence_days=30))
    assert not done.is_draft and done.decision == "keep"
    assert contact_status(cid) == ACTIVE
    signals = list_signals(cid)
    assert {s.resolved_by for s in signals if s.polarity == "warning"} == {done.id}
    assert [s.resolved_by for s in signals if s.polarity == "positive"] == [None]
    assert threshold_state(cid).level == "none"
    assert list_contacts(ContactQuery(view="all", search="marco"))[0].open_warnings == 0
    assert threshold_state(other).open_warning_weight == 1  # other contacts untouched
    steps = history(cid)
    assert [s.action for s in steps] == ["create", "clarify", "keep"]
    assert steps[-1].clarification_id == done.id and steps[-1].reason == "Talked it through"
    assert Contact.get_by_id(cid).cadence_days == 30


def test_warnings_after_a_keep_are_open_again(db_path: Path) -> None:
    cid = _rich_contact()
    first = finish_clarification(cid, ClarificationInput(), Decision("keep"))
    second_warning = warn(cid, weight=1)
    assert threshold_state(cid).level == "clarify"
    second = finish_clarification(cid, ClarificationInput(), Decision("keep"))
    resolved = {s.id: s.resolved_by for s in list_signals(cid) if s.polarity == "warning"}
    assert resolved[second_warning] == second.id
    assert first.id in resolved.values()  # the older one stays resolved by the first
    assert history(cid)[-1].reason == "Kept after clarifying"


def test_deciding_on_an_archived_contact_is_refused_and_writes_nothing(db_path: Path) -> None:
    cid = _rich_contact()
    archive_contact(cid, "Gone")
    before = row_counts()
    with pytest.raises(TransitionError):
        finish_clarification(cid, ClarificationInput(), Decision("keep"))
    assert row_counts() == before
    assert contact_status(cid) == ARCHIVED


def test_draft_is_saved_and_resumed(db_path: Path) -> None:
    cid = _rich_contact()
    assert draft_for(cid) is None
    first = save_draft(cid, ClarificationInput(planned_questions="Why only now?", draft_step=1))
    assert contact_status(cid) == CLARIFYING
    assert first.is_draft and first.draft_step == 1
    again = save_draft(cid, ClarificationInput(planned_questions="Why only now?",
                                               their_answer="Fair point", draft_step=2))
    assert again.id == first.id  # the same draft, updated
    resumed = draft_for(cid)
    assert resumed is not None
    assert (resumed.planned_questions, resumed.their_answer, resumed.draft_step) == (
        "Why only now?", "Fair point", 2)
    assert Clarification.select().count() == 1
    assert [s.action for s in history(cid)] == ["create", "clarify"]  # one clarify only
    done = finish_clarification(cid, ClarificationInput(their_answer="Fair point"),
                                Decision("keep"))
    assert done.id == first.id and draft_for(cid) is None
    assert [c.id for c in list_clarifications(cid)] == [first.id]


# --- property: random sequences of actions -----------------------------------------------------


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(ACTIONS), max_size=12))
def test_random_action_sequences_keep_the_history_consistent(actions: list[str]) -> None:
    with memory_db():
        cid = new_contact()
        warn(cid)
        expected = ACTIVE
        successes = 0
        for action in actions:
            counts = row_counts()
            if (expected, action) in TRANSITIONS:
                transition(cid, action, f"reason for {action}")
                expected = TRANSITIONS[(expected, action)]
                successes += 1
            else:
                with pytest.raises(TransitionError):
                    transition(cid, action, "illegal")
                assert row_counts() == counts
            last = StatusChange.select().where(StatusChange.contact == cid).order_by(
                StatusChange.id.desc()).first()
            assert contact_status(cid) == expected == last.to_status
        assert StatusChange.select().count() == successes + 1
        assert Signal.select().count() == 1  # no transition deletes anything


def test_no_draft_for_an_archived_contact(db_path: Path) -> None:
    cid = _rich_contact()
    archive_contact(cid, "Gone")
    before = row_counts()
    with pytest.raises(TransitionError):
        save_draft(cid, ClarificationInput(planned_questions="Why?"))
    assert row_counts() == before and draft_for(cid) is None


def test_clarification_and_reasons_are_stored_clean(db_path: Path) -> None:
    """NUL bytes and runaway text are cleaned as every stored text is (issue 13, item 9)."""
    cid = new_contact()
    huge = "a" * 200_000
    view = save_draft(cid, ClarificationInput(channel="call\x00", planned_questions="Why\x00?\r\n",
                                              their_answer=huge))
    assert (view.channel, view.planned_questions) == ("call", "Why?\n")
    assert len(view.their_answer) == 100_000
    archive_contact(cid, "Takes\x07 only")
    assert history(cid)[-1].reason == "Takes only"
