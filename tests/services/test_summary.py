"""The data of printed summaries and of the network report (no Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from networkapp.i18n import Phrase
from networkapp.models import db
from networkapp.services.contacts import create_contact
from networkapp.services.dto import (
    ContactFields,
    ExchangeInput,
    ExchangeView,
    InteractionInput,
    InteractionView,
    SignalInput,
)
from networkapp.services.errors import NotFoundError
from networkapp.services.interactions import add_interaction
from networkapp.services.signals import add_signal
from networkapp.services.states import archive_contact
from networkapp.services.summary import contact_summary, network_report, quarters_of
from tests.printing.factories import TODAY, busy_contact, empty_contact, rich_contact


@pytest.fixture
def query_count(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record every SQL statement run while the test body runs."""
    seen: list[str] = []
    original = db.execute_sql

    def counting(sql: str, *args: object, **kwargs: object) -> object:
        seen.append(sql)
        return original(sql, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    yield seen


def test_empty_contact_reads_as_new(db_path: Path) -> None:
    cid = empty_contact()
    s = contact_summary(cid, TODAY)
    assert s.reading[:4] == (Phrase("You gave %Ln time(s),", 0),
                             Phrase("received %Ln time(s);", 0),
                             Phrase("%1;", args=(Phrase("%Ln open warning(s)", 0),)),
                             Phrase("threshold %1.", args=(3,)))
    assert Phrase("Nothing has been logged yet.") in s.reading
    assert s.interactions == () and s.quarters == ()
    assert s.keep_in_touch.last_interaction is None
    assert [c.action for c in s.status_changes] == ["create"]


def test_rich_contact_has_everything_printed(db_path: Path) -> None:
    s = contact_summary(rich_contact(), TODAY)
    assert (s.balance.gave_count, s.balance.received_count) == (14, 5)
    assert len(s.interactions) == 14
    assert s.interactions[0].date > s.interactions[-1].date  # newest first
    assert s.in_network_since == s.interactions[-1].date  # first interaction predates creation
    assert [x.category for x in s.open_signals] == ["gave_unasked", "ego_first"]
    assert [x.category for x in s.resolved_signals] == ["only_when_needing"]
    assert [c.decision for c in s.clarifications] == ["keep"]
    assert [c.action for c in s.status_changes] == ["create", "clarify", "keep"]
    assert [(p.n, p.args) for p in s.reading[:2]] == [(14, ()), (5, ())]
    warnings = s.reading[2].args[0]  # "1 open warning, weight 2": the weight, as it differs
    assert isinstance(warnings, Phrase) and warnings.args[1:] == (2,)
    assert warnings.args[0].n == 1
    assert (s.reading[3].n, s.reading[3].args) == (-1, (3,))
    assert any("worth clarifying" in p.text for p in s.reading)  # the printed English: test_pdf
    assert s.notes == "Met at the Lisbon conference."
    assert [r.kind for r in s.reasons] == ["overdue", "open_warnings"]
    assert s.photo and s.photo.startswith(b"\x89PNG")
    assert sum(q.gave for q in s.quarters) == 14


def test_unknown_contact_is_refused(db_path: Path) -> None:
    with pytest.raises(NotFoundError, match="42"):
        contact_summary(42)


def test_quarters_run_without_gaps() -> None:
    def item(day: dt.date, *directions: str) -> InteractionView:
        exchanges = tuple(ExchangeView(direction=d, kind="time") for d in directions)
        return InteractionView(1, 1, day, "call", "", "", exchanges)

    quarters = quarters_of([item(dt.date(2025, 2, 1), "gave", "received"),
                            item(dt.date(2025, 11, 5), "gave"), item(dt.date(2025, 12, 1))])
    assert [(q.label, q.gave, q.received) for q in quarters] == [
        ("2025 Q1", 1, 1), ("2025 Q2", 0, 0), ("2025 Q3", 0, 0), ("2025 Q4", 1, 0)]


def test_two_thousand_interactions_take_a_few_queries(query_count: list[str]) -> None:
    cid = busy_contact(2000)
    query_count.clear()
    s = contact_summary(cid, TODAY)
    assert len(s.interactions) == 2000
    assert len(query_count) <= 25, query_count


def _contact(name: str, *, gave: int = 0, received: int = 0, warnings: int = 0,
             cadence: int | None = None, last: dt.date = TODAY) -> int:
    cid = create_contact(ContactFields(display_name=name, cadence_days=cadence))
    exchanges = (ExchangeInput("gave", "advice"),) * gave + (
        ExchangeInput("received", "time"),) * received
    add_interaction(cid, InteractionInput(date=last, exchanges=exchanges))
    for _ in range(warnings):
        add_signal(cid, SignalInput(last, "warning", "ego_first"))
    return cid


def test_network_report_sections(db_path: Path) -> None:
    taker = _contact("Taker", gave=6)
    _contact("Fair", gave=2, received=2)
    worried = _contact("Worried", gave=1, received=1, warnings=1)
    decide = _contact("Decide", gave=1, received=1, warnings=3)
    late = _contact("Late", gave=1, received=1, cadence=30, last=TODAY - dt.timedelta(days=100))
    gone = _contact("Gone", gave=1)
    archive_contact(gone, "Only took")
    report = network_report(today=TODAY)
    assert dict((s, n) for s, _, n in report.counts_by_status) == {
        "active": 5, "clarifying": 0, "attention": 4, "today": 2, "archived": 1}
    # The same reasons as the window: most urgent first, each with why.
    assert [(c.id, [r.kind for r in c.reasons]) for c in report.attention] == [
        (decide, ["threshold"]), (late, ["overdue"]), (worried, ["open_warnings"]),
        (taker, ["one_sided"])]
    assert report.attention_total == 4
    assert [c.id for c in report.one_sided] == [taker]
    assert [(c.id, c.level) for c in report.at_level] == [(decide, "decide"),
                                                          (worried, "clarify")]
    assert (report.clarify_total, report.decide_total) == (1, 1)
    assert [(c.id, c.days_overdue) for c in report.overdue] == [(late, 70)]
    assert [(a.id, a.reason) for a in report.archived] == [(gone, "Only took")]


def test_network_report_of_a_selection_and_a_period(db_path: Path) -> None:
    taker = _contact("Taker", gave=6)
    other = _contact("Other taker", gave=5)
    gone = _contact("Gone", gave=1)
    archive_contact(gone, "Only took")
    report = network_report([taker, gone], period_start=dt.date.today() + dt.timedelta(days=1),
                            today=TODAY)
    assert report.is_selection and report.contact_count == 2
    assert [c.id for c in report.one_sided] == [taker]
    assert other not in [c.id for c in report.one_sided]
    assert report.archived == () and report.archived_total == 0


def test_network_report_limits_rows_but_counts_all(db_path: Path) -> None:
    for n in range(5):
        _contact(f"Taker {n}", gave=4 + n)
    report = network_report(today=TODAY, limit=3)
    assert len(report.one_sided) == 3 and report.one_sided_total == 5
    assert report.one_sided[0].gave == 8  # ties on one-sidedness: most exchanges first
