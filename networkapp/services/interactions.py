"""Interactions and the exchanges inside them (what I gave, what I received)."""

from __future__ import annotations

from networkapp.models import Contact, Exchange, Interaction, db
from networkapp.models.cache import refresh_cached_columns
from networkapp.services.dto import ExchangeView, InteractionInput, InteractionView
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.vocabulary import DIRECTIONS, GROWTHS, KINDS


def interaction_problems(data: InteractionInput) -> dict[str, str]:
    """Return ``{field: problem}`` for an interaction that cannot be stored."""
    problems: dict[str, str] = {}
    if data.date is None:
        problems["date"] = "An interaction needs a date."
    for i, item in enumerate(data.exchanges, start=1):
        if item.direction not in DIRECTIONS:
            problems[f"exchange {i}"] = f"Direction must be one of {', '.join(DIRECTIONS)}."
        elif item.kind not in KINDS:
            problems[f"exchange {i}"] = f"Kind must be one of {', '.join(KINDS)}."
        elif item.growth not in GROWTHS:
            problems[f"exchange {i}"] = f"Growth must be one of {', '.join(GROWTHS)}."
        elif not 1 <= item.weight <= 3:
            problems[f"exchange {i}"] = "Weight must be 1, 2 or 3."
    return problems


def _check(data: InteractionInput) -> None:
    problems = interaction_problems(data)
    if problems:
        raise ValidationError(problems)


def _write_exchanges(interaction_id: int, data: InteractionInput) -> None:
    Exchange.delete().where(Exchange.interaction == interaction_id).execute()
    rows = [
        {"interaction": interaction_id, "direction": e.direction, "kind": e.kind,
         "growth": e.growth, "weight": e.weight, "note": e.note}
        for e in data.exchanges
    ]
    if rows:
        Exchange.insert_many(rows).execute()


def add_interaction(contact_id: int, data: InteractionInput) -> int:
    """Log an interaction with its exchanges; return its id.

    Raises:
        ValidationError: bad input (nothing written).
        NotFoundError: no such contact.
    """
    _check(data)
    if not Contact.select().where(Contact.id == contact_id).exists():
        raise NotFoundError(f"Contact {contact_id} does not exist.")
    with db.atomic():
        row = Interaction.create(contact=contact_id, date=data.date, channel=data.channel,
                                 summary=data.summary, notes=data.notes)
        _write_exchanges(row.id, data)
        refresh_cached_columns([contact_id])
    return int(row.id)


def update_interaction(interaction_id: int, data: InteractionInput) -> None:
    """Replace an interaction's fields and exchanges."""
    _check(data)
    contact_id = _contact_of(interaction_id)
    with db.atomic():
        Interaction.update(date=data.date, channel=data.channel, summary=data.summary,
                           notes=data.notes).where(Interaction.id == interaction_id).execute()
        _write_exchanges(interaction_id, data)
        refresh_cached_columns([contact_id])


def delete_interaction(interaction_id: int) -> InteractionView:
    """Delete an interaction (its signals stay, unlinked); return it for undo."""
    view = get_interaction(interaction_id)
    with db.atomic():
        Interaction.delete().where(Interaction.id == interaction_id).execute()
        refresh_cached_columns([view.contact_id])
    return view


def restore_interaction(view: InteractionView) -> int:
    """Insert back a deleted interaction with its id and exchanges (undo)."""
    with db.atomic():
        Interaction.insert(id=view.id, contact=view.contact_id, date=view.date,
                           channel=view.channel, summary=view.summary,
                           notes=view.notes).execute()
        _write_exchanges(view.id, as_input(view))
        refresh_cached_columns([view.contact_id])
    return view.id


def as_input(view: InteractionView) -> InteractionInput:
    """Return the editable part of a stored interaction."""
    return InteractionInput(date=view.date, channel=view.channel, summary=view.summary,
                            notes=view.notes, exchanges=tuple(view.exchanges))


def _contact_of(interaction_id: int) -> int:
    row = (Interaction.select(Interaction.contact).where(Interaction.id == interaction_id)
           .tuples().first())
    if row is None:
        raise NotFoundError(f"Interaction {interaction_id} does not exist.")
    return int(row[0])


def _exchange_views(interaction_ids: list[int]) -> dict[int, list[ExchangeView]]:
    found: dict[int, list[ExchangeView]] = {i: [] for i in interaction_ids}
    for start in range(0, len(interaction_ids), 500):
        chunk = interaction_ids[start : start + 500]
        query = Exchange.select().where(Exchange.interaction.in_(chunk)).order_by(Exchange.id)
        for e in query:
            found[e.interaction_id].append(ExchangeView(
                direction=e.direction, kind=e.kind, growth=e.growth, weight=e.weight,
                note=e.note, id=e.id))
    return found


def _views(query: object) -> list[InteractionView]:
    rows = list(query)  # type: ignore[call-overload]
    exchanges = _exchange_views([r.id for r in rows])
    return [
        InteractionView(id=r.id, contact_id=r.contact_id, date=r.date, channel=r.channel,
                        summary=r.summary, notes=r.notes, exchanges=tuple(exchanges[r.id]))
        for r in rows
    ]


def get_interaction(interaction_id: int) -> InteractionView:
    """Return one interaction with its exchanges."""
    views = _views(Interaction.select().where(Interaction.id == interaction_id))
    if not views:
        raise NotFoundError(f"Interaction {interaction_id} does not exist.")
    return views[0]


def list_interactions(contact_id: int, *, newest_first: bool = True) -> list[InteractionView]:
    """Return the contact's interactions with their exchanges (two queries in all)."""
    order = (Interaction.date.desc(), Interaction.id.desc()) if newest_first else (
        Interaction.date, Interaction.id)
    return _views(Interaction.select().where(Interaction.contact == contact_id).order_by(*order))
