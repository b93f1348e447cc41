"""The sync when things go wrong, on Radicale and on Xandikos: device A talks to the
server through a proxy that can fail (500, silence, bad or huge XML, gone), device B
talks to it directly. After each fault nothing is lost and the next sync converges,
with no duplicate here or on the server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from networkapp.services.carddav import AddressBook, CardDavClient
from networkapp.services.sync import engine, store
from networkapp.services.sync.engine import PULL, PUSH
from networkapp.services.sync.report import SyncCancelledError, SyncFailedError
from tests.services.carddav import servers
from tests.services.carddav.conftest import card, put
from tests.services.carddav.devices import Device
from tests.services.carddav.fake_server import FakeDavServer, Reply, Seen

REPO = Path(__file__).resolve().parents[3]
CARDS = 35


@pytest.fixture
def proxy(dav_server: servers.RunningServer) -> Iterator[FakeDavServer]:
    """A proxy in front of the server, faultless until a test sets ``proxy.fault``."""
    server = FakeDavServer(upstream=dav_server.url)
    yield server
    server.stop()


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fetch 10 cards per batch, so 35 cards take four."""
    monkeypatch.setattr(engine, "BATCH", 10)


def _is_multiget(seen: Seen) -> bool:
    return seen.method == "REPORT" and b"addressbook-multiget" in seen.body


def _nth(count: int, test: object, reply: Reply) -> object:
    """A fault hook answering ``reply`` to the ``count``-th request passing ``test``."""
    seen_so_far = [0]

    def hook(seen: Seen) -> Reply | None:
        if test(seen):  # type: ignore[operator]
            seen_so_far[0] += 1
            if seen_so_far[0] == count:
                return reply
        return None

    return hook


def _fill(other_client: httpx.Client, book: AddressBook, count: int = CARDS) -> None:
    for n in range(count):
        put(other_client, book, f"p{n}.vcf", card(f"p-{n}", f"Person Number{n}"))


def _names(client: CardDavClient, book: AddressBook) -> list[str]:
    """The FN of every card on the server (duplicates included)."""
    members = client.list_members(book.url)
    fetched = client.fetch(book.url, [m.href for m in members])
    return sorted(line.split(b":", 1)[1].strip().decode() for c in fetched.cards
                  for line in c.data.splitlines() if line.startswith(b"FN:"))


@pytest.mark.usefixtures("small_batches")
# "dropped": the answer starts, then the connection goes (what a timeout also ends in:
# UnreachableError), without any test depending on how fast the machine is.
@pytest.mark.parametrize("fault", [Reply(500, b"boom"), Reply(207, b"<d:multi", cut=True)],
                         ids=["500", "dropped"])
def test_server_failing_mid_pull_loses_nothing_and_converges(  # noqa: PLR0917
        tmp_path: Path, proxy: FakeDavServer, book: AddressBook, client: CardDavClient,
        other_client: httpx.Client, fault: Reply) -> None:
    _fill(other_client, book)
    a = Device(tmp_path / "a.sqlite3", proxy.url, book)
    mine = a.add("Zed Local")
    proxy.fault = _nth(3, _is_multiget, fault)  # type: ignore[assignment]
    with pytest.raises(SyncFailedError):
        a.sync()
    assert len(a.by_name()) == 1 + 20  # two batches in, the local contact kept
    a.edit(mine, title="Edited offline")
    proxy.fault = None
    report = a.sync()
    assert not report.errors
    names = a.by_name()
    assert len(names) == CARDS + 1 and names["Zed Local"][2].title == "Edited offline"
    assert _names(client, book).count("Zed Local") == 1
    assert a.count("SELECT count(*) FROM sync_pending") == 0


def test_server_gone_mid_push_then_back_converges_without_duplicates(
        tmp_path: Path, dav_server: servers.RunningServer, book: AddressBook,
        client: CardDavClient) -> None:
    proxy = FakeDavServer(upstream=dav_server.url)
    a = Device(tmp_path / "a.sqlite3", proxy.url, book)
    for n in range(30):
        a.add(f"Local Person{n}")

    def stop_after_ten(phase: str, done: int, total: int) -> None:
        if phase == PUSH and done == 10 and total == 30:
            proxy.stop()

    with pytest.raises(SyncFailedError):
        a.sync(progress=stop_after_ten)
    assert len(client.list_members(book.url)) == 10
    back = FakeDavServer(upstream=dav_server.url)
    try:
        a.move(back.url, book)
        assert a.sync().created_there == 20
    finally:
        back.stop()
    assert _names(client, book) == sorted(f"Local Person{n}" for n in range(30))
    b = Device(tmp_path / "b.sqlite3", dav_server.url, book)
    assert b.sync().created_here == 30
    assert len(b.by_name()) == 30


def test_stale_token_resyncs_in_full(
        tmp_path: Path, dav_server: servers.RunningServer, book: AddressBook,
        other_client: httpx.Client, client: CardDavClient) -> None:
    _fill(other_client, book, 5)
    a = Device(tmp_path / "a.sqlite3", dav_server.url, book)
    a.sync()
    gone = client.list_members(book.url)[0].href
    assert other_client.delete(client.session.url_for(gone)).status_code in (200, 204)
    with a.opened():
        store.set_token(a.account_id, "http://example.invalid/sync/forgotten")
    report = a.sync()
    assert report.full_resync and report.archived_here == 1 and not report.errors
    assert sorted(s for _, s, _ in a.by_name().values()) == ["active"] * 4 + ["archived"]


@pytest.mark.usefixtures("small_batches")
@pytest.mark.parametrize("body", [b"<d:multistatus xmlns:d='DAV:'><d:response>",
                                  b"<x>" + b" " * (2 * 1024 * 1024) + b"</x>"],
                         ids=["malformed", "oversized"])
def test_bad_xml_for_one_card_is_reported_and_the_rest_synced(
        tmp_path: Path, proxy: FakeDavServer, book: AddressBook, other_client: httpx.Client,
        body: bytes) -> None:
    _fill(other_client, book)
    a = Device(tmp_path / "a.sqlite3", proxy.url, book)
    a.max_answer_bytes = 1024 * 1024

    def bad_for_p7(seen: Seen) -> Reply | None:
        hit = _is_multiget(seen) and b"/p7.vcf<" in seen.body
        return Reply(207, body, {"Content-Type": "application/xml"}) if hit else None

    proxy.fault = bad_for_p7
    report = a.sync()
    assert [e.where.rsplit("/", 1)[-1] for e in report.errors] == ["p7.vcf"]
    assert len(a.by_name()) == CARDS - 1
    proxy.fault = None
    assert a.sync().created_here == 1  # asked again: the token was not stored
    assert len(a.by_name()) == CARDS


def test_kill_9_of_a_sync_mid_push_converges(
        tmp_path: Path, proxy: FakeDavServer, book: AddressBook, client: CardDavClient
        ) -> None:
    a = Device(tmp_path / "a.sqlite3", proxy.url, book)
    for n in range(12):
        a.add(f"Local Person{n}")
    reached = threading.Event()
    release = threading.Event()
    count = [0]

    def stored_then_silent(seen: Seen) -> Reply | None:
        """The 5th PUT reaches the server; its answer never comes back."""
        if seen.method == "PUT":
            count[0] += 1
            if count[0] == 5:
                proxy._forward(seen)
                reached.set()
                release.wait(60)
                return Reply(500, b"gone")
        return None

    proxy.fault = stored_then_silent
    env = {k: v for k, v in os.environ.items() if k != "NETWORKAPP_DB"}
    env |= {"PYTHONPATH": str(REPO), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    process = subprocess.Popen(
        [sys.executable, "-m", "networkapp", "--db", str(a.path), "sync"], env=env,
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert process.stdin is not None
    process.stdin.write(servers.PASSWORD.encode() + b"\n")
    process.stdin.close()
    try:
        assert reached.wait(60), "the sync never reached the fifth card"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
    finally:
        release.set()
        if process.poll() is None:
            process.kill()
            process.wait(30)
    assert len(client.list_members(book.url)) == 5
    proxy.fault = None
    report = a.sync()
    assert report.created_there == 7 and not report.errors
    assert _names(client, book) == sorted(f"Local Person{n}" for n in range(12))
    assert len(a.by_name()) == 12
    assert a.count("SELECT count(*) FROM sync_pending") == 0
    assert a.count("SELECT count(*) FROM sync_card") == 12


def test_a_sync_pulls_progress_and_can_be_cancelled(
        tmp_path: Path, dav_server: servers.RunningServer, book: AddressBook,
        other_client: httpx.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "BATCH", 10)
    _fill(other_client, book)
    a = Device(tmp_path / "a.sqlite3", dav_server.url, book)
    seen: list[tuple[str, int, int]] = []
    with pytest.raises(SyncCancelledError):
        a.sync(progress=lambda *step: seen.append(step),
               cancelled=lambda: len([s for s in seen if s[0] == PULL]) > 2)
    assert len(a.by_name()) == 30  # three batches in
    assert a.sync().created_here == CARDS - 30
    for _cid, _status, fields in a.by_name().values():
        assert fields.uid == f"p-{fields.display_name.removeprefix('Person Number')}"


def test_a_sync_with_nothing_changed_asks_for_no_changes(
        tmp_path: Path, proxy: FakeDavServer, book: AddressBook, other_client: httpx.Client
        ) -> None:
    _fill(other_client, book, 3)
    a = Device(tmp_path / "a.sqlite3", proxy.url, book)
    a.sync()
    proxy.seen.clear()
    idle = a.sync()
    assert (idle.created_here, idle.updated_here) == (0, 0)
    assert [s.method for s in proxy.seen] == ["PROPFIND"]  # the book's token, no REPORT
    put(other_client, book, "new.vcf", card("new", "Nia New"))
    assert a.sync().created_here == 1  # a new token: the changes are asked again
