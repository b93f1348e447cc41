"""The one contact list: every view x sort x direction in the order an oracle gives.

The oracle below is written from the rules as README states them, independently
of :mod:`networkapp.services.listing`: plain loops, explicit comparisons. The data
is built for ties: repeated names (also differing only in case and accents),
organizations differing only in case, few distinct counts and dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from pathlib import Path

import pytest

from networkapp.models import db
from networkapp.models.text import fold, squash
from networkapp.services import changes
from networkapp.services.bulk import archive_contacts
from networkapp.services.contacts import (
    add_tag,
    contact_status,
    create_contact,
    delete_contacts,
    get_contact,
)
from networkapp.services.demo import generate_demo
from networkapp.services.dto import ContactFields
from networkapp.services.listing import (
    SORTS,
    VIEWS,
    ContactList,
    ContactQuery,
    list_contact_tuples,
)
from networkapp.services.states import history

TODAY = dt.date(2024, 6, 1)
NAMES = ("Ada Rossi", "ada rossi", "Ádá Rossi", "Bruno Neri", "Zoë Kim", "Zoe Kim", "Bruno")
ORGS = ("", "Acme", "acme", "ACME", "Émile SA", "emile sa", "Zeta")
DATES = (None, "2024-01-01", "2024-05-01", "2024-05-02", "2024-06-01")
BIRTHDAYS = (None, None, "1980-06-01", "--06-08", "--06-09", "1990-05-31", "--02-29")
# The reasons in the order of urgency README gives, most urgent first.
URGENCY = ("threshold", "unfinished_clarification", "overdue", "birthday", "open_warnings",
           "one_sided")


def tied_network(contacts: int = 150, seed: int = 7) -> None:
    """Contacts whose list columns take few values, so most sorts have ties."""
    rng = random.Random(seed)
    ids = [create_contact(ContactFields(display_name=rng.choice(NAMES),
                                        organization=rng.choice(ORGS)))
           for _ in range(contacts)]
    # The list reads the cached columns only: set them directly, to choose the ties.
    with db.atomic():
        for cid in ids:
            db.execute_sql(
                "UPDATE contact SET status = ?, gave_count = ?, received_count = ?, "
                "open_warning_weight = ?, last_interaction_on = ?, cadence_days = ?, "
                "birthday = ? WHERE id = ?",
                (rng.choice(("active", "active", "clarifying", "archived")), rng.randint(0, 4),
                 rng.choice((0, 0, 1)), rng.choice((0, 0, 0, 1, 3, 5)), rng.choice(DATES),
                 rng.choice((None, None, 30, 31)), rng.choice(BIRTHDAYS), cid))


def oracle_reasons(row: tuple, today: dt.date, threshold: int = 3) -> list[tuple[str, int]]:
    """Why a row needs attention, written from README's rules: (kind, amount) pairs."""
    _, _, _, status, gave, received, warnings, last, cadence, birthday = row
    if status == "archived":
        return []
    found = []
    if warnings and warnings >= threshold:
        found.append(("threshold", warnings))
    if status == "clarifying":
        found.append(("unfinished_clarification", 0))
    if cadence is not None and last is not None:
        late = (today - dt.date.fromisoformat(last)).days - cadence
        if late > 0:
            found.append(("overdue", late))
    if birthday:
        month, day = int(birthday[-5:-3]), int(birthday[-2:])
        for ahead in range(8):
            date = today + dt.timedelta(days=ahead)
            leap = date.year % 4 == 0 and (date.year % 100 != 0 or date.year % 400 == 0)
            if (date.month, date.day) == (month, day) or (
                    (month, day) == (2, 29) and not leap and (date.month, date.day) == (2, 28)):
                found.append(("birthday", ahead))
                break
    if 0 < warnings < threshold:
        found.append(("open_warnings", warnings))
    small, big = min(gave, received), max(gave, received)
    if gave + received >= 3 and big >= 4 * small:
        found.append(("one_sided", 0))
    return found


def oracle(view: str, sort: str, descending: bool, today: dt.date) -> list[int]:
    """The ids a view shows in a sort's order, computed the plain way."""
    rows = db.execute_sql(
        "SELECT id, sort_name, organization, status, gave_count, received_count, "
        "open_warning_weight, last_interaction_on, cadence_days, birthday FROM contact"
    ).fetchall()
    now = {"threshold", "unfinished_clarification", "overdue", "birthday"}

    shown = []
    for row in rows:
        archived = row[3] == "archived"
        kinds = {kind for kind, _ in oracle_reasons(row, today)}
        if ((view == "all") or (view == "archived" and archived)
                or (view == "active" and not archived)
                or (view == "attention" and kinds)
                or (view == "today" and kinds & now)):
            shown.append(row)

    def urgency(row: tuple) -> tuple[int, int]:
        found = oracle_reasons(row, today)
        if not found:
            return (0, 0)
        kind, amount = found[0]
        # More urgent is larger: an earlier reason; more weight or days late; a nearer birthday.
        return (len(URGENCY) - URGENCY.index(kind), -amount if kind == "birthday" else amount)

    def key(row: tuple) -> object:
        if sort == "reasons":
            return urgency(row)
        return {"name": row[1], "organization": fold(row[2]), "status": row[3],
                "last_interaction": row[7], "balance": row[4] - row[5], "gave": row[4],
                "received": row[5], "open_warnings": row[6], "id": row[0]}[sort]

    def compare(a: tuple, b: tuple) -> int:
        ka, kb = key(a), key(b)
        if ka != kb:
            if ka is None:  # never met: last, whatever the direction
                return 1
            if kb is None:
                return -1
            before = ka < kb  # type: ignore[operator]
            return (1 if before else -1) if descending else (-1 if before else 1)
        # Ties: sort name, then id, both ascending whatever the direction.
        return -1 if (a[1], a[0]) < (b[1], b[0]) else 1

    return [row[0] for row in sorted(shown, key=functools.cmp_to_key(compare))]


@pytest.mark.parametrize("today", [TODAY, dt.date(2024, 6, 2)])
def test_every_view_sort_and_direction_in_the_oracles_order(db_path: Path,
                                                            today: dt.date) -> None:
    tied_network()
    names, orgs, dates, everyone = db.execute_sql(
        "SELECT count(DISTINCT sort_name), count(DISTINCT lower(organization)), "
        "count(DISTINCT last_interaction_on), count(*) FROM contact").fetchone()
    assert max(names, orgs, dates) * 10 < everyone  # mostly ties
    contacts = ContactList.load()
    for view in VIEWS:
        for sort in SORTS:
            for descending in (False, True):
                expected = oracle(view, sort, descending, today)
                query = ContactQuery(view=view, sort=sort, descending=descending)
                assert [r[0] for r in list_contact_tuples(query, today)] == expected, query
                assert [contacts.row(p)[0] for p in contacts.select(query, today)] == expected
        assert contacts.count(view, today) == len(
            oracle(view, "id", False, today))


def test_views_and_sorts_of_demo_data_in_the_oracles_order(db_path: Path) -> None:
    generate_demo(150, today=TODAY)
    for view in VIEWS:
        for sort in SORTS:
            for descending in (False, True):
                query = ContactQuery(view=view, sort=sort, descending=descending)
                assert [r[0] for r in list_contact_tuples(query, TODAY)] == oracle(
                    view, sort, descending, TODAY), query


def test_a_contact_brought_back_by_undo_takes_its_place_among_ties(db_path: Path) -> None:
    first, second, third = (create_contact(ContactFields(display_name="Ada")) for _ in range(3))
    _, recording = changes.record(lambda: delete_contacts([second]))
    contacts = ContactList.load()
    changes.ChangeSet(recording).swap()  # undo: the same id again, smaller than the last one
    contacts.refresh([second])
    for descending in (False, True):
        query = ContactQuery(view="all", descending=descending)
        assert [contacts.row(p)[0] for p in contacts.select(query)] == [first, second, third]


def test_name_sort_is_alphabetical_without_accents(db_path: Path) -> None:
    for name in ("Zoë", "Élodie", "adam"):
        create_contact(ContactFields(display_name=name))
    index = ContactList.load()
    names = [index.row(p)[1] for p in index.select(ContactQuery())]
    assert names == ["adam", "Élodie", "Zoë"]


def test_search_is_accent_case_and_double_letter_insensitive(db_path: Path) -> None:
    create_contact(ContactFields(given_name="Niccolò", family_name="Rossi"))
    create_contact(ContactFields(given_name="Marco", family_name="Bianchi", notes="zzz top"))
    index = ContactList.load()

    def names(text: str) -> list[str]:
        return [index.row(p)[1] for p in index.select(ContactQuery(search=text))]

    assert names("nicolo") == ["Niccolò Rossi"]
    assert names("NICCOLÒ rosi") == ["Niccolò Rossi"]
    assert names("zzz") == ["Marco Bianchi"]  # a doubled query is not squashed to "z"
    assert squash("niccolo") == "nicolo"


def test_refresh_adds_changes_and_drops(db_path: Path) -> None:
    first = create_contact(ContactFields(display_name="Ada"))
    index = ContactList.load()
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
    assert [get_contact(i).fields.tags for i in ids] == [("x",), ()]
