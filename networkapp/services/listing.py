"""The contact list: one SQL query over the cached columns, whatever the size.

Views: ``active`` (everything not archived), ``attention`` (clarify or decide
level, one-sided balance, or overdue against the contact's own keep-in-touch
cadence), ``archived``, ``all``.
Search is case- and accent-insensitive over name, e-mails, organization, title,
tags and notes ("nicolo" finds "Niccolò").
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from networkapp.models import db
from networkapp.models.text import fold, squash
from networkapp.services.dto import ContactRow

VIEWS = ("active", "attention", "archived", "all")

SORT_COLUMNS = {
    "name": "sort_name",
    "organization": "lower(organization)",
    "status": "status",
    "last_interaction": "last_interaction_on",
    "balance": "(gave_count - received_count)",
    "gave": "gave_count",
    "received": "received_count",
    "open_warnings": "open_warning_weight",
    "id": "id",
}

_COLUMNS = ("id, display_name, organization, status, gave_count, received_count, "
            "open_warning_weight, last_interaction_on, cadence_days, photo IS NOT NULL")

ONE_SIDED_SQL = ("(gave_count + received_count >= 3 AND "
                 "4 * min(gave_count, received_count) <= max(gave_count, received_count))")
OVERDUE_SQL = ("(cadence_days IS NOT NULL AND last_interaction_on IS NOT NULL AND "
               "julianday(?) - julianday(last_interaction_on) > cadence_days)")


@dataclass(frozen=True)
class ContactQuery:
    """What the contact list shows: a view, a search, an order."""

    view: str = "active"
    search: str = ""
    sort: str = "name"
    descending: bool = False
    limit: int | None = None


def _where(query: ContactQuery, today: dt.date) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if query.view == "archived":
        clauses.append("status = 'archived'")
    elif query.view in ("active", "attention"):
        clauses.append("status != 'archived'")
    if query.view == "attention":
        clauses.append(f"(open_warning_weight > 0 OR status = 'clarifying' OR {ONE_SIDED_SQL}"
                       f" OR {OVERDUE_SQL})")
        params.append(today.isoformat())
    for word in fold(query.search).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        if squash(word) == word:
            # Typed without doubled letters: also match a name that has some.
            clauses.append("(search_text LIKE ? ESCAPE '\\' OR "
                           "squash(sort_name) LIKE ? ESCAPE '\\')")
            params += [f"%{escaped}%", f"%{escaped}%"]
        else:
            clauses.append("search_text LIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(query: ContactQuery) -> str:
    column = SORT_COLUMNS.get(query.sort, "sort_name")
    direction = "DESC" if query.descending else "ASC"
    nulls = f"{column} IS NULL, " if column == "last_interaction_on" else ""
    return f" ORDER BY {nulls}{column} {direction}, sort_name, id"


def list_contact_tuples(query: ContactQuery, today: dt.date | None = None) -> list[tuple]:
    """Return raw rows (id, name, org, status, gave, received, warnings, last, cadence, photo).

    The compact form the GUI's table model keeps for 100,000 contacts.
    """
    where, params = _where(query, today or dt.date.today())
    sql = f"SELECT {_COLUMNS} FROM contact{where}{_order(query)}"
    if query.limit is not None:
        sql += f" LIMIT {int(query.limit)}"
    return list(db.execute_sql(sql, params).fetchall())


_JSON_SQL = (
    "SELECT json_group_array(json_object('id', id, 'name', display_name, 'status', status, "
    "'gave', gave_count, 'received', received_count, 'open_warnings', open_warning_weight, "
    "'last_interaction', substr(last_interaction_on, 1, 10))) "
    "FROM (SELECT * FROM contact{where} ORDER BY id)")


def list_json(view: str, today: dt.date | None = None) -> str:
    """Return the contacts of a view, by id, as the JSON list ``networkapp list --json`` prints.

    Objects with exactly the keys id, name, status, gave, received,
    open_warnings, last_interaction (ISO date or null). SQLite builds the text
    (its JSON functions), 4-5x faster than json.dumps over 100,000 dicts; where
    SQLite lacks them, the same list is built in Python.
    """
    where, params = _where(ContactQuery(view=view), today or dt.date.today())
    try:
        text = db.execute_sql(_JSON_SQL.format(where=where), params).fetchone()[0]
    except sqlite3.OperationalError:  # no JSON1 in this SQLite
        rows = list_contact_tuples(ContactQuery(view=view, sort="id"), today)
        return json.dumps([
            {"id": r[0], "name": r[1], "status": r[3], "gave": r[4], "received": r[5],
             "open_warnings": r[6], "last_interaction": str(r[7])[:10] if r[7] else None}
            for r in rows], ensure_ascii=False)
    return str(text)


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value  # type: ignore[return-value]
    return dt.date.fromisoformat(str(value)[:10])


def row_from_tuple(row: tuple) -> ContactRow:
    """Turn one raw row of :func:`list_contact_tuples` into a :class:`ContactRow`."""
    return ContactRow(id=row[0], name=row[1], organization=row[2], status=row[3], gave=row[4],
                      received=row[5], open_warnings=row[6], last_interaction=_as_date(row[7]),
                      cadence_days=row[8], has_photo=bool(row[9]))


def list_contacts(query: ContactQuery | None = None) -> list[ContactRow]:
    """Return the contacts of a view as :class:`ContactRow` values."""
    return [row_from_tuple(row) for row in list_contact_tuples(query or ContactQuery())]


def count_by_status() -> dict[str, int]:
    """Return how many contacts each status has."""
    cursor = db.execute_sql("SELECT status, count(*) FROM contact GROUP BY status")
    return {status: count for status, count in cursor.fetchall()}


def count_view(view: str, today: dt.date | None = None) -> int:
    """Return how many contacts a view holds (no search)."""
    where, params = _where(ContactQuery(view=view), today or dt.date.today())
    return int(db.execute_sql(f"SELECT count(*) FROM contact{where}", params).fetchone()[0])
