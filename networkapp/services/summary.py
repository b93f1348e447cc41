"""What a printed relationship summary and network report say, as frozen data.

:func:`contact_summary` gathers everything printed for one contact (a handful of
queries, whatever the number of interactions); :func:`network_report` reads the
cached contact columns in one query and applies the list's rules (one-sided,
overdue, not archived) to them, so that a 10,000-contact network takes a
fraction of a second. Nothing here knows about pages or Qt: :mod:`networkapp.printing`
turns these values into documents.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from networkapp.i18n import Phrase, tr_noop, tr_plural
from networkapp.models import db
from networkapp.services.balance import compute_balance, one_sidedness
from networkapp.services.contacts import get_contact
from networkapp.services.dto import (
    Balance,
    ClarificationView,
    InteractionView,
    KeepInTouch,
    SignalView,
    StatusChangeView,
    ThresholdState,
)
from networkapp.services.interactions import list_interactions
from networkapp.services.introduction_layout import EgoMap, ego_map
from networkapp.services.introductions import (
    ContactIntroductions,
    DoorOpener,
    door_openers,
    introductions_of,
)
from networkapp.services.keep_in_touch import keep_in_touch
from networkapp.services.listing import Row, as_date, contact_reasons, read_rows, view_counts
from networkapp.services.reasons import (
    ONE_SIDED,
    OPEN_WARNINGS,
    OVERDUE,
    THRESHOLD,
    Reason,
    reasons,
    urgency,
)
from networkapp.services.settings import get_threshold
from networkapp.services.signals import (
    LEVEL_CLARIFY,
    LEVEL_DECIDE,
    list_signals,
    threshold_state,
    warnings_phrase,
)
from networkapp.services.states import history, list_clarifications
from networkapp.services.vocabulary import ARCHIVED, GAVE, STATUS_LABELS

REPORT_LIMIT = 20  # rows listed per section of the network report
ARCHIVED_PERIOD_DAYS = 365  # default period for "archived in the period"


@dataclass(frozen=True)
class QuarterBalance:
    """Exchanges given and received in one calendar quarter."""

    year: int
    quarter: int  # 1..4
    gave: int
    received: int

    @property
    def label(self) -> str:
        """``"2024 Q3"``."""
        return f"{self.year} Q{self.quarter}"


@dataclass(frozen=True)
class ContactSummary:
    """Everything printed about one relationship."""

    id: int
    name: str
    organization: str
    title: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    tags: tuple[str, ...]
    photo: bytes | None
    photo_mime: str | None
    status: str
    status_label: str
    in_network_since: dt.date
    keep_in_touch: KeepInTouch
    balance: Balance
    quarters: tuple[QuarterBalance, ...]
    interactions: tuple[InteractionView, ...]  # newest first
    open_signals: tuple[SignalView, ...]
    resolved_signals: tuple[SignalView, ...]
    clarifications: tuple[ClarificationView, ...]
    status_changes: tuple[StatusChangeView, ...]
    threshold: ThresholdState
    reading: tuple[Phrase, ...]  # translated and joined where printed
    generated_on: dt.date
    notes: str = ""  # the contact's own notes, printed as typed (escaped)
    reasons: tuple[Reason, ...] = ()  # why the contact needs attention (services.reasons)
    introductions: ContactIntroductions | None = None  # who introduced whom around them
    introduction_map: EgoMap | None = None  # the same, laid out (None without any)


@dataclass(frozen=True)
class ReportContact:
    """One contact as listed in the network report (from the cached columns)."""

    id: int
    name: str
    organization: str
    status: str
    gave: int
    received: int
    open_warning_weight: int
    last_interaction: dt.date | None
    cadence_days: int | None
    level: str = ""
    days_overdue: int = 0
    open_warning_count: int = 0
    reasons: tuple[Reason, ...] = ()  # why the contact needs attention, most urgent first

    @property
    def one_sidedness(self) -> float:
        """0.0 balanced .. 1.0 only one side gives."""
        return one_sidedness(self.gave, self.received)


@dataclass(frozen=True)
class ArchivedEntry:
    """A contact archived during the report's period, with the reason given."""

    id: int
    name: str
    organization: str
    at: dt.datetime
    reason: str


@dataclass(frozen=True)
class NetworkReport:
    """The state of the whole network (or of a selection) on one day.

    Each list holds at most ``limit`` rows; the matching ``*_total`` says how
    many there are in all.
    """

    generated_on: dt.date
    period_start: dt.date
    is_selection: bool
    contact_count: int
    # (key, label, count) as the window's status bar says them: active (clarifying ones
    # too), clarifying (of those), need attention, today, archived (listing.view_counts).
    counts_by_status: tuple[tuple[str, str, int], ...]
    threshold: int
    one_sided: tuple[ReportContact, ...]
    one_sided_total: int
    at_level: tuple[ReportContact, ...]  # decide first, then clarify
    clarify_total: int
    decide_total: int
    overdue: tuple[ReportContact, ...]
    overdue_total: int
    archived: tuple[ArchivedEntry, ...]
    archived_total: int
    limit: int
    attention: tuple[ReportContact, ...] = ()  # most urgent first, with their reasons
    attention_total: int = 0
    door_openers: tuple[DoorOpener, ...] = ()  # most introductions (both ways) first
    door_openers_total: int = 0


# --- one contact ---------------------------------------------------------------------------


def _quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarters_of(interactions: Iterable[InteractionView]) -> tuple[QuarterBalance, ...]:
    """Return gave/received per quarter, every quarter from the first to the last one."""
    gave: Counter[tuple[int, int]] = Counter()
    received: Counter[tuple[int, int]] = Counter()
    seen: set[tuple[int, int]] = set()
    for item in interactions:
        key = _quarter_of(item.date)
        seen.add(key)
        for exchange in item.exchanges:
            (gave if exchange.direction == GAVE else received)[key] += 1
    if not seen:
        return ()
    (year, quarter), last = min(seen), max(seen)
    result = []
    while (year, quarter) <= last:
        result.append(QuarterBalance(year, quarter, gave[year, quarter], received[year, quarter]))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return tuple(result)


def reading_of(balance: Balance, state: ThresholdState, touch: KeepInTouch,
               interaction_count: int, status: str) -> tuple[Phrase, ...]:
    """Return the plain-language reading of a relationship, as phrases to translate.

    It opens with "You gave 12 times, received 3 times; 2 open warnings;
    threshold 3." and adds what follows from it: the balance, the level, keep in touch.
    """
    sentences = [tr_plural("You gave %Ln time(s),", "", balance.gave_count),
                 tr_plural("received %Ln time(s);", "", balance.received_count),
                 Phrase(tr_noop("%1;"), args=(warnings_phrase(state.open_warning_count,
                                                             state.open_warning_weight),)),
                 Phrase(tr_noop("threshold %1."), args=(state.threshold,))]
    if interaction_count == 0:
        sentences.append(Phrase(tr_noop("Nothing has been logged yet.")))
    else:
        sentences += [tr_plural("%Ln interaction(s) logged;", "", interaction_count),
                      Phrase(tr_noop("the balance reads \u201c%1\u201d."),
                             args=(Phrase(balance.label),))]
    if status == ARCHIVED:
        sentences.append(Phrase(tr_noop("The relationship is archived: kept as a plain entry, "
                                        "with its history intact.")))
    elif state.level == LEVEL_DECIDE:
        sentences.append(Phrase(tr_noop(
            "The open warnings are at or past the threshold: time to decide whether to keep "
            "or archive.")))
    elif state.level == LEVEL_CLARIFY:
        sentences.append(Phrase(tr_noop(
            "The open warnings are below the threshold: worth clarifying soon.")))
    if state.positive_count:
        sentences.append(tr_plural("%Ln positive signal(s) noted.", "", state.positive_count))
    if touch.overdue and status != ARCHIVED:
        sentences.append(tr_plural("Keep in touch: %Ln day(s) overdue.", "", touch.days_overdue))
    return tuple(sentences)


def contact_summary(contact_id: int, today: dt.date | None = None) -> ContactSummary:
    """Return everything printed about one contact.

    About a dozen queries whatever the number of interactions (exchanges are
    fetched 500 interactions at a time).

    Raises:
        NotFoundError: no such contact.
    """
    today = today or dt.date.today()
    detail = get_contact(contact_id)
    fields = detail.fields
    interactions = tuple(list_interactions(contact_id))
    signals = list_signals(contact_id)
    balance = compute_balance(contact_id)
    state = threshold_state(contact_id)
    last = interactions[0].date if interactions else None
    touch = keep_in_touch(last, fields.cadence_days, today)
    since = detail.created_at.date()
    if interactions:
        since = min(since, interactions[-1].date)
    return ContactSummary(
        id=detail.id, name=fields.display_name, organization=fields.organization,
        title=fields.title, emails=tuple(e.value for e in fields.emails),
        phones=tuple(p.value for p in fields.phones), tags=fields.tags, photo=fields.photo,
        photo_mime=fields.photo_mime, status=detail.status,
        status_label=STATUS_LABELS.get(detail.status, detail.status), in_network_since=since,
        keep_in_touch=touch, balance=balance, quarters=quarters_of(interactions),
        interactions=interactions,
        open_signals=tuple(s for s in signals if s.is_open),
        resolved_signals=tuple(s for s in signals if not s.is_open),
        clarifications=tuple(list_clarifications(contact_id)),
        status_changes=tuple(history(contact_id)), threshold=state,
        reading=reading_of(balance, state, touch, len(interactions), detail.status),
        generated_on=today, notes=fields.notes, reasons=contact_reasons(contact_id, today),
        **_introductions(contact_id),
    )


def _introductions(contact_id: int) -> dict[str, Any]:
    found = introductions_of(contact_id)
    if found is None or found.empty:
        return {}
    return {"introductions": found, "introduction_map": ego_map(contact_id)}


# --- the network ---------------------------------------------------------------------------

def _as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _report_contact(row: Sequence[Any], **extra: Any) -> ReportContact:
    return ReportContact(
        id=int(row[0]), name=str(row[1]), organization=str(row[2]), status=str(row[3]),
        gave=int(row[4]), received=int(row[5]), open_warning_weight=int(row[6]),
        last_interaction=as_date(row[7]),
        cadence_days=None if row[8] is None else int(row[8]),
        open_warning_count=int(row[12]), **extra)


class _Scope:
    """The WHERE clause that restricts a query to the selected contacts (or to all).

    A selection travels as one JSON parameter read by ``json_each``, so 10,000
    ids never hit SQLite's limit on bound variables.
    """

    def __init__(self, contact_ids: Sequence[int] | None) -> None:
        self.ids = None if contact_ids is None else [int(i) for i in contact_ids]

    def where(self, *clauses: str, column: str = "id") -> tuple[str, list[object]]:
        parts = list(clauses)
        params: list[object] = []
        if self.ids is not None:
            parts.append(f"{column} IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(self.ids))
        return (" WHERE " + " AND ".join(parts)) if parts else "", params


_COUNT_LABELS = (("active", tr_noop("Active")), ("clarifying", tr_noop("of them clarifying")),
                 ("attention", tr_noop("Need attention")), ("today", tr_noop("Today")),
                 ("archived", tr_noop("Archived")))


def _counts(rows: list[Row], today: dt.date, threshold: int
            ) -> tuple[tuple[str, str, int], ...]:
    counts = view_counts(rows, today, threshold)
    return tuple((key, label, counts[key]) for key, label in _COUNT_LABELS)


# The sections read the reasons (services.reasons): the one rule, as the window lists them.
Judged = list[tuple[Row, tuple[Reason, ...]]]


def _with(judged: Judged, kind: str) -> list[tuple[Row, Reason]]:
    return [(row, reason) for row, found in judged for reason in found if reason.kind == kind]


def _one_sided(judged: Judged, limit: int) -> tuple[tuple[ReportContact, ...], int]:
    found = [(_report_contact(r), r[10] or "") for r, _ in _with(judged, ONE_SIDED)]
    found.sort(key=lambda c: (-c[0].one_sidedness, -(c[0].gave + c[0].received), c[1],
                              c[0].id))
    return tuple(c for c, _ in found[:limit]), len(found)


def _at_level(judged: Judged, limit: int) -> tuple[tuple[ReportContact, ...], int, int]:
    warned = sorted(_with(judged, THRESHOLD) + _with(judged, OPEN_WARNINGS),
                    key=lambda c: (-c[0][6], c[0][10] or "", c[0][0]))
    decide = sum(1 for _, reason in warned if reason.kind == THRESHOLD)
    listed = tuple(_report_contact(r, level=LEVEL_DECIDE if reason.kind == THRESHOLD
                                   else LEVEL_CLARIFY) for r, reason in warned[:limit])
    return listed, len(warned) - decide, decide


def _overdue(judged: Judged, limit: int) -> tuple[tuple[ReportContact, ...], int]:
    found = sorted(_with(judged, OVERDUE), key=lambda c: (-c[1].amount, c[0][10] or "", c[0][0]))
    listed = tuple(_report_contact(r, days_overdue=reason.amount) for r, reason in found[:limit])
    return listed, len(found)


def _attention(judged: Judged, limit: int) -> tuple[tuple[ReportContact, ...], int]:
    found = sorted(((r, f) for r, f in judged if f),
                   key=lambda c: (tuple(-k for k in urgency(c[1])), c[0][10] or "", c[0][0]))
    return tuple(_report_contact(r, reasons=f) for r, f in found[:limit]), len(found)


def _archived(scope: _Scope, start: dt.date, limit: int) -> tuple[tuple[ArchivedEntry, ...], int]:
    where, params = scope.where("s.action = 'archive'", "s.at >= ?", column="c.id")
    sql = ("SELECT c.id, c.display_name, c.organization, s.at, s.reason FROM status_change s "
           f"JOIN contact c ON c.id = s.contact_id{where} ORDER BY s.at DESC, s.id DESC")
    rows = db.execute_sql(sql, [start.isoformat(), *params]).fetchall()
    listed = tuple(ArchivedEntry(int(r[0]), str(r[1]), str(r[2]), _as_datetime(r[3]), str(r[4]))
                   for r in rows[:limit])
    return listed, len(rows)


def network_report(contact_ids: Sequence[int] | None = None,
                   period_start: dt.date | None = None, today: dt.date | None = None,
                   limit: int = REPORT_LIMIT) -> NetworkReport:
    """Return the report on the whole network, or on the contacts ``contact_ids``.

    Args:
        contact_ids: the selection; ``None`` for every contact.
        period_start: first day of "archived in the period" (default: a year ago).
        today: the day the report is made (overdue is counted against it).
        limit: how many rows each section lists at most.
    """
    today = today or dt.date.today()
    period_start = period_start or today - dt.timedelta(days=ARCHIVED_PERIOD_DAYS)
    scope = _Scope(contact_ids)
    threshold = get_threshold()
    where, params = scope.where()
    rows = read_rows(where, params)
    counts = _counts(rows, today, threshold)
    judged = [(r, reasons(r, today, threshold)) for r in rows]  # archived: none
    one_sided, one_sided_total = _one_sided(judged, limit)
    at_level, clarify_total, decide_total = _at_level(judged, limit)
    overdue, overdue_total = _overdue(judged, limit)
    attention, attention_total = _attention(judged, limit)
    archived, archived_total = _archived(scope, period_start, limit)
    wanted = {r[0] for r in rows} if contact_ids is not None else None
    openers = [o for o in door_openers() if wanted is None or o.person.id in wanted]
    return NetworkReport(
        generated_on=today, period_start=period_start, is_selection=contact_ids is not None,
        contact_count=len(rows), counts_by_status=counts,
        threshold=threshold, one_sided=one_sided, one_sided_total=one_sided_total,
        at_level=at_level, clarify_total=clarify_total, decide_total=decide_total,
        overdue=overdue, overdue_total=overdue_total, archived=archived,
        archived_total=archived_total, limit=limit, attention=attention,
        attention_total=attention_total, door_openers=tuple(openers[:limit]),
        door_openers_total=len(openers))
