"""Contact > Find Duplicates… and Contact > Merge…: finding runs off the GUI thread, the
review and merge dialogs act through the controller (each merge and each "not
duplicates" one undo step)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog

from networkapp.services import duplicates
from networkapp.services.dto import ContactDetail
from networkapp.services.errors import DomainError, NotFoundError
from networkapp.services.importing import Cancelled, ImportCancelled, Progress
from networkapp.services.settings import get_phone_region
from networkapp.services.vocabulary import ARCHIVED
from networkapp.translation import error_text
from networkapp.ui import messages
from networkapp.ui.dialogs.duplicates_dialog import DuplicatesDialog, ReviewActions
from networkapp.ui.dialogs.merge_dialog import CardVersion, MergeDialog
from networkapp.ui.import_worker import ImportThread

if TYPE_CHECKING:
    from networkapp.ui.main_window import MainWindow


def version_title(detail: ContactDetail, tr: Callable[[str], str]) -> str:
    """The column title of a contact in the merge dialog: its name, id and status."""
    title = f"{detail.fields.display_name} ({detail.id})"
    return title + " " + tr("(archived)") if detail.status == ARCHIVED else title


class DuplicateCommands(QObject):
    """The duplicate commands of the main window."""

    def __init__(self, window: MainWindow, leave: Callable[[Callable[[], None]], None]
                 ) -> None:
        """Connect Find Duplicates and Merge of ``window`` (built: its table exists);
        ``leave(command)`` runs the command once the contact shown has no unsaved changes
        left (merging may delete it)."""
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.acts = window.acts
        self._selected_ids = window.selected_ids
        self._select_ids = window.select_ids
        self._thread: ImportThread | None = None
        self.progress: QProgressDialog | None = None
        self.acts.find_duplicates.triggered.connect(lambda: leave(self.find))
        self.acts.merge.triggered.connect(lambda: leave(self.merge_selection))
        window.table.selectionModel().selectionChanged.connect(self.update_actions)
        window.model.modelReset.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        """Merge needs two or more selected contacts."""
        self.acts.merge.setEnabled(len(self._selected_ids()) >= 2)

    # -- finding ------------------------------------------------------------------------

    def find(self) -> None:
        """Search the whole file in a worker thread, then open the review."""
        if self._thread is not None:
            return
        region = get_phone_region()

        def work(progress: Progress, cancelled: Cancelled) -> object:
            def told(done: int, total: int) -> None:
                if cancelled():
                    raise ImportCancelled
                progress("reading", done, total)

            return duplicates.find_duplicates(region, progress=told)

        self.progress = QProgressDialog(self.tr("Looking for duplicates…"), self.tr("Cancel"),
                                        0, 0, self.window)
        self.progress.setWindowTitle(self.tr("Find Duplicates"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        thread = self._thread = ImportThread(work, self)
        self.progress.canceled.connect(thread.cancel)
        thread.succeeded.connect(self._on_thread_succeeded)
        thread.failed.connect(self._on_thread_failed)
        thread.finished.connect(self._on_thread_finished)
        thread.start()

    def _on_thread_finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None

    def _on_thread_failed(self, message: str, details: str) -> None:
        messages.show_exception(self.window, message, details)

    def _on_thread_succeeded(self, groups: object) -> None:
        assert isinstance(groups, list)
        self._on_thread_finished()  # the progress closes before the answer shows
        if not groups:
            messages.show_info(self.window, self.tr("Find Duplicates"),
                               self.tr("No duplicates found."))
            return
        DuplicatesDialog.review(self.window, groups, self.review_actions())

    def review_actions(self) -> ReviewActions:
        """What the review dialog does through the controller."""
        return ReviewActions(merge=self.merge_ids, not_duplicates=self._not_duplicates,
                             take_out=self._take_out, describe=self.describe)

    def describe(self, contact_id: int) -> str:
        """One line about a contact: organization, first e-mail and phone."""
        fields = self.controller.contact(contact_id).fields
        parts = [fields.organization, *(v.value for v in fields.emails[:1]),
                 *(v.value for v in fields.phones[:1])]
        return " · ".join(p for p in parts if p)

    def _not_duplicates(self, ids: list[int]) -> None:
        self._try(lambda: self.controller.mark_not_duplicates(ids))

    def _take_out(self, rest: list[int], out: int) -> None:
        self._try(lambda: self.controller.mark_not_duplicates(rest, [out]))

    # -- merging ------------------------------------------------------------------------

    def merge_selection(self) -> None:
        """Contact > Merge…: merge the selected contacts (two or more)."""
        ids = self._selected_ids()
        if len(ids) >= 2:
            self.merge_ids(ids)

    def merge_ids(self, ids: Sequence[int]) -> int | None:
        """Ask how to merge the contacts, merge them; return the kept id (None: not merged)."""
        try:
            details = [self.controller.contact(cid) for cid in ids]
        except NotFoundError as exc:
            messages.show_error(self.window, self.tr("Merge Contacts"), error_text(exc))
            return None
        versions = [CardVersion(version_title(d, self.tr), d.fields) for d in details]
        choice = MergeDialog.ask(self.window, versions)
        if choice is None:
            return None
        keep = details[choice.base].id
        others = [d.id for d in details if d.id != keep]
        if not self._try(lambda: self.controller.merge_contacts(keep, others, choice.fields)):
            return None
        self._select_ids([keep])
        self.window.statusBar().showMessage(
            self.tr("Merged %Ln contact(s) into %1. Edit > Undo takes it back.", "",
                    len(others)).replace("%1", choice.fields.display_name
                                         or details[choice.base].fields.display_name), 8000)
        return keep

    def _try(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except DomainError as exc:
            messages.show_error(self.window, self.tr("Cannot do this"), error_text(exc))
            return False
        return True
