"""The give/receive balance: counts, weights, by kind and growth, date range, label."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from networkapp.services import balance
from networkapp.services.balance import (
    BALANCED,
    I_GIVE_MORE,
    NO_EXCHANGES,
    THEY_GIVE_MORE,
    balance_kind,
    balance_label,
    compute_balance,
    is_one_sided,
    one_sidedness,
)
from networkapp.services.dto import ExchangeInput, KindBalance
from networkapp.services.listing import ContactQuery
from networkapp.services.vocabulary import GROWTHS, KINDS
from tests.services.foundation_helpers import (
    gave,
    list_contacts,
    log,
    memory_db,
    new_contact,
    received,
)


@pytest.mark.parametrize(
    ("gave_n", "received_n", "label"),
    [
        (0, 0, NO_EXCHANGES),
        (1, 1, BALANCED),
        (2, 1, BALANCED),  # the smaller side is half the larger: balanced
        (1, 2, BALANCED),
        (4, 2, BALANCED),
        (3, 1, I_GIVE_MORE),  # less than half: one side gives more
        (1, 3, THEY_GIVE_MORE),
        (5, 2, I_GIVE_MORE),
        (1, 0, I_GIVE_MORE),  # only one side gave at all
        (0, 1, THEY_GIVE_MORE),
        (7, 0, I_GIVE_MORE),
    ],
)
def test_label_follows_the_documented_rule(gave_n: int, received_n: int, label: str) -> None:
    assert balance_label(gave_n, received_n) == label


def test_label_rule_is_written_in_the_docstring() -> None:
    doc = balance.balance_label.__doc__ or ""
    for words in ("no exchanges yet", "balanced", "half", "I give more", "they give more"):
        assert words in doc


def test_one_sided_needs_three_exchanges_and_four_to_one() -> None:
    assert not is_one_sided(2, 0)  # too few to judge
    assert is_one_sided(3, 0)
    assert is_one_sided(4, 1)
    assert not is_one_sided(3, 1)
    assert one_sidedness(0, 0) == 0.0
    assert one_sidedness(2, 2) == 0.0
    assert one_sidedness(0, 5) == 1.0


def test_no_exchanges_yet(db_path: Path) -> None:
    cid = new_contact()
    log(cid)  # an interaction where nothing was exchanged
    result = compute_balance(cid)
    assert (result.gave_count, result.received_count) == (0, 0)
    assert (result.gave_weight, result.received_weight) == (0, 0)
    assert result.by_kind == () and result.by_growth == ()
    assert result.label == NO_EXCHANGES


def test_counts_and_weights_by_kind_and_growth(db_path: Path) -> None:
    cid = new_contact()
    other = new_contact("Someone Else")
    log(cid, gave("advice", "cultural", 2), gave("introduction", "social", 3),
        received("advice", "economic", 1))
    log(cid, gave("advice", "cultural", 1), received("gift", "social", 2))
    log(other, received("referral", "economic", 3))  # not this contact's
    result = compute_balance(cid)
    assert (result.gave_count, result.received_count) == (3, 2)
    assert (result.gave_weight, result.received_weight) == (6, 3)
    assert result.by_kind == (
        KindBalance("advice", 2, 1),
        KindBalance("introduction", 1, 0),
        KindBalance("gift", 0, 1),
    )  # in vocabulary order, kinds nobody gave are left out
    assert result.by_growth == (
        KindBalance("cultural", 2, 0),
        KindBalance("social", 1, 1),
        KindBalance("economic", 0, 1),
    )
    assert result.label == BALANCED


def test_label_counts_exchanges_not_weights(db_path: Path) -> None:
    cid = new_contact()
    log(cid, gave(weight=3), received(weight=1), received(weight=1))
    result = compute_balance(cid)
    assert result.gave_weight > result.received_weight
    assert result.label == BALANCED  # 1 vs 2 exchanges


def test_date_range_is_inclusive(db_path: Path) -> None:
    cid = new_contact()
    log(cid, gave(), on=dt.date(2023, 1, 10))
    log(cid, received(), received(), on=dt.date(2023, 6, 1))
    log(cid, gave("time"), on=dt.date(2024, 2, 29))
    whole = compute_balance(cid)
    assert (whole.gave_count, whole.received_count) == (2, 2)
    early = compute_balance(cid, end=dt.date(2023, 6, 1))
    assert (early.gave_count, early.received_count) == (1, 2)
    assert early.label == BALANCED and early.end == dt.date(2023, 6, 1)
    late = compute_balance(cid, start=dt.date(2023, 6, 2))
    assert (late.gave_count, late.received_count) == (1, 0)
    assert late.by_kind == (KindBalance("time", 1, 0),)
    middle = compute_balance(cid, dt.date(2023, 6, 1), dt.date(2023, 6, 1))
    assert (middle.gave_count, middle.received_count, middle.label) == (0, 2, THEY_GIVE_MORE)
    empty = compute_balance(cid, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert empty.label == NO_EXCHANGES


def test_contact_list_shows_the_same_counts(db_path: Path) -> None:
    cid = new_contact()
    log(cid, gave(), gave(), received())
    (row,) = list_contacts(ContactQuery(view="all"))
    result = compute_balance(cid)
    assert (row.gave, row.received) == (result.gave_count, result.received_count) == (2, 1)


# --- properties -----------------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=60)


@given(counts, counts)
def test_label_is_symmetric(gave_n: int, received_n: int) -> None:
    mirror = {I_GIVE_MORE: THEY_GIVE_MORE, THEY_GIVE_MORE: I_GIVE_MORE,
              BALANCED: BALANCED, NO_EXCHANGES: NO_EXCHANGES}
    assert balance_label(received_n, gave_n) == mirror[balance_label(gave_n, received_n)]


@given(counts, counts)
def test_label_names_the_side_that_gave_more(gave_n: int, received_n: int) -> None:
    label = balance_label(gave_n, received_n)
    if label == I_GIVE_MORE:
        assert gave_n > received_n
    elif label == THEY_GIVE_MORE:
        assert received_n > gave_n
    elif label == BALANCED:
        assert gave_n > 0 and received_n > 0
    else:
        assert gave_n == received_n == 0


exchange_inputs = st.builds(
    ExchangeInput,
    direction=st.sampled_from(("gave", "received")),
    kind=st.sampled_from(KINDS),
    growth=st.sampled_from(GROWTHS),
    weight=st.integers(1, 3),
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(exchange_inputs, max_size=4), max_size=5))
def test_counts_add_up_to_the_exchanges_written(interactions: list[list[ExchangeInput]]) -> None:
    with memory_db():
        cid = new_contact()
        for n, exchanges in enumerate(interactions):
            log(cid, *exchanges, on=dt.date(2024, 1, 1) + dt.timedelta(days=n))
        written = [e for exchanges in interactions for e in exchanges]
        result = compute_balance(cid)
        gave_written = [e for e in written if e.direction == "gave"]
        assert result.gave_count == len(gave_written)
        assert result.received_count == len(written) - len(gave_written)
        assert result.gave_weight == sum(e.weight for e in gave_written)
        assert result.received_weight == sum(e.weight for e in written) - result.gave_weight
        for split in (result.by_kind, result.by_growth):
            assert sum(k.gave for k in split) == result.gave_count
            assert sum(k.received for k in split) == result.received_count
        assert result.label == balance_label(result.gave_count, result.received_count)


@pytest.mark.parametrize(("gave", "received", "kind"), [
    (0, 0, "none"), (2, 0, "one_sided"), (0, 1, "one_sided"), (1, 1, "two_sided"),
    (3, 1, "two_sided"), (4, 1, "one_sided"), (1, 4, "one_sided")])
def test_balance_kind_is_two_sided_only_when_both_gave(gave: int, received: int,
                                                       kind: str) -> None:
    assert balance_kind(gave, received) == kind
