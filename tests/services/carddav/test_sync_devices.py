"""Two devices, one server: two networkapp files syncing through the same address book,
on Radicale and on Xandikos (the ``dav_server`` fixture runs each test on both)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import httpx
import pytest

from networkapp.models import db
from networkapp.services import changes
from networkapp.services.carddav import AddressBook, CardDavClient
from networkapp.services.contact_writer import mark_swapped
from networkapp.services.contacts import delete_contacts, get_contact, update_contact
from networkapp.services.dto import ExchangeInput, InteractionInput, LabeledValue
from networkapp.services.duplicates import merge_contacts
from networkapp.services.interactions import add_interaction
from networkapp.services.states import archive_contact, history
from networkapp.services.sync import store
from networkapp.services.sync.engine import Sync
from networkapp.services.sync.fields import read_card
from networkapp.services.sync.patch import units
from tests.services.carddav import servers
from tests.services.carddav.conftest import card, corpus_file, put
from tests.services.carddav.devices import Device
from tests.services.carddav.test_protocol import CORPUS


@pytest.fixture
def pair(tmp_path: Path, dav_server: servers.RunningServer, book: AddressBook
         ) -> tuple[Device, Device]:
    """Device A and device B on the same, empty address book."""
    return (Device(tmp_path / "a.sqlite3", dav_server.url, book),
            Device(tmp_path / "b.sqlite3", dav_server.url, book))


def test_create_on_a_then_edit_on_b_reaches_both(pair: tuple[Device, Device]) -> None:
    a, b = pair
    ada = a.add("Ada Rossi", organization="Acme",
                emails=(LabeledValue("ada@example.com", "work"),))
    first = a.sync()
    assert first.created_there == 1 and not first.errors
    got = b.sync()
    assert got.created_here == 1
    b_id, status, fields = b.by_name()["Ada Rossi"]
    assert status == "active" and fields.organization == "Acme"
    assert fields.emails == (LabeledValue("ada@example.com", "work"),)

    b.edit(b_id, title="CTO", phones=(LabeledValue("+39 333 1234567", "mobile"),))
    assert b.sync().updated_there == 1
    assert a.sync().updated_here == 1
    _, _, on_a = a.by_name()["Ada Rossi"]
    assert on_a.title == "CTO" and on_a.phones == (LabeledValue("+39 333 1234567", "mobile"),)
    assert a.by_name()["Ada Rossi"][0] == ada
    # Nothing left to do on either side: a second round changes nothing.
    for device in (a, b):
        again = device.sync()
        assert (again.created_here, again.updated_here, again.created_there,
                again.updated_there) == (0, 0, 0, 0)
        assert device.count("SELECT count(*) FROM sync_pending") == 0


def test_both_sides_edit_merges_without_loss(pair: tuple[Device, Device]) -> None:
    a, b = pair
    ada = a.add("Ada Rossi", organization="Acme", title="Engineer")
    a.sync()
    b.sync()
    b_id = b.by_name()["Ada Rossi"][0]
    a.edit(ada, title="CTO", emails=(LabeledValue("ada@acme.example", "work"),))
    b.edit(b_id, organization="Acme Ltd", emails=(LabeledValue("ada@home.example", "home"),))
    a.sync()
    merged = b.sync()
    assert merged.conflicts == []
    a.sync()
    for device in (a, b):
        fields = device.by_name()["Ada Rossi"][2]
        assert (fields.title, fields.organization) == ("CTO", "Acme Ltd")
        assert {e.value for e in fields.emails} == {"ada@acme.example", "ada@home.example"}


def test_overlapping_edit_keeps_the_servers_value_and_notes_ours(
        pair: tuple[Device, Device]) -> None:
    a, b = pair
    ada = a.add("Ada Rossi", organization="Acme")
    a.sync()
    b.sync()
    b_id = b.by_name()["Ada Rossi"][0]
    a.edit(ada, organization="Acme Italia")
    b.edit(b_id, organization="Acme Deutschland")
    a.sync()
    report = b.sync()
    assert [(c.conflict.field, c.conflict.server, c.conflict.local)
            for c in report.conflicts] == [("organization", "Acme Italia", "Acme Deutschland")]
    fields = b.by_name()["Ada Rossi"][2]
    assert fields.organization == "Acme Italia"
    assert "Acme Deutschland" in fields.notes
    a.sync()
    assert "Acme Deutschland" in a.by_name()["Ada Rossi"][2].notes  # noted on both devices


def test_same_value_both_sides_is_no_conflict(pair: tuple[Device, Device]) -> None:
    a, b = pair
    ada = a.add("Ada Rossi")
    a.sync()
    b.sync()
    a.edit(ada, organization="ACME  spa")
    b.edit(b.by_name()["Ada Rossi"][0], organization="Acme spa")
    a.sync()
    assert b.sync().conflicts == []


def test_server_delete_archives_with_history_and_interactions_kept(
        pair: tuple[Device, Device], other_client: httpx.Client, client: CardDavClient,
        book: AddressBook) -> None:
    a, b = pair
    a.add("Ada Rossi")
    a.sync()
    b.sync()
    b_id = b.by_name()["Ada Rossi"][0]
    with b.opened():
        add_interaction(b_id, InteractionInput(dt.date(2026, 3, 1), summary="Lunch",
                                               exchanges=(ExchangeInput("gave", "advice"),)))
    href = client.list_members(book.url)[0].href
    assert other_client.delete(client.session.url_for(href)).status_code in (200, 204)
    report = b.sync()
    assert report.archived_here == 1
    _, status, _ = b.by_name()["Ada Rossi"]
    assert status == "archived"
    with b.opened():
        assert history(b_id)[-1].reason.startswith("Deleted on the server")
        assert db.execute_sql("SELECT count(*) FROM interaction WHERE contact_id = ?",
                              (b_id,)).fetchone()[0] == 1
    assert b.sync().created_there == 0  # never comes back


def test_archive_here_deletes_there_only_when_the_account_says(
        pair: tuple[Device, Device], client: CardDavClient, book: AddressBook) -> None:
    a, _ = pair
    ada = a.add("Ada Rossi")
    bob = a.add("Bob Verdi")
    a.sync()
    with a.opened():
        archive_contact(ada, "Closed")
    a.sync()
    assert len(client.list_members(book.url)) == 2  # default: kept on the server
    with a.opened():
        store.update_account(a.account_id, interval_minutes=15, delete_archived=True)
        archive_contact(bob, "Closed")
    assert a.sync().deleted_there == 2
    assert client.list_members(book.url) == ()


def test_foreign_cards_survive_a_round_trip_except_the_edited_field(
        pair: tuple[Device, Device], other_client: httpx.Client, client: CardDavClient,
        book: AddressBook, shared_vcards: Path) -> None:
    a, b = pair
    originals = {}
    for name in CORPUS:
        url = put(other_client, book, Path(name).name, corpus_file(shared_vcards, name))
        originals[url] = other_client.get(url).content  # as the server keeps it
    a.sync()
    for cid, _status, _fields in a.by_name().values():
        a.edit(cid, title="Edited here")
    report = a.sync()
    # The contact group card (Group.vcf) is no contact: left alone, not an error.
    assert report.updated_there == len(CORPUS) - 1 and not report.errors
    for url, before in originals.items():
        after = other_client.get(url).content
        if url.endswith("Group.vcf"):
            assert after == before
            continue
        old = [u.data for u in units(before) if u.name != "TITLE"]
        new = [u.data for u in units(after) if u.name != "TITLE"]
        assert new == old, url  # every other line byte for byte, in order
        assert read_card(after, url)[0].title == "Edited here"
    b.sync()
    assert {f.title for _, _, f in b.by_name().values()} == {"Edited here"}


def test_a_card_the_reader_rejects_is_reported_and_the_rest_synced(
        pair: tuple[Device, Device], other_client: httpx.Client, book: AddressBook) -> None:
    a, _ = pair
    put(other_client, book, "good.vcf", card("good", "Gia Good"))
    put(other_client, book, "group.vcf", card("grp", "A Group", "KIND:group"))
    nameless = b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nameless\r\nFN:\r\nN:;;;;\r\nEND:VCARD\r\n"
    put(other_client, book, "nameless.vcf", nameless)
    report = a.sync()
    assert report.created_here == 1
    assert [e.where.rsplit("/", 1)[-1] for e in report.errors] == ["nameless.vcf"]
    assert "no name" in report.errors[0].message
    assert list(a.by_name()) == ["Gia Good"]


def test_a_photo_over_the_servers_limit_stays_here_and_the_card_syncs(
        pair: tuple[Device, Device], client: CardDavClient, book: AddressBook,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    real = CardDavClient.addressbook

    def small_limit(self: CardDavClient, url: str) -> AddressBook:
        return dataclasses.replace(real(self, url), max_resource_size=2000)

    monkeypatch.setattr(CardDavClient, "addressbook", small_limit)
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 12  # about 3 KB
    ada = a.add("Ada Rossi", photo=photo, photo_mime="image/png")
    report = a.sync()
    assert report.created_there == 1
    assert [e.message for e in report.errors] == [
        "the photo is too large for the server; the card was sent without it"]
    assert a.by_name()["Ada Rossi"][2].photo == photo  # kept here
    b.sync()
    assert b.by_name()["Ada Rossi"][2].photo is None
    a.edit(ada, title="CTO")
    again = a.sync()
    assert again.updated_there == 1 and len(again.errors) == 1
    b.sync()
    assert b.by_name()["Ada Rossi"][2].title == "CTO"


def test_a_card_pulled_from_one_account_goes_to_the_other(
        tmp_path: Path, dav_server: servers.RunningServer, book: AddressBook,
        client: CardDavClient, other_client: httpx.Client) -> None:
    name = book.href.strip("/").rsplit("/", 1)[-1] + "-second"
    second = client.create_addressbook(dav_server.home_url, name, "Second")
    put(other_client, book, "bea.vcf", card("bea", "Bea Neri"))
    a = Device(tmp_path / "a.sqlite3", dav_server.url, book)
    with a.opened():
        other = store.add_account(dav_server.url, servers.USER, second.url, "Second").id
    assert a.sync().created_here == 1
    with a.opened(), CardDavClient(dav_server.url, servers.USER, servers.PASSWORD) as dav:
        report = Sync(store.account(other), dav).run()
    assert report.created_there == 1
    assert len(client.list_members(second.url)) == 1


def test_merged_and_deleted_contacts_leave_the_server_and_never_come_back(
        pair: tuple[Device, Device], client: CardDavClient, book: AddressBook) -> None:
    a, b = pair
    ada = a.add("Ada Rossi", emails=(LabeledValue("ada@example.org", "work"),))
    twin = a.add("Ada R.", emails=(LabeledValue("ada@home.example", "home"),))
    gone = a.add("Gus Gone")
    a.sync()
    assert b.sync().created_here == 3
    with a.opened():
        merge_contacts(ada, [twin])
        delete_contacts([gone])
    report = a.sync()
    assert report.deleted_there == 2 and report.updated_there == 1
    assert len(client.list_members(book.url)) == 1
    with a.opened():
        store.set_token(a.account_id, "http://example.invalid/sync/forgotten")
    again = a.sync()  # a full listing: nothing is created again
    assert again.full_resync and again.created_here == 0
    assert list(a.by_name()) == ["Ada Rossi"]
    assert b.sync().archived_here == 2
    emails = {e.value for e in b.by_name()["Ada Rossi"][2].emails}
    assert emails == {"ada@example.org", "ada@home.example"}


def test_an_edit_made_while_its_card_is_sent_is_sent_too(
        pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    ada = a.add("Ada Rossi")
    a.sync()
    a.edit(ada, title="CTO")
    real = CardDavClient.update

    def update(client: CardDavClient, *args: object, **kwargs: object) -> object:
        # The window's edit while the sync's thread sends the card it read before.
        monkeypatch.undo()
        update_contact(ada, dataclasses.replace(get_contact(ada).fields,
                                                organization="Acme"))
        return real(client, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(CardDavClient, "update", update)
    assert a.sync().updated_there == 2  # the card read, then the edit (still pending)
    assert a.count("SELECT count(*) FROM sync_pending") == 0
    b.sync()
    _, _, on_b = b.by_name()["Ada Rossi"]
    assert (on_b.title, on_b.organization) == ("CTO", "Acme")


@pytest.mark.parametrize("how", ["delete", "merge"])
def test_undo_of_a_delete_or_merge_keeps_the_card_on_the_server(
        pair: tuple[Device, Device], book: AddressBook, other_client: httpx.Client,
        how: str) -> None:
    a, _ = pair
    url = put(other_client, book, "bea.vcf", card("bea-1", "Bea Neri", "X-OTHER-APP:kept"))
    before = other_client.get(url)
    assert a.sync().created_here == 1
    bea = a.by_name()["Bea Neri"][0]
    other = a.add("Bea N.")
    a.sync()
    with a.opened():
        _, recording = changes.record(
            lambda: delete_contacts([bea]) if how == "delete" else merge_contacts(other, [bea]))
        changes.ChangeSet(recording).swap()  # Edit > Undo
        mark_swapped([bea, other])
    report = a.sync()
    assert (report.deleted_there, report.created_there, report.updated_there) == (0, 0, 0)
    after = other_client.get(url)
    assert after.status_code == 200 and after.content == before.content
    assert after.headers["etag"] == before.headers["etag"]
    assert a.count("SELECT count(*) FROM sync_pending") == 0
