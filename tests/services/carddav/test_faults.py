"""Answers real servers never give, from a scripted server on 127.0.0.1: each ends in a
typed CardDavError naming the URL, never in a traceback from the XML or HTTP layers."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from networkapp.services.carddav import (
    AddressBook,
    AnswerTooLargeError,
    AuthFailedError,
    CardDavClient,
    CardDavError,
    InsecureUrlError,
    MalformedAnswerError,
    ServerError,
    UnreachableError,
)
from tests.services.carddav.conftest import card
from tests.services.carddav.fake_server import FakeDavServer, Reply, Seen

MS = b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
END = b"</d:multistatus>"
BOOK = "/dav/book/"


@pytest.fixture
def fake() -> Iterator[FakeDavServer]:
    server = FakeDavServer()
    yield server
    server.stop()


def _member(href: str, etag: str) -> bytes:
    return (f"<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:getetag>{etag}"
            "</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
            "</d:response>").encode()


def _gone(href: str) -> bytes:
    return (f"<d:response><d:href>{href}</d:href><d:status>HTTP/1.1 404 Not Found"
            "</d:status></d:response>").encode()


def _plainly_reported(error: CardDavError, url: str) -> None:
    assert url in str(error)
    assert "Traceback" not in str(error)
    # no chained low-level exception would print with it
    assert error.__cause__ is None
    assert error.__context__ is None or error.__suppress_context__


@pytest.mark.parametrize("body", [
    b"<d:multistatus xmlns:d='DAV:'><d:response>",  # cut short
    b"not xml at all",
    b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
    b"<m>&b;</m>",  # an entity expansion bomb in miniature
    b"<d:multistatus xmlns:d='DAV:'>" + b"<x>" * 40 + b"</x>" * 40 + END[2:],  # too deep
    b"<d:error xmlns:d='DAV:'/>",  # XML, but not a multistatus
], ids=["truncated", "not-xml", "entities", "too-deep", "not-multistatus"])
def test_a_malformed_answer_is_a_typed_error(fake: FakeDavServer, body: bytes) -> None:
    fake.answer("PROPFIND", BOOK, Reply(207, body))
    with CardDavClient(fake.url) as client, pytest.raises(MalformedAnswerError) as caught:
        client.list_members(fake.url + BOOK[1:])
    _plainly_reported(caught.value, fake.url + BOOK[1:])


def test_an_oversized_answer_is_refused(fake: FakeDavServer) -> None:
    fake.answer("PROPFIND", BOOK, Reply(207, MS + _member(BOOK + "a.vcf", '"1"') * 500 + END))
    with CardDavClient(fake.url, max_answer_bytes=10_000) as client, \
            pytest.raises(AnswerTooLargeError) as caught:
        client.list_members(fake.url + BOOK[1:])
    _plainly_reported(caught.value, fake.url + BOOK[1:])


def test_a_truncated_sync_answer_is_continued_with_its_token(fake: FakeDavServer) -> None:
    truncated = (f"<d:response><d:href>{BOOK}</d:href><d:status>HTTP/1.1 507 Insufficient "
                 "Storage</d:status></d:response>").encode()
    fake.answer("REPORT", BOOK,
                Reply(207, MS + _member(BOOK + "a.vcf", '"a1"') + _member(BOOK + "b.vcf", '"b1"')
                      + truncated + b"<d:sync-token>t1</d:sync-token>" + END),
                Reply(207, MS + _member(BOOK + "c.vcf", '"c1"') + _gone(BOOK + "b.vcf")
                      + b"<d:sync-token>t2</d:sync-token>" + END))
    with CardDavClient(fake.url) as client:
        changes = client.sync_collection(fake.url + BOOK[1:], "t0")
    assert [(m.href, m.etag) for m in changes.changed] == [(BOOK + "a.vcf", '"a1"'),
                                                           (BOOK + "c.vcf", '"c1"')]
    assert changes.removed == (BOOK + "b.vcf",)
    assert changes.token == "t2"
    bodies = [s.body for s in fake.seen if s.method == "REPORT"]
    assert [b"<d:sync-token>t0<" in bodies[0], b"<d:sync-token>t1<" in bodies[1]] == [True] * 2


def _book(fake: FakeDavServer, max_size: int | None = None) -> AddressBook:
    return AddressBook(url=fake.url + BOOK[1:], href=BOOK, display_name="", description="",
                       sync_token=None, ctag=None, supports_sync=True,
                       max_resource_size=max_size)


def test_a_put_without_etag_fetches_the_card_again(fake: FakeDavServer) -> None:
    stored = card("n", "Ned Stored", "X-SERVER:added")
    fake.answer("PUT", BOOK + "n.vcf", Reply(201))
    fake.answer("GET", BOOK + "n.vcf", Reply(200, stored, {"ETag": '"v7"'}))
    with CardDavClient(fake.url) as client:
        result = client.create(_book(fake), "n.vcf", card("n", "Ned Sent"))
    assert (result.href, result.etag, result.server_card) == (BOOK + "n.vcf", '"v7"', stored)
    assert [s.method for s in fake.seen] == ["PUT", "GET"]
    assert fake.seen[0].headers["If-None-Match"] == "*"


def test_a_multiget_answer_over_the_limit_is_fetched_in_smaller_batches(
        fake: FakeDavServer) -> None:
    def multiget(seen: Seen) -> Reply:
        hrefs = re.findall(rb"<d:href>([^<]+)</d:href>", seen.body)
        cards = b"".join(
            b"<d:response><d:href>" + h + b"</d:href><d:propstat><d:prop><d:getetag>e"
            b"</d:getetag><c:address-data>" + b"N:" + b"x" * 3000 + b"</c:address-data>"
            b"</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
            for h in hrefs)
        return Reply(207, MS + cards + END)

    fake.answer("REPORT", BOOK, multiget)
    hrefs = [f"{BOOK}{n}.vcf" for n in range(4)]
    with CardDavClient(fake.url, max_answer_bytes=5000) as client:  # 1 card fits
        fetched = client.fetch(fake.url + BOOK[1:], hrefs)
    assert [c.href for c in fetched.cards] == hrefs
    assert [len(re.findall(rb"<d:href>", s.body)) for s in fake.seen] == [4, 2, 1, 1, 2, 1, 1]


def test_digest_auth_is_answered_and_a_wrong_password_refused() -> None:
    server = FakeDavServer(digest=("dora", "right"))
    try:
        server.answer("PROPFIND", BOOK, Reply(207, MS + _member(BOOK + "a.vcf", '"1"') + END))
        with CardDavClient(server.url, "dora", "right") as client:
            assert [m.href for m in client.list_members(server.url + BOOK[1:])] == [
                BOOK + "a.vcf"]
            client.list_members(server.url + BOOK[1:])  # the challenge is reused
        with CardDavClient(server.url, "dora", "wrong") as client, \
                pytest.raises(AuthFailedError) as caught:
            client.list_members(server.url + BOOK[1:])
        _plainly_reported(caught.value, server.url + BOOK[1:])
    finally:
        server.stop()
    answered = [s for s in server.seen if s.method == "PROPFIND"]
    assert len(answered) == 2  # only requests with a valid Digest answer got through


def test_a_stopped_server_is_unreachable(fake: FakeDavServer) -> None:
    fake.answer("PROPFIND", BOOK, Reply(207, MS + END))
    with CardDavClient(fake.url) as client:
        assert client.list_members(fake.url + BOOK[1:]) == ()
        fake.stop()
        with pytest.raises(UnreachableError) as caught:
            client.list_members(fake.url + BOOK[1:])
    _plainly_reported(caught.value, fake.url + BOOK[1:])


def test_a_connection_dropped_mid_answer_is_unreachable(fake: FakeDavServer) -> None:
    fake.answer("REPORT", BOOK, Reply(207, MS + _member(BOOK + "a.vcf", '"1"'), cut=True))
    with CardDavClient(fake.url) as client, pytest.raises(UnreachableError) as caught:
        client.sync_collection(fake.url + BOOK[1:], None)
    _plainly_reported(caught.value, fake.url + BOOK[1:])


def test_a_silent_server_times_out(fake: FakeDavServer) -> None:
    fake.answer("PROPFIND", BOOK, Reply(207, hang=True))
    with CardDavClient(fake.url, timeout=0.3) as client, \
            pytest.raises(UnreachableError, match="did not answer in time") as caught:
        client.list_members(fake.url + BOOK[1:])
    _plainly_reported(caught.value, fake.url + BOOK[1:])


def test_a_server_failure_is_a_server_error(fake: FakeDavServer) -> None:
    fake.answer("REPORT", BOOK, Reply(500, b"boom"))
    with CardDavClient(fake.url) as client, pytest.raises(ServerError) as caught:
        client.sync_collection(fake.url + BOOK[1:], None)
    assert caught.value.status == 500
    _plainly_reported(caught.value, fake.url + BOOK[1:])


@pytest.mark.parametrize("url", ["http://example.com/dav/", "http://192.168.1.5/",
                                 "ftp://127.0.0.1/", "example.com"])
def test_plain_http_off_this_machine_is_refused(url: str) -> None:
    with pytest.raises(InsecureUrlError, match="https://"):
        CardDavClient(url)


@pytest.mark.parametrize("url", ["https://dav.example.com/", "http://localhost:5232/",
                                 "http://127.0.0.1:5232/", "http://[::1]:5232/"])
def test_https_and_this_machine_are_accepted(url: str) -> None:
    CardDavClient(url).close()


def test_discovery_follows_the_well_known_redirect_with_propfind(fake: FakeDavServer) -> None:
    principal = (b"<d:response><d:href>/dav/</d:href><d:propstat><d:prop>"
                 b"<d:current-user-principal><d:href>/dav/me/</d:href>"
                 b"</d:current-user-principal></d:prop><d:status>HTTP/1.1 200 OK</d:status>"
                 b"</d:propstat></d:response>")
    home = (b"<d:response><d:href>/dav/me/</d:href><d:propstat><d:prop>"
            b"<c:addressbook-home-set><d:href>/dav/</d:href></c:addressbook-home-set>"
            b"</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>")
    book = (b"<d:response><d:href>/dav/book/</d:href><d:propstat><d:prop><d:resourcetype>"
            b"<d:collection/><c:addressbook/></d:resourcetype><d:displayname>Friends"
            b"</d:displayname><c:max-resource-size>1000</c:max-resource-size></d:prop>"
            b"<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>")
    fake.answer("PROPFIND", "/.well-known/carddav", Reply(301, headers={"Location": "/dav/"}))
    fake.answer("PROPFIND", "/dav/", Reply(207, MS + principal + END),
                Reply(207, MS + principal + book + END))
    fake.answer("PROPFIND", "/dav/me/", Reply(207, MS + home + END))
    with CardDavClient(fake.url) as client:
        found = client.discover()
    assert found.principal_url == fake.url + "dav/me/"
    [friends] = found.addressbooks
    assert (friends.href, friends.display_name, friends.max_resource_size) == (
        "/dav/book/", "Friends", 1000)
    assert not friends.supports_sync  # no supported-report-set and no sync-token
    assert {s.method for s in fake.seen} == {"PROPFIND"}


def test_a_redirect_to_another_server_is_not_followed(fake: FakeDavServer) -> None:
    fake.answer("PROPFIND", BOOK, Reply(301, headers={"Location": "https://elsewhere.example/"}))
    with CardDavClient(fake.url, "u", "p") as client, \
            pytest.raises(ServerError, match=r"elsewhere\.example") as caught:
        client.list_members(fake.url + BOOK[1:])
    _plainly_reported(caught.value, fake.url + BOOK[1:])
    assert len(fake.seen) == 1
