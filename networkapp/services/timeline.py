"""The story of a relationship: interactions, signals, clarifications and status changes.

One list, in date order, so the history reads like a story. Four queries in all,
whatever the length of the history. Titles and details are phrases
(:class:`~networkapp.i18n.Phrase`), translated where the history is shown; what
people typed stays as they typed it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace

from networkapp.i18n import Part, Phrase, tr_noop
from networkapp.models import Clarification, Exchange, Interaction, Signal, StatusChange
from networkapp.models.rows import tuples
from networkapp.services.vocabulary import (
    ACTION_LABELS,
    BY_ARCHIVE,
    BY_DISMISSAL,
    BY_HAND,
    BY_KEEP,
    CHANNEL_LABELS,
    DIRECTION_LABELS,
    KIND_LABELS,
    OPEN,
    OUTCOMES,
    STATUS_LABELS,
    WARNING,
    category_label,
    label_of,
)

INTERACTION = "interaction"
SIGNAL = "signal"
CLARIFICATION = "clarification"
STATUS_CHANGE = "status_change"
SIGNAL_CLOSED = "signal_closed"  # a signal resolved or dismissed: when, how, why
KINDS = (INTERACTION, SIGNAL, CLARIFICATION, STATUS_CHANGE, SIGNAL_CLOSED)

# At the same moment: added, what happened, what I noticed, what we said, what I decided.
# A decision's closing of the open warnings reads just before the decision itself (newest
# first: the decision, then what it closed).
_DAY_ORDER = {INTERACTION: 1, SIGNAL: 2, CLARIFICATION: 4, SIGNAL_CLOSED: 5, STATUS_CHANGE: 6}
# How a signal was closed, as the story says it (resolution -> title).
# %1: the kind of signal ("Warning"), %2: its category.
_CLOSED_TITLES = {
    BY_KEEP: tr_noop("%1 resolved by the clarification (kept): %2"),
    BY_ARCHIVE: tr_noop("%1 closed with the archive decision: %2"),
    BY_HAND: tr_noop("%1 resolved by hand: %2"),
    BY_DISMISSAL: tr_noop("%1 dismissed: noted wrongly: %2"),
}
_ACTION_ORDER = {"create": 0, "clarify": 3}


@dataclass(frozen=True)
class TimelineEntry:
    """One event of the story.

    ``at`` orders the entry: the exact time of a status change; for the rest,
    which carry a day only, the time it was written down when that was the same
    day, else midnight. ``has_time`` is True when ``at`` is worth showing.
    """

    date: dt.date
    at: dt.datetime
    has_time: bool
    kind: str  # interaction / signal / clarification / status_change
    title: Phrase
    detail: tuple[Part, ...]  # lines: phrases, or text as typed
    ref_id: int
    action: str = ""  # for status changes: create / clarify / keep / archive / restore
    polarity: str = ""  # for signals: warning / positive

    def sort_key(self) -> tuple[dt.datetime, int, int]:
        """Chronological order, then the order of a moment, then insertion."""
        rank = _ACTION_ORDER.get(self.action, _DAY_ORDER[self.kind])
        return (self.at, rank, self.ref_id)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _entry(day: dt.date, created: dt.datetime, kind: str, *,
           texts: tuple[Phrase, tuple[Part, ...]], ref_id: int) -> TimelineEntry:
    # Written down the day it happened: the time it was noted orders it within the day.
    at = created if created.date() == day else _midnight(day)
    return TimelineEntry(day, at, False, kind, *texts, ref_id)


def _exchange_lines(interaction_ids: list[int]) -> dict[int, list[Phrase]]:
    """Return "I gave: advice, time" / "I received: help" per interaction."""
    given: dict[int, dict[str, list[Part]]] = defaultdict(lambda: defaultdict(list))
    for start in range(0, len(interaction_ids), 500):
        query = (Exchange.select(Exchange.interaction, Exchange.direction, Exchange.kind,
                                 Exchange.note)
                 .where(Exchange.interaction.in_(interaction_ids[start : start + 500]))
                 .order_by(Exchange.id))
        for interaction_id, direction, kind, note in tuples(query):
            what = Phrase(label_of(kind, KIND_LABELS))
            given[interaction_id][direction].append(
                Phrase(tr_noop("%1 (%2)"), args=(what, note)) if note else what)
    return {interaction_id: [Phrase(tr_noop("%1: %2"), args=(
                                 Phrase(label_of(d, DIRECTION_LABELS)), tuple(kinds)))
                             for d, kinds in sorted(by_direction.items())]
            for interaction_id, by_direction in given.items()}


def _interactions(contact_id: int) -> list[TimelineEntry]:
    query = (Interaction.select(Interaction.id, Interaction.date, Interaction.created_at,
                                Interaction.channel, Interaction.summary, Interaction.notes)
             .where(Interaction.contact == contact_id))
    rows = list(tuples(query))
    exchanges = _exchange_lines([row[0] for row in rows])
    entries = []
    for interaction_id, day, created, channel, summary, notes in rows:
        how = Phrase(label_of(channel, CHANNEL_LABELS))
        title = Phrase(tr_noop("%1: %2"), args=(how, summary)) if summary else how
        detail = (*([notes] if notes else []), *exchanges.get(interaction_id, ()))
        entries.append(_entry(day, created, INTERACTION, texts=(title, detail),
                              ref_id=interaction_id))
    return entries


def _signals(contact_id: int) -> list[TimelineEntry]:
    query = (Signal.select(Signal.id, Signal.date, Signal.created_at, Signal.polarity,
                           Signal.category, Signal.weight, Signal.note, Signal.state,
                           Signal.resolution, Signal.resolved_at, Signal.resolution_note)
             .where(Signal.contact == contact_id))
    entries = []
    for (signal_id, day, created, polarity, category, weight, note, state, resolution,
         resolved_at, resolution_note) in tuples(query):
        kind = Phrase(tr_noop("Warning") if polarity == WARNING else tr_noop("Positive sign"))
        what = Phrase(category_label(category))
        title = Phrase(tr_noop("%1: %2"), args=(kind, what))
        detail: list[Part] = [note] if note else []
        if polarity == WARNING and weight > 1:
            detail.append(Phrase(tr_noop("Weight %1"), args=(weight,)))
        if state == OPEN:
            detail.append(Phrase(tr_noop("Open")))
        entry = _entry(day, created, SIGNAL, texts=(title, tuple(detail)), ref_id=signal_id)
        entries.append(replace(entry, polarity=polarity))
        if state != OPEN and resolved_at is not None:
            closed = _CLOSED_TITLES.get(resolution or "", tr_noop("%1 resolved: %2"))
            entries.append(TimelineEntry(
                resolved_at.date(), resolved_at, True, SIGNAL_CLOSED,
                Phrase(closed, args=(kind, what)),
                (resolution_note,) if resolution_note else (), signal_id, polarity=polarity))
    return entries


def _clarification_detail(planned: str, answer: str, reason: str) -> tuple[Part, ...]:
    parts = []
    if planned.strip():
        parts.append(Phrase(tr_noop("I wanted to say: %1"), args=(planned.strip(),)))
    if answer.strip():
        parts.append(Phrase(tr_noop("They said: %1"), args=(answer.strip(),)))
    if reason.strip():
        parts.append(Phrase(tr_noop("Why: %1"), args=(reason.strip(),)))
    return tuple(parts)


def _clarifications(contact_id: int) -> list[TimelineEntry]:
    query = (Clarification.select(Clarification.id, Clarification.date, Clarification.created_at,
                                  Clarification.channel, Clarification.outcome,
                                  Clarification.planned_questions, Clarification.their_answer,
                                  Clarification.reason)
             .where((Clarification.contact == contact_id) & ~Clarification.is_draft))
    entries = []
    for cid, day, created, channel, outcome, planned, answer, reason in tuples(query):
        title = Phrase(tr_noop("Talked it through"))
        if channel:
            title = Phrase(tr_noop("Talked it through (%1)"),
                           args=(Phrase(label_of(channel, CHANNEL_LABELS)),))
        if outcome:
            title = Phrase(tr_noop("%1: %2"), args=(title, Phrase(label_of(outcome, OUTCOMES))))
        entries.append(_entry(day or created.date(), created, CLARIFICATION, ref_id=cid,
                              texts=(title, _clarification_detail(planned, answer, reason))))
    return entries


def _status_changes(contact_id: int) -> list[TimelineEntry]:
    query = (StatusChange.select(StatusChange.id, StatusChange.at, StatusChange.action,
                                 StatusChange.to_status, StatusChange.reason)
             .where(StatusChange.contact == contact_id))
    entries = []
    for change_id, at, action, to_status, reason in tuples(query):
        text = ACTION_LABELS.get(action) or label_of(to_status, STATUS_LABELS)
        title = Phrase(text)
        detail = () if reason.strip().lower() in ("", text.lower()) else (reason.strip(),)
        entries.append(TimelineEntry(at.date(), at, True, STATUS_CHANGE, title, detail,
                                     change_id, action))
    return entries


def timeline(contact_id: int, *, newest_first: bool = False) -> list[TimelineEntry]:
    """Return the contact's whole story in order (oldest first unless asked otherwise).

    Drafts are left out: the "clarification started" status change tells that part.
    """
    entries = [*_interactions(contact_id), *_signals(contact_id),
               *_clarifications(contact_id), *_status_changes(contact_id)]
    entries.sort(key=TimelineEntry.sort_key, reverse=newest_first)
    return entries
