"""One sync of one account: push what changed here, pull what changed there, push again.

1. Pending edits and archive decisions of contacts already on the server are pushed
   (``If-Match``: a card changed there meanwhile is a 412, kept pending and merged by
   the pull).
2. The pull asks what changed since the stored sync token (or compares ETags) and
   fetches the cards in batches; each batch is written in one transaction with the
   cards' new state, so a sync stopped anywhere (server gone, the app killed) leaves
   a consistent file, and the next one takes up where it stopped. The token is stored
   only once every change is in.
3. New contacts and merge results are pushed (creates after the pull, so a contact
   the server already has under its UID is linked, not sent twice).

A card the server deleted archives its contact ("Deleted on the server", in its
History); archiving here deletes the card there only when the account says so.
Network errors of one card are listed and the rest goes on; losing the server stops
the sync with nothing lost (:class:`SyncFailedError`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from networkapp.i18n import Phrase, tr_noop
from networkapp.models import db
from networkapp.services import contact_writer as writer
from networkapp.services.carddav import (
    AddressBook,
    Card,
    CardDavClient,
    CardDavError,
    CardRejectedError,
    CardTooLargeError,
    ConflictError,
    MalformedAnswerError,
    ResourceNotFoundError,
    Stored,
    SyncTokenInvalidError,
)
from networkapp.services.contacts import contact_status, get_contact
from networkapp.services.dto import ContactFields
from networkapp.services.duplicates.fields import FIELD_LABELS
from networkapp.services.errors import NotFoundError
from networkapp.services.settings import get_default_cadence
from networkapp.services.states import transition
from networkapp.services.sync import store
from networkapp.services.sync.fields import (
    GroupCardError,
    Merged,
    UnreadableCardError,
    changed_fields,
    merge,
    read_card,
)
from networkapp.services.sync.patch import new_card, patch_card
from networkapp.services.sync.report import (
    CardProblem,
    ConflictReport,
    Speech,
    SyncCancelledError,
    SyncFailedError,
    SyncOutcome,
    SyncReport,
)
from networkapp.services.vocabulary import ARCHIVE, ARCHIVED

BATCH = 100  # cards fetched and written per transaction
PUSH, PULL = "push", "pull"
Progress = Callable[[str, int, int], None]
"""Called with the phase ("push" or "pull"), cards done and cards to do."""


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Sync:
    """One sync of ``account`` through ``client``; :meth:`run` does it."""

    def __init__(self, account: store.Account, client: CardDavClient, *,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 speech: Speech | None = None) -> None:
        self.account = account
        self._speech = speech or Speech()
        self.client = client
        self.report = SyncReport()
        self._progress = progress or (lambda phase, done, total: None)
        self._cancelled = cancelled or (lambda: False)

    def run(self) -> SyncReport:
        """Sync; return the report. Raises SyncFailedError or SyncCancelledError."""
        try:
            book = self.client.addressbook(self.account.book_url)
            self._push(book, linked_only=True)
            self._pull(book)
            self._push(book, linked_only=False)
        except CardDavError as error:
            raise SyncFailedError(error, self.report) from error
        with db.atomic():
            store.set_synced(self.account.id, _now())
        return self.report

    def _check(self) -> None:
        if self._cancelled():
            raise SyncCancelledError(self.report)

    # -- push ---------------------------------------------------------------------

    def _push(self, book: AddressBook, *, linked_only: bool) -> None:
        if linked_only:
            self._push_deleted()
        with db.atomic():
            todo = store.pending(self.account.id, linked_only=linked_only)
        for done, cid in enumerate(todo):
            self._check()
            self._progress(PUSH, done, len(todo))
            self._push_one(book, cid, linked_only)
        self._progress(PUSH, len(todo), len(todo))

    def _push_deleted(self) -> None:
        """Delete on the server the cards of contacts deleted or merged away here (a
        card changed there since is left: the pull brings it back as it is now)."""
        with db.atomic():
            gone = store.tombstones(self.account.id)
        for href, etag in gone:
            self._check()
            try:
                self.client.delete(href, etag or "*")
                self.report.deleted_there += 1
            except (ConflictError, ResourceNotFoundError):
                pass
            with db.atomic():
                store.drop_state(self.account.id, href)

    def _push_one(self, book: AddressBook, cid: int, linked_only: bool) -> None:
        aid = self.account.id
        with db.atomic():
            state = store.state_of(aid, cid)
            mark = store.pending_mark(aid, cid)  # cleared only if not marked again
            try:
                detail = get_contact(cid)
            except NotFoundError:
                return  # deleted here: its pending row went with it
        if state is None and linked_only:
            return
        if detail.status == ARCHIVED and (state is None or self.account.delete_archived):
            self._push_archived(state, mark)
        elif state is None:
            self._create(book, cid, detail.fields, mark)
        else:
            self._update(book, cid, detail.fields, state, mark)

    def _push_archived(self, state: store.CardState | None, mark: int | None) -> None:
        if state is not None:
            try:
                self.client.delete(state.href, state.etag or "*")
            except ConflictError:
                return  # changed there meanwhile: the pull brings it, the next push deletes
            except ResourceNotFoundError:
                pass
            self.report.deleted_there += 1
        with db.atomic():
            if state is not None:
                store.drop_state(self.account.id, state.href)
            store.clear_pending(mark)

    def _create(self, book: AddressBook, cid: int, fields: ContactFields, mark: int | None
                ) -> None:
        if not fields.uid:
            fields = replace(fields, uid=str(uuid.uuid4()))
            with db.atomic():
                writer.update_columns(cid, {"uid": fields.uid})
        try:
            raw, stored = self._put(
                fields, replace(fields, photo=None, photo_mime=None), new_card,
                lambda data: self.client.create(book, f"{fields.uid}.vcf", data))
        except (ConflictError, CardRejectedError, CardTooLargeError) as error:
            self._problem(fields.display_name, error)
            return
        with db.atomic():
            store.save_state(self.account.id, store.CardState(
                cid, stored.href, stored.etag, stored.server_card or raw))
            store.clear_pending(mark)
        self.report.created_there += 1

    def _update(self, book: AddressBook, cid: int, fields: ContactFields,
                state: store.CardState, mark: int | None) -> None:
        try:
            base, _warnings = read_card(state.raw, state.href)
        except UnreadableCardError as error:
            self.report.errors.append(CardProblem(state.href, error.reason))
            return
        if not changed_fields(base, fields):
            with db.atomic():
                store.clear_pending(mark)
            return
        kept_photo = replace(fields, photo=base.photo, photo_mime=base.photo_mime,
                             photo_uri=base.photo_uri)
        try:
            raw, stored = self._put(
                fields, kept_photo, lambda wanted: patch_card(state.raw, base, wanted),
                lambda data: self.client.update(book, state.href, data, state.etag or "*"))
        except (ConflictError, ResourceNotFoundError):
            return  # changed or deleted there: stays pending, the pull merges or archives
        except (CardRejectedError, CardTooLargeError) as error:
            self._problem(fields.display_name, error)
            return
        with db.atomic():
            store.save_state(self.account.id, store.CardState(
                cid, state.href, stored.etag, stored.server_card or raw))
            store.clear_pending(mark)
        self.report.updated_there += 1

    def _put(self, fields: ContactFields, without_photo: ContactFields,
             build: Callable[[ContactFields], bytes], send: Callable[[bytes], Stored]
             ) -> tuple[bytes, Stored]:
        """Send the card built from ``fields``; a card over the address book's size
        limit goes again as ``without_photo`` (reported: the photo stays here)."""
        raw = build(fields)
        try:
            return raw, send(raw)
        except CardTooLargeError as error:
            if without_photo == fields:
                raise
            self._problem(fields.display_name, error, "the photo is too large for the "
                          "server; the card was sent without it")
            raw = build(without_photo)
            return raw, send(raw)

    def _problem(self, where: str, error: CardDavError, text: str | None = None) -> None:
        self.report.errors.append(CardProblem(where, text or error.detail))

    # -- pull ---------------------------------------------------------------------

    def _pull(self, book: AddressBook) -> None:
        aid = self.account.id
        with db.atomic():
            known = store.known_etags(aid)
        token = self.account.sync_token
        if token is not None and book.supports_sync and book.sync_token == token:
            return  # the address book's token is still ours: nothing changed there
        try:
            changes = self.client.changes(book, token, known)
        except SyncTokenInvalidError:
            self.report.full_resync = True
            token = None
            changes = self.client.changes(book, None, known)
        removed = dict.fromkeys(changes.removed)
        if token is None and book.supports_sync:  # a full listing: what is not in it is gone
            listed = {m.href for m in changes.changed}
            removed |= dict.fromkeys(h for h in known if h not in listed)
        wanted = [m.href for m in changes.changed if m.etag is None or known.get(m.href) != m.etag]
        complete = True
        for start in range(0, len(wanted), BATCH):
            self._check()
            self._progress(PULL, start, len(wanted))
            cards, missing = self._fetch(book, wanted[start:start + BATCH])
            complete = complete and len(cards) + len(missing) == len(wanted[start:start + BATCH])
            with db.atomic():
                for card in cards:
                    self._take(card)
            removed |= dict.fromkeys(missing)
        self._progress(PULL, len(wanted), len(wanted))
        with db.atomic():
            for href in removed:
                self._removed(href)
            if complete:  # else the same token again next time: the cards missed come back
                store.set_token(aid, changes.token)

    def _fetch(self, book: AddressBook, batch: list[str]) -> tuple[list[Card], list[str]]:
        """The cards of a batch and those gone; a batch whose answer is bad XML or too
        large is asked card by card, and only the cards that still fail are reported
        (they are asked again next time: the token is then not stored)."""
        try:
            fetched = self.client.fetch(book.url, batch)
        except MalformedAnswerError as error:
            if len(batch) == 1:
                self.report.errors.append(CardProblem(batch[0], error.detail))
                return [], []
            cards: list[Card] = []
            missing: list[str] = []
            for href in batch:
                one = self._fetch(book, [href])
                cards += one[0]
                missing += one[1]
            return cards, missing
        return list(fetched.cards), list(fetched.missing)

    def _take(self, card: Card) -> None:
        aid = self.account.id
        state = store.state_by_href(aid, card.href)
        if state is not None and card.etag and state.etag == card.etag:
            return
        try:
            server, _warnings = read_card(card.data, card.href)
        except GroupCardError:
            return  # a contact group: the server keeps it, there is no contact for it
        except UnreadableCardError as error:
            self.report.errors.append(CardProblem(card.href, error.reason))
            return
        cid = state.contact_id if state else (
            store.contact_by_uid(aid, server.uid) if server.uid else None)
        if cid is None:
            self._create_here(card, server)
            return
        local = get_contact(cid).fields
        base = read_card(state.raw, state.href)[0] if state else ContactFields()
        merged = merge(base, local, server) if store.is_pending(aid, cid) \
            else merge(local, local, server)
        fields = self._with_conflicts(cid, local, merged)
        if _write(cid, fields, self.account.id):
            self.report.updated_here += 1
            self.report.changed_contacts.add(cid)
        store.save_state(aid, store.CardState(cid, card.href, card.etag, card.data))
        store.set_pending(aid, cid, bool(changed_fields(server, fields)))

    def _with_conflicts(self, cid: int, local: ContactFields, merged: Merged
                        ) -> ContactFields:
        """The merged fields; each conflict noted in the contact's notes and reported."""
        fields = merged.fields
        if not merged.conflicts:
            return fields
        ours = fields
        for conflict in merged.conflicts:
            ours = replace(ours, **_value_of(local, conflict.field))
        self.report.conflicted[cid] = (ours, fields)
        when = self._speech.date(_now().date())
        lines = [self._speech.say(Phrase(
            tr_noop("[%1, sync with %2] %3: the server's “%4” kept; here it was “%5”"),
            args=(when, self.account.host, Phrase(FIELD_LABELS.get(c.field, c.field)),
                  c.server, c.local))) for c in merged.conflicts]
        self.report.conflicts += [ConflictReport(cid, fields.display_name, c)
                                  for c in merged.conflicts]
        notes = "\n".join(filter(None, (fields.notes, *lines)))
        return replace(fields, notes=notes)

    def _create_here(self, card: Card, server: ContactFields) -> None:
        columns = {**_columns(server), "cadence_days": get_default_cadence()}
        (cid,) = writer.insert_contacts([writer.NewContact(
            columns, writer.fields_rows(server), server.tags,
            reason=f"Synced from {self.account.host}")])
        writer.refresh([cid], from_account=self.account.id)
        store.save_state(self.account.id, store.CardState(cid, card.href, card.etag, card.data))
        self.report.created_here += 1
        self.report.changed_contacts.add(cid)

    def _removed(self, href: str) -> None:
        state = store.state_by_href(self.account.id, href)
        if state is None:
            return
        store.drop_state(self.account.id, href)
        if contact_status(state.contact_id) != ARCHIVED:
            transition(state.contact_id, ARCHIVE, f"Deleted on the server {self.account.host}")
            self.report.archived_here += 1
            self.report.changed_contacts.add(state.contact_id)
        store.set_pending(self.account.id, state.contact_id, False)


def _value_of(fields: ContactFields, name: str) -> dict[str, Any]:
    """A field's value as ``replace`` keywords (the photo is three attributes)."""
    if name == "photo":
        return {"photo": fields.photo, "photo_mime": fields.photo_mime,
                "photo_uri": fields.photo_uri}
    return {name: getattr(fields, name)}


def _columns(fields: ContactFields) -> dict[str, Any]:
    columns = writer.fields_columns(fields, fields.display_name)
    del columns["cadence_days"]
    return columns


def _write(cid: int, fields: ContactFields, account_id: int) -> bool:
    """Store the card fields in the contact (pending for the other accounts only: this
    one's server sent them, or this sync pushes them)."""
    return writer.write_fields(cid, _columns(fields), writer.fields_rows(fields),
                               fields.tags, from_account=account_id)


def sync_account(account: store.Account, password: str | None, *,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 speech: Speech | None = None) -> SyncOutcome:
    """Sync ``account`` (the one entry point of the CLI and the window); a server that
    fails or a cancel ends the outcome early, with what was done."""
    try:
        with CardDavClient(account.url, account.user, password) as client:
            report = Sync(account, client, progress=progress, cancelled=cancelled,
                          speech=speech).run()
    except SyncCancelledError as stop:
        return SyncOutcome(account, stop.report, None, cancelled=True)
    except SyncFailedError as error:
        return SyncOutcome(account, error.report, str(error.error))
    except CardDavError as error:  # the URL itself is refused
        return SyncOutcome(account, SyncReport(), str(error))
    return SyncOutcome(account, report, None)
