"""Interactions and their exchanges: log, edit, delete and undo, refused input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from networkapp.services import changes
from networkapp.services.dto import ExchangeInput, ExchangeView, InteractionInput, SignalInput
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.interactions import (
    add_interaction,
    delete_interaction,
    get_interaction,
    list_interactions,
    update_interaction,
)
from networkapp.services.listing import ContactQuery
from networkapp.services.signals import add_signal, list_signals
from tests.services.foundation_helpers import (
    gave,
    list_contacts,
    log,
    new_contact,
    received,
    row_counts,
)


def _row(cid: int) -> tuple[int, int, dt.date | None]:
    (row,) = [r for r in list_contacts(ContactQuery(view="all")) if r.id == cid]
    return row.gave, row.received, row.last_interaction


def test_log_and_read_back(db_path: Path) -> None:
    cid = new_contact()
    data = InteractionInput(date=dt.date(2024, 2, 29), channel="call", summary="Catch-up",
                            notes="Long call", exchanges=(gave("advice", "cultural", 2),
                                                          received("referral", "economic")))
    iid = add_interaction(cid, data)
    view = get_interaction(iid)
    assert view.contact_id == cid
    assert (view.date, view.channel, view.summary, view.notes) == (
        data.date, "call", "Catch-up", "Long call")
    assert [(e.direction, e.kind, e.growth, e.weight) for e in view.exchanges] == [
        ("gave", "advice", "cultural", 2), ("received", "referral", "economic", 1)]
    assert _row(cid) == (1, 1, dt.date(2024, 2, 29))


def test_list_newest_first_or_oldest_first(db_path: Path) -> None:
    cid = new_contact()
    for day in (5, 1, 9):
        log(cid, on=dt.date(2024, 1, day), summary=f"day {day}")
    assert [i.summary for i in list_interactions(cid)] == ["day 9", "day 5", "day 1"]
    assert [i.summary for i in list_interactions(cid, newest_first=False)] == [
        "day 1", "day 5", "day 9"]


def test_update_replaces_the_exchanges(db_path: Path) -> None:
    cid = new_contact()
    iid = log(cid, gave(), gave(), on=dt.date(2024, 1, 1))
    update_interaction(iid, InteractionInput(date=dt.date(2024, 3, 1), summary="Edited",
                                             exchanges=(received("gift"),)))
    assert _row(cid) == (0, 1, dt.date(2024, 3, 1))
    assert row_counts()["exchange"] == 1


def test_delete_and_undo(db_path: Path) -> None:
    cid = new_contact()
    log(cid, gave(), on=dt.date(2024, 1, 1))
    iid = log(cid, received(), received(), on=dt.date(2024, 5, 1))
    add_signal(cid, SignalInput(date=dt.date(2024, 5, 1), polarity="warning",
                                category="ego_first", interaction_id=iid))
    before = get_interaction(iid)
    _, recording = changes.record(lambda: delete_interaction(iid))
    assert _row(cid) == (1, 0, dt.date(2024, 1, 1))
    (signal,) = list_signals(cid)
    assert signal.interaction_id is None  # the signal stays, unlinked
    changes.ChangeSet(recording).swap()
    assert get_interaction(iid) == before
    assert _row(cid) == (1, 2, dt.date(2024, 5, 1))
    assert list_signals(cid)[0].interaction_id == iid  # linked again


@pytest.mark.parametrize(("exchange", "words"), [
    (ExchangeInput(direction="took", kind="advice"), "Direction"),
    (ExchangeInput(direction="gave", kind="bribe"), "Kind"),
    (ExchangeInput(direction="gave", kind="advice", growth="spiritual"), "Growth"),
    (ExchangeInput(direction="gave", kind="advice", weight=4), "Weight"),
])
def test_bad_exchange_is_refused(db_path: Path, exchange: ExchangeInput, words: str) -> None:
    cid = new_contact()
    before = row_counts()
    with pytest.raises(ValidationError) as info:
        log(cid, gave(), exchange)
    assert words in info.value.problems["exchange 2"]  # names which exchange
    assert row_counts() == before


def test_missing_contact_or_interaction(db_path: Path) -> None:
    with pytest.raises(NotFoundError):
        log(4242)
    with pytest.raises(NotFoundError):
        get_interaction(4242)
    with pytest.raises(NotFoundError):
        update_interaction(4242, InteractionInput(date=dt.date(2024, 1, 1)))


def test_an_edit_keeps_the_ids_of_the_exchanges_it_does_not_change(db_path: Path) -> None:
    cid = new_contact()
    iid = log(cid, gave(), received(), gave("time"))
    log(cid, gave())  # holds the highest exchange id: a row written again gets a new one
    first = get_interaction(iid).exchanges

    def edit(*exchanges: ExchangeInput) -> tuple[ExchangeView, ...]:
        update_interaction(iid, InteractionInput(date=dt.date(2024, 1, 1),
                                                 exchanges=tuple(exchanges)))
        return get_interaction(iid).exchanges

    same = edit(gave(), received(), gave("time"))
    assert same == first
    weightier = edit(gave(), received(weight=3), gave("time"))
    assert [e.id for e in weightier] == [e.id for e in first]
    assert weightier[1].weight == 3 and weightier[0] == first[0] and weightier[2] == first[2]
    more = edit(gave(), received(weight=3), gave("time"), received("gift"))
    assert [e.id for e in more[:3]] == [e.id for e in first] and more[3].kind == "gift"
    fewer = edit(gave())
    assert fewer == (first[0],)


def test_free_text_is_cleaned_as_contact_fields_are(db_path: Path) -> None:
    cid = new_contact()
    iid = add_interaction(cid, InteractionInput(
        date=dt.date(2024, 2, 1), channel="ca\x00ll", summary="Coffee\x00 at\nnoon",
        notes="line one\x00\r\nline two " + "x" * 200_000,
        exchanges=(ExchangeInput(direction="gave", kind="advice", note="in\x07tro"),)))
    view = get_interaction(iid)
    assert (view.channel, view.summary) == ("call", "Coffee at noon")
    assert view.notes.startswith("line one\nline two x") and len(view.notes) == 100_000
    assert [e.note for e in view.exchanges] == ["intro"]
    update_interaction(iid, InteractionInput(date=dt.date(2024, 2, 1), summary="Edited\x00",
                                             notes="\x00" + "y" * 200_000))
    view = get_interaction(iid)
    assert view.summary == "Edited" and view.notes == "y" * 100_000
