"""The contact list: which contacts a view shows, what a search finds, in which order.

One path and one source for each rule: the window's table, ``networkapp list``,
printing and the counts all go through :class:`ContactList`, which reads the
cached columns of every contact in one query and applies, in Python:

- the views (:func:`in_view`): ``active`` (everything not archived),
  ``attention`` (:func:`needs_attention`: the contacts that have a reason,
  :func:`networkapp.services.reasons.reasons`), ``today`` (those with a reason to act
  now: :data:`~networkapp.services.reasons.TODAY_REASONS`), ``archived``, ``all``;
- the search: case- and accent-insensitive over name, e-mails, organization,
  title, tags and notes, and forgiving about doubled letters in names ("nicolo"
  finds "Niccolò", "rosi" finds "Rossi");
- the sort orders (:data:`SORTS`): the column in the direction asked, then always
  ``sort_name`` ascending, then ``id`` ascending, so tied rows never move between
  two loads, nor between the table and the command line. Contacts never met sort
  last by last interaction in both directions.

Kept in memory for the table, the lists answer a keystroke or a header click at
100,000 contacts in tens of milliseconds (an SQL ``LIKE`` per keystroke costs
120-370 ms there, fetching the rows dominates); after an edit,
:meth:`ContactList.refresh` reloads only the contacts named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

from networkapp.models import db
from networkapp.models.text import fold, squash
from networkapp.services.dto import ContactRow
from networkapp.services.reasons import (
    Reason,
    as_date,
    reason_kinds,
    reasons,
    today_reasons,
    urgency,
)
from networkapp.services.settings import DEFAULT_THRESHOLD, get_threshold
from networkapp.services.vocabulary import ARCHIVED, CLARIFYING

__all__ = ["as_date"]  # re-exported: the date rule lives beside the reasons that use it

VIEWS = ("active", "today", "attention", "archived", "all")
COUNTED_VIEWS = ("active", "today", "attention", "archived")  # the counts people read
SORTS = ("name", "organization", "status", "last_interaction", "balance", "gave", "received",
         "open_warnings", "reasons", "id")

# A raw row: what the table keeps per contact, as SQLite returns it.
# "open_warnings" is the open warnings' weight, "open_warning_count" how many they are.
ROW_FIELDS = ("id", "name", "organization", "status", "gave", "received", "open_warnings",
              "last_interaction", "cadence_days", "has_photo", "sort_name", "birthday",
              "open_warning_count")
_SELECT = ("SELECT id, display_name, organization, status, gave_count, received_count, "
           "open_warning_weight, last_interaction_on, cadence_days, photo IS NOT NULL, "
           "sort_name, birthday, open_warning_count FROM contact")
# The search texts are most of the bytes: read on the first search (or when idle).
_SEARCH_TEXTS = "SELECT id, search_text FROM contact"
_CHUNK = 500

Row = tuple[Any, ...]  # see ROW_FIELDS: SQLite's values, as fetched


@dataclass(frozen=True)
class ContactQuery:
    """What the contact list shows: a view, a search, an order."""

    view: str = "active"
    search: str = ""
    sort: str = "name"
    descending: bool = False
    limit: int | None = None


def read_rows(where: str = "", params: Sequence[object] = ()) -> list[Row]:
    """Return the raw rows (see :data:`ROW_FIELDS`) of every contact, or of those an SQL
    ``where`` clause (with its ``params``: " WHERE id IN (?, ?)") selects."""
    rows: list[Row] = db.execute_sql(_SELECT + where, params).fetchall()
    return rows


def needs_attention(row: Row, today: dt.date, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """True when a raw row belongs in "Needs attention": it has at least one reason
    (:func:`~networkapp.services.reasons.reasons`; an archived contact has none)."""
    return bool(reasons(row, today, threshold))


def in_view(view: str, row: Row, today: dt.date, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """True when a raw row belongs in ``view`` (an unknown view is ``active``)."""
    if view == "all":
        return True
    if view == "archived":
        return bool(row[3] == ARCHIVED)
    if view in REASON_VIEWS:
        return shown_for(view, reasons(row, today, threshold))
    return bool(row[3] != ARCHIVED)


REASON_VIEWS = ("attention", "today")  # the views the reasons decide


def shown_for(view: str, found: tuple[Reason, ...]) -> bool:
    """True when a contact with the reasons ``found`` belongs in ``attention`` (any reason)
    or ``today`` (a reason to act now)."""
    return bool(today_reasons(found) if view == "today" else found)


@dataclass
class ContactList:
    """Every contact's list columns as parallel lists (a cache, not a domain value).

    Positions index the lists; a deleted contact keeps its position with ``None``.
    """

    ids: list[int] = field(default_factory=list)
    rows: list[Row | None] = field(default_factory=list)
    sort_names: list[str] = field(default_factory=list)
    search_texts: list[str] | None = None
    _position: dict[int, int] = field(default_factory=dict)
    _in_id_order: bool = True
    _max_id: int = 0
    _squashed: list[str] | None = None
    _org_keys: list[str] | None = None
    # By sort and direction (and the day, for the reasons that depend on it).
    _orders: dict[tuple[str, bool, dt.date | None], list[int]] = field(default_factory=dict)
    _members: dict[tuple[str, dt.date], list[bool]] = field(default_factory=dict)
    threshold: int = DEFAULT_THRESHOLD

    @classmethod
    def load(cls) -> ContactList:
        """Read every contact's list columns in one query (and the threshold)."""
        contacts = cls(threshold=get_threshold())
        raws = read_rows(" ORDER BY id")
        contacts.ids = [raw[0] for raw in raws]
        contacts.rows = list(raws)  # (Row | None), a copy of pointers
        contacts.sort_names = [raw[10] or "" for raw in raws]
        contacts._position = {cid: pos for pos, cid in enumerate(contacts.ids)}
        contacts._max_id = contacts.ids[-1] if contacts.ids else 0
        return contacts

    def __len__(self) -> int:
        return len(self._position)

    def row(self, position: int) -> Row:
        """Return the raw row at ``position`` (see :data:`ROW_FIELDS`)."""
        row = self.rows[position]
        assert row is not None
        return row

    def reasons(self, position: int, today: dt.date) -> tuple[Reason, ...]:
        """Return why the contact at ``position`` needs attention (the one rule)."""
        return reasons(self.row(position), today, self.threshold)

    def set_threshold(self, threshold: int) -> None:
        """Judge the reasons against another threshold (after Preferences)."""
        self.threshold = threshold
        self._orders.clear()
        self._members.clear()

    def position_of(self, contact_id: int) -> int | None:
        """Return where a contact sits in the lists, or ``None``."""
        return self._position.get(contact_id)

    # -- after an edit ------------------------------------------------------------------

    def refresh(self, contact_ids: Iterable[int]) -> None:
        """Reload the given contacts (new ones are added, deleted ones dropped)."""
        ids = list(dict.fromkeys(contact_ids))
        found: dict[int, Row] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for raw in read_rows(f" WHERE id IN ({marks})", chunk):
                found[raw[0]] = raw
        texts = _search_texts(list(found)) if self.search_texts is not None else {}
        for cid in ids:
            self._replace(cid, found.get(cid), texts.get(cid, ""))
        self._orders.clear()
        self._members.clear()
        self._org_keys = None

    def _replace(self, contact_id: int, raw: Row | None, text: str) -> None:
        pos = self._position.get(contact_id)
        if pos is None:
            if raw is None:
                return
            if contact_id < self._max_id:
                self._in_id_order = False  # an undo brought back an older contact
            self._max_id = max(self._max_id, contact_id)
            pos = self._position[contact_id] = len(self.ids)
            self.ids.append(contact_id)
            self.rows.append(None)
            self.sort_names.append("")
            if self.search_texts is not None:
                self.search_texts.append("")
            if self._squashed is not None:
                self._squashed.append("")
        elif raw is None:
            del self._position[contact_id]
            self.rows[pos] = None
            if self.search_texts is not None:
                self.search_texts[pos] = ""
            return
        self.rows[pos] = raw
        self.sort_names[pos] = raw[10] or ""
        if self.search_texts is not None:
            self.search_texts[pos] = text
        if self._squashed is not None:
            self._squashed[pos] = _squash_name(raw[10] or "")

    # -- views, search, order -----------------------------------------------------------

    def select(self, query: ContactQuery, today: dt.date | None = None) -> list[int]:
        """Return the positions the query shows, in its order."""
        today = today or dt.date.today()
        members = self._view_members(query.view, today)
        positions = [p for p in self._order(query.sort, query.descending, today) if members[p]]
        for word in fold(query.search).split():
            positions = self._matching(positions, word)
        return positions[: query.limit] if query.limit is not None else positions

    def count(self, view: str, today: dt.date | None = None) -> int:
        """Return how many contacts a view holds (whatever the search)."""
        return sum(self._view_members(view, today or dt.date.today()))

    def counts(self, today: dt.date | None = None) -> dict[str, int]:
        """Return every count (see :func:`view_counts`)."""
        today = today or dt.date.today()
        counts = {view: self.count(view, today) for view in COUNTED_VIEWS}
        counts["clarifying"] = sum(1 for r in self.rows if r is not None and r[3] == CLARIFYING)
        return counts

    def _view_members(self, view: str, today: dt.date) -> list[bool]:
        members = self._members.get((view, today))
        if members is None and view in REASON_VIEWS:
            # Both views read the reasons (in_view's rule): judge each row once for both.
            threshold = self.threshold
            found = [reasons(r, today, threshold) if r is not None else () for r in self.rows]
            for each in REASON_VIEWS:
                self._members[(each, today)] = [shown_for(each, f) for f in found]
            members = self._members[(view, today)]
        elif members is None:
            threshold = self.threshold
            members = [r is not None and in_view(view, r, today, threshold) for r in self.rows]
            self._members[(view, today)] = members
        return members

    def prepare_search(self) -> None:
        """Read what searching needs (done by the first search otherwise)."""
        if self.search_texts is None:
            texts = [""] * len(self.ids)
            for cid, text in db.execute_sql(_SEARCH_TEXTS).fetchall():
                pos = self._position.get(cid)
                if pos is not None:
                    texts[pos] = text or ""
            self.search_texts = texts
        if self._squashed is None:
            self._squashed = [_squash_name(name) for name in self.sort_names]

    def _matching(self, positions: list[int], word: str) -> list[int]:
        self.prepare_search()
        assert self.search_texts is not None and self._squashed is not None
        found = {i for i, text in enumerate(self.search_texts) if word in text}
        if squash(word) == word:
            # A word typed without doubled letters also matches a name that has some.
            found.update(i for i, name in enumerate(self._squashed) if word in name)
        return [p for p in positions if p in found]

    def _order(self, sort: str, descending: bool, today: dt.date) -> list[int]:
        sort = sort if sort in SORTS else "name"
        key = (sort, descending, today if sort == "reasons" else None)
        order = self._orders.get(key)
        if order is None:
            order = self._orders[key] = self._sorted(sort, descending, today)
        return order

    def _sorted(self, sort: str, descending: bool, today: dt.date) -> list[int]:
        """Return every live position in the sort's order (see the module's docstring)."""
        if sort == "id" and self._in_id_order:  # no ties: the name order is not needed
            live = [p for p, r in enumerate(self.rows) if r is not None]
            return live[::-1] if descending else live
        by_name = self._orders.get(("name", False, None))
        if by_name is None:
            by_name = self._orders[("name", False, None)] = self._by_name_then_id()
        if sort == "name" and not descending:
            return by_name
        if sort == "last_interaction":
            lasts = [str(r[7]) if r is not None and r[7] is not None else "" for r in self.rows]
            met = sorted((p for p in by_name if lasts[p]), key=lasts.__getitem__,
                         reverse=descending)
            return met + [p for p in by_name if not lasts[p]]
        # sorted() is stable, also with reverse=True: ties keep the name-then-id order.
        keys = self._sort_keys(sort, today)
        return sorted(by_name, key=keys.__getitem__, reverse=descending)

    def _by_name_then_id(self) -> list[int]:
        live = [p for p, r in enumerate(self.rows) if r is not None]
        names, ids = self.sort_names, self.ids
        if self._in_id_order:  # positions follow the ids: a stable sort on the name is enough
            return sorted(live, key=names.__getitem__)
        return sorted(live, key=lambda p: (names[p], ids[p]))

    def _sort_keys(self, sort: str, today: dt.date) -> list[Any]:
        rows = self.rows
        if sort == "name":
            return self.sort_names
        if sort == "organization":
            if self._org_keys is None:
                self._org_keys = [fold(r[2]) if r is not None else "" for r in rows]
            return self._org_keys
        if sort == "balance":
            return [r[4] - r[5] if r is not None else 0 for r in rows]
        if sort == "reasons":
            threshold = self.threshold
            return [urgency(reasons(r, today, threshold)) if r is not None else urgency(())
                    for r in rows]
        column = {"status": 3, "gave": 4, "received": 5, "open_warnings": 6}.get(sort)
        if column is not None:
            return [r[column] if r is not None else 0 for r in rows]
        return self.ids


@lru_cache(maxsize=65536)
def _squash_word(word: str) -> str:
    return squash(word)


def _squash_name(name: str) -> str:
    """Squash a folded name word by word, through a bounded cache (first names repeat a
    lot: 100,000 demo names take ~100 ms this way, ~1 s without the cache)."""
    return " ".join(map(_squash_word, name.split()))


def _search_texts(contact_ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(contact_ids), _CHUNK):
        chunk = contact_ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = f"{_SEARCH_TEXTS} WHERE id IN ({marks})"
        found.update((cid, text or "") for cid, text in db.execute_sql(sql, chunk))
    return found


# -- the list as the command line, printing and the tests see it ------------------------


def list_contact_tuples(query: ContactQuery, today: dt.date | None = None) -> list[Row]:
    """Return the raw rows (see :data:`ROW_FIELDS`) a query shows, in its order."""
    contacts = ContactList.load()
    return [contacts.row(p) for p in contacts.select(query, today)]


def row_from_tuple(row: Row) -> ContactRow:
    """Turn one raw row into a :class:`ContactRow`."""
    return ContactRow(id=row[0], name=row[1], organization=row[2], status=row[3], gave=row[4],
                      received=row[5], open_warnings=row[6], last_interaction=as_date(row[7]),
                      cadence_days=row[8], has_photo=bool(row[9]), open_warning_count=row[12])


def contact_reasons(contact_id: int, today: dt.date | None = None) -> tuple[Reason, ...]:
    """Return why one contact needs attention (the one rule, on its list row)."""
    rows = read_rows(" WHERE id = ?", (contact_id,))
    if not rows:
        return ()
    return reasons(rows[0], today or dt.date.today(), get_threshold())


def view_counts(rows: Iterable[Row], today: dt.date, threshold: int) -> dict[str, int]:
    """Count raw rows per view and status, as every count says them: ``active`` (every
    contact not archived, clarifying ones too), ``clarifying`` (of those), ``today``,
    ``attention``, ``archived``. The status bar, the view tabs and the network report
    all show these numbers."""
    rows = list(rows)
    counts = {view: sum(1 for r in rows if in_view(view, r, today, threshold))
              for view in COUNTED_VIEWS}
    counts["clarifying"] = sum(1 for r in rows if r[3] == CLARIFYING)
    return counts


def json_records(view: str, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Return the objects ``networkapp list --json`` prints for a view, by id.

    Exactly the keys id, name, status, gave, received, open_warnings (the open
    warnings' weight), last_interaction (ISO date or null) and reasons (the kinds of
    :func:`~networkapp.services.reasons.reasons`, most urgent first).
    """
    today = today or dt.date.today()
    contacts = ContactList.load()
    rows = [contacts.row(p) for p in contacts.select(ContactQuery(view=view, sort="id"), today)]
    return [{"id": r[0], "name": r[1], "status": r[3], "gave": r[4], "received": r[5],
             "open_warnings": r[6], "last_interaction": str(r[7])[:10] if r[7] else None,
             "reasons": reason_kinds(r, today, contacts.threshold)}
            for r in rows]


def list_json(view: str, today: dt.date | None = None) -> str:
    """Return the contacts of a view, by id, as the JSON list ``networkapp list --json`` prints.

    :func:`json_records` serialised: the text ``json.dumps(json_records(view),
    ensure_ascii=False)`` gives, written record by record with json's own string encoder
    (about twice as fast as ``json.dumps`` at 100,000 contacts).
    """
    quote = encode_basestring
    return "[" + ", ".join(
        f'{{"id": {r["id"]}, "name": {quote(r["name"])}, "status": {quote(r["status"])}, '
        f'"gave": {r["gave"]}, "received": {r["received"]}, '
        f'"open_warnings": {r["open_warnings"]}, "last_interaction": '
        f'{quote(r["last_interaction"]) if r["last_interaction"] else "null"}, '
        f'"reasons": [{", ".join(quote(kind) for kind in r["reasons"])}]}}'
        for r in json_records(view, today)) + "]"


def load_photos(contact_ids: Iterable[int]) -> dict[int, bytes]:
    """Return the photos of the given contacts (those that have one)."""
    ids = list(contact_ids)
    found: dict[int, bytes] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, photo FROM contact WHERE photo IS NOT NULL AND id IN ({marks})"
        found.update({cid: bytes(photo) for cid, photo in db.execute_sql(sql, chunk)})
    return found

