"""Benchmark: pulling 10,000 cards from a local Radicale, then pulling with nothing changed.

Starts Radicale (the test servers' launcher: 127.0.0.1, free port, temporary folder),
creates an address book through the client, writes the cards straight into Radicale's
storage folder (10,000 PUTs would take minutes and measure only Radicale), and times:

- the initial pull: sync-collection with no token, then addressbook-multiget in
  batches of 100, on Radicale's cold cache and again on its warm cache;
- an incremental pull with nothing changed (target: under 1 s);
- an incremental pull after 10 cards changed by another client;
- then the sync engine (services/sync) on a new, empty networkapp file: the initial
  sync creating every contact, a sync with nothing changed (target: under 1 s), and
  one after 10 cards changed on the server and 10 contacts edited here.

Each line gives wall time, this process's CPU time (HTTP, XML, records) and
Radicale's CPU time for the same step (from /proc: Linux only). Exit 1 if the
incremental pull misses its target.

Usage: ``python bench/bench_carddav.py [--cards N] [--batch B]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from networkapp.models import close_database, open_database  # noqa: E402
from networkapp.services.carddav import AddressBook, CardDavClient  # noqa: E402
from networkapp.services.contacts import get_contact, update_contact  # noqa: E402
from networkapp.services.sync import store  # noqa: E402
from networkapp.services.sync.engine import Sync  # noqa: E402
from networkapp.services.sync.report import SyncReport  # noqa: E402
from tests.services.carddav import servers  # noqa: E402

INCREMENTAL_TARGET = 1.0  # seconds
T = TypeVar("T")


def card(n: int) -> bytes:
    """A plain vCard 3.0 like the import bench's: two emails and phones, ORG, ADR, NOTE."""
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", f"UID:bench-{n:05d}", f"FN:Person{n} Family{n % 97}",
        f"N:Family{n % 97};Person{n};;;", f"EMAIL;TYPE=work:p{n}@work.example",
        f"EMAIL;TYPE=home:p{n}@home.example", f"TEL;TYPE=cell:+39 333 {n:07d}",
        f"TEL;TYPE=work:+39 02 {n:07d}", f"ORG:Company {n % 331}", "TITLE:Engineer",
        f"ADR;TYPE=work:;;Via Roma {n % 200};Milano;;20100;Italy",
        f"NOTE:Met at conference {n % 13}\\, talked about sync.", "END:VCARD", ""]
    return "\r\n".join(lines).encode()


def server_cpu(pid: int) -> float:
    """CPU seconds a process (all its threads) has used, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(label: str, pid: int, work: Callable[[], T]) -> tuple[float, T]:
    """Run ``work``; print its wall time, this process's CPU and the server's CPU."""
    server = server_cpu(pid)
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    server = server_cpu(pid) - server
    print(f"{label:<38} {wall:7.2f} s wall {cpu:6.2f} s CPU here {server:7.2f} s CPU "
          "in Radicale", flush=True)
    return wall, result


def pull(client: CardDavClient, book: AddressBook, token: str | None, batch: int
         ) -> tuple[str | None, int]:
    """One pull as the sync will do it: what changed, then those cards."""
    changes = client.sync_collection(book.url, token)
    fetched = client.fetch(book.url, [m.href for m in changes.changed], batch)
    assert not fetched.missing, fetched.missing[:3]
    return changes.token, len(fetched.cards)


def main() -> int:
    """Run the benchmark; 0 when the incremental pull is within its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-carddav-") as tmp:
        server = servers.start("radicale", Path(tmp))
        try:
            with CardDavClient(server.url, servers.USER, servers.PASSWORD,
                               timeout=600) as client:  # a cold Radicale is slow
                return _run(client, server, Path(tmp), args.cards, args.batch)
        finally:
            server.stop()


def _run(client: CardDavClient, server: servers.RunningServer, folder: Path, cards: int,
         batch: int) -> int:
    book = client.create_addressbook(server.home_url, "bench", "Bench")
    storage = folder / "collections" / "collection-root" / servers.USER / "bench"
    for n in range(cards):
        (storage / f"bench-{n:05d}.vcf").write_bytes(card(n))
    print(f"{cards} cards in Radicale {server.url}, multiget batches of {batch}")
    pid = server.process.pid
    for label in ("initial pull, Radicale's cache cold", "initial pull, Radicale's cache warm"):
        _wall, (token, got) = timed(label, pid, lambda: pull(client, book, None, batch))
        assert got == cards, got
    incremental, (same_token, got) = timed("incremental pull, nothing changed", pid,
                                           lambda: pull(client, book, token, batch))
    assert got == 0
    for n in range(10):
        href = f"{book.href}bench-{n:05d}.vcf"
        client.update(book, href, card(n).replace(b"TITLE:Engineer", b"TITLE:Lead"),
                      client.get(href).etag or "")
    _wall, (_token, got) = timed("incremental pull, 10 cards changed", pid,
                                 lambda: pull(client, book, same_token, batch))
    assert got == 10, got
    ok = incremental < INCREMENTAL_TARGET
    print(f"incremental pull with nothing changed: {incremental:.3f} s "
          f"(target < {INCREMENTAL_TARGET:.0f} s): {'ok' if ok else 'OVER TARGET'}")
    synced = _sync_run(client, server, folder, book, cards)
    return 0 if ok and synced else 1


def _sync_run(client: CardDavClient, server: servers.RunningServer, folder: Path,
              book: AddressBook, cards: int) -> bool:
    """The sync engine on a new file: initial, nothing changed, a few changes."""
    open_database(folder / "bench.sqlite3")
    try:
        account = store.add_account(server.url, servers.USER, book.url, "Bench")
        pid = server.process.pid

        def sync() -> SyncReport:
            return Sync(store.account(account.id), client).run()

        _wall, report = timed("sync: initial, new file", pid, sync)
        assert report.created_here == cards and not report.errors, report.errors[:3]
        idle, report = timed("sync: nothing changed", pid, sync)
        assert report.as_dict()["created"] == report.as_dict()["updated"] == 0
        for n in range(10, 20):
            href = f"{book.href}bench-{n:05d}.vcf"
            client.update(book, href, card(n).replace(b"TITLE:Engineer", b"TITLE:Lead"),
                          client.get(href).etag or "")
        for cid in range(1, 11):
            update_contact(cid, replace(get_contact(cid).fields, title="Edited here"))
        _wall, report = timed("sync: 10 changed there, 10 here", pid, sync)
        assert (report.updated_here, report.updated_there) == (10, 10), report
    finally:
        close_database()
    ok = idle < INCREMENTAL_TARGET
    print(f"sync with nothing changed: {idle:.3f} s (target < {INCREMENTAL_TARGET:.0f} s): "
          f"{'ok' if ok else 'OVER TARGET'}")
    return ok


if __name__ == "__main__":
    sys.exit(main())
