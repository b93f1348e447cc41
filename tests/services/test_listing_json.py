"""``list --json`` text: the keys, values and order a script reads."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from networkapp.models import db
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
    # The contact writer no longer stores control characters in a name; a file written
    # before it did may hold them, and the listing must still escape them.
    for cid, name in zip(ids, HOSTILE, strict=True):
        db.execute_sql("UPDATE contact SET display_name = ? WHERE id = ?", (name, cid))
    add_interaction(ids[0], InteractionInput(date=dt.date(2026, 3, 1), exchanges=(
        ExchangeInput("gave", "advice"), ExchangeInput("received", "time"))))
    archive_contact(ids[1], "test")
    return ids


@pytest.mark.parametrize(("view", "names"), [("active", [0, 2, 3, 4]), ("archived", [1]),
                                             ("all", [0, 1, 2, 3, 4])])
def test_text_keeps_every_character_as_typed(stored: list[int], view: str,
                                             names: list[int]) -> None:
    text = listing.list_json(view)
    assert [r["name"] for r in json.loads(text)] == [HOSTILE[i] for i in names]
    assert ("🤝 and CJK 山田" in text) == (2 in names)  # UTF-8, not \u escapes


def test_keys_values_and_order(stored: list[int]) -> None:
    records = json.loads(listing.list_json("all"))
    assert [r["id"] for r in records] == sorted(stored)
    first = records[0]
    assert set(first) == {"id", "name", "status", "gave", "received", "open_warnings",
                          "last_interaction", "reasons"}
    assert first["name"] == HOSTILE[0]
    assert (first["gave"], first["received"], first["last_interaction"]) == (1, 1, "2026-03-01")
    assert records[1]["status"] == "archived" and records[1]["last_interaction"] is None
    assert [r["name"] for r in records] == list(HOSTILE)


@pytest.mark.parametrize("view", ["active", "archived", "all", "attention", "today"])
def test_text_is_what_json_dumps_prints(stored: list[int], view: str) -> None:
    assert listing.list_json(view) == json.dumps(listing.json_records(view), ensure_ascii=False)
