"""Interactions and the exchanges inside them (what I gave, what I received)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from peewee import Expression

from networkapp.i18n import tr_noop
from networkapp.models import Contact, Exchange, Interaction, db
from networkapp.models.cache import refresh_cached_columns
from networkapp.models.rows import tuples
from networkapp.services.contact_writer import write_rows
from networkapp.services.dto import ExchangeView, InteractionInput, InteractionView
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.introductions import INTRODUCTION, link_received
from networkapp.services.validation import NOTES_LIMIT, stored_text
from networkapp.services.vocabulary import DIRECTIONS, GROWTHS, KINDS


def interaction_problems(data: InteractionInput) -> dict[str, str]:
    """Return ``{field: problem}`` for an interaction that cannot be stored."""
    problems: dict[str, str] = {}
    if data.date is None:
        problems["date"] = tr_noop("An interaction needs a date.")
    for i, item in enumerate(data.exchanges, start=1):
        if item.direction not in DIRECTIONS:
            problems[f"exchange {i}"] = f"Direction must be one of {', '.join(DIRECTIONS)}."
        elif item.kind not in KINDS:
            problems[f"exchange {i}"] = f"Kind must be one of {', '.join(KINDS)}."
        elif item.growth not in GROWTHS:
            problems[f"exchange {i}"] = f"Growth must be one of {', '.join(GROWTHS)}."
        elif not 1 <= item.weight <= 3:
            problems[f"exchange {i}"] = tr_noop("Weight must be 1, 2 or 3.")
        elif item.introduced is not None and item.kind != INTRODUCTION:
            problems[f"exchange {i}"] = tr_noop("Only an introduction names a contact introduced.")
    return problems


def _stored(data: InteractionInput) -> InteractionInput:
    """Return ``data`` with its free text as stored, cleaned as a contact's fields are
    (:func:`~networkapp.services.validation.stored_text`: control characters
    removed, one-line values cut to 1,000 characters, the notes to 100,000)."""
    return replace(
        data, channel=stored_text(data.channel)[0], summary=stored_text(data.summary)[0],
        notes=stored_text(data.notes, lines=True, limit=NOTES_LIMIT)[0],
        exchanges=tuple(replace(e, note=stored_text(e.note)[0]) for e in data.exchanges))


def _check(data: InteractionInput) -> None:
    problems = interaction_problems(data)
    if problems:
        raise ValidationError(problems)


_EXCHANGE_FIELDS = ("direction", "kind", "growth", "weight", "note", "introduced")
_EXCHANGE_COLUMNS_SQL = (*_EXCHANGE_FIELDS[:-1], "introduced_contact_id")


def _check_introduced(contact_id: int, data: InteractionInput) -> None:
    """Refuse an exchange naming a contact that is gone, or the interaction's own contact."""
    named = {e.introduced for e in data.exchanges if e.introduced is not None}
    if not named:
        return
    problems: dict[str, str] = {}
    found = {cid for (cid,) in tuples(Contact.select(Contact.id)
                                      .where(Contact.id.in_(list(named))))}
    for i, item in enumerate(data.exchanges, start=1):
        if item.introduced == contact_id:
            problems[f"exchange {i}"] = tr_noop(
                "An introduction names someone else than the contact.")
        elif item.introduced is not None and item.introduced not in found:
            problems[f"exchange {i}"] = tr_noop(
                "The contact introduced is not in your contacts any more.")
    if problems:
        raise ValidationError(problems)


def _write_exchanges(interaction_id: int, contact_id: int, data: InteractionInput) -> None:
    """Make the interaction's exchanges what ``data`` says (in id order), keeping the
    ids of those that stay as they were (:func:`write_rows`), and link the contacts
    introduced to me (:func:`~networkapp.services.introductions.link_received`)."""
    write_rows("exchange", "interaction_id", interaction_id, _EXCHANGE_COLUMNS_SQL,
               [tuple(getattr(e, f) for f in _EXCHANGE_FIELDS) for e in data.exchanges],
               positioned=False)
    link_received(contact_id, [(e.direction, e.kind, e.introduced) for e in data.exchanges],
                  data.date)


def add_interaction(contact_id: int, data: InteractionInput) -> int:
    """Log an interaction with its exchanges (its text cleaned: :func:`_stored`); return
    its id.

    Raises:
        ValidationError: bad input (nothing written).
        NotFoundError: no such contact.
    """
    return add_interactions([(contact_id, data, ())])[0]


def add_interactions(items: Sequence[tuple[int, InteractionInput, Sequence[str]]]
                     ) -> list[int]:
    """Log interactions, each with its contact, exchanges and source keys (a captured
    event's or message's, :func:`add_sources`), in one transaction and one refresh of
    the contacts' cached columns; return their ids in order.

    Raises:
        ValidationError: bad input (nothing written).
        NotFoundError: no such contact (nothing written).
    """
    stored = [(cid, _stored(data), keys) for cid, data, keys in items]
    for _, data, _ in stored:
        _check(data)
    contact_ids = list(dict.fromkeys(cid for cid, _, _ in stored))
    known: set[int] = set()
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start:start + 500]
        known.update(cid for (cid,) in tuples(Contact.select(Contact.id)
                                               .where(Contact.id.in_(chunk))))
    if missing := [cid for cid in contact_ids if cid not in known]:
        raise NotFoundError(f"Contact {missing[0]} does not exist.")
    for cid, data, _ in stored:
        _check_introduced(cid, data)
    ids = []
    at = str(dt.datetime.now().replace(microsecond=0))  # as Interaction.created_at stores it
    cursor = db.cursor()
    sources: list[tuple[int, str]] = []
    with db.atomic():
        for cid, data, keys in stored:
            cursor.execute(_INSERT, (cid, data.date.isoformat(), data.channel, data.summary,
                                     data.notes, at))
            iid = int(cursor.lastrowid or 0)
            if data.exchanges:  # a new interaction has none stored: nothing to compare
                _write_exchanges(iid, cid, data)
            sources += [(iid, key) for key in keys]
            ids.append(iid)
        cursor.executemany(_INSERT_SOURCE, sources)
        refresh_cached_columns(contact_ids)
    return ids


_INSERT = ("INSERT INTO interaction (contact_id, date, channel, summary, notes, created_at) "
           "VALUES (?, ?, ?, ?, ?, ?)")
_INSERT_SOURCE = "INSERT OR IGNORE INTO interaction_source (interaction_id, key) VALUES (?, ?)"


def add_sources(interaction_id: int, keys: Iterable[str]) -> None:
    """Note where an interaction came from (keys it holds already are left alone)."""
    rows = [(interaction_id, key) for key in keys]
    if rows:
        db.cursor().executemany(_INSERT_SOURCE, rows)


def source_keys(prefix: str) -> dict[tuple[int, str], int]:
    """Return the interaction holding each (contact, key) whose key starts with
    ``prefix`` ("ical:", "mail:"...): what a capture compares against."""
    return {(cid, key): iid for cid, key, iid in db.execute_sql(
        "SELECT i.contact_id, s.key, s.interaction_id FROM interaction_source s "
        "JOIN interaction i ON i.id = s.interaction_id WHERE s.key >= ? AND s.key < ?",
        (prefix, prefix + "\U0010ffff"))}


def update_interaction(interaction_id: int, data: InteractionInput) -> None:
    """Replace an interaction's fields and exchanges (its text cleaned: :func:`_stored`)."""
    data = _stored(data)
    _check(data)
    contact_id = _contact_of(interaction_id)
    _check_introduced(contact_id, data)
    with db.atomic():
        Interaction.update(date=data.date, channel=data.channel, summary=data.summary,
                           notes=data.notes).where(Interaction.id == interaction_id).execute()
        _write_exchanges(interaction_id, contact_id, data)
        refresh_cached_columns([contact_id])


def delete_interaction(interaction_id: int) -> None:
    """Delete an interaction with its exchanges (its signals stay, unlinked).

    Raises:
        NotFoundError: no such interaction.
    """
    contact_id = _contact_of(interaction_id)
    with db.atomic():
        Interaction.delete().where(Interaction.id == interaction_id).execute()
        refresh_cached_columns([contact_id])


def _contact_of(interaction_id: int) -> int:
    row = (Interaction.select(Interaction.contact).where(Interaction.id == interaction_id)
           .tuples().first())
    if row is None:
        raise NotFoundError(f"Interaction {interaction_id} does not exist.")
    return int(row[0])


_INTERACTION_COLUMNS = (Interaction.id, Interaction.contact, Interaction.date,
                        Interaction.channel, Interaction.summary, Interaction.notes)
_EXCHANGE_COLUMNS = (Exchange.interaction, Exchange.direction, Exchange.kind, Exchange.growth,
                     Exchange.weight, Exchange.note, Exchange.id, Exchange.introduced_contact)


def _views(where: Expression, order: tuple[object, ...]) -> list[InteractionView]:
    """Return interactions with their exchanges: two queries of plain tuples.

    (Model instances cost ~4x more: 2,000 interactions with their exchanges
    took 0.45 s that way, for a printed summary.)
    """
    rows = list(tuples(Interaction.select(*_INTERACTION_COLUMNS).where(where)
                       .order_by(*order)))
    found: dict[int, list[ExchangeView]] = {row[0]: [] for row in rows}
    exchanges = (Exchange.select(*_EXCHANGE_COLUMNS).join(Interaction).where(where)
                 .order_by(Exchange.id))
    for iid, direction, kind, growth, weight, note, eid, introduced in tuples(exchanges):
        found[iid].append(ExchangeView(direction=direction, kind=kind, growth=growth,
                                       weight=weight, note=note, id=eid, introduced=introduced))
    return [
        InteractionView(id=iid, contact_id=cid, date=date, channel=channel, summary=summary,
                        notes=notes, exchanges=tuple(found[iid]))
        for iid, cid, date, channel, summary, notes in rows
    ]


def get_interaction(interaction_id: int) -> InteractionView:
    """Return one interaction with its exchanges."""
    views = _views(Interaction.id == interaction_id, (Interaction.id,))
    if not views:
        raise NotFoundError(f"Interaction {interaction_id} does not exist.")
    return views[0]


def list_interactions(contact_id: int, *, newest_first: bool = True) -> list[InteractionView]:
    """Return the contact's interactions with their exchanges (two queries in all)."""
    order = (Interaction.date.desc(), Interaction.id.desc()) if newest_first else (
        Interaction.date, Interaction.id)
    return _views(Interaction.contact == contact_id, order)
