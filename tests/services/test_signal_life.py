"""A signal's whole life: open, resolved (keep, archive, by hand) or dismissed, reopened.

Each transition on its own, then random histories (hypothesis): whatever happens, the
cached open-warning weight and count are those of the open warnings, an archive leaves
none open, and a restore opens exactly the warnings chosen.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from networkapp.models import Signal, db
from networkapp.services import bulk, changes, states
from networkapp.services.dto import ClarificationInput, Decision
from networkapp.services.errors import ValidationError
from networkapp.services.signals import (
    closed_by_archive,
    dismiss_signal,
    get_signal,
    list_signals,
    reopen_signals,
    resolve_signal,
    threshold_state,
)
from networkapp.services.timeline import SIGNAL_CLOSED, timeline
from networkapp.translation import say
from networkapp.ui.widgets.timeline_widget import detail_text
from tests.dump import dump_file
from tests.services.foundation_helpers import memory_db, new_contact, praise, warn


def _cached(cid: int) -> tuple[int, int]:
    weight, count = db.execute_sql("SELECT open_warning_weight, open_warning_count FROM contact "
                                   "WHERE id = ?", (cid,)).fetchone()
    return int(weight), int(count)


def _open_truth(cid: int) -> tuple[int, int]:
    opened = [s for s in list_signals(cid) if s.polarity == "warning" and s.is_open]
    return sum(s.weight for s in opened), len(opened)


def test_resolve_by_hand_keeps_when_how_and_why(db_path: Path) -> None:
    cid = new_contact()
    sid = warn(cid, weight=2)
    other = warn(cid, weight=1)
    assert _cached(cid) == (3, 2)
    done = resolve_signal(sid, "  We talked: a misunderstanding. ")
    assert (done.state, done.resolution, done.resolution_note) == (
        "resolved", "hand", "We talked: a misunderstanding.")
    assert done.resolved_at is not None
    assert abs(done.resolved_at - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert _cached(cid) == (1, 1)
    assert threshold_state(cid).open_warning_weight == 1
    assert get_signal(other).is_open


def test_dismiss_a_signal_noted_wrongly(db_path: Path) -> None:
    cid = new_contact()
    sid = warn(cid, weight=3)
    positive = praise(cid)
    dismissed = dismiss_signal(sid, "Wrong person")
    assert (dismissed.state, dismissed.resolution) == ("dismissed", "dismissed")
    assert dismiss_signal(positive, "Typed by mistake").state == "dismissed"
    assert _cached(cid) == (0, 0)


def test_closing_needs_a_note_an_open_signal_and_a_warning_to_resolve(db_path: Path) -> None:
    cid = new_contact()
    sid = warn(cid)
    positive = praise(cid)
    before = dump_file()
    with pytest.raises(ValidationError):
        resolve_signal(sid, "   ")
    with pytest.raises(ValidationError):
        dismiss_signal(sid, "")
    with pytest.raises(ValidationError):
        resolve_signal(positive, "a positive sign is not resolved")
    assert dump_file() == before
    resolve_signal(sid, "ok")
    with pytest.raises(ValidationError):
        dismiss_signal(sid, "twice")


def test_resolving_is_undone_exactly(db_path: Path) -> None:
    cid = new_contact()
    sid = warn(cid, weight=2)
    before = dump_file()
    _, recording = changes.record(lambda: resolve_signal(sid, "sorted"))
    after = dump_file()
    change = changes.ChangeSet(recording)
    change.swap()
    assert dump_file() == before
    change.swap()
    assert dump_file() == after


def test_keep_resolves_by_the_clarification(db_path: Path) -> None:
    cid = new_contact()
    sid = warn(cid, weight=3)
    clar = states.finish_clarification(cid, ClarificationInput(outcome="clarified"),
                                       Decision("keep"))
    kept = get_signal(sid)
    assert (kept.state, kept.resolution, kept.resolved_by) == ("resolved", "keep", clar.id)
    assert _cached(cid) == (0, 0)


def test_archive_closes_and_restore_starts_clean_unless_told(db_path: Path) -> None:
    cid = new_contact()
    first, second = warn(cid, weight=2), warn(cid, weight=2)
    handled = warn(cid)
    resolve_signal(handled, "done before")
    states.archive_contact(cid, "Past the threshold")
    assert {s.id for s in closed_by_archive(cid)} == {first, second}
    assert _cached(cid) == (0, 0)
    assert threshold_state(cid).level == "none"  # no banner on an archived contact
    states.restore_contact(cid, "She apologised and reciprocated")
    assert _cached(cid) == (0, 0)  # clean: the default is none
    assert not any(s.is_open for s in list_signals(cid))
    assert states.contact_status(cid) == "active"


def test_restore_opens_exactly_the_warnings_chosen(db_path: Path) -> None:
    cid = new_contact()
    first, second = warn(cid, weight=2), warn(cid, weight=1)
    states.archive_contact(cid, "enough")
    states.restore_contact(cid, "talked", still_open=[second])
    assert get_signal(second).is_open and not get_signal(first).is_open
    assert _cached(cid) == (1, 1)


def test_restore_refuses_a_signal_the_archive_did_not_close(db_path: Path) -> None:
    cid, other = new_contact(), new_contact("Bea")
    warn(cid)
    elsewhere = warn(other)
    states.archive_contact(cid, "enough")
    before = dump_file()
    with pytest.raises(ValidationError):
        bulk.restore_contacts([cid], "back", still_open=[elsewhere])
    assert dump_file() == before


def test_the_story_tells_who_closed_what_and_when(db_path: Path) -> None:
    cid = new_contact()
    sid = warn(cid, weight=2)
    dismissed = warn(cid)
    resolve_signal(sid, "Cleared up over coffee")
    dismiss_signal(dismissed, "Was someone else")
    closed = [e for e in timeline(cid) if e.kind == SIGNAL_CLOSED]
    assert [(say(e.title).split(":")[0], detail_text(e)) for e in closed] == [
        ("Warning resolved by hand", "Cleared up over coffee"),
        ("Warning dismissed", "Was someone else")]
    assert all(e.has_time for e in closed)


# -- random histories ------------------------------------------------------------------------

_STEPS = st.lists(st.one_of(
    st.tuples(st.just("warn"), st.integers(1, 3)),
    st.tuples(st.just("praise"), st.just(1)),
    st.tuples(st.just("resolve"), st.integers(0, 20)),
    st.tuples(st.just("dismiss"), st.integers(0, 20)),
    st.tuples(st.just("archive"), st.just(0)),
    st.tuples(st.just("restore"), st.integers(0, 2**20)),
    st.tuples(st.just("keep"), st.just(0)),
), max_size=25)


def _apply(cid: int, step: str, value: int, chosen_log: list[set[int]]) -> None:
    signals = list_signals(cid)
    opened = [s for s in signals if s.is_open]
    status = states.contact_status(cid)
    if step == "warn":
        warn(cid, weight=value)
    elif step == "praise":
        praise(cid)
    elif step in ("resolve", "dismiss") and opened:
        target = opened[value % len(opened)]
        if step == "dismiss":
            dismiss_signal(target.id, "noted wrongly")
        elif target.polarity == "warning":
            resolve_signal(target.id, "by hand")
    elif step == "archive" and status != "archived":
        states.archive_contact(cid, "enough")
        assert _open_truth(cid) == (0, 0)  # the archive leaves no warning open
    elif step == "restore" and status == "archived":
        closed = sorted(s.id for s in closed_by_archive(cid))
        chosen = {sid for i, sid in enumerate(closed) if value >> i & 1}
        states.restore_contact(cid, "back", still_open=sorted(chosen))
        now_open = {s.id for s in list_signals(cid) if s.polarity == "warning" and s.is_open}
        assert now_open == chosen  # exactly those chosen
        chosen_log.append(chosen)
    elif step == "keep" and status != "archived":
        states.finish_clarification(cid, ClarificationInput(), Decision("keep"))
        assert _open_truth(cid) == (0, 0)


@settings(max_examples=40, deadline=None)
@given(_STEPS)
def test_the_cache_always_counts_exactly_the_open_warnings(steps: list[tuple[str, int]]
                                                           ) -> None:
    with memory_db():
        cid = new_contact()
        chosen_log: list[set[int]] = []
        for step, value in steps:
            _apply(cid, step, value, chosen_log)
            assert _cached(cid) == _open_truth(cid)
            state = threshold_state(cid)
            assert (state.open_warning_weight, state.open_warning_count) == _open_truth(cid)
        states_seen = {row[0] for row in Signal.select(Signal.state).tuples()}
        assert states_seen <= {"open", "resolved", "dismissed"}


def test_reopen_nothing_changes_nothing(db_path: Path) -> None:
    cid = new_contact()
    warn(cid)
    before = dump_file()
    reopen_signals([])
    assert dump_file() == before
