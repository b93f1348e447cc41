"""Small builders shared by the domain tests: contacts, interactions, signals, row counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from networkapp.models import ALL_TABLES, bind_memory, close_database, db
from networkapp.services.contacts import create_contact
from networkapp.services.dto import (
    ContactFields,
    ContactRow,
    ExchangeInput,
    InteractionInput,
    SignalInput,
)
from networkapp.services.interactions import add_interaction
from networkapp.services.listing import ContactQuery, list_contact_tuples, row_from_tuple
from networkapp.services.signals import add_signal

DAY = dt.date(2024, 6, 1)


def new_contact(name: str = "Ada Lovelace", **fields: object) -> int:
    """Create a contact by hand; return its id."""
    return create_contact(ContactFields(display_name=name, **fields))  # type: ignore[arg-type]


def gave(kind: str = "advice", growth: str = "social", weight: int = 1) -> ExchangeInput:
    """Something I gave."""
    return ExchangeInput(direction="gave", kind=kind, growth=growth, weight=weight)


def received(kind: str = "advice", growth: str = "social", weight: int = 1) -> ExchangeInput:
    """Something I received."""
    return ExchangeInput(direction="received", kind=kind, growth=growth, weight=weight)


def log(contact_id: int, *exchanges: ExchangeInput, on: dt.date = DAY,
        summary: str = "Coffee") -> int:
    """Log an interaction with its exchanges; return its id."""
    return add_interaction(contact_id, InteractionInput(date=on, summary=summary,
                                                        exchanges=tuple(exchanges)))


def warn(contact_id: int, weight: int = 1, on: dt.date = DAY,
         category: str = "ego_first") -> int:
    """Note a warning signal; return its id."""
    return add_signal(contact_id, SignalInput(date=on, polarity="warning", category=category,
                                              weight=weight))


def praise(contact_id: int, weight: int = 1, on: dt.date = DAY) -> int:
    """Note a positive signal; return its id."""
    return add_signal(contact_id, SignalInput(date=on, polarity="positive",
                                              category="reciprocated", weight=weight))


def list_contacts(query: ContactQuery | None = None) -> list[ContactRow]:
    """Return the rows a query shows, in its order, as the table model makes them."""
    return [row_from_tuple(row) for row in list_contact_tuples(query or ContactQuery())]


def row_counts() -> dict[str, int]:
    """Return the number of rows of every table."""
    return {table._meta.table_name: table.select().count() for table in ALL_TABLES}


def table_rows() -> dict[str, list[tuple]]:
    """Return every row of every table, sorted (to compare whole databases)."""
    found = {}
    for table in ALL_TABLES:
        name = table._meta.table_name
        found[name] = sorted(db.execute_sql(f'SELECT * FROM "{name}"').fetchall(), key=repr)
    return found


@contextmanager
def memory_db() -> Iterator[None]:
    """Bind a fresh in-memory database for one hypothesis example."""
    bind_memory()
    try:
        yield
    finally:
        close_database()
