"""Fixtures: Radicale and Xandikos started once per session (each test that asks for
``dav_server`` runs against both), a fresh address book per test, and small cards."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from networkapp.services.carddav import AddressBook, CardDavClient
from tests.services.carddav import servers

_BOOK_NUMBERS = itertools.count(1)


@pytest.fixture(scope="session", params=servers.KINDS)
def dav_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
               ) -> Iterator[servers.RunningServer]:
    """A CardDAV server on 127.0.0.1 for USER with PASSWORD. Radicale checks them
    (htpasswd); Xandikos lets anyone in: it refuses logins over plain http."""
    kind: str = request.param
    server = servers.start(kind, tmp_path_factory.mktemp(kind),
                           protected=kind == "radicale")
    yield server
    server.stop()


@pytest.fixture
def client(dav_server: servers.RunningServer) -> Iterator[CardDavClient]:
    """Our client, logged in to the server."""
    with CardDavClient(dav_server.url, servers.USER, servers.PASSWORD) as dav:
        yield dav


@pytest.fixture
def book(dav_server: servers.RunningServer, client: CardDavClient) -> AddressBook:
    """A new, empty address book for this test alone."""
    name = f"book{next(_BOOK_NUMBERS)}"
    return client.create_addressbook(dav_server.home_url, name, f"Test {name}")


@pytest.fixture
def other_client() -> Iterator[httpx.Client]:
    """Another CardDAV client (a phone, say): plain httpx, writing straight to the server."""
    with httpx.Client(auth=(servers.USER, servers.PASSWORD), timeout=30) as http:
        yield http


def card(uid: str, name: str, *extra: str) -> bytes:
    """A small vCard 3.0 with CRLF line ends."""
    given, _, family = name.partition(" ")
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{name}",
             f"N:{given};{family};;;", *extra, "END:VCARD", ""]
    return "\r\n".join(lines).encode()


def put(http: httpx.Client, book: AddressBook, name: str, data: bytes) -> str:
    """Store ``data`` as ``name`` in ``book`` the way another client would; its URL."""
    url = book.url + name
    answer = http.put(url, content=data, headers={"Content-Type": "text/vcard"})
    assert answer.status_code in (201, 204), answer.text
    return url


def corpus_file(shared_vcards: Path, relative: str) -> bytes:
    """A file of the shared corpus; skip the test when this checkout lacks it."""
    path = shared_vcards / relative
    if not path.is_file():
        pytest.skip(f"{relative} is not in the vCard corpus at {shared_vcards}")
    return path.read_bytes()
