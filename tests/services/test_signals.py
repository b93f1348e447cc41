"""Signals and the threshold: none → clarify → decide, weighted, positives never subtract."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from networkapp.services import changes
from networkapp.services.dto import SignalInput
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.listing import ContactQuery
from networkapp.services.settings import DEFAULT_THRESHOLD, get_threshold, set_threshold
from networkapp.services.signals import (
    LEVEL_CLARIFY,
    LEVEL_DECIDE,
    LEVEL_NONE,
    add_signal,
    delete_signal,
    get_signal,
    level_for,
    list_signals,
    threshold_state,
)
from tests.services.foundation_helpers import list_contacts, log, new_contact, praise, warn


def _open_warnings(cid: int) -> int:
    (row,) = [r for r in list_contacts(ContactQuery(view="all")) if r.id == cid]
    return row.open_warnings


@pytest.mark.parametrize(
    ("weight", "threshold", "level"),
    [(0, 3, LEVEL_NONE), (1, 3, LEVEL_CLARIFY), (2, 3, LEVEL_CLARIFY), (3, 3, LEVEL_DECIDE),
     (7, 3, LEVEL_DECIDE), (1, 1, LEVEL_DECIDE), (9, 10, LEVEL_CLARIFY), (10, 10, LEVEL_DECIDE)],
)
def test_level_for(weight: int, threshold: int, level: str) -> None:
    assert level_for(weight, threshold) == level


def test_levels_rise_with_weighted_warnings(db_path: Path) -> None:
    cid = new_contact()
    state = threshold_state(cid)
    assert (state.level, state.threshold, state.open_warning_weight) == (LEVEL_NONE, 3, 0)
    warn(cid, weight=1)
    assert threshold_state(cid).level == LEVEL_CLARIFY  # any open warning: talk now
    warn(cid, weight=1)
    assert threshold_state(cid).level == LEVEL_CLARIFY
    warn(cid, weight=1)
    state = threshold_state(cid)
    assert (state.level, state.open_warning_weight, state.open_warning_count) == (
        LEVEL_DECIDE, 3, 3)


def test_one_heavy_warning_reaches_the_threshold(db_path: Path) -> None:
    cid = new_contact()
    warn(cid, weight=3)
    state = threshold_state(cid)
    assert (state.open_warning_count, state.open_warning_weight, state.level) == (
        1, 3, LEVEL_DECIDE)


def test_positives_are_counted_but_do_not_cancel_warnings(db_path: Path) -> None:
    cid = new_contact()
    warn(cid, weight=2)
    for _ in range(5):
        praise(cid)
    state = threshold_state(cid)
    assert state.positive_count == 5
    assert state.open_warning_weight == 2
    assert state.level == LEVEL_CLARIFY
    warn(cid, weight=1)
    assert threshold_state(cid).level == LEVEL_DECIDE
    assert _open_warnings(cid) == 3


def test_positives_alone_ask_for_nothing(db_path: Path) -> None:
    cid = new_contact()
    praise(cid)
    state = threshold_state(cid)
    assert (state.level, state.positive_count, state.open_warning_count) == (LEVEL_NONE, 1, 0)


def test_threshold_default_and_settable_from_1_to_10(db_path: Path) -> None:
    cid = new_contact()
    warn(cid, weight=2)
    assert get_threshold() == DEFAULT_THRESHOLD == 3
    for value in (1, 2, 5, 10):
        set_threshold(value)
        assert get_threshold() == value
    set_threshold(2)
    assert threshold_state(cid).level == LEVEL_DECIDE
    set_threshold(10)
    assert threshold_state(cid).level == LEVEL_CLARIFY
    assert threshold_state(cid, threshold=1).level == LEVEL_DECIDE  # an explicit one wins


@pytest.mark.parametrize("value", [0, -1, 11, 100])
def test_threshold_outside_1_to_10_is_refused(db_path: Path, value: int) -> None:
    set_threshold(4)
    with pytest.raises(ValidationError) as info:
        set_threshold(value)
    assert "threshold" in info.value.problems
    assert get_threshold() == 4


def test_signal_links_to_its_interaction(db_path: Path) -> None:
    cid = new_contact()
    iid = log(cid, summary="Asked for a referral, again")
    sid = add_signal(cid, SignalInput(date=dt.date(2024, 6, 1), polarity="warning",
                                      category="only_when_needing", weight=2, note="third time",
                                      interaction_id=iid))
    (view,) = list_signals(cid)
    assert view.id == sid and view.interaction_id == iid
    assert view.interaction_summary == "Asked for a referral, again"
    assert view.category_label == "Only reaches out when needing something"
    assert view.is_open


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"polarity": "neutral"}, "polarity"), ({"category": "  "}, "category"),
     ({"weight": 0}, "weight"), ({"weight": 4}, "weight")],
)
def test_bad_signal_is_refused(db_path: Path, changes: dict, field: str) -> None:
    cid = new_contact()
    data = {"date": dt.date(2024, 1, 1), "polarity": "warning", "category": "ego_first"}
    with pytest.raises(ValidationError) as info:
        add_signal(cid, SignalInput(**(data | changes)))
    assert field in info.value.problems
    assert list_signals(cid) == []


def test_signal_for_missing_contact(db_path: Path) -> None:
    with pytest.raises(NotFoundError):
        warn(999)


def test_delete_and_undo_keep_the_cache_right(db_path: Path) -> None:
    cid = new_contact()
    sid = warn(cid, weight=3)
    assert _open_warnings(cid) == 3 and threshold_state(cid).level == LEVEL_DECIDE
    removed = get_signal(sid)
    _, recording = changes.record(lambda: delete_signal(sid))
    assert _open_warnings(cid) == 0 and list_signals(cid) == []
    changes.ChangeSet(recording).swap()
    assert list_signals(cid) == [removed]
    assert _open_warnings(cid) == 3


def test_free_text_is_cleaned_as_contact_fields_are(db_path: Path) -> None:
    cid = new_contact()
    add_signal(cid, SignalInput(date=dt.date(2024, 1, 2), polarity="warning",
                                category=" late\x00 again\n", note="a\x00b\n" + "z" * 200_000))
    (signal,) = list_signals(cid)
    assert signal.category == "late again"
    assert signal.note.startswith("ab\nzz") and len(signal.note) == 100_000


def test_a_category_of_control_characters_only_is_refused(db_path: Path) -> None:
    cid = new_contact()
    with pytest.raises(ValidationError):
        add_signal(cid, SignalInput(date=dt.date(2024, 1, 2), polarity="warning",
                                    category="\x00\x01"))
