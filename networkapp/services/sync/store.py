"""Sync accounts, per-card state and pending changes, as stored in the file.

Every function runs in the caller's transaction; reads return frozen dataclasses.
Pending changes are marked by the contact writer (:func:`contact_writer.mark_pending`)
on every local write, never by the window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from networkapp.models import SyncAccount, db
from networkapp.models.rows import tuples
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.vocabulary import ARCHIVED

DEFAULT_INTERVAL = 15  # minutes between syncs while the app runs


@dataclass(frozen=True)
class Account:
    """A CardDAV account as stored (never its password)."""

    id: int
    url: str
    user: str
    book_url: str
    book_name: str
    sync_token: str | None
    interval_minutes: int
    delete_archived: bool
    last_sync_at: dt.datetime | None

    @property
    def host(self) -> str:
        """The server's host name, for messages and the keyring."""
        return urlsplit(self.url).hostname or self.url


@dataclass(frozen=True)
class CardState:
    """A synced contact: where its card is on the server, its version, its bytes."""

    contact_id: int
    href: str
    etag: str | None
    raw: bytes


_ACCOUNT = (SyncAccount.id, SyncAccount.url, SyncAccount.user, SyncAccount.book_url,
            SyncAccount.book_name, SyncAccount.sync_token, SyncAccount.interval_minutes,
            SyncAccount.delete_archived, SyncAccount.last_sync_at)


def accounts() -> list[Account]:
    """Every account, oldest first."""
    return [_account(row) for row in tuples(SyncAccount.select(*_ACCOUNT)
                                            .order_by(SyncAccount.id))]


def account(account_id: int) -> Account:
    """One account; NotFoundError if it was removed."""
    row = SyncAccount.select(*_ACCOUNT).where(SyncAccount.id == account_id).tuples().first()
    if row is None:
        raise NotFoundError(f"Sync account {account_id} does not exist.")
    return _account(row)


def _account(row: tuple[Any, ...]) -> Account:
    aid, url, user, book_url, book_name, token, interval, delete, last = row
    return Account(int(aid), str(url), str(user), str(book_url), str(book_name),
                   token if isinstance(token, str) else None, int(interval), bool(delete),
                   last if isinstance(last, dt.datetime) else None)


def add_account(url: str, user: str, book_url: str, book_name: str, *,
                interval_minutes: int = DEFAULT_INTERVAL, delete_archived: bool = False
                ) -> Account:
    """Store an account; every contact not archived is pending for its first sync.

    Raises:
        ValidationError: the same address book is already an account.
    """
    if interval_minutes < 1:
        raise ValidationError({"interval": "Sync at least once every few minutes."})
    with db.atomic():
        if SyncAccount.select().where((SyncAccount.book_url == book_url)
                                      & (SyncAccount.user == user)).exists():
            raise ValidationError({"url": f"{book_url} is already synced for {user}."})
        row = SyncAccount.create(url=url, user=user, book_url=book_url, book_name=book_name,
                                 interval_minutes=interval_minutes,
                                 delete_archived=delete_archived)
        db.execute_sql("INSERT INTO sync_pending (account_id, contact_id) "
                       "SELECT ?, id FROM contact WHERE status != ?", (row.id, ARCHIVED))
    return account(row.id)


def update_account(account_id: int, *, interval_minutes: int, delete_archived: bool) -> None:
    """Change how often an account syncs and whether archived contacts are removed from
    the server (turned on, the contacts archived already are removed at the next sync)."""
    if interval_minutes < 1:
        raise ValidationError({"interval": "Sync at least once every few minutes."})
    with db.atomic():
        SyncAccount.update(interval_minutes=interval_minutes, delete_archived=delete_archived
                           ).where(SyncAccount.id == account_id).execute()
        if delete_archived:
            db.execute_sql(
                "INSERT OR IGNORE INTO sync_pending (account_id, contact_id) SELECT ?, "
                "sync_card.contact_id FROM sync_card JOIN contact ON contact.id = "
                "sync_card.contact_id WHERE sync_card.account_id = ? AND contact.status = ?",
                (account_id, account_id, ARCHIVED))


def remove_account(account_id: int) -> None:
    """Forget an account, its cards' state and pending changes (contacts stay)."""
    SyncAccount.delete().where(SyncAccount.id == account_id).execute()


def set_token(account_id: int, token: str | None) -> None:
    """Keep the address book's sync token after a complete pull."""
    SyncAccount.update(sync_token=token).where(SyncAccount.id == account_id).execute()


def set_synced(account_id: int, at: dt.datetime) -> None:
    """Note when the account last synced completely."""
    SyncAccount.update(last_sync_at=at).where(SyncAccount.id == account_id).execute()


def known_etags(account_id: int) -> dict[str, str | None]:
    """href -> ETag of every synced card of the account."""
    return {href: etag for href, etag in db.execute_sql(
        "SELECT href, etag FROM sync_card WHERE account_id = ?", (account_id,))}


def state_by_href(account_id: int, href: str) -> CardState | None:
    """The synced card at ``href``, if any."""
    return _state("href = ?", account_id, href)


def state_of(account_id: int, contact_id: int) -> CardState | None:
    """The synced card of a contact, if any."""
    return _state("contact_id = ?", account_id, contact_id)


def _state(where: str, account_id: int, value: object) -> CardState | None:
    row = db.execute_sql(f"SELECT contact_id, href, etag, card FROM sync_card WHERE "
                         f"account_id = ? AND contact_id IS NOT NULL AND {where}",
                         (account_id, value)).fetchone()
    return None if row is None else CardState(row[0], row[1], row[2], bytes(row[3]))


def save_state(account_id: int, state: CardState) -> None:
    """Store (or replace) the synced card of a contact."""
    db.execute_sql("DELETE FROM sync_card WHERE account_id = ? AND (contact_id = ? OR href = ?)",
                   (account_id, state.contact_id, state.href))
    db.execute_sql("INSERT INTO sync_card (account_id, contact_id, href, etag, card) "
                   "VALUES (?, ?, ?, ?, ?)",
                   (account_id, state.contact_id, state.href, state.etag, state.raw))


def tombstones(account_id: int) -> list[tuple[str, str | None]]:
    """(href, ETag) of the cards whose contact was deleted (or merged) here."""
    return [(href, etag) for href, etag in db.execute_sql(
        "SELECT href, etag FROM sync_card WHERE account_id = ? AND contact_id IS NULL "
        "ORDER BY id", (account_id,))]


def drop_state(account_id: int, href: str) -> None:
    """Forget a card (gone from the server)."""
    db.execute_sql("DELETE FROM sync_card WHERE account_id = ? AND href = ?",
                   (account_id, href))


def pending(account_id: int, *, linked_only: bool = False) -> list[int]:
    """The contacts changed here since the account last pushed them (with
    ``linked_only``, only those already on the server)."""
    linked = (" AND contact_id IN (SELECT contact_id FROM sync_card WHERE account_id = ?)"
              if linked_only else "")
    return [cid for (cid,) in db.execute_sql(
        f"SELECT contact_id FROM sync_pending WHERE account_id = ?{linked} "
        "ORDER BY contact_id", (account_id, account_id) if linked_only else (account_id,))]


def is_pending(account_id: int, contact_id: int) -> bool:
    """True when the contact has changes not yet pushed to the account."""
    return db.execute_sql("SELECT 1 FROM sync_pending WHERE account_id = ? AND contact_id = ?",
                          (account_id, contact_id)).fetchone() is not None


def set_pending(account_id: int, contact_id: int, wanted: bool) -> None:
    """Mark (with a fresh row id, as every mark) or clear a contact's pending change
    for one account."""
    if wanted:
        db.execute_sql("INSERT OR REPLACE INTO sync_pending (account_id, contact_id) "
                       "VALUES (?, ?)", (account_id, contact_id))
    else:
        db.execute_sql("DELETE FROM sync_pending WHERE account_id = ? AND contact_id = ?",
                       (account_id, contact_id))


def pending_mark(account_id: int, contact_id: int) -> int | None:
    """The row id of the contact's pending change (None: nothing pending); every mark
    gets a new one, so a change marked after this was read has another."""
    row = db.execute_sql("SELECT id FROM sync_pending WHERE account_id = ? AND contact_id = ?",
                         (account_id, contact_id)).fetchone()
    return None if row is None else int(row[0])


def clear_pending(mark: int | None) -> None:
    """Clear the pending change read as ``mark`` (by :func:`pending_mark`); a change
    marked since (an edit while its card was being sent) stays pending."""
    if mark is not None:
        db.execute_sql("DELETE FROM sync_pending WHERE id = ?", (mark,))


def contact_by_uid(account_id: int, uid: str) -> int | None:
    """A contact not yet linked to a card of the account that has this UID, or was
    merged with one that had it (the duplicates' aliases)."""
    row = db.execute_sql(
        "SELECT id FROM (SELECT id, 0 AS rank FROM contact WHERE uid = ? UNION ALL "
        "SELECT contact_id, 1 FROM contact_alias WHERE uid = ?) WHERE id NOT IN "
        "(SELECT contact_id FROM sync_card WHERE account_id = ? AND contact_id IS NOT NULL) "
        "ORDER BY rank, id LIMIT 1", (uid, uid, account_id)).fetchone()
    return None if row is None else int(row[0])
