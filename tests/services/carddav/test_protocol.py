"""The CardDAV client against real servers: each test runs on Radicale and on Xandikos.

"Another client" (a phone, say) is plain httpx writing straight to the server.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import httpx
import pytest

from networkapp.services.carddav import (
    AddressBook,
    AuthFailedError,
    CardDavClient,
    CardTooLargeError,
    ConflictError,
    SyncTokenInvalidError,
)
from tests.services.carddav import servers
from tests.services.carddav.conftest import card, corpus_file, put

# Cards other clients wrote: photos, groups, labels, X- properties (distinct UIDs).
CORPUS = ("rcmcarddav/vcardImport/AllAttr.vcf", "rcmcarddav/vcardImport/InlinePhoto.vcf",
          "rcmcarddav/vcardImport/Group.vcf", "ez-vcard/John_Doe_EVOLUTION.vcf",
          "kcontacts/vcard5.vcf", "rcmcarddav/vcardExport/UnknownProperties.vcf")


def test_discovery_from_the_plain_server_url_finds_the_address_book(
        dav_server: servers.RunningServer, client: CardDavClient, book: AddressBook) -> None:
    found = client.discover()
    assert found.principal_url is not None
    assert dav_server.home_url in found.home_urls
    books = {b.href: b for b in found.addressbooks}
    assert book.href in books
    listed = books[book.href]
    assert listed.display_name == book.display_name
    assert listed.url == book.url
    assert listed.supports_sync
    assert listed.sync_token


def test_first_pull_gets_every_card_byte_for_byte(
        client: CardDavClient, book: AddressBook, other_client: httpx.Client,
        shared_vcards: Path) -> None:
    written = {put(other_client, book, f"own{n}.vcf", card(f"own-{n}", f"Ann Own{n}"))
               for n in range(3)}
    written |= {put(other_client, book, Path(name).name, corpus_file(shared_vcards, name))
                for name in CORPUS}
    changes = client.sync_collection(book.url, None)
    assert {client.session.url_for(m.href) for m in changes.changed} == written
    assert changes.removed == ()
    assert changes.token
    fetched = client.fetch(book.url, [m.href for m in changes.changed])
    assert fetched.missing == ()
    for got in fetched.cards:
        server_copy = other_client.get(client.session.url_for(got.href))
        assert got.data == server_copy.content, got.href
        assert got.etag == server_copy.headers["etag"]
    assert {m.href: m.etag for m in changes.changed} == {c.href: c.etag for c in fetched.cards}


def test_incremental_pull_sees_what_another_client_did(
        client: CardDavClient, book: AddressBook, other_client: httpx.Client) -> None:
    kept = put(other_client, book, "kept.vcf", card("kept", "Kim Kept"))
    edited = put(other_client, book, "edited.vcf", card("edited", "Eve Edit"))
    gone = put(other_client, book, "gone.vcf", card("gone", "Gus Gone"))
    first = client.sync_collection(book.url, None)
    etags = {client.session.url_for(m.href): m.etag for m in first.changed}

    new = put(other_client, book, "new.vcf", card("new", "Nia New"))
    put(other_client, book, "edited.vcf", card("edited", "Eve Edited", "NOTE:changed"))
    assert other_client.delete(gone).status_code in (200, 204)
    second = client.sync_collection(book.url, first.token)

    changed = {client.session.url_for(m.href): m.etag for m in second.changed}
    assert set(changed) == {new, edited}
    assert changed[edited] != etags[edited]
    assert [client.session.url_for(h) for h in second.removed] == [gone]
    assert kept not in changed
    assert second.token and second.token != first.token
    [fresh] = client.fetch(book.url, [m.href for m in second.changed if m.etag ==
                                      changed[edited]]).cards
    assert b"FN:Eve Edited" in fresh.data

    third = client.sync_collection(book.url, second.token)
    assert (third.changed, third.removed) == ((), ())


def test_listing_compares_etags_where_sync_collection_is_not_used(
        client: CardDavClient, book: AddressBook, other_client: httpx.Client) -> None:
    put(other_client, book, "a.vcf", card("a", "Al A"))
    put(other_client, book, "b.vcf", card("b", "Bo B"))
    first = client.changes(book, None, {}, listing=True)
    assert first.token is None
    known = {m.href: m.etag for m in first.changed}
    assert len(known) == 2
    assert client.changes(book, None, known, listing=True).changed == ()

    put(other_client, book, "a.vcf", card("a", "Al Again"))
    b_url = client.session.url_for(next(h for h in known if h.endswith("/b.vcf")))
    other_client.delete(b_url)
    later = client.changes(book, None, known, listing=True)
    assert [m.href.rpartition("/")[2] for m in later.changed] == ["a.vcf"]
    assert [h.rpartition("/")[2] for h in later.removed] == ["b.vcf"]


def test_an_unknown_sync_token_asks_for_a_full_resync(
        client: CardDavClient, book: AddressBook, other_client: httpx.Client) -> None:
    put(other_client, book, "a.vcf", card("a", "Al A"))
    token = client.sync_collection(book.url, None).token
    assert token
    stale = token[:-8] + "00000000"
    with pytest.raises(SyncTokenInvalidError) as caught:
        client.sync_collection(book.url, stale)
    assert book.url in str(caught.value)
    assert [m.href for m in client.sync_collection(book.url, None).changed]


def test_update_with_a_stale_etag_is_a_conflict_and_overwrites_nothing(
        client: CardDavClient, book: AddressBook, other_client: httpx.Client) -> None:
    mine = client.create(book, "c.vcf", card("c", "Cy Mine"))
    assert mine.etag
    put(other_client, book, "c.vcf", card("c", "Cy Theirs"))
    with pytest.raises(ConflictError) as caught:
        client.update(book, mine.href, card("c", "Cy Overwrite"), mine.etag)
    assert caught.value.status == 412
    assert b"FN:Cy Theirs" in client.get(mine.href).data
    with pytest.raises(ConflictError):
        client.delete(mine.href, mine.etag)
    assert b"FN:Cy Theirs" in client.get(mine.href).data


def test_update_and_delete_with_the_current_etag(
        client: CardDavClient, book: AddressBook) -> None:
    first = client.create(book, "d.vcf", card("d", "Di First"))
    assert first.etag
    second = client.update(book, first.href, card("d", "Di Second"), first.etag)
    assert second.etag and second.etag != first.etag
    fetched = client.get(second.href)
    assert b"FN:Di Second" in fetched.data
    assert fetched.etag == second.etag
    client.delete(second.href, second.etag)
    assert client.list_members(book.url) == ()


def test_creating_over_an_existing_card_is_a_conflict(
        client: CardDavClient, book: AddressBook, other_client: httpx.Client) -> None:
    put(other_client, book, "taken.vcf", card("taken", "Ty Theirs"))
    with pytest.raises(ConflictError) as caught:
        client.create(book, "taken.vcf", card("taken-2", "Ty Mine"))
    assert caught.value.status == 412
    [member] = client.list_members(book.url)
    assert b"FN:Ty Theirs" in client.get(member.href).data


def test_a_card_over_max_resource_size_is_refused_before_sending(
        client: CardDavClient, book: AddressBook) -> None:
    small = dataclasses.replace(book, max_resource_size=200)
    big = card("big", "Bea Big", "NOTE:" + "x" * 300)
    with pytest.raises(CardTooLargeError) as caught:
        client.create(small, "big.vcf", big)
    assert (caught.value.size, caught.value.limit) == (len(big), 200)
    assert client.list_members(book.url) == ()


def test_multiget_fetches_in_batches_and_reports_missing_cards(
        client: CardDavClient, book: AddressBook) -> None:
    stored = [client.create(book, f"m{n}.vcf", card(f"m{n}", f"Mo M{n}")) for n in range(7)]
    hrefs = [s.href for s in stored]
    gone = book.href + "never-there.vcf"
    fetched = client.fetch(book.url, [*hrefs, gone], batch_size=3)
    assert [c.href for c in fetched.cards] == hrefs
    assert [c.etag for c in fetched.cards] == [s.etag for s in stored]
    assert fetched.missing == (gone,)


@pytest.mark.parametrize("password", ["wrong", None], ids=["wrong-password", "no-login"])
def test_a_wrong_login_is_refused(dav_server: servers.RunningServer, book: AddressBook,
                                  password: str | None) -> None:
    if not dav_server.protected:
        pytest.skip(f"{dav_server.kind} serves no login over plain http (its --htpasswd "
                    "requires TLS); the Radicale run checks logins")
    user = servers.USER if password else None
    with CardDavClient(dav_server.url, user, password) as stranger, \
            pytest.raises(AuthFailedError) as caught:
        stranger.sync_collection(book.url, None)
    assert book.url in str(caught.value)


def test_changes_use_sync_collection_where_the_server_offers_it(
        client: CardDavClient, book: AddressBook, other_client: httpx.Client) -> None:
    put(other_client, book, "a.vcf", card("a", "Al A"))
    assert book.supports_sync
    first = client.changes(book, None, {})
    assert first.token  # a sync token: the sync-collection path, not the listing
    assert [m.href.rpartition("/")[2] for m in first.changed] == ["a.vcf"]
    assert client.changes(book, first.token, {}).changed == ()
