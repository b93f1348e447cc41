"""Signals (dated notes on behaviour), their life, and the threshold that asks for a decision.

A signal's life::

    open --resolve (by hand, with a note)--> resolved
    open --dismiss (noted wrongly, with a note)--> dismissed
    open --keep decision (finish_clarification)--> resolved (by that clarification)
    open --archive decision (any archive)--> resolved (closed with the contact)
    resolved | dismissed --reopen--> open   (Restore: the warnings that still stand)

Only open warnings count toward the threshold, the meter, the banner and the cached
``open_warning_weight`` / ``open_warning_count`` (:mod:`networkapp.models.cache`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from peewee import JOIN, ModelSelect

from networkapp.i18n import Phrase, tr_noop, tr_plural
from networkapp.models import Contact, Interaction, Signal, StatusChange, db
from networkapp.models.cache import refresh_cached_columns
from networkapp.services.dto import SignalInput, SignalView, ThresholdState
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.settings import get_threshold
from networkapp.services.validation import NOTES_LIMIT, stored_text
from networkapp.services.vocabulary import (
    BY_ARCHIVE,
    BY_DISMISSAL,
    BY_HAND,
    DISMISSED,
    OPEN,
    POLARITIES,
    POSITIVE,
    RESOLVED,
    WARNING,
    category_label,
)

LEVEL_NONE = "none"
LEVEL_CLARIFY = "clarify"
LEVEL_DECIDE = "decide"


def level_for(open_warning_weight: int, threshold: int) -> str:
    """Return the level for a weighted count of open warnings.

    "none" with no open warning; "clarify" (talk now) with any open warning
    below the threshold; "decide" once the weight reaches the threshold.
    Positive signals never lower it: they are counted and shown, not subtracted.
    """
    if open_warning_weight <= 0:
        return LEVEL_NONE
    return LEVEL_DECIDE if open_warning_weight >= threshold else LEVEL_CLARIFY


def warnings_phrase(count: int, weight: int) -> Phrase:
    """Say the open warnings as a count, with their weight only where it differs:
    "4 open warnings, weight 7", "1 open warning", "0 open warnings" (the one phrase of the
    window, the printed pages and the CLI: ``translation.say`` shows it)."""
    warnings = tr_plural("%Ln open warning(s)", "", count)
    if weight == count:
        return warnings
    return Phrase(tr_noop("%1, weight %2"), args=(warnings, weight))


def signal_problems(data: SignalInput) -> dict[str, str]:
    """Return ``{field: problem}`` for a signal that cannot be stored."""
    problems: dict[str, str] = {}
    if data.polarity not in POLARITIES:
        problems["polarity"] = tr_noop("A signal is a warning or a positive sign.")
    if not data.category.strip():
        problems["category"] = tr_noop("Choose a category or describe the behaviour.")
    if not 1 <= data.weight <= 3:
        problems["weight"] = tr_noop("Weight must be 1, 2 or 3.")
    if data.date is None:
        problems["date"] = tr_noop("A signal needs a date.")
    return problems


def _stored(data: SignalInput) -> SignalInput:
    """Return ``data`` with its free text as stored, cleaned as a contact's fields are
    (:func:`~networkapp.services.validation.stored_text`: control characters
    removed, the category one line of at most 1,000 characters, the note 100,000)."""
    return replace(data, category=stored_text(data.category)[0].strip(),
                   note=stored_text(data.note, lines=True, limit=NOTES_LIMIT)[0])


def _check(contact_id: int, data: SignalInput) -> None:
    problems = signal_problems(data)
    if problems:
        raise ValidationError(problems)
    if not Contact.select().where(Contact.id == contact_id).exists():
        raise NotFoundError(f"Contact {contact_id} does not exist.")


def add_signal(contact_id: int, data: SignalInput) -> int:
    """Note a signal about a contact (its text cleaned: :func:`_stored`); return its id."""
    data = _stored(data)
    _check(contact_id, data)
    with db.atomic():
        row = Signal.create(contact=contact_id, interaction=data.interaction_id, date=data.date,
                            polarity=data.polarity, category=data.category,
                            weight=data.weight, note=data.note)
        refresh_cached_columns([contact_id])
    return int(row.id)


def delete_signal(signal_id: int) -> None:
    """Delete a signal.

    Raises:
        NotFoundError: no such signal.
    """
    contact_id = get_signal(signal_id).contact_id
    with db.atomic():
        Signal.delete().where(Signal.id == signal_id).execute()
        refresh_cached_columns([contact_id])


def _views(query: ModelSelect[Signal]) -> list[SignalView]:
    # Each row is a Signal that also carries the joined ``summary`` (objects()): Any.
    rows: Iterable[Any] = query.select(Signal, Interaction.summary).join(
        Interaction, join_type=JOIN.LEFT_OUTER, on=(Signal.interaction == Interaction.id)
    ).objects()
    return [
        SignalView(id=r.id, contact_id=r.contact_id, date=r.date, polarity=r.polarity,
                   category=r.category, category_label=category_label(r.category),
                   weight=r.weight, note=r.note, interaction_id=r.interaction_id,
                   interaction_summary=r.summary, resolved_by=r.resolved_by_id,
                   state=r.state, resolution=r.resolution, resolved_at=r.resolved_at,
                   resolution_note=r.resolution_note)
        for r in rows
    ]


def get_signal(signal_id: int) -> SignalView:
    """Return one signal."""
    found = _views(Signal.select().where(Signal.id == signal_id))
    if not found:
        raise NotFoundError(f"Signal {signal_id} does not exist.")
    return found[0]


def list_signals(contact_id: int) -> list[SignalView]:
    """Return the contact's signals, newest first."""
    return _views(Signal.select().where(Signal.contact == contact_id)
                  .order_by(Signal.date.desc(), Signal.id.desc()))


def threshold_state(contact_id: int, threshold: int | None = None) -> ThresholdState:
    """Return open warnings against the threshold (the stored one unless given)."""
    threshold = get_threshold() if threshold is None else threshold
    # The open warnings as models.cache counts them (the list, the reasons, the report).
    cached = db.execute_sql("SELECT open_warning_weight, open_warning_count FROM contact "
                            "WHERE id = ?", (contact_id,)).fetchone()
    weight, count = (int(cached[0]), int(cached[1])) if cached else (0, 0)
    positives = Signal.select().where(
        (Signal.contact == contact_id) & (Signal.polarity == POSITIVE)).count()
    return ThresholdState(open_warning_weight=weight, open_warning_count=count,
                          positive_count=positives, threshold=threshold,
                          level=level_for(weight, threshold))


# -- a signal's life ----------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _note(note: str, missing: str) -> str:
    """The note as stored; ``missing`` (a marked text) says what to write when empty."""
    text = stored_text(note, lines=True, limit=NOTES_LIMIT)[0].strip()
    if not text:
        raise ValidationError({"note": missing})
    return text


def _close(signal_id: int, state: str, resolution: str, note: str) -> SignalView:
    signal = get_signal(signal_id)
    if not signal.is_open:
        raise ValidationError({"state": tr_noop("This signal is already closed.")})
    with db.atomic():
        Signal.update(state=state, resolution=resolution, resolved_at=_now(),
                      resolution_note=note).where(Signal.id == signal_id).execute()
        refresh_cached_columns([signal.contact_id])
    return get_signal(signal_id)


def resolve_signal(signal_id: int, note: str) -> SignalView:
    """Resolve an open warning by hand, saying how (the note is required).

    Raises:
        NotFoundError: no such signal.
        ValidationError: no note, a positive sign, or the signal is not open.
    """
    note = _note(note, tr_noop("Say how the warning was dealt with."))
    if get_signal(signal_id).polarity != WARNING:
        raise ValidationError({"polarity": tr_noop("Only a warning can be resolved.")})
    return _close(signal_id, RESOLVED, BY_HAND, note)


def dismiss_signal(signal_id: int, note: str) -> SignalView:
    """Dismiss an open signal noted wrongly, saying why (the note is required)."""
    return _close(signal_id, DISMISSED, BY_DISMISSAL,
                  _note(note, tr_noop("Say why the signal was noted wrongly.")))


def close_open_warnings(contact_id: int, resolution: str, *, at: dt.datetime,
                        clarification_id: int | None = None) -> list[int]:
    """Close every open warning of a contact as part of a decision (keep or archive);
    return their ids. The caller's transaction holds it, and refreshes the cache."""
    query = Signal.select(Signal.id).where(
        (Signal.contact == contact_id) & (Signal.polarity == WARNING) & (Signal.state == OPEN))
    ids = [int(row.id) for row in query]
    if ids:
        Signal.update(state=RESOLVED, resolution=resolution, resolved_at=at,
                      resolved_by=clarification_id).where(Signal.id.in_(ids)).execute()
    return ids


def reopen_signals(signal_ids: Sequence[int]) -> None:
    """Open closed signals again (Restore: the warnings that still stand)."""
    ids = list(signal_ids)
    if not ids:
        return
    contacts = {s.contact_id for s in _views(Signal.select().where(Signal.id.in_(ids)))}
    with db.atomic():
        Signal.update(state=OPEN, resolution=None, resolved_at=None, resolution_note="",
                      resolved_by=None).where(Signal.id.in_(ids)).execute()
        refresh_cached_columns(contacts)


def closed_by_archive(contact_id: int) -> list[SignalView]:
    """Return the warnings the contact's last archive closed (what Restore may reopen)."""
    archived_at = _last_archive_at(contact_id)
    return [s for s in list_signals(contact_id)
            if s.polarity == WARNING and s.state == RESOLVED and s.resolution == BY_ARCHIVE
            and s.resolved_at == archived_at]


def _last_archive_at(contact_id: int) -> dt.datetime | None:
    row = (StatusChange.select(StatusChange.at)
           .where((StatusChange.contact == contact_id) & (StatusChange.action == "archive"))
           .order_by(StatusChange.at.desc(), StatusChange.id.desc()).first())
    return row.at if row is not None else None
