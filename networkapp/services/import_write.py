"""Writing an import's contacts: batched inserts, then the merged contacts' updates.

Called inside the import's one transaction. New contacts are inserted with
``executemany`` and ids chosen up front (the transaction holds the write lock), so
50,000 cards cost a few statements per table rather than per card.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from networkapp.models import Contact, db
from networkapp.models.text import fold
from networkapp.services import offload
from networkapp.services.import_merge import TEXT_FIELDS, ContactState, Place

BATCH = 2000
FIRST_BATCH = 250
OFFLOAD_MIN = 2 * BATCH
"""Fewer new contacts than this are written without a child process (forking would
not pay)."""
_CONTACT_COLUMNS = (*TEXT_FIELDS, "uid", "photo_uri", "birthday", "notes", "photo",
                    "photo_mime", "status", "cadence_days", "created_at", "updated_at",
                    "sort_name", "gave_count", "received_count", "open_warning_weight",
                    "search_text")
_SEARCHED = ("display_name", "given_name", "family_name", "organization", "title", "notes")
_VALUE_TABLES = {"emails": "contact_email", "phones": "contact_phone", "urls": "contact_url"}
_ADDRESS_COLUMNS = Place._fields

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

    Their cached columns are computed here, as :func:`refresh_cached_columns` would
    (a new contact has no interactions, exchanges or signals), which spares one big
    UPDATE over everything just inserted. Where it is safe (:func:`offload.can_fork`)
    and there are many, a forked child builds the rows while SQLite writes the
    batches already built (:class:`NewRows` makes the same rows either way).

    Args:
        states: The contacts this import creates, in order.
        reasons: The history reason of each ("Imported from <file>").
        cadence: The keep-in-touch cadence a new contact starts with.
        tick: Called with the number of contacts inserted so far.
    """
    first = (Contact.select(Contact.id).order_by(Contact.id.desc()).scalar() or 0) + 1
    ids = list(range(first, first + len(states)))
    tag_ids = _ensure_tags(name for state in states for name in state.added.get("tags", ()))
    tag_names = {tid: name for name, tid in _tag_ids(stored_names=True).items()}
    rows = NewRows(states, ids, reasons=reasons, cadence=cadence, now=_now(),
                   tag_ids=tag_ids, tag_names=tag_names)
    written = 0
    if len(states) >= OFFLOAD_MIN and offload.can_fork():
        with contextlib.suppress(offload.ChildFailed), offload.Child(rows.all) as child:
            for batch in child.items():  # the child failing: the rest is built here
                _write_batch(batch)  # type: ignore[arg-type]
                written += 1
                if tick is not None:
                    tick(rows.bounds[written])
    for k in range(written, rows.batches):
        _write_batch(rows.batch(k))
        if tick is not None:
            tick(rows.bounds[k + 1])
    return ids


_CHILD_KINDS = (*_VALUE_TABLES, "addresses", "tags")
"""The child rows a contact adds, in the order of :data:`_INSERTS` after the first two."""
RowBatch = tuple[list[tuple[Any, ...]], ...]
"""Rows for contact, status_change, contact_email, contact_phone, contact_url,
contact_address and contact_tag, in that order."""
_INSERTS = (
    f"INSERT INTO contact (id, {', '.join(_CONTACT_COLUMNS)}) "
    f"VALUES ({','.join('?' * (len(_CONTACT_COLUMNS) + 1))})",
    "INSERT INTO status_change (contact_id, action, from_status, to_status, at, reason) "
    "VALUES (?, ?, ?, ?, ?, ?)",
    *(f"INSERT INTO {table} (contact_id, value, label, position) VALUES (?, ?, ?, ?)"
      for table in _VALUE_TABLES.values()),
    f"INSERT INTO contact_address (contact_id, {', '.join(_ADDRESS_COLUMNS)}, position) "
    f"VALUES ({','.join('?' * (len(_ADDRESS_COLUMNS) + 2))})",
    "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
)


def _write_batch(batch: RowBatch) -> None:
    cursor = db.cursor()
    for sql, rows in zip(_INSERTS, batch, strict=True):
        if rows:
            cursor.executemany(sql, rows)


class NewRows:
    """The rows of the contacts an import creates, :data:`BATCH` contacts at a time
    (:data:`FIRST_BATCH` first).

    Pure: it reads only what it is given (no database), so a forked child can build
    the batches while the parent writes them. One batch at a time, built just before
    it is written: the rows of 100,000 contacts at once weighed more than the plan.
    """

    def __init__(self, states: Sequence[ContactState], ids: Sequence[int], *,
                 reasons: Sequence[str], cadence: int | None, now: str,
                 tag_ids: dict[str, int], tag_names: dict[int, str]) -> None:
        """Keep what the rows are made of (tag ids by case-folded name, names by id)."""
        self.states, self.ids, self.reasons = states, ids, reasons
        self.cadence, self.now = cadence, now
        self.tag_ids, self.tag_names = tag_ids, tag_names
        # A small first batch: SQLite starts writing while the child builds the next.
        first = min(len(states), FIRST_BATCH)
        # Where each batch starts, then the number of states.
        self.bounds = [0, *range(first, len(states), BATCH), len(states)] if states else [0]
        self.batches = len(self.bounds) - 1

    def all(self) -> Iterator[RowBatch]:
        """Yield every batch in order."""
        return (self.batch(k) for k in range(self.batches))

    def batch(self, k: int) -> RowBatch:
        """Return the rows of batch ``k``."""
        states, ids, tag_ids, tag_names = self.states, self.ids, self.tag_ids, self.tag_names
        now, cadence = self.now, self.cadence
        contacts: list[tuple[Any, ...]] = []
        history: list[tuple[Any, ...]] = []
        children: list[list[tuple[Any, ...]]] = [[] for _ in _CHILD_KINDS]
        for i in range(self.bounds[k], self.bounds[k + 1]):
            state, cid = states[i], ids[i]
            scalars, added = state.scalars, state.added
            tag_list = added.get("tags")
            tag_rows = sorted([tag_ids[str(t).casefold()] for t in tag_list]) if tag_list else []
            emails = [e.value for e in added.get("emails", ())]  # type: ignore[attr-defined]
            sort_name, search_text = cached_columns(scalars, emails,
                                                    [tag_names[tid] for tid in tag_rows])
            # In _CONTACT_COLUMNS' order.
            contacts.append((
                cid, scalars.get("display_name") or "", scalars.get("given_name") or "",
                scalars.get("family_name") or "", scalars.get("organization") or "",
                scalars.get("title") or "", scalars.get("uid"), scalars.get("photo_uri"),
                scalars.get("birthday"), scalars.get("notes") or "", state.photo,
                state.photo_mime if state.photo else None, "active", cadence, now, now,
                sort_name, 0, 0, 0, search_text,
            ))
            history.append((cid, "create", None, "active", now, self.reasons[i]))
            _add_child_rows(cid, state, tag_ids, children)
        return (contacts, history, *children)


def _add_child_rows(cid: int, state: ContactState, tag_ids: dict[str, int],
                    sinks: Sequence[list[tuple[Any, ...]]]) -> None:
    """Append the rows of the e-mails, phones, URLs, addresses and tags ``state`` adds
    to ``sinks`` (one list each, in that order: :data:`_INSERTS` after the first two),
    numbered after the ones stored already (``tag_ids``: by case-folded name)."""
    existing, added = state.existing, state.added
    for kind, rows in zip(_CHILD_KINDS[:-1], sinks[:-1], strict=True):  # not the tags
        start = existing.get(kind, 0)
        # Value is (value, label) and Place is (label, po_box, ...): the columns' order.
        rows += [(cid, *item, start + n)  # type: ignore[misc]
                 for n, item in enumerate(added.get(kind, ()))]
    # In the card's order (INSERT OR IGNORE keeps the first of two capitalisations).
    sinks[-1].extend([(cid, tag_ids[str(t).casefold()]) for t in added.get("tags", ())])


def fast_fold(text: str | None) -> str:
    """:func:`fold`, with a shortcut for ASCII text (lower-case is all it does there).

    fold() maps character by character, and a space, "." or "@" folds to itself and
    never joins a decomposition; so text is folded piece by piece between them, and
    fold's cache serves the pieces that repeat (given names in e-mail addresses,
    words of notes) where a whole address or note would be folded afresh.
    """
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    if len(text) < 100 and "@" not in text:
        return fold(text)
    return " ".join([_fold_word(w) for w in text.split(" ")])


def _fold_word(word: str) -> str:
    if word.isascii():
        return word.lower()
    if "@" in word or "." in word:
        return "@".join([".".join([p.lower() if p.isascii() else _fold_piece(p)
                                   for p in part.split(".")]) for part in word.split("@")])
    return _fold_piece(word)


def _fold_piece(piece: str) -> str:
    return fold(piece) if len(piece) < 100 else fold.__wrapped__(piece)  # type: ignore[attr-defined]


def cached_columns(values: dict[str, Any], emails: Sequence[str], tags: Sequence[str]
                   ) -> tuple[str, str]:
    """Return (``sort_name``, ``search_text``) of a new contact, as models.cache builds them.

    Args:
        values: The contact's columns (names, organization, title, notes).
        emails: Its e-mail addresses in position order.
        tags: Its tag names, by tag id (the order SQLite's ``group_concat`` reads them).
    """
    # fold() works character by character (a space never joins a decomposition), so
    # folding the parts one by one gives the folded whole, and names hit fold's cache.
    parts = [fast_fold(values.get(c)) for c in _SEARCHED]
    parts += [fast_fold(" ".join(emails)), fast_fold(" ".join(tags))]
    return parts[0], " ".join(parts)


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
    pairs = list(pairs)
    tag_ids = _ensure_tags(name for _, state in pairs for name in state.added.get("tags", ()))
    children: list[list[tuple[Any, ...]]] = [[] for _ in _CHILD_KINDS]
    for cid, state in pairs:
        _add_child_rows(cid, state, tag_ids, children)
    for sql, rows in zip(_INSERTS[2:], children, strict=True):
        _executemany(sql, rows)


def _ensure_tags(names: Iterable[object]) -> dict[str, int]:
    """Create the tags not there yet; return every tag's id by case-folded name.

    A tag that exists with other capitals is reused rather than duplicated.
    """
    known = _tag_ids()
    missing: dict[str, str] = {}
    for name in names:
        folded = str(name).casefold()
        if folded not in known:
            missing.setdefault(folded, str(name))
    if missing:
        _executemany("INSERT OR IGNORE INTO tag (name) VALUES (?)",
                     [(n,) for n in missing.values()])
        known = _tag_ids()
    return known


def _tag_ids(*, stored_names: bool = False) -> dict[str, int]:
    """Return tag ids by case-folded name (by stored name with ``stored_names``)."""
    found: dict[str, int] = {}
    for tid, name in db.execute_sql("SELECT id, name FROM tag ORDER BY id"):
        found.setdefault(name if stored_names else name.casefold(), tid)
    return found
