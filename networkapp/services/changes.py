"""Exact undo for every write: record the rows an operation changes, then swap them back.

:func:`record` runs an operation in one transaction while temporary triggers (on
this connection only, never stored in the file) note every row it inserts,
updates or deletes, foreign-key cascades included, keeping each row as it was
before its first change. The :class:`Recording` it returns is plain data, so an
import written by a worker thread's connection can be handed to the GUI thread.

A :class:`ChangeSet` keeps a recording in the temporary tables of the connection
that will undo it. Undo and redo are the same step, :meth:`ChangeSet.swap`: the
rows are put back as recorded, same ids and every column (timestamps and cached
columns too), and the rows they replace are kept for the next swap. A swap runs
in one transaction: if it cannot be done (the file is locked, or another program
took an id meanwhile) nothing changes and :class:`UndoConflictError` says why.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import peewee

from networkapp.models import db
from networkapp.services.errors import DomainError

T = TypeVar("T")
Row = tuple[Any, ...]
Ranges = tuple[tuple[int, int], ...]

# While an operation is recorded this temporary table holds each table's highest rowid
# at the start: rows above it are new (found at the end, nothing logged while writing,
# so an import of many new rows costs little); changes at or below it are logged.
_START = "undo_start"
_keys = itertools.count(1)


def _sql(statement: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
    cursor: sqlite3.Cursor = db.execute_sql(statement, params)
    return cursor


def _connection() -> sqlite3.Connection:
    connection: sqlite3.Connection = db.connection()
    return connection


class UndoConflictError(DomainError):
    """A swap could not be done; the file and the change set are as they were."""


@dataclass(frozen=True)
class _Table:
    """One table of the file: its name and its columns but the integer primary key.

    ``referenced``: other rows point at this table's rows (deleting one would cascade).
    """

    name: str
    columns: tuple[str, ...]
    referenced: bool

    @property
    def log(self) -> str:
        return f'temp."undo_log_{self.name}"'

    @property
    def kept(self) -> str:
        return f'temp."undo_kept_{self.name}"'

    @property
    def main(self) -> str:
        return f'main."{self.name}"'

    def cols(self, prefix: str = "") -> str:
        return ", ".join(f'{prefix}"{c}"' for c in self.columns)


@dataclass(frozen=True)
class Recording:
    """The rows an operation changed, as they were before it (plain data).

    ``before``: per table, the rows that existed before (rowid first, then the other
    columns); ``inserted``: per table, the rowid ranges that did not exist before.
    """

    before: tuple[tuple[str, tuple[Row, ...]], ...]
    inserted: tuple[tuple[str, Ranges], ...]

    @property
    def empty(self) -> bool:
        """True when the operation changed nothing."""
        return not self.before and not self.inserted

    def tables(self) -> set[str]:
        """Return the names of the tables with changed rows."""
        return {name for name, _ in self.before} | {name for name, _ in self.inserted}


_schemas: dict[tuple[str, int], list[_Table]] = {}


def _tables() -> list[_Table]:
    """Return the file's tables, read again only when its schema changed."""
    key = (str(db.database), int(_sql("PRAGMA main.schema_version").fetchone()[0]))
    if key not in _schemas:
        _schemas.clear()
        _schemas[key] = _read_tables()
    return _schemas[key]


def _read_tables() -> list[_Table]:
    # The sync's own tables (sync_account, sync_card, sync_pending) are not undone: they
    # say what the server holds; an undo or redo marks its contacts pending instead.
    rows = _sql(
        "SELECT m.name, p.name, p.type, p.pk, (SELECT count(*) FROM pragma_table_info(m.name) q "
        "WHERE q.pk > 0) FROM main.sqlite_master m JOIN pragma_table_info(m.name) p "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
        "AND m.name NOT LIKE 'sync\\_%' ESCAPE '\\' ORDER BY m.name, p.cid"
    ).fetchall()
    found: dict[str, list[str]] = {}
    for table, column, kind, pk, pks in rows:
        is_rowid = pk == 1 and pks == 1 and str(kind).upper() == "INTEGER"
        columns = found.setdefault(table, [])
        if not is_rowid:  # the integer primary key is the rowid, stored as such
            columns.append(column)
    referenced = {name for (name,) in _sql(
        "SELECT DISTINCT f.\"table\" FROM main.sqlite_master m "
        "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'").fetchall()}
    return [_Table(name, tuple(columns), name in referenced) for name, columns in found.items()]


def _install(tables: list[_Table]) -> None:
    """Create this connection's temporary tables and triggers (once per connection)."""
    if _sql("SELECT 1 FROM temp.sqlite_master WHERE name = ?", (_START,)).fetchone():
        return
    # A REPLACE deletes the row it replaces: with recursive triggers that delete is seen.
    _sql("PRAGMA recursive_triggers = ON")
    with db.atomic():
        for table in tables:
            for statement in _ddl(table):
                _sql(statement)
        _sql(f"CREATE TEMP TABLE {_START} (name TEXT PRIMARY KEY, top INTEGER)")


def _ddl(table: _Table) -> list[str]:
    old = ", ".join(["OLD.rowid", "1", *(f'OLD."{c}"' for c in table.columns)])
    name = table.name
    # NULL (so false) when not recording.
    top = f"(SELECT top FROM {_START} WHERE name = '{name}')"
    # Unqualified: a trigger may not name the schema. No "OR IGNORE": a foreign-key
    # action (SET NULL) makes SQLite override it, hence the NOT EXISTS.
    log = f'"undo_log_{name}"'
    before = (f"INSERT INTO {log} SELECT {old} WHERE OLD.rowid <= {top} "
              f"AND NOT EXISTS (SELECT 1 FROM {log} WHERE rid = OLD.rowid);")
    added = (f"INSERT INTO {log} (rid, present) SELECT NEW.rowid, 0 WHERE NEW.rowid <= {top} "
             f"AND NOT EXISTS (SELECT 1 FROM {log} WHERE rid = NEW.rowid);")
    columns = ", ".join(["rid INTEGER PRIMARY KEY", "present INTEGER",
                         *(f'"{c}"' for c in table.columns)])
    return [
        f"CREATE TEMP TABLE {table.log} ({columns})",
        f"CREATE TEMP TABLE {table.kept} (cs INTEGER, rid INTEGER, present INTEGER, now INTEGER"
        f"{''.join(f', {chr(34)}{c}{chr(34)}' for c in table.columns)}, PRIMARY KEY (cs, rid))",
        f'CREATE TEMP TRIGGER "undo_i_{name}" AFTER INSERT ON {table.main} '
        f"WHEN NEW.rowid <= {top} BEGIN {added} END",
        f'CREATE TEMP TRIGGER "undo_u_{name}" AFTER UPDATE ON {table.main} '
        f"WHEN OLD.rowid <= {top} OR NEW.rowid <= {top} BEGIN {before} {added} END",
        f'CREATE TEMP TRIGGER "undo_d_{name}" AFTER DELETE ON {table.main} '
        f"WHEN OLD.rowid <= {top} BEGIN {before} END",
    ]


def record(work: Callable[[], T]) -> tuple[T, Recording]:
    """Run ``work`` in one transaction, noting every row it changes; return both.

    Raises:
        Whatever ``work`` raises; nothing is written then.
    """
    tables = _tables()
    _install(tables)
    with db.atomic("IMMEDIATE"):
        _sql(f"INSERT INTO temp.{_START} " + " UNION ALL ".join(
            f"SELECT '{t.name}', coalesce((SELECT max(rowid) FROM {t.main}), 0)"
            for t in tables))
        try:
            result = work()
            tops = dict(_sql(f"SELECT name, top FROM temp.{_START}").fetchall())
        finally:
            _sql(f"DELETE FROM temp.{_START}")
        touched = _touched(tables, tops)
        try:
            recording = _collect(touched, tops)
        finally:
            for table in touched:
                _sql(f"DELETE FROM {table.log}")
    return result, recording


def _touched(tables: list[_Table], tops: dict[str, int]) -> list[_Table]:
    """Return the tables with logged rows or new rows (one query for all)."""
    union = " UNION ALL ".join(
        f"SELECT {i} WHERE EXISTS (SELECT 1 FROM {t.log}) OR EXISTS "
        f"(SELECT 1 FROM {t.main} WHERE rowid > {int(tops[t.name])})"
        for i, t in enumerate(tables))
    return [tables[i] for (i,) in _sql(union).fetchall()]


def _ranges(select_rids: str) -> Ranges:
    """Return the runs of consecutive rowids that ``select_rids`` (column ``rid``) gives."""
    return tuple(_sql(
        f"SELECT min(rid), max(rid) FROM (SELECT rid, rid - row_number() OVER "
        f"(ORDER BY rid) AS run FROM ({select_rids})) GROUP BY run ORDER BY 1").fetchall())


def _same_row(table: _Table, alias: str) -> str:
    pairs = [f't."{c}" IS {alias}."{c}"' for c in table.columns]
    return " AND ".join(["t.rowid = " + alias + ".rid", *pairs])


def _collect(tables: list[_Table], tops: dict[str, int]) -> Recording:
    """Read the log into a recording, leaving out rows that ended as they began."""
    before: list[tuple[str, tuple[Row, ...]]] = []
    inserted: list[tuple[str, Ranges]] = []
    for table in tables:
        _sql(
            f"DELETE FROM {table.log} WHERE present = 1 AND EXISTS "
            f"(SELECT 1 FROM {table.main} t WHERE {_same_row(table, table.log)})")
        _sql(
            f"DELETE FROM {table.log} WHERE present = 0 AND NOT EXISTS "
            f"(SELECT 1 FROM {table.main} t WHERE t.rowid = {table.log}.rid)")
        rows = tuple(_sql(
            f"SELECT rid, {table.cols()} FROM {table.log} WHERE present = 1 ORDER BY rid"
        ).fetchall())
        ranges = (_ranges(f"SELECT rid FROM {table.log} WHERE present = 0")
                  + _ranges(f"SELECT rowid AS rid FROM {table.main} "
                            f"WHERE rowid > {int(tops[table.name])}"))
        if rows:
            before.append((table.name, rows))
        if ranges:
            inserted.append((table.name, ranges))
    return Recording(tuple(before), tuple(inserted))


class ChangeSet:
    """A recording kept in this connection's temporary tables; :meth:`swap` undoes or redoes.

    Build it in the thread that will undo (the GUI thread); :meth:`drop` frees it.
    """

    def __init__(self, recording: Recording) -> None:
        """Keep ``recording`` (rows as they were before the operation) in the file's session."""
        tables = _tables()
        _install(tables)
        self.key = next(_keys)
        # The kept rows are under cs = slot; a swap keeps the rows it replaces under
        # -slot, then drops the old ones and turns the slot round (no rows rewritten).
        self._slot = self.key
        self._connection = _connection()
        self._tables = [t for t in tables if t.name in recording.tables()]
        by_name = {t.name: t for t in tables}
        with db.atomic():
            for name, rows in recording.before:
                self._keep_rows(by_name[name], rows)
            for name, ranges in recording.inserted:
                self._keep_absent(by_name[name], ranges)
            for table in self._tables:  # which old rows the file holds after the operation
                _sql(f"UPDATE {table.kept} SET now = EXISTS (SELECT 1 FROM "
                     f"{table.main} t WHERE t.rowid = {table.kept}.rid) "
                     f"WHERE cs = {self._slot} AND present = 1")

    def _keep_rows(self, table: _Table, rows: Iterable[Row]) -> None:
        marks = ", ".join("?" * (len(table.columns) + 1))
        _connection().executemany(
            f"INSERT INTO {table.kept} (cs, present, rid, {table.cols()}) "
            f"VALUES ({self._slot}, 1, {marks})", rows)

    def _keep_absent(self, table: _Table, ranges: Ranges) -> None:
        for first, last in ranges:
            _sql(
                f"WITH RECURSIVE r(x) AS (SELECT ? UNION ALL SELECT x + 1 FROM r WHERE x < ?) "
                f"INSERT INTO {table.kept} (cs, rid, present, now) SELECT ?, x, 0, 1 FROM r",
                (first, last, self._slot))

    def swap(self) -> None:
        """Put the kept rows in the file and keep the rows they replace (one transaction).

        Raises:
            UndoConflictError: it cannot be done; nothing was changed.
        """
        if _connection() is not self._connection:
            raise UndoConflictError("the file was closed and opened again since.")
        try:
            with db.atomic("IMMEDIATE"):
                self._check_unchanged()
                _sql("PRAGMA defer_foreign_keys = ON")
                for statement in self._swap_statements():
                    _sql(statement)
        except (sqlite3.Error, peewee.DatabaseError) as exc:
            raise UndoConflictError(_reason(exc)) from exc
        self._slot = -self._slot

    def _check_unchanged(self) -> None:
        """Refuse when a row this change set puts back or takes away was added or
        removed by someone else since (another program sharing the file)."""
        for t in self._tables:
            moved = _sql(
                f"SELECT k.rid FROM {t.kept} k WHERE k.cs = {self._slot} AND k.now IS NOT "
                f"EXISTS (SELECT 1 FROM {t.main} t WHERE t.rowid = k.rid) LIMIT 1").fetchone()
            if moved:
                raise UndoConflictError(
                    f"another program changed the same rows since ({t.name} {moved[0]}). "
                    "Close it and try again.")

    def _swap_statements(self) -> Iterator[str]:
        key, stage = self._slot, -self._slot
        for t in self._tables:  # what is there now, before anything moves (cascades)
            yield (f"INSERT INTO {t.kept} (cs, rid, present, now, {t.cols()}) "
                   f"SELECT {stage}, k.rid, t.rowid IS NOT NULL, k.present, {t.cols('t.')} "
                   f"FROM {t.kept} k LEFT JOIN {t.main} t ON t.rowid = k.rid WHERE k.cs = {key}")
        # Rows nothing points at are deleted and inserted again, so that rows trading
        # values (a contact's tag links renumbered by an edit) never meet halfway in a
        # unique index; rows others point at are updated in place (a delete would cascade),
        # before the ones leaving are deleted: rows that move to another parent (a merge
        # moves interactions to the kept contact, then deletes the other) have left it
        # by then, so the delete cascades to nothing the change set does not hold.
        for t in self._tables:
            if not t.referenced:
                yield (f"DELETE FROM {t.main} WHERE rowid IN "
                       f"(SELECT rid FROM {t.kept} WHERE cs = {key})")
        for t in self._tables:
            if t.columns and t.referenced:
                sets = ", ".join(f'"{c}" = k."{c}"' for c in t.columns)
                yield (f"UPDATE {t.main} AS t SET {sets} FROM {t.kept} AS k "
                       f"WHERE k.cs = {key} AND k.present = 1 AND k.rid = t.rowid")
        for t in self._tables:
            if t.referenced:
                yield (f"DELETE FROM {t.main} WHERE rowid IN "
                       f"(SELECT rid FROM {t.kept} WHERE cs = {key} AND present = 0)")
        for t in self._tables:
            yield (f"INSERT INTO {t.main} (rowid{', ' if t.columns else ''}{t.cols()}) "
                   f"SELECT rid{', ' if t.columns else ''}{t.cols('k.')} FROM {t.kept} k "
                   f"WHERE k.cs = {key} AND k.present = 1 AND NOT EXISTS "
                   f"(SELECT 1 FROM {t.main} t WHERE t.rowid = k.rid)")
        for t in self._tables:
            yield f"DELETE FROM {t.kept} WHERE cs = {key}"

    def drop(self) -> None:
        """Forget the kept rows (the command left the undo stack)."""
        if db.is_closed() or _connection() is not self._connection:
            return
        with db.atomic():
            for t in self._tables:
                _sql(f"DELETE FROM {t.kept} WHERE cs = {self._slot}")


def _reason(exc: Exception) -> str:
    text = str(exc)
    if isinstance(exc, sqlite3.IntegrityError | peewee.IntegrityError):
        return (f"another program changed the same rows since ({text}). Close it and try "
                "again.")
    return text.rstrip(".") + "."
