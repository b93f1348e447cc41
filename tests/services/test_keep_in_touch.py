"""Keep in touch: days since the last interaction, due and overdue against the cadence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from networkapp.services.interactions import delete_interaction
from networkapp.services.keep_in_touch import keep_in_touch
from networkapp.services.listing import ContactQuery, list_contact_tuples, row_from_tuple
from tests.services.foundation_helpers import log, new_contact

TODAY = dt.date(2024, 6, 30)


def test_no_cadence_is_never_due() -> None:
    state = keep_in_touch(dt.date(2020, 1, 1), None, TODAY)
    assert state.days_since == (TODAY - dt.date(2020, 1, 1)).days
    assert (state.due_on, state.overdue, state.days_overdue) == (None, False, 0)


def test_never_met_with_a_cadence_is_due_today_not_overdue() -> None:
    state = keep_in_touch(None, 30, TODAY)
    assert (state.last_interaction, state.days_since) == (None, None)
    assert (state.due_on, state.overdue) == (TODAY, False)
    assert keep_in_touch(None, None, TODAY).due_on is None


def test_due_on_the_cadence_day_and_overdue_after() -> None:
    last = dt.date(2024, 5, 31)
    on_time = keep_in_touch(last, 30, TODAY)  # 30 days: due today, not late yet
    assert (on_time.days_since, on_time.due_on, on_time.overdue) == (30, TODAY, False)
    late = keep_in_touch(last, 30, TODAY + dt.timedelta(days=5))
    assert (late.overdue, late.days_overdue) == (True, 5)
    early = keep_in_touch(last, 90, TODAY)
    assert (early.due_on, early.overdue, early.days_overdue) == (dt.date(2024, 8, 29), False, 0)


def _state(cid: int, cadence: int) -> tuple[dt.date | None, bool]:
    rows = [row_from_tuple(r) for r in list_contact_tuples(ContactQuery(view="all"), TODAY)]
    (row,) = [r for r in rows if r.id == cid]
    state = keep_in_touch(row.last_interaction, cadence, TODAY)
    return state.last_interaction, state.overdue


def _attention(cid: int) -> bool:
    rows = list_contact_tuples(ContactQuery(view="attention"), TODAY)
    return cid in {r[0] for r in rows}


def test_logging_an_interaction_resets_it(db_path: Path) -> None:
    cid = new_contact(cadence_days=30)
    log(cid, on=dt.date(2024, 4, 1))
    assert _state(cid, 30) == (dt.date(2024, 4, 1), True)
    assert _attention(cid)
    log(cid, on=dt.date(2024, 3, 1))  # logging an older meeting changes nothing
    assert _state(cid, 30) == (dt.date(2024, 4, 1), True)
    latest = log(cid, on=dt.date(2024, 6, 28))
    assert _state(cid, 30) == (dt.date(2024, 6, 28), False)
    assert not _attention(cid)
    delete_interaction(latest)  # undoing it brings the reminder back
    assert _state(cid, 30) == (dt.date(2024, 4, 1), True)
