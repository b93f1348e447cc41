"""``list --json`` text: SQLite's JSON equals what json.dumps would print."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from networkapp.services import listing
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields, ExchangeInput, InteractionInput
from networkapp.services.interactions import add_interaction
from networkapp.services.states import archive_contact

HOSTILE = ('Quote " and \\ backslash', "Tab\there\nnewline", "Emoji 🤝 and CJK 山田",
           "<b>x</b> & ;", "\x01control")


@pytest.fixture
def stored(db_path: Path) -> list[int]:
    ids = [create_contact(ContactFields(display_name=name)) for name in HOSTILE]
    add_interaction(ids[0], InteractionInput(date=dt.date(2026, 3, 1), exchanges=(
        ExchangeInput("gave", "advice"), ExchangeInput("received", "time"))))
    archive_contact(ids[1], "test")
    return ids


@pytest.mark.parametrize("view", ["active", "archived", "all"])
def test_sql_json_matches_python_json(stored: list[int], view: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from_sql = json.loads(listing.list_json(view))

    monkeypatch.setattr(listing.db, "execute_sql", _failing_first(listing.db.execute_sql))
    from_python = json.loads(listing.list_json(view))
    assert from_sql == from_python
    assert from_sql, "the view should not be empty"


def _failing_first(real):  # type: ignore[no-untyped-def]
    """Make the JSON1 query fail as on an SQLite without JSON functions."""
    def call(sql: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if "json_group_array" in sql:
            raise listing.sqlite3.OperationalError("no such function: json_group_array")
        return real(sql, *args, **kwargs)
    return call


def test_keys_values_and_order(stored: list[int]) -> None:
    records = json.loads(listing.list_json("all"))
    assert [r["id"] for r in records] == sorted(stored)
    first = records[0]
    assert set(first) == {"id", "name", "status", "gave", "received", "open_warnings",
                          "last_interaction"}
    assert first["name"] == HOSTILE[0]
    assert (first["gave"], first["received"], first["last_interaction"]) == (1, 1, "2026-03-01")
    assert records[1]["status"] == "archived" and records[1]["last_interaction"] is None
    assert [r["name"] for r in records] == list(HOSTILE)
