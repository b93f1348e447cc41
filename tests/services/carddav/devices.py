"""Devices for the sync tests: each is its own networkapp file with an account on the
test server's address book, opened only while a test works on it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from networkapp.models import SyncAccount, close_database, db, open_database
from networkapp.services.carddav import AddressBook, CardDavClient
from networkapp.services.contacts import create_contact, get_contact, update_contact
from networkapp.services.dto import ContactFields
from networkapp.services.sync import store
from networkapp.services.sync.engine import Sync
from networkapp.services.sync.report import SyncReport
from tests.services.carddav import servers


class Device:
    """A networkapp file syncing with one address book."""

    def __init__(self, path: Path, url: str, book: AddressBook) -> None:
        """A new file at ``path`` with an account on ``book`` reached at ``url`` (the
        server's, or a proxy's in front of it)."""
        self.path = path
        self.url = url
        self.timeout = 30.0
        self.max_answer_bytes = 50 * 1024 * 1024
        with self.opened():
            self.account_id = store.add_account(url, servers.USER, url.rstrip("/") + book.href,
                                                book.display_name).id

    @contextmanager
    def opened(self) -> Iterator[Device]:
        """The device's file bound as the database."""
        open_database(self.path)
        try:
            yield self
        finally:
            close_database()

    def move(self, url: str, book: AddressBook) -> None:
        """The server is now reached at ``url`` (a proxy restarted on another port)."""
        self.url = url
        with self.opened():
            SyncAccount.update(url=url, book_url=url.rstrip("/") + book.href).where(
                SyncAccount.id == self.account_id).execute()

    def sync(self, **kwargs: object) -> SyncReport:
        """One sync, as the CLI runs it."""
        with self.opened(), CardDavClient(self.url, servers.USER, servers.PASSWORD,
                                          timeout=self.timeout,
                                          max_answer_bytes=self.max_answer_bytes) as client:
            return Sync(store.account(self.account_id), client, **kwargs).run()  # type: ignore[arg-type]

    def add(self, name: str, **values: object) -> int:
        """A contact added by hand."""
        given, _, family = name.partition(" ")
        with self.opened():
            return create_contact(ContactFields(display_name=name, given_name=given,
                                                family_name=family, **values))  # type: ignore[arg-type]

    def edit(self, contact_id: int, **values: object) -> None:
        """A hand edit of some fields."""
        with self.opened():
            fields = get_contact(contact_id).fields
            update_contact(contact_id, replace(fields, **values))  # type: ignore[arg-type]

    def by_name(self) -> dict[str, tuple[int, str, ContactFields]]:
        """Every contact by display name: (id, status, fields)."""
        with self.opened():
            ids = [cid for (cid,) in db.execute_sql("SELECT id FROM contact ORDER BY id")]
            details = [get_contact(cid) for cid in ids]
        names = [d.fields.display_name for d in details]
        assert len(names) == len(set(names)), f"duplicates: {names}"
        return {d.fields.display_name: (d.id, d.status, d.fields) for d in details}

    def count(self, sql: str) -> int:
        """The first value of a query."""
        with self.opened():
            return int(db.execute_sql(sql).fetchone()[0])
