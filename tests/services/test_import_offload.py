"""Writing an import's new contacts with a child process building the rows.

The rows (and so the file) are the same as when this process builds them, also when
the child fails half-way. ``can_fork`` is forced on (the test process has Qt loaded,
where the importer never forks) and the threshold lowered.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from networkapp.models import close_database, open_database
from networkapp.models import db as database
from networkapp.services import import_write, offload
from networkapp.services import vcard_import as importing
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields


def _cards(count: int) -> bytes:
    out = []
    for i in range(count):
        tags = ("Work,friends", "work,Family", "clients")[i % 3]
        photo = ("PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAA"
                 "DUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n") if i % 7 == 0 else ""
        out.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rössi{i};Anna;;;\r\nFN:Anna Rössi{i}\r\n"
            f"EMAIL;TYPE=WORK:anna.{i}@exämple.org\r\nEMAIL:a{i}@example.org\r\n"
            f"TEL;TYPE=CELL:+39 333 {i:07d}\r\nitem1.ADR:;;Via Roma {i};Milano;;20100;Italia\r\n"
            f"item1.X-ABLabel:studio\r\nURL:https://example.org/{i}\r\nCATEGORIES:{tags}\r\n"
            f"NOTE:Met at the fair\\, {i}\r\n{photo}END:VCARD\r\n")
    return "".join(out).encode()


def _import(tmp_path: Path, name: str, data: bytes) -> tuple[str, importing.ImportResult]:
    (tmp_path / name).mkdir()
    db = tmp_path / name / "contacts.sqlite3"
    vcf = tmp_path / name / "cards.vcf"
    vcf.write_bytes(data)
    open_database(db)
    try:
        create_contact(ContactFields(display_name="Already there"))
        with database.atomic():
            import_write._ensure_tags(["WORK"])  # a stored tag, other capitals: reused
        result = importing.apply_import(importing.plan_import([vcf]))
    finally:
        close_database()
    with sqlite3.connect(db) as conn:
        text = "\n".join(conn.iterdump())
    # The creation time is the clock's; everything else must be equal.
    return re.sub(r"'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d'", "'T'", text), result


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Let the writing fork (tiny batches, so that there are several); return the pids."""
    monkeypatch.setattr(import_write, "BATCH", 7)
    monkeypatch.setattr(import_write, "FIRST_BATCH", 3)
    monkeypatch.setattr(import_write, "OFFLOAD_MIN", 10)
    monkeypatch.setattr(offload, "can_fork", lambda: True)
    pids: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            pids.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    return pids


def test_rows_built_by_a_child_make_the_same_file(tmp_path: Path, forked: list[int],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    data = _cards(60)
    with_child, result = _import(tmp_path, "child", data)
    assert forked, "no child was forked"
    assert len(result.created_ids) == 60
    monkeypatch.setattr(offload, "can_fork", lambda: False)
    alone, _ = _import(tmp_path, "alone", data)
    assert with_child == alone
    assert "Rössi59" in alone


def test_a_child_failing_half_way_leaves_the_rest_to_this_process(
        tmp_path: Path, forked: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    real_dumps = offload.pickle.dumps
    sent = [0]

    def dumps(*args: object, **kwargs: object) -> bytes:
        sent[0] += 1  # counted in the child's own memory
        if sent[0] > 3:
            raise RuntimeError("the child breaks after three batches")
        return real_dumps(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(offload.pickle, "dumps", dumps)
    data = _cards(60)
    with_child, result = _import(tmp_path, "child", data)
    assert forked
    assert len(result.created_ids) == 60
    monkeypatch.setattr(offload.pickle, "dumps", real_dumps)
    monkeypatch.setattr(offload, "can_fork", lambda: False)
    alone, _ = _import(tmp_path, "alone", data)
    assert with_child == alone


def test_no_child_to_be_had_writes_here(tmp_path: Path, forked: list[int],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    data = _cards(30)
    monkeypatch.setattr(os, "fork", no_fork)
    without, result = _import(tmp_path, "nofork", data)
    assert len(result.created_ids) == 30
    monkeypatch.setattr(offload, "can_fork", lambda: False)
    alone, _ = _import(tmp_path, "alone", data)
    assert without == alone


def test_foreign_keys_hold_and_come_back_on(tmp_path: Path, forked: list[int]) -> None:
    # The command line's import skips SQLite's per-row lookups: every reference it
    # writes must still be good, and the setting must be on again afterwards.
    data = _cards(40)
    _import(tmp_path, "first", data)
    db = tmp_path / "first" / "contacts.sqlite3"
    more = tmp_path / "first" / "more.vcf"
    more.write_bytes(data[: len(data) // 2] + _cards(45)[len(data):])  # merges and new
    open_database(db)
    try:
        result = importing.apply_import(importing.plan_import([more]))
        assert result.merged_ids or result.created_ids
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        close_database()
