"""The one contact writer: hand edits, the import (and later merge and sync) store
contacts through these functions, inside the caller's transaction.

One rule for tags: names compare case-insensitively (``Work`` and ``work`` are one
tag) and the first spelling stored is kept (:func:`tag_ids`). One place for the
cached sort and search columns: :func:`~networkapp.models.cache.refresh_cached_columns`,
run by :func:`refresh` after every write. :func:`write_fields` updates a contact in
place: an unchanged field writes nothing (not even ``updated_at``), and the rows of
unchanged e-mails, phones, URLs, addresses and tags keep their ids.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from typing import Any

from networkapp.models import db
from networkapp.models.cache import refresh_cached_columns
from networkapp.services.dto import AddressData, ContactFields
from networkapp.services.validation import LINE_LIMIT, NOTES_LIMIT, parse_birthday, stored_text
from networkapp.services.vcard import ParsedCard, VCardFileError, read_vcard_bytes

SCALAR_COLUMNS = ("display_name", "given_name", "family_name", "organization", "title",
                  "birthday", "notes", "photo", "photo_mime", "photo_uri", "uid",
                  "cadence_days", "introduced_by_id", "introduced_on")
VALUE_TABLES = {"emails": "contact_email", "phones": "contact_phone", "urls": "contact_url"}
ADDRESS_COLUMNS = tuple(f.name for f in dataclass_fields(AddressData))
"""The columns of contact_address (label, then the vCard ADR parts): AddressData's."""
ROW_TABLES = {**VALUE_TABLES, "addresses": "contact_address"}
ROW_COLUMNS = {**dict.fromkeys(VALUE_TABLES, ("value", "label")), "addresses": ADDRESS_COLUMNS}
# The cached columns start empty: refresh() computes them.
_INSERT_CONTACT = (f"INSERT INTO contact (id, {', '.join(SCALAR_COLUMNS)}, status, "
                   "created_at, updated_at, sort_name, search_text, gave_count, received_count, "
                   f"open_warning_weight) VALUES ({', '.join('?' * (len(SCALAR_COLUMNS) + 4))}"
                   ", '', '', 0, 0, 0)")


def insert_sql(table: str, owner: str, columns: Sequence[str], *, positioned: bool = True
               ) -> str:
    """Return the INSERT of one child row: (owner id, *columns[, position])."""
    names = (owner, *columns, *(("position",) if positioned else ()))
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


_INSERT_ROW = {kind: insert_sql(table, "contact_id", ROW_COLUMNS[kind])
               for kind, table in ROW_TABLES.items()}
_LINK_TAG = "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)"


Row = tuple[str, ...]
"""An e-mail, phone or URL (value, label) or an address (the :data:`ADDRESS_COLUMNS`)."""


def now() -> str:
    """Return the time stamps' form of the present moment (whole seconds)."""
    return str(dt.datetime.now().replace(microsecond=0))


def _line(value: str | None) -> str:
    return stored_text(value or "")[0].strip()


@dataclass
class NewContact:
    """A contact to insert: its columns, rows and the reason of its "create" history.

    Attributes:
        columns: Values of :data:`SCALAR_COLUMNS` (missing ones are empty or NULL).
        rows: Per kind ("emails", "phones", "urls", "addresses"), its rows in order.
        tags: Its tag names, in order.
    """

    columns: Mapping[str, Any]
    rows: Mapping[str, Sequence[Row]] = field(default_factory=dict)
    tags: Sequence[str] = ()
    status: str = "active"
    reason: str = "Added by hand"


_TEXT_COLUMNS = frozenset((*SCALAR_COLUMNS[:5], "notes"))  # NOT NULL: "" when missing


def _values(columns: Mapping[str, Any]) -> list[Any]:
    """Return the :data:`SCALAR_COLUMNS` values of ``columns``, in order."""
    values = [columns.get(name) for name in SCALAR_COLUMNS]
    if None in values:
        values = ["" if v is None and n in _TEXT_COLUMNS else v
                  for n, v in zip(SCALAR_COLUMNS, values, strict=True)]
    return values


def insert_contacts(contacts: Sequence[NewContact], *, ids: Sequence[int] | None = None,
                    at: str | None = None) -> list[int]:
    """Insert contacts with their rows, tags and "create" history; return their ids.

    Args:
        contacts: What to insert.
        ids: The ids to give them (free ones: the caller holds the write lock), else
            SQLite chooses.
        at: Their creation time (now when None).
    """
    at = at or now()
    cursor = db.cursor()
    if ids is None:
        chosen = []
        for contact in contacts:
            cursor.execute(_INSERT_CONTACT, (None, *_values(contact.columns), contact.status,
                                             at, at))
            chosen.append(int(cursor.lastrowid or 0))
        ids = chosen
    else:
        cursor.executemany(_INSERT_CONTACT, [
            (cid, *_values(contact.columns), contact.status, at, at)
            for cid, contact in zip(ids, contacts, strict=True)])
    ensure_uids(c.columns.get("introduced_by_id") for c in contacts)
    cursor.executemany(
        "INSERT INTO status_change (contact_id, action, from_status, to_status, at, reason) "
        "VALUES (?, 'create', NULL, ?, ?, ?)",
        [(cid, c.status, at, c.reason) for cid, c in zip(ids, contacts, strict=True)])
    add_rows({cid: c.rows for cid, c in zip(ids, contacts, strict=True)})
    link_tags({cid: c.tags for cid, c in zip(ids, contacts, strict=True)})
    return list(ids)


def add_rows(rows: Mapping[int, Mapping[str, Sequence[Row]]],
             after: Mapping[int, Mapping[str, int]] | None = None) -> None:
    """Insert e-mail, phone, URL and address rows, numbered from 0 or from ``after``
    (per contact and kind: how many are stored already)."""
    cursor = db.cursor()
    after = after or {}
    for kind, sql in _INSERT_ROW.items():
        values = []
        for cid, by_kind in rows.items():
            items = by_kind.get(kind)
            if items:
                start = after[cid].get(kind, 0) if cid in after else 0
                values += [(cid, *row, start + n) for n, row in enumerate(items)]
        if values:
            cursor.executemany(sql, values)


def tag_key(name: str) -> str:
    """Return what makes two tag names one tag: the case-folded name (``Work`` is
    ``work``; the first spelling stored is kept). The one tag rule."""
    return name.casefold()


def unique_tags(names: Iterable[str]) -> list[str]:
    """Return the tag names as stored (stripped, :func:`stored_text`), without empty ones
    and without case repeats (the first spelling kept)."""
    kept: dict[str, str] = {}
    for raw in names:
        name = raw.strip() if raw.isprintable() and len(raw) <= LINE_LIMIT else _line(raw)
        if name:
            kept.setdefault(tag_key(name), name)
    return list(kept.values())


def tag_ids(names: Iterable[str]) -> dict[str, int]:
    """Return the id of each tag by case-folded name, creating the missing ones.

    A tag stored with other capitals is the same tag (the first stored spelling wins).
    """
    wanted = unique_tags(names)
    if not wanted:
        return {}
    known: dict[str, int] = {}
    for tid, name in db.execute_sql("SELECT id, name FROM tag ORDER BY id"):
        known.setdefault(tag_key(name), tid)
    missing = [name for name in wanted if tag_key(name) not in known]
    if missing:
        cursor = db.cursor()
        for name in missing:
            cursor.execute("INSERT INTO tag (name) VALUES (?)", (name,))
            known[tag_key(name)] = int(cursor.lastrowid or 0)
    return {tag_key(name): known[tag_key(name)] for name in wanted}


def link_tags(tags: Mapping[int, Sequence[str]]) -> None:
    """Give each contact its tags (ones it carries already are left alone)."""
    ids = tag_ids(name for names in tags.values() for name in names)
    pairs = [(cid, ids[tag_key(name)]) for cid, names in tags.items()
             for name in unique_tags(names)]
    if pairs:
        db.cursor().executemany(_LINK_TAG, pairs)


def update_columns(contact_id: int, columns: Mapping[str, Any], *, at: str | None = None
                   ) -> None:
    """Set some of a contact's :data:`SCALAR_COLUMNS` (and ``updated_at``)."""
    ensure_uids((columns.get("introduced_by_id"),))
    values = {**columns, "updated_at": at or now()}
    sets = ", ".join(f"{name} = ?" for name in values)
    db.execute_sql(f"UPDATE contact SET {sets} WHERE id = ?", (*values.values(), contact_id))


def ensure_uids(contact_ids: Iterable[int | None]) -> None:
    """Give the contacts without a UID a new one (``urn:uuid:``): an introducer is named by
    its UID in an exported card (``X-NETWORKAPP-INTRODUCED-BY``), so that importing the
    export links the contacts again."""
    for cid in {cid for cid in contact_ids if cid}:
        db.execute_sql("UPDATE contact SET uid = ? WHERE id = ? AND (uid IS NULL OR uid = '')",
                       (uuid.uuid4().urn, cid))


def refresh(contact_ids: Iterable[int], *, from_account: int | None = None) -> None:
    """Recompute the cached sort and search columns of the contacts (the one place)
    and note them as changed for the sync accounts (:func:`mark_pending`): every
    account, or every one but ``from_account`` when the write stores what that
    account's server sent."""
    ids = list(contact_ids)
    refresh_cached_columns(ids)
    mark_pending(ids, except_account=from_account)


def mark_pending(contact_ids: Iterable[int], *, except_account: int | None = None) -> None:
    """Note the contacts as changed here, to be pushed by every sync account's next
    sync (but ``except_account``'s), kept in the file, so a change made offline or
    before a crash is sent later; each mark a fresh row id (a push clears only the mark
    it read: :func:`store.clear_pending`). Nothing to do, and one query, when there is no
    account."""
    accounts = [aid for (aid,) in db.execute_sql("SELECT id FROM sync_account")
                if aid != except_account]
    if accounts:
        db.cursor().executemany(
            "INSERT OR REPLACE INTO sync_pending (account_id, contact_id) VALUES (?, ?)",
            [(aid, cid) for cid in contact_ids for aid in accounts])


def mark_swapped(contact_ids: Sequence[int]) -> None:
    """After an undo or redo (not recorded in the sync's tables): the contacts it
    swapped that still exist (every contact when ``contact_ids`` is empty) are pending,
    so the next sync sends them as they are now, and a card left by one of them when it
    was deleted or merged away is theirs again (not deleted on the server)."""
    with db.atomic():
        existing = {cid for (cid,) in db.execute_sql("SELECT id FROM contact")}
        swapped = [cid for cid in contact_ids if cid in existing] if contact_ids \
            else sorted(existing)
        _relink_cards(swapped)
        mark_pending(swapped)


def _relink_cards(contact_ids: Sequence[int]) -> None:
    """Give the cards of deleted contacts (``sync_card`` rows without a contact) back
    to the contacts among ``contact_ids`` with their UID, one card per account."""
    tombstones = db.execute_sql(
        "SELECT id, account_id, href, card FROM sync_card WHERE contact_id IS NULL").fetchall()
    if not tombstones or not contact_ids:
        return
    wanted = set(contact_ids)
    by_uid = {uid: cid for cid, uid in db.execute_sql(
        "SELECT id, uid FROM contact WHERE uid IS NOT NULL AND uid != ''") if cid in wanted}
    for card_id, account_id, href, raw in tombstones:
        cid = by_uid.get(_card_uid(bytes(raw), href))
        if cid is not None and db.execute_sql(
                "SELECT 1 FROM sync_card WHERE account_id = ? AND contact_id = ?",
                (account_id, cid)).fetchone() is None:
            db.execute_sql("UPDATE sync_card SET contact_id = ? WHERE id = ?", (cid, card_id))


def _card_uid(raw: bytes, name: str) -> str:
    """The UID of a stored server card, as the import stores it ("" if none)."""
    try:
        cards = list(read_vcard_bytes(raw, name=name))
    except VCardFileError:
        return ""
    if len(cards) != 1 or not isinstance(cards[0], ParsedCard):
        return ""
    return _line(cards[0].uid)


def fields_columns(fields: ContactFields, display_name: str) -> dict[str, Any]:
    """Return the :data:`SCALAR_COLUMNS` of a hand-edited contact, as stored
    (:func:`stored_text`: the import's rules, without its warnings)."""
    return {
        "display_name": _line(display_name), "given_name": _line(fields.given_name),
        "family_name": _line(fields.family_name), "organization": _line(fields.organization),
        "title": _line(fields.title), "birthday": parse_birthday(fields.birthday),
        "notes": stored_text(fields.notes, lines=True, limit=NOTES_LIMIT)[0],
        "photo": fields.photo, "photo_mime": fields.photo_mime if fields.photo else None,
        "photo_uri": _line(fields.photo_uri) or None, "uid": _line(fields.uid) or None,
        "cadence_days": fields.cadence_days, "introduced_by_id": fields.introduced_by,
        "introduced_on": (fields.introduced_on.isoformat()
                          if fields.introduced_by and fields.introduced_on else None),
    }


def fields_rows(fields: ContactFields) -> dict[str, list[Row]]:
    """Return the e-mail, phone, URL and address rows of a hand-edited contact."""
    rows: dict[str, list[Row]] = {
        kind: [(v, _line(item.label)) for item in getattr(fields, kind)
               if (v := _line(item.value))]
        for kind in VALUE_TABLES}
    rows["addresses"] = [
        (_line(a.label), *[stored_text(getattr(a, c), lines=True)[0]
                           for c in ADDRESS_COLUMNS[1:]])
        for a in fields.addresses]
    return rows


def write_fields(contact_id: int, columns: Mapping[str, Any],
                 rows: Mapping[str, Sequence[Row]], tags: Sequence[str], *,
                 from_account: int | None = None) -> bool:
    """Make a stored contact hold exactly these columns, rows and tags, in place.

    Only what differs is written: rows equal to a stored one keep their id (moved if
    their position changed), changed rows are updated in place, extra ones inserted
    or deleted. ``updated_at`` and the cached columns change only when something did
    (and the contact is marked for the sync accounts, but ``from_account``: see
    :func:`refresh`). Return True when anything changed.
    """
    names = list(columns)
    stored = db.execute_sql(f"SELECT {', '.join(names)} FROM contact WHERE id = ?",
                            (contact_id,)).fetchone()
    changed = {n: columns[n] for n, old in zip(names, stored, strict=True)
               if _differs(old, columns[n])}
    touched = False
    for kind, table in ROW_TABLES.items():
        touched |= write_rows(table, "contact_id", contact_id, ROW_COLUMNS[kind],
                              rows.get(kind, ()))
    touched |= _write_tags(contact_id, tags)
    if changed or touched:
        update_columns(contact_id, changed)
        refresh([contact_id], from_account=from_account)
    return bool(changed) or touched


def _differs(old: object, new: object) -> bool:
    if isinstance(old, bytes | memoryview) or isinstance(new, bytes):
        return (bytes(old) if isinstance(old, bytes | memoryview) else old) != new
    return old != new


def write_rows(table: str, owner: str, owner_id: int, columns: Sequence[str],
               wanted: Sequence[Sequence[Any]], *, positioned: bool = True) -> bool:
    """Make the child rows of ``table`` whose ``owner`` column is ``owner_id`` hold
    exactly ``wanted``, in order; return True when anything changed.

    The one way child rows are rewritten (contact e-mails, phones, URLs, addresses;
    an interaction's exchanges), keeping the ids of unchanged rows, which exact undo
    (:mod:`~networkapp.services.changes`) relies on: a wanted row equal to a stored one
    keeps that row; the other wanted rows update the remaining stored rows in place,
    in order; extra ones are inserted, stored ones left over deleted. With
    ``positioned`` the table orders its rows by a ``position`` column, so an equal row
    is found anywhere (and moved); without, rows are in id order, so only the row at
    the same place can be equal.
    """
    cols = ", ".join(columns)
    order = "position, id" if positioned else "id"
    where = "position" if positioned else "NULL"  # where a stored row stands
    stored = [(rid, tuple(values), at) for rid, at, *values in db.execute_sql(
        f"SELECT id, {where}, {cols} FROM {table} WHERE {owner} = ? ORDER BY {order}",
        (owner_id,))]
    kept: list[int | None] = []  # per wanted row: the stored row (index) it keeps
    free = dict.fromkeys(range(len(stored)))
    for place, given in enumerate(wanted):
        row = tuple(given)
        if positioned:
            same = next((n for n in free if stored[n][1] == row), None)
        else:
            same = place if place in free and stored[place][1] == row else None
        if same is not None:
            del free[same]
        kept.append(same)
    reuse = iter(list(free))
    changed = False
    sets = ", ".join(f"{c} = ?" for c in (*columns, *(("position",) if positioned else ())))
    for place, (values, same) in enumerate(zip(wanted, kept, strict=True)):
        extra = (place,) if positioned else ()
        if same is not None:
            if positioned and stored[same][2] != place:  # moved: only its position
                db.execute_sql(f"UPDATE {table} SET position = ? WHERE id = ?",
                               (place, stored[same][0]))
                changed = True
        elif (old := next(reuse, None)) is not None:  # a changed row, its id kept
            db.execute_sql(f"UPDATE {table} SET {sets} WHERE id = ?",
                           (*values, *extra, stored[old][0]))
            changed = True
        else:
            db.execute_sql(insert_sql(table, owner, columns, positioned=positioned),
                           (owner_id, *values, *extra))
            changed = True
    for old in reuse:
        db.execute_sql(f"DELETE FROM {table} WHERE id = ?", (stored[old][0],))
        changed = True
    return changed


def _write_tags(contact_id: int, tags: Sequence[str]) -> bool:
    wanted = {tag_key(name): name for name in unique_tags(tags)}
    stored: dict[str, int] = {}
    gone = []  # links to tags no longer wanted, or to a second spelling of one
    for link, name in db.execute_sql(
            "SELECT contact_tag.id, tag.name FROM contact_tag JOIN tag ON "
            "tag.id = contact_tag.tag_id WHERE contact_tag.contact_id = ? "
            "ORDER BY contact_tag.id", (contact_id,)):
        folded = tag_key(name)
        if folded in wanted and folded not in stored:
            stored[folded] = link
        else:
            gone.append(link)
    new = [name for folded, name in wanted.items() if folded not in stored]
    for link in gone:
        db.execute_sql("DELETE FROM contact_tag WHERE id = ?", (link,))
    if new:
        link_tags({contact_id: new})
    return bool(gone or new)
