"""The window's sync, against Radicale and Xandikos: File > Sync Now in a worker with
progress and Cancel in the status bar, Details, the merge dialog for conflicts, and the
accounts in Preferences."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkapp.services.carddav import AddressBook, CardDavClient
from networkapp.services.dto import ContactFields
from networkapp.services.sync import engine, passwords
from networkapp.services.sync import store as sync_store
from networkapp.services.sync.fields import read_card
from networkapp.ui import sync_commands
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs import merge_dialog
from networkapp.ui.dialogs.account_dialog import AccountDialog, AccountInput
from networkapp.ui.dialogs.merge_dialog import CardVersion, MergeChoice
from networkapp.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from networkapp.ui.dialogs.sync_report_dialog import SyncReportDialog
from networkapp.ui.main_window import MainWindow
from tests.services.carddav import servers
from tests.services.carddav.conftest import book, card, client, dav_server, other_client, put

# The CardDAV tests' fixtures, used here by name: each test runs on Radicale and Xandikos.
__all__ = ["book", "client", "dav_server", "other_client"]

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 60_000  # a deadline for a busy machine, not an expected time


@pytest.fixture
def account(controller: Controller, dav_server: servers.RunningServer, book: AddressBook,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """An account on the test's address book; its password is asked (no keyring)."""
    monkeypatch.setattr(passwords, "password_for", lambda _account: None)
    monkeypatch.setattr(sync_commands, "ask_password", lambda *_: servers.PASSWORD)
    yield sync_store.add_account(dav_server.url, servers.USER, book.url,
                                 book.display_name).id


def _sync(qtbot: QtBot, window: MainWindow) -> None:
    window.syncing.schedule()
    assert window.acts.sync_now.isEnabled()
    window.acts.sync_now.trigger()
    assert window.syncing.running
    qtbot.waitUntil(lambda: not window.syncing.running, timeout=WAIT_MS)


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return sorted(model.data(model.index(row, 0)) for row in range(model.rowCount()))


@pytest.mark.usefixtures("account")
def test_sync_now_pulls_pushes_and_says_so_in_the_status_bar(  # noqa: PLR0917
        qtbot: QtBot, window: MainWindow, controller: Controller, client: CardDavClient,
        book: AddressBook, other_client: httpx.Client) -> None:
    put(other_client, book, "bea.vcf", card("bea", "Bea Neri"))
    ada = controller.add_contact(ContactFields(display_name="Ada Rossi", given_name="Ada",
                                               family_name="Rossi"))
    _sync(qtbot, window)
    assert _names(window) == ["Ada Rossi", "Bea Neri"]
    assert len(client.list_members(book.url)) == 2
    status = window.syncing.status
    assert status.label.text() == "Synced: 2 created, 0 updated, 0 archived, 0 conflicts, " \
                                  "0 errors"
    assert not status.details.isVisible() and not status.progress.isVisible()
    # Undo after the sync: the contact goes (here); the next sync sends what undo did.
    controller.update_contact(ada, replace(controller.contact(ada).fields, title="CTO"))
    _sync(qtbot, window)
    assert controller.undo()
    assert controller.contact(ada).fields.title == ""
    _sync(qtbot, window)
    assert window.syncing.status.label.text().startswith("Synced: 0 created, 1 updated")


@pytest.mark.usefixtures("account")
def test_cancel_in_the_status_bar_keeps_what_was_done(
        qtbot: QtBot, window: MainWindow, book: AddressBook, other_client: httpx.Client,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "BATCH", 10)
    for n in range(35):
        put(other_client, book, f"p{n}.vcf", card(f"p-{n}", f"Person Number{n}"))
    seen: list[str] = []
    real = window.syncing.status.progressed

    def progressed(text: str, done: int, total: int) -> None:
        real(text, done, total)
        seen.append(text)
        if "receiving" in text and window.syncing.status.cancel.isEnabled():
            qtbot.mouseClick(window.syncing.status.cancel, LEFT)

    monkeypatch.setattr(window.syncing.status, "progressed", progressed)
    _sync(qtbot, window)
    assert window.syncing.status.label.text().startswith("Sync stopped")
    assert 0 < len(_names(window)) < 35
    monkeypatch.undo()
    _sync(qtbot, window)
    assert len(_names(window)) == 35


@pytest.mark.usefixtures("account")
def test_cards_not_synced_are_listed_in_details(
        qtbot: QtBot, window: MainWindow, book: AddressBook, other_client: httpx.Client,
        monkeypatch: pytest.MonkeyPatch) -> None:
    put(other_client, book, "nameless.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nameless\r\nFN:\r\nN:;;;;\r\nEND:VCARD\r\n")
    _sync(qtbot, window)
    status = window.syncing.status
    assert status.details.isVisible()
    shown: list[list[str]] = []
    monkeypatch.setattr(SyncReportDialog, "ask",
                        lambda _parent, outcomes: shown.append(
                            SyncReportDialog(outcomes).lines(outcomes)))
    qtbot.mouseClick(status.details, LEFT)
    (lines,) = shown
    assert any("Not synced" in line and "nameless.vcf" in line for line in lines)


def test_a_conflict_opens_the_merge_dialog_and_the_choice_is_sent(  # noqa: PLR0917
        qtbot: QtBot, window: MainWindow, controller: Controller, account: int,
        client: CardDavClient, book: AddressBook, other_client: httpx.Client,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ada = controller.add_contact(ContactFields(display_name="Ada Rossi", given_name="Ada",
                                               family_name="Rossi", organization="Acme"))
    _sync(qtbot, window)
    (member,) = client.list_members(book.url)
    url = client.session.url_for(member.href)
    server = other_client.get(url)
    changed = server.content.replace(b"ORG:Acme", b"ORG:Acme Server")
    assert other_client.put(url, content=changed, headers={
        "If-Match": server.headers["etag"]}).status_code in (200, 201, 204)
    controller.update_contact(ada, replace(controller.contact(ada).fields,
                                           organization="Acme Here"))
    offered: list[Sequence[CardVersion]] = []

    def choose_ours(_parent: object, versions: Sequence[CardVersion],
                    base: int | None = None) -> MergeChoice:
        offered.append(versions)
        # Edited while the dialog was open: kept, as the sync's note of the conflict.
        controller.update_contact(ada, replace(controller.contact(ada).fields,
                                               title="CTO"))
        return MergeChoice(0, versions[0].fields)

    monkeypatch.setattr(merge_dialog.MergeDialog, "ask", choose_ours)
    _sync(qtbot, window)
    qtbot.waitUntil(lambda: bool(offered), timeout=WAIT_MS)  # the dialog, after the sync
    (versions,) = offered
    assert [v.fields.organization for v in versions] == ["Acme Here", "Acme Server"]
    qtbot.waitUntil(lambda: not window.syncing.running, timeout=WAIT_MS)  # the choice sent
    after = controller.contact(ada).fields
    assert (after.organization, after.title) == ("Acme Here", "CTO")
    assert "Acme Server" in after.notes  # the sync's note of the conflict stays
    on_server = read_card(other_client.get(url).content, url)[0]
    assert (on_server.organization, on_server.title) == ("Acme Here", "CTO")
    # The sync wrote the server's value here: the history before it is gone (its undo
    # would bring back rows the sync replaced); the choice is undoable.
    assert controller.undo_stack.count() == 2  # the edit and the choice


def test_undo_after_a_sync_that_changed_the_contact_cannot_revert_the_server(  # noqa: PLR0917
        qtbot: QtBot, window: MainWindow, controller: Controller, account: int,
        client: CardDavClient, book: AddressBook, other_client: httpx.Client) -> None:
    ada = controller.add_contact(ContactFields(display_name="Ada Rossi", given_name="Ada",
                                               family_name="Rossi"))
    _sync(qtbot, window)
    (member,) = client.list_members(book.url)
    url = client.session.url_for(member.href)
    server = other_client.get(url)
    changed = server.content.replace(b"END:VCARD", b"ORG:ACME\r\nEND:VCARD")
    assert other_client.put(url, content=changed, headers={
        "If-Match": server.headers["etag"]}).status_code in (200, 201, 204)
    controller.update_contact(ada, replace(controller.contact(ada).fields, title="CTO"))
    assert window.acts.undo.isEnabled()
    _sync(qtbot, window)  # sends the title, receives the organization
    assert controller.contact(ada).fields.organization == "ACME"
    assert not controller.undo() and not window.acts.undo.isEnabled()
    assert controller.contact(ada).fields.organization == "ACME"
    assert controller.contact(ada).fields.title == "CTO"
    assert not sync_store.pending(account)
    _sync(qtbot, window)
    assert read_card(other_client.get(url).content, url)[0].organization == "ACME"


def test_preferences_add_edit_and_remove_an_account(  # noqa: PLR0917
        qtbot: QtBot, window: MainWindow, controller: Controller,
        dav_server: servers.RunningServer, book: AddressBook,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AccountDialog, "ask", lambda _parent: AccountInput(
        dav_server.url, servers.USER, servers.PASSWORD, book, 15, False))
    monkeypatch.setattr(sync_commands.messages, "show_info", lambda *_: None)
    dialog = PreferencesDialog(Preferences(4, 90), None, window, window.syncing)
    qtbot.addWidget(dialog)
    widget = dialog.accounts
    assert widget is not None and widget.list.count() == 0
    qtbot.mouseClick(widget.add, LEFT)
    assert widget.list.count() == 1
    assert book.display_name in widget.list.item(0).text()
    assert window.acts.sync_now.isEnabled()
    widget.interval.setValue(30)
    widget.interval.editingFinished.emit()
    widget.delete_archived.setChecked(True)
    (stored,) = sync_store.accounts()
    assert (stored.interval_minutes, stored.delete_archived) == (30, True)
    assert window.syncing.timer.interval() == 30 * 60_000
    monkeypatch.setattr(sync_commands.messages, "confirm", lambda *_: True)
    monkeypatch.setattr("networkapp.ui.widgets.sync_accounts_widget.messages.confirm",
                        lambda *_: True)
    qtbot.mouseClick(widget.remove, LEFT)
    assert widget.list.count() == 0 and sync_store.accounts() == []
    assert not window.acts.sync_now.isEnabled() and not window.syncing.timer.isActive()


def test_account_dialog_finds_the_address_books(
        qtbot: QtBot, dav_server: servers.RunningServer, book: AddressBook) -> None:
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.url, "http://dav.example.org/")
    qtbot.keyClicks(dialog.user, servers.USER)
    qtbot.mouseClick(dialog.find_button, LEFT)
    assert "localhost" in dialog.status.text()  # plain http elsewhere: refused at once
    dialog.url.setText(dav_server.url)
    qtbot.keyClicks(dialog.password, servers.PASSWORD)
    qtbot.mouseClick(dialog.find_button, LEFT)
    qtbot.waitUntil(lambda: dialog.books.count() > 0, timeout=WAIT_MS)
    dialog.books.setCurrentIndex(dialog.books.findData(book.url))
    assert ok.isEnabled()
    value = dialog.value()
    assert value is not None and value.book.url == book.url
    assert (value.user, value.password, value.interval_minutes) == (
        servers.USER, servers.PASSWORD, 15)
    dialog.reject()


@pytest.mark.usefixtures("account")
def test_a_declined_password_is_not_asked_again_by_the_timer(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def decline(_parent: object, account: sync_store.Account) -> None:
        asked.append(account.user)

    monkeypatch.setattr(sync_commands, "ask_password", decline)
    window.syncing.timer.timeout.emit()
    window.syncing.timer.timeout.emit()
    assert len(asked) == 1 and not window.syncing.running
    window.acts.sync_now.trigger()  # asked for by the user: asked again
    assert len(asked) == 2 and not window.syncing.running
