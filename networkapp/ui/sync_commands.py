"""File > Sync Now, the periodic sync while the window is open, and the sync accounts.

A sync runs in a worker thread (its own database connection) with its progress and
Cancel in the status bar; the window stays usable. Afterwards the changed contacts
reload, and the conflicts and cards not synced are one click away (Details). A
password not in the system keyring is asked before the sync and kept in memory for
this session only (never written).

A field changed on both sides is first resolved as on the command line (the server's
value kept, ours added to the contact's notes, so nothing is lost whatever happens
next); then the field-by-field merge dialog opens for the contact, our card against
the server's, and what the user chooses is saved (undoable) and sent at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow

from networkapp.services.dto import ContactFields
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.importing import Cancelled, Progress
from networkapp.services.sync import passwords
from networkapp.services.sync import store as sync_store
from networkapp.services.sync.engine import PUSH, sync_account
from networkapp.services.sync.fields import resolved
from networkapp.services.sync.report import Speech, SyncOutcome
from networkapp.services.sync.store import Account
from networkapp.translation import error_text, format_date, say, tr
from networkapp.ui import messages
from networkapp.ui.actions import Actions
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.account_dialog import AccountDialog
from networkapp.ui.dialogs.merge_dialog import CardVersion, MergeDialog
from networkapp.ui.dialogs.sync_report_dialog import SyncReportDialog
from networkapp.ui.import_worker import ImportThread
from networkapp.ui.widgets.sync_status_widget import SyncStatusWidget

_MINUTE_MS = 60_000


def ask_password(parent: QMainWindow, account: Account) -> str | None:
    """Ask for an account's password (no keyring holds it); None when cancelled."""
    text, ok = QInputDialog.getText(
        parent, tr("Sync Password"),
        tr("Password for %1 at %2 (no system keyring keeps it; it is kept until networkapp "
           "closes):").replace("%1", account.user).replace("%2", account.url),
        QLineEdit.EchoMode.Password)
    return text if ok else None


class SyncCommands(QObject):
    """The window's sync: the action, the timer, the worker, the accounts."""

    def __init__(self, window: QMainWindow, controller: Controller, acts: Actions) -> None:
        """Act for ``window``: its status bar shows the sync, ``acts.sync_now`` starts one."""
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.action = acts.sync_now
        self.status = SyncStatusWidget()
        window.statusBar().addPermanentWidget(self.status)
        self.status.cancel_requested.connect(self.cancel)
        self.status.details_requested.connect(self.show_details)
        self.action.triggered.connect(self.sync_now)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.worker: ImportThread | None = None
        self.outcomes: list[SyncOutcome] = []
        self._session_passwords: dict[int, str] = {}
        # Accounts whose password the user declined to give: the timer does not ask
        # again (File > Sync Now does).
        self._declined: set[int] = set()
        self._from_timer = False
        self._sync_again = False
        app = QCoreApplication.instance()
        if app is not None:  # a running sync stops after its card; what it did is kept
            app.aboutToQuit.connect(self.wait)
        self.schedule()

    # -- accounts -----------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """The accounts, oldest first."""
        return sync_store.accounts()

    def add_account(self) -> Account | None:
        """Ask for an account and keep it (its password in the keyring)."""
        value = AccountDialog.ask(self.window)
        if value is None:
            return None
        try:
            account = sync_store.add_account(
                value.url, value.user, value.book.url, value.book.display_name,
                interval_minutes=value.interval_minutes, delete_archived=value.delete_archived)
        except ValidationError as error:
            messages.show_error(self.window, tr("Add Sync Account"),
                                " ".join(say(problem) for problem in error.problems.values()))
            return None
        try:
            passwords.store_password(account.url, account.user, value.password)
        except passwords.NoKeyringError:
            self._session_passwords[account.id] = value.password
            messages.show_info(self.window, tr("Add Sync Account"), tr(passwords.NO_KEYRING))
        self.schedule()
        return account

    def update_account(self, account_id: int, interval_minutes: int,
                       delete_archived: bool) -> None:
        """Change an account's interval and archive rule."""
        sync_store.update_account(account_id, interval_minutes=interval_minutes,
                                  delete_archived=delete_archived)
        self.schedule()

    def remove_account(self, account: Account) -> None:
        """Forget an account and its kept password (its contacts stay)."""
        sync_store.remove_account(account.id)
        passwords.forget_password(account)
        self._session_passwords.pop(account.id, None)
        self.schedule()

    def schedule(self) -> None:
        """Sync every N minutes (the shortest of the accounts') while the window is open."""
        accounts = self.accounts()
        self.action.setEnabled(bool(accounts))
        if accounts:
            self.timer.start(min(a.interval_minutes for a in accounts) * _MINUTE_MS)
        else:
            self.timer.stop()

    # -- syncing ------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while a sync runs."""
        return self.worker is not None

    def sync_now(self) -> bool:
        """Start a sync of every account; False when none started."""
        if self.running:
            return False
        jobs = [(a, p) for a in self.accounts() if (p := self._password(a)) is not None]
        if not jobs:
            return False

        def work(progress: Progress, cancelled: Cancelled) -> list[SyncOutcome]:
            outcomes = []
            for account, password in jobs:
                outcome = sync_account(account, password, progress=progress,
                                       cancelled=cancelled, speech=Speech(say, format_date))
                outcomes.append(outcome)
                if outcome.cancelled:
                    break
            return outcomes

        self.status.started()
        self.worker = ImportThread(work, self)
        self.worker.progressed.connect(self._on_thread_progressed)
        self.worker.succeeded.connect(self._on_thread_succeeded)
        self.worker.failed.connect(self._on_thread_failed)
        self.worker.finished.connect(self._on_thread_finished)
        self.worker.start()
        return True

    def _password(self, account: Account) -> str | None:
        kept = passwords.password_for(account) or self._session_passwords.get(account.id)
        if kept is not None:
            return kept
        if self._from_timer and account.id in self._declined:
            return None
        asked = ask_password(self.window, account)
        if asked is None:
            self._declined.add(account.id)
        else:
            self._declined.discard(account.id)
            self._session_passwords[account.id] = asked
        return asked

    def cancel(self) -> None:
        """Stop the running sync after the card it is on (what was done is kept)."""
        if self.worker is not None:
            self.worker.cancel()
            self.status.cancelling()

    def wait(self) -> None:
        """Wait for a running sync to end (the window is closing)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    def show_details(self) -> None:
        """The conflicts and cards not synced of the last sync."""
        SyncReportDialog.ask(self.window, self.outcomes)

    def _on_timer_timeout(self) -> None:
        self._from_timer = True
        try:
            self.sync_now()
        finally:
            self._from_timer = False

    def _on_thread_progressed(self, phase: str, done: int, total: int) -> None:
        text = tr("Sync: sending changes…") if phase == PUSH else \
            tr("Sync: receiving changes…")
        self.status.progressed(text, done, total)

    def _on_thread_succeeded(self, result: object) -> None:
        assert isinstance(result, list)
        self.outcomes = result
        changed = sorted({cid for o in result for cid in o.report.changed_contacts})
        self.controller.synced(changed)
        self.status.finished(self.summary(result), any(
            o.failure or o.report.conflicts or o.report.errors for o in result))
        conflicted = [item for o in result for item in o.report.conflicted.items()]
        if conflicted:
            QTimer.singleShot(0, self, lambda: self.resolve(conflicted))

    def resolve(self, conflicted: list[tuple[int, tuple[ContactFields, ContactFields]]]
                ) -> None:
        """Offer each contact changed on both sides in the merge dialog; save what the
        user chooses and sync again to send it."""
        chosen = 0
        for cid, (ours, theirs) in conflicted:
            choice = MergeDialog.ask(self.window, [
                CardVersion(tr("This computer"), ours),
                CardVersion(tr("Server (kept for now)"), theirs)], base=1)
            if choice is None:
                continue  # the server's value stays, ours is in the notes
            try:
                self.controller.update_contact(cid, resolved(
                    self.controller.contact(cid).fields, ours, theirs, choice.fields))
            except (NotFoundError, ValidationError) as error:
                messages.show_error(self.window, tr("Merge"), error_text(error))
                continue
            chosen += 1
        if chosen and self.running:  # the sync's thread is still ending: right after it
            self._sync_again = True
        elif chosen:
            self.sync_now()

    def _on_thread_failed(self, message: str, details: str) -> None:
        self.controller.synced([])
        self.status.finished(tr("Sync failed."), False)
        messages.show_exception(self.window, message, details)

    def _on_thread_finished(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        if self._sync_again:
            self._sync_again = False
            self.sync_now()

    @staticmethod
    def summary(outcomes: list[SyncOutcome]) -> str:
        """One line for the status bar."""
        reports = [o.report for o in outcomes]
        counts = ", ".join((
            tr("%Ln created", "", sum(r.created_here + r.created_there for r in reports)),
            tr("%Ln updated", "", sum(r.updated_here + r.updated_there for r in reports)),
            tr("%Ln archived", "", sum(r.archived_here for r in reports)),
            tr("%Ln conflict(s)", "", sum(len(r.conflicts) for r in reports)),
            tr("%Ln error(s)", "", sum(len(r.errors) for r in reports))))
        if any(o.cancelled for o in outcomes):
            return tr("Sync stopped (what was done is kept): %1").replace("%1", counts)
        failed = next((o.failure for o in outcomes if o.failure), None)
        if failed:
            return tr("Sync not finished (nothing lost): %1").replace("%1", counts)
        return tr("Synced: %1").replace("%1", counts)

