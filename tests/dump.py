"""A whole-file dump to compare databases exactly: every table, every column, every rowid."""

from __future__ import annotations

from typing import Any

from networkapp.models import db

Dump = dict[str, list[tuple[Any, ...]]]


def dump_file() -> Dump:
    """Return every row of every table of the bound file, rowid first, in rowid order."""
    names = [name for (name,) in db.execute_sql(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()]
    return {name: db.execute_sql(f'SELECT rowid, * FROM main."{name}" ORDER BY rowid')
            .fetchall() for name in names}


def differences(before: Dump, after: Dump) -> list[str]:
    """Name the rows that differ between two dumps (empty when equal), for messages."""
    found = []
    for table in sorted(set(before) | set(after)):
        old = {row[0]: row for row in before.get(table, [])}
        new = {row[0]: row for row in after.get(table, [])}
        for rowid in sorted(set(old) | set(new)):
            if old.get(rowid) != new.get(rowid):
                found.append(f"{table} {rowid}: {old.get(rowid)} -> {new.get(rowid)}")
    return found
