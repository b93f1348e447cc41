"""Writing an import's contacts: batched inserts, then the merged contacts' updates.

Called inside the import's one transaction. New contacts are inserted with
``executemany`` and ids chosen up front (the transaction holds the write lock), so
50,000 cards cost a few statements per table rather than per card.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from networkapp.models import Contact, db
from networkapp.services.dto import AddressData, LabeledValue
from networkapp.services.import_merge import TEXT_FIELDS, ContactState

BATCH = 2000
_CONTACT_COLUMNS = (*TEXT_FIELDS, "uid", "photo_uri", "birthday", "notes", "photo",
                    "photo_mime", "status", "cadence_days", "created_at", "updated_at",
                    "sort_name", "gave_count", "received_count", "open_warning_weight",
                    "search_text")
_VALUE_TABLES = {"emails": "contact_email", "phones": "contact_phone", "urls": "contact_url"}
_ADDRESS_COLUMNS = ("label", "po_box", "extended", "street", "locality", "region",
                    "postal_code", "country")

Tick = Callable[[int], None]


def _now() -> str:
    return str(dt.datetime.now().replace(microsecond=0))


def _executemany(sql: str, rows: Sequence[Sequence[Any]], tick: Tick | None = None) -> None:
    cursor = db.cursor()
    for start in range(0, len(rows), BATCH):
        cursor.executemany(sql, rows[start : start + BATCH])
        if tick is not None:
            tick(min(len(rows), start + BATCH))


def insert_new(states: Sequence[ContactState], reasons: Sequence[str], cadence: int | None,
               tick: Tick | None = None) -> list[int]:
    """Insert new contacts with their rows and "create" history; return their ids.

    Args:
        states: The contacts this import creates, in order.
        reasons: The history reason of each ("Imported from <file>").
        cadence: The keep-in-touch cadence a new contact starts with.
        tick: Called with the number of contacts inserted so far.
    """
    first = (Contact.select(Contact.id).order_by(Contact.id.desc()).scalar() or 0) + 1
    now = _now()
    ids = list(range(first, first + len(states)))
    rows = []
    for cid, state in zip(ids, states, strict=True):
        values: dict[str, Any] = dict(state.scalars)
        values |= {"photo": state.photo, "photo_mime": state.photo_mime if state.photo else None,
                   "status": "active", "cadence_days": cadence, "created_at": now,
                   "updated_at": now}
        rows.append((cid, *(values.get(c) if values.get(c) is not None else _default(c)
                            for c in _CONTACT_COLUMNS)))
    marks = ",".join("?" * (len(_CONTACT_COLUMNS) + 1))
    _executemany(f"INSERT INTO contact (id, {', '.join(_CONTACT_COLUMNS)}) VALUES ({marks})",
                 rows, tick)
    history = [(cid, "create", None, "active", now, reason)
               for cid, reason in zip(ids, reasons, strict=True)]
    _executemany("INSERT INTO status_change (contact_id, action, from_status, to_status, at, "
                 "reason) VALUES (?, ?, ?, ?, ?, ?)", history)
    write_rows(zip(ids, states, strict=True))
    return ids


def _default(column: str) -> Any:
    nullable = {"uid", "photo_uri", "birthday", "photo", "photo_mime", "cadence_days"}
    if column in nullable:
        return None
    return 0 if column.endswith(("_count", "_weight")) else ""


def update_merged(states: Iterable[ContactState]) -> list[int]:
    """Write the changed columns and added rows of stored contacts; return their ids."""
    now = _now()
    done = []
    for state in states:
        columns: dict[str, Any] = {name: state.scalars.get(name) for name in state.changed
                                   if name != "photo"}
        if "photo" in state.changed:
            columns |= {"photo": state.photo, "photo_mime": state.photo_mime}
        columns["updated_at"] = now
        sets = ", ".join(f"{name} = ?" for name in columns)
        db.execute_sql(f"UPDATE contact SET {sets} WHERE id = ?", [*columns.values(), state.id])
        done.append(state.id)
    write_rows((state.id, state) for state in states)
    return done


def write_rows(pairs: Iterable[tuple[int, ContactState]]) -> None:
    """Insert the added e-mails, phones, URLs, addresses and tags of each contact."""
    values: dict[str, list[tuple[Any, ...]]] = {kind: [] for kind in _VALUE_TABLES}
    addresses: list[tuple[Any, ...]] = []
    tags: list[tuple[int, str]] = []
    for cid, state in pairs:
        for kind in _VALUE_TABLES:
            start = state.existing.get(kind, 0)
            for i, item in enumerate(state.added.get(kind, ())):
                assert isinstance(item, LabeledValue)
                values[kind].append((cid, item.value, item.label, start + i))
        start = state.existing.get("addresses", 0)
        for i, adr in enumerate(state.added.get("addresses", ())):
            assert isinstance(adr, AddressData)
            addresses.append((cid, *(getattr(adr, c) for c in _ADDRESS_COLUMNS), start + i))
        tags.extend((cid, str(name)) for name in state.added.get("tags", ()))
    for kind, table in _VALUE_TABLES.items():
        _executemany(f"INSERT INTO {table} (contact_id, value, label, position) "
                     "VALUES (?, ?, ?, ?)", values[kind])
    marks = ",".join("?" * (len(_ADDRESS_COLUMNS) + 2))
    _executemany(f"INSERT INTO contact_address (contact_id, {', '.join(_ADDRESS_COLUMNS)}, "
                 f"position) VALUES ({marks})", addresses)
    _write_tags(tags)


def _write_tags(pairs: list[tuple[int, str]]) -> None:
    if not pairs:
        return
    # A tag that exists with other capitals is reused rather than duplicated.
    known = _tag_ids()
    missing = {name.casefold(): name for _, name in reversed(pairs)
               if name.casefold() not in known}
    _executemany("INSERT OR IGNORE INTO tag (name) VALUES (?)", [(n,) for n in missing.values()])
    known = _tag_ids()
    rows = [(cid, known[name.casefold()]) for cid, name in pairs]
    _executemany("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", rows)


def _tag_ids() -> dict[str, int]:
    found: dict[str, int] = {}
    for tid, name in db.execute_sql("SELECT id, name FROM tag ORDER BY id"):
        found.setdefault(name.casefold(), tid)
    return found
