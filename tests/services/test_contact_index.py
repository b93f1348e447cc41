"""The in-memory contact index agrees with listing's SQL, and searches forgivingly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from networkapp.services import changes
from networkapp.services.bulk import archive_contacts, contacts_with_tag
from networkapp.services.contact_index import ContactIndex, squash
from networkapp.services.contacts import add_tag, contact_status, create_contact
from networkapp.services.demo import generate_demo
from networkapp.services.dto import ContactFields
from networkapp.services.listing import ContactQuery, list_contact_tuples
from networkapp.services.states import history

TODAY = dt.date(2024, 6, 1)


def test_views_and_sorts_match_listing(db_path: Path) -> None:
    generate_demo(150, today=TODAY)
    index = ContactIndex.load()
    for view in ("active", "attention", "archived", "all"):
        for sort in ("name", "organization", "status", "last_interaction", "balance",
                     "open_warnings"):
            for descending in (False, True):
                query = ContactQuery(view=view, sort=sort, descending=descending)
                expected = {row[0] for row in list_contact_tuples(query, TODAY)}
                got = [index.row(p)[0] for p in index.select(query, TODAY)]
                assert set(got) == expected and len(got) == len(expected)
        assert index.count(view, TODAY) == len(list_contact_tuples(ContactQuery(view), TODAY))


def test_name_sort_is_alphabetical_without_accents(db_path: Path) -> None:
    for name in ("Zoë", "Élodie", "adam"):
        create_contact(ContactFields(display_name=name))
    index = ContactIndex.load()
    names = [index.row(p)[1] for p in index.select(ContactQuery())]
    assert names == ["adam", "Élodie", "Zoë"]


def test_search_is_accent_case_and_double_letter_insensitive(db_path: Path) -> None:
    create_contact(ContactFields(given_name="Niccolò", family_name="Rossi"))
    create_contact(ContactFields(given_name="Marco", family_name="Bianchi", notes="zzz top"))
    index = ContactIndex.load()

    def names(text: str) -> list[str]:
        return [index.row(p)[1] for p in index.select(ContactQuery(search=text))]

    assert names("nicolo") == ["Niccolò Rossi"]
    assert names("NICCOLÒ rosi") == ["Niccolò Rossi"]
    assert names("zzz") == ["Marco Bianchi"]  # a doubled query is not squashed to "z"
    assert squash("niccolo") == "nicolo"


def test_refresh_adds_changes_and_drops(db_path: Path) -> None:
    first = create_contact(ContactFields(display_name="Ada"))
    index = ContactIndex.load()
    second = create_contact(ContactFields(display_name="Bea"))
    add_tag([first], "mentor")
    index.refresh([first, second])
    assert [index.row(p)[1] for p in index.select(ContactQuery(search="mentor"))] == ["Ada"]
    assert len(index) == 2


def test_bulk_archive_reverts_exactly(db_path: Path) -> None:
    ids = [create_contact(ContactFields(display_name=n)) for n in ("Ada", "Bea")]
    _, recording = changes.record(lambda: archive_contacts(ids, "one-sided"))
    assert {contact_status(i) for i in ids} == {"archived"}
    changes.ChangeSet(recording).swap()
    assert {contact_status(i) for i in ids} == {"active"}
    assert [h.action for h in history(ids[0])] == ["create"]
    add_tag(ids[:1], "x")
    assert contacts_with_tag(ids, "x") == {ids[0]}
