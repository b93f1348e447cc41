"""Signals (dated notes on behaviour) and the threshold that asks for a decision."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from peewee import JOIN, ModelSelect

from networkapp.models import Contact, Interaction, Signal, db
from networkapp.models.cache import refresh_cached_columns
from networkapp.services.dto import SignalInput, SignalView, ThresholdState
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.settings import get_threshold
from networkapp.services.validation import NOTES_LIMIT, stored_text
from networkapp.services.vocabulary import POLARITIES, POSITIVE, WARNING, category_label

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


def signal_problems(data: SignalInput) -> dict[str, str]:
    """Return ``{field: problem}`` for a signal that cannot be stored."""
    problems: dict[str, str] = {}
    if data.polarity not in POLARITIES:
        problems["polarity"] = "A signal is a warning or a positive sign."
    if not data.category.strip():
        problems["category"] = "Choose a category or describe the behaviour."
    if not 1 <= data.weight <= 3:
        problems["weight"] = "Weight must be 1, 2 or 3."
    if data.date is None:
        problems["date"] = "A signal needs a date."
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
                   interaction_summary=r.summary, resolved_by=r.resolved_by_id)
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
    open_warnings = Signal.select().where(
        (Signal.contact == contact_id) & (Signal.polarity == WARNING)
        & (Signal.resolved_by.is_null()))
    weight = sum(s.weight for s in open_warnings)
    positives = Signal.select().where(
        (Signal.contact == contact_id) & (Signal.polarity == POSITIVE)).count()
    return ThresholdState(open_warning_weight=weight, open_warning_count=len(open_warnings),
                          positive_count=positives, threshold=threshold,
                          level=level_for(weight, threshold))
