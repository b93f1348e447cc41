"""The contact list: views, accent-insensitive search, sort orders, constant query count."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from networkapp.models import db
from networkapp.services.contacts import create_contact, update_contact
from networkapp.services.demo import generate_demo
from networkapp.services.dto import ContactFields, LabeledValue
from networkapp.services.listing import (
    ContactList,
    ContactQuery,
    list_contact_tuples,
    row_from_tuple,
)
from networkapp.services.states import archive_contact, transition
from tests.services.foundation_helpers import gave, list_contacts, log, new_contact, received, warn

TODAY = dt.date(2024, 6, 30)


def _names(query: ContactQuery, today: dt.date = TODAY) -> list[str]:
    return [row_from_tuple(r).name for r in list_contact_tuples(query, today)]


@pytest.fixture
def network(db_path: Path) -> dict[str, int]:
    """A small network with one contact per situation the views care about."""
    ids = {
        "calm": new_contact("Calm Balanced", organization="Orbit Labs"),
        "warned": new_contact("Warned Person", organization="acme"),
        "clarifying": new_contact("Clarifying Person", organization="Blue Harbor"),
        "taker": new_contact("Taker Onesided", organization="Zeta"),
        "overdue": new_contact("Overdue Friend", cadence_days=30),
        "archived": new_contact("Archived Entry", organization="Acme"),
        "archived_warned": new_contact("Archived Warned"),
    }
    log(ids["calm"], gave(), received(), on=dt.date(2024, 6, 20))
    warn(ids["warned"])
    transition(ids["clarifying"], "clarify", "talk")
    log(ids["taker"], gave(), gave(), gave(), on=dt.date(2024, 6, 25))
    log(ids["overdue"], on=dt.date(2024, 5, 1))  # 60 days ago, cadence 30
    warn(ids["archived_warned"], weight=3)
    archive_contact(ids["archived"], "plain entry")
    archive_contact(ids["archived_warned"], "past the threshold")
    return ids


def test_views(network: dict[str, int]) -> None:
    active = set(_names(ContactQuery(view="active")))
    assert active == {"Calm Balanced", "Warned Person", "Clarifying Person", "Taker Onesided",
                      "Overdue Friend"}
    assert set(_names(ContactQuery(view="archived"))) == {"Archived Entry", "Archived Warned"}
    assert len(_names(ContactQuery(view="all"))) == 7
    attention = set(_names(ContactQuery(view="attention")))
    # Warned, clarifying, one-sided and overdue: yes. Archived never (no more prompts).
    assert attention == {"Warned Person", "Clarifying Person", "Taker Onesided",
                         "Overdue Friend"}


def test_counts_per_view_and_status(network: dict[str, int]) -> None:
    contacts = ContactList.load()
    assert contacts.count("active", TODAY) == 5
    assert contacts.count("attention", TODAY) == 4
    assert contacts.count("archived", TODAY) == 2
    assert contacts.count("all", TODAY) == 7


def test_overdue_depends_on_today(network: dict[str, int]) -> None:
    early = dt.date(2024, 5, 20)  # 19 days after the last talk: not yet due
    assert "Overdue Friend" not in _names(ContactQuery(view="attention"), early)


def test_rows_carry_what_the_list_shows(network: dict[str, int]) -> None:
    rows = {r.name: r for r in list_contacts(ContactQuery(view="all"))}
    calm = rows["Calm Balanced"]
    assert (calm.gave, calm.received, calm.open_warnings) == (1, 1, 0)
    assert calm.last_interaction == dt.date(2024, 6, 20)
    assert calm.organization == "Orbit Labs" and calm.status == "active"
    assert rows["Archived Warned"].open_warnings == 0  # the archive closed its warnings
    assert rows["Overdue Friend"].cadence_days == 30
    assert rows["Warned Person"].last_interaction is None


@pytest.fixture
def accents(db_path: Path) -> None:
    """Names with accents, e-mails, tags and notes to search."""
    create_contact(ContactFields(display_name="Niccolò Ferri", organization="Café Müller"))
    create_contact(ContactFields(display_name="Nicolò Bianchi", tags=("alumni",)))
    create_contact(ContactFields(display_name="Zoë Ångström",
                                 emails=(LabeledValue("zoe@example.org"),),
                                 notes="Met at the 100% design conference"))
    create_contact(ContactFields(display_name="Jürgen Weiß", title="Straßenbahn engineer"))


@pytest.mark.parametrize(("search", "found"), [
    ("niccolo", ["Niccolò Ferri"]),
    ("NICCOLÒ", ["Niccolò Ferri"]),
    ("nicolo", ["Niccolò Ferri", "Nicolò Bianchi"]),
    ("cafe muller", ["Niccolò Ferri"]),  # organization, every word must match
    ("zoe", ["Zoë Ångström"]),
    ("angstrom", ["Zoë Ångström"]),
    ("zoe@example", ["Zoë Ångström"]),  # e-mail
    ("alumni", ["Nicolò Bianchi"]),  # tag
    ("100%", ["Zoë Ångström"]),  # % is a character, not a wildcard
    ("weiss", ["Jürgen Weiß"]),
    ("strassenbahn", ["Jürgen Weiß"]),  # title
    ("_", []),
    ("", ["Jürgen Weiß", "Niccolò Ferri", "Nicolò Bianchi", "Zoë Ångström"]),
])
def test_search_is_case_and_accent_insensitive(accents: None, search: str,
                                               found: list[str]) -> None:
    assert _names(ContactQuery(view="all", search=search)) == found


def test_search_nicolo_finds_niccolo(accents: None) -> None:
    assert "Niccolò Ferri" in _names(ContactQuery(view="all", search="nicolo"))


def test_search_sees_edits(db_path: Path) -> None:
    cid = new_contact("Old Name")
    update_contact(cid, ContactFields(display_name="Émilie Renard"))
    assert _names(ContactQuery(view="all", search="emilie")) == ["Émilie Renard"]
    assert _names(ContactQuery(view="all", search="old")) == []


def test_sort_orders(network: dict[str, int]) -> None:
    everyone = ContactQuery(view="all")
    by_name = _names(everyone)
    assert by_name == sorted(by_name, key=str.lower)
    assert _names(ContactQuery(view="all", descending=True)) == by_name[::-1]
    orgs = [row_from_tuple(r).organization.lower()
            for r in list_contact_tuples(ContactQuery(view="all", sort="organization"), TODAY)]
    assert orgs == sorted(orgs)
    gave_desc = _names(ContactQuery(view="all", sort="gave", descending=True))
    assert gave_desc[0] == "Taker Onesided"
    warnings = _names(ContactQuery(view="all", sort="open_warnings", descending=True))
    assert warnings[0] == "Warned Person"  # "Archived Warned": closed by the archive
    balance = _names(ContactQuery(view="all", sort="balance", descending=True))
    assert balance[0] == "Taker Onesided"


@pytest.mark.parametrize("descending", [False, True])
def test_contacts_never_met_sort_last_by_last_interaction(network: dict[str, int],
                                                          descending: bool) -> None:
    rows = [row_from_tuple(r) for r in list_contact_tuples(
        ContactQuery(view="all", sort="last_interaction", descending=descending), TODAY)]
    dates = [r.last_interaction for r in rows]
    met = [d for d in dates if d is not None]
    assert dates == met + [None] * (len(dates) - len(met))
    assert met == sorted(met, reverse=descending)


def test_unknown_sort_falls_back_to_name_and_limit(network: dict[str, int]) -> None:
    assert _names(ContactQuery(view="all", sort="'; DROP TABLE contact; --")) == _names(
        ContactQuery(view="all"))
    assert len(_names(ContactQuery(view="all", limit=2))) == 2


@contextmanager
def _statements() -> Iterator[list[str]]:
    seen: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        connection.set_trace_callback(None)


def _queries_to_list(view: str) -> tuple[int, int]:
    with _statements() as seen:
        rows = list_contacts(ContactQuery(view=view))
        # Reading every field of every row must not fire a query (frozen dataclasses).
        _ = [(r.name, r.gave, r.received, r.open_warnings, r.last_interaction) for r in rows]
    return len(seen), len(rows)


@pytest.mark.parametrize("view", ["active", "attention", "today", "all"])
def test_listing_is_a_constant_number_of_queries(db_path: Path, view: str) -> None:
    """Listing 10 or 1,000 contacts costs two queries: the rows and the threshold."""
    generate_demo(10, seed=3)
    small_queries, small_rows = _queries_to_list(view)
    generate_demo(990, seed=4)
    big_queries, big_rows = _queries_to_list(view)
    assert big_rows > 20 * max(small_rows, 1)
    assert small_queries == big_queries == 2
