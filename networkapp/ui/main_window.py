"""The main window: views and search over the contact table, the detail area beside it.

Other features hook in here: ``file_menu`` has room above Quit (insert before
``acts.quit``) for import and printing. "Clarify…" (Contact menu, the signals
panel's button, the decision banner) runs the clarification wizard and hands
its result to the controller.

Nothing typed is lost: choosing another contact or view, closing or quitting
first asks about the detail area's unsaved changes (Save / Discard / Cancel);
Cancel puts the selection back and keeps the edits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from networkapp import APP_DISPLAY_NAME
from networkapp.services.vocabulary import ARCHIVED
from networkapp.ui import messages
from networkapp.ui.actions import Actions, cancel_keys, icon
from networkapp.ui.backup_commands import back_up
from networkapp.ui.capture_commands import CaptureCommands
from networkapp.ui.contact_commands import ContactCommands
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.about_dialog import AboutDialog
from networkapp.ui.dialogs.contact_dialog import ContactDialog
from networkapp.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from networkapp.ui.dialogs.shortcuts_dialog import KeyboardShortcutsDialog, registry_groups
from networkapp.ui.duplicate_commands import DuplicateCommands
from networkapp.ui.import_commands import ImportCommands
from networkapp.ui.import_mime import can_import, sources_from_mime
from networkapp.ui.item_models.contact_table_model import ContactRole, ContactTableModel
from networkapp.ui.map_commands import MapCommands
from networkapp.ui.print_commands import PrintCommands
from networkapp.ui.reason_commands import ReasonCommands
from networkapp.ui.settings import UiSettings
from networkapp.ui.sync_commands import SyncCommands
from networkapp.ui.widgets.contact_detail_widget import (
    ContactDetailWidget,
)
from networkapp.ui.widgets.contact_table_view import ContactTableView
from networkapp.ui.widgets.status_counts_widget import StatusCountsWidget
from networkapp.ui.widgets.view_bar_widget import ViewBarWidget
from networkapp.ui.window_menus import build_menus, build_toolbar
from networkapp.ui.window_state import restore_window_state, save_window_state

SEARCH_DELAY_MS = 200
_RESELECT_LIMIT = 2000


class MainWindow(QMainWindow):
    """The window people live in."""

    def __init__(self, controller: Controller, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        """Build the window; :meth:`load` fills it from the open database."""
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.pending_files: list[str] = []
        self._kept_ids: list[int] = []
        self._counts: dict[str, int] = {}
        self._restoring_selection = False
        self._resetting = False
        self._asking = False  # a question about unsaved changes is open
        self._leave_pending = False  # a selection change waits to ask about them
        name = controller.db_path.name if controller.db_path else APP_DISPLAY_NAME
        self.setWindowTitle(name)
        self.model = ContactTableModel(self)
        # Not ``self.actions``: that would hide QWidget.actions(), which Qt and tests call.
        self.acts = Actions(self, controller.undo_stack)
        self.commands = ContactCommands(self, controller, self.selected_ids, self._selected_names)
        self.printing = PrintCommands(self, self.acts, self.selected_ids)
        self.importing = ImportCommands(self, controller, self.selected_ids, self.select_ids)
        self.capturing = CaptureCommands(self, self.acts, self.importing, settings)
        self.setAcceptDrops(True)  # .vcf files and vCard data dropped anywhere import
        self._build_central()
        self.duplicates = DuplicateCommands(self, self._after_leaving)
        self.maps = MapCommands(self, controller, self.acts, self.detail, self.select_ids)
        menus = build_menus(self.menuBar(), self.acts)
        self.file_menu, self.contact_menu, self.help_menu = menus.file, menus.contact, menus.help
        self.addToolBar(build_toolbar(self.acts))
        self.counts = StatusCountsWidget()
        self.statusBar().addPermanentWidget(self.counts)
        self.syncing = SyncCommands(self, controller, self.acts)  # File > Sync Now, the timer
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._connect()
        self.reasons = ReasonCommands(self)  # the Today view's and the header's actions
        restore_window_state(self)
        self.table.fit_name_column()  # also over a layout saved by an older version
        self._update_actions()

    # -- building -----------------------------------------------------------------

    def _build_central(self) -> None:
        self.view_bar = ViewBarWidget()
        self.search = QLineEdit(clearButtonEnabled=True, placeholderText=self.tr(
            "Search names, e-mails, organizations, tags, notes (Ctrl+F)"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.table = ContactTableView(self.model)
        self.empty_label = self.table.empty_label
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.view_bar)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.detail = ContactDetailWidget(self.controller)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)

    def _connect(self) -> None:
        a = self.acts
        a.new_contact.triggered.connect(self.new_contact)
        # Undo and Redo go through the controller: a failed step changes nothing, says why.
        for action, step in ((a.undo, self.controller.undo), (a.redo, self.controller.redo)):
            action.triggered.disconnect()
            action.triggered.connect(step)
        self.controller.undo_failed.connect(self._on_controller_undo_failed)
        a.quit.triggered.connect(self.close)
        a.import_vcards.triggered.connect(self.importing.choose_files)
        a.export_vcards.triggered.connect(self.importing.export_selection)
        a.back_up.triggered.connect(lambda: back_up(self, self.controller.db_path))
        a.find.triggered.connect(self._on_find_triggered)
        a.preferences.triggered.connect(self.edit_preferences)
        a.about.triggered.connect(lambda: AboutDialog.ask(self, self.controller.db_path))
        a.keyboard_shortcuts.triggered.connect(self.show_keyboard_shortcuts)
        for keys in cancel_keys():  # Esc in the search field clears it (again: to the list)
            shortcut = QShortcut(keys, self.search, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_search_escape)
        a.open_contact.triggered.connect(self.detail.open_card)
        a.log_interaction.triggered.connect(self.detail.log_interaction)
        a.note_signal.triggered.connect(self.detail.note_signal)
        c = self.commands
        # Commands that archive, restore or delete the contact shown (or run the wizard that
        # may archive it) first ask about its unsaved changes: afterwards it is read-only.
        a.clarify.triggered.connect(lambda: self._after_leaving(c.clarify_selection))
        self.detail.clarify_requested.connect(
            lambda cid: self._after_leaving(lambda: c.clarify(cid)))
        a.tag.triggered.connect(c.tag)
        for action, command in ((a.archive, c.archive), (a.restore, c.restore),
                                (a.delete, c.delete)):
            action.triggered.connect(lambda _=False, run=command: self._after_leaving(run))
        for action, view in ((a.show_active, "active"), (a.show_attention, "attention"),
                             (a.show_archived, "archived"), (a.show_today, "today")):
            action.triggered.connect(lambda _=False, v=view: self.view_bar.set_view(v))
        for index, action in enumerate((a.show_card, a.show_interactions, a.show_signals,
                                        a.show_history, a.show_map)):
            action.triggered.connect(lambda _=False, i=index: self.detail.show_tab(i))
        # Enter and Delete act on the table only: elsewhere they belong to the editors.
        for action in (a.open_contact, a.delete):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.view_bar.view_selected.connect(self._on_view_bar_view_selected)
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self.detail.open_card)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self.controller.contacts_changed.connect(self._on_controller_contacts_changed)
        self.controller.settings_changed.connect(self._on_controller_settings_changed)
        self.controller.undo_stack.cleanChanged.connect(self._update_actions)

    # -- loading and settings -------------------------------------------------------

    def open_files(self, paths: list[str]) -> None:
        """Show the import preview for vCard files (command line, a second launch)."""
        self.importing.open_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept vCard files and vCard data dragged from a mail client."""
        if can_import(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting over child widgets (the table would refuse)."""
        if can_import(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import what was dropped, through the preview."""
        sources = sources_from_mime(event.mimeData(), self.tr("dropped vCard"))
        if sources:
            event.acceptProposedAction()
            self.importing.import_sources(sources)

    def bring_to_front(self) -> None:
        """Show the window above others (a second launch handed over to this one)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def load(self) -> None:
        """Read the contacts of the open database into the table."""
        self.model.set_threshold(self.controller.threshold())
        self.model.reload()
        self._update_counts()
        # Once the window has painted, read the search texts (~0.3 s at 100,000 contacts).
        # The model is the context: a window closed and deleted before then never asks.
        QTimer.singleShot(50, self.model, self.model.prepare_search)

    def save_settings(self) -> None:
        """Remember geometry, splitter, columns, sort, view and tab."""
        save_window_state(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes (Cancel keeps the window open), then save the settings."""
        if not self._confirm_leave():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)

    # -- selection ------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Return the ids of the selected contacts, in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.contact_id(row) for row in rows]

    def select_ids(self, ids: list[int]) -> None:
        """Select the contacts shown among ``ids`` (the first becomes current)."""
        selection = QItemSelection()
        rows = [r for r in (self.model.row_of(cid) for cid in ids) if r is not None]
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().select(selection, flags)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(rows[0], 0))

    def _on_model_about_to_be_reset(self) -> None:
        ids = self.selected_ids()
        self._kept_ids = ids if len(ids) <= _RESELECT_LIMIT else []

    def _on_model_reset(self) -> None:
        self._resetting = True  # a search or a view hid the contact: no question asked
        try:
            self.select_ids(self._kept_ids)
            self._on_selection_changed()
        finally:
            self._resetting = False
        self.table.update_empty_hint()
        searching = bool(self.model.query.search.strip())
        self.counts.set_counts(self._counts, self.model.rowCount(), searching)

    def _confirm_leave(self) -> bool:
        """Ask about the detail area's unsaved changes, once (a save reloads the table)."""
        if self._asking:
            return False
        self._asking = True
        try:
            return self.detail.confirm_leave()
        finally:
            self._asking = False

    def _after_leaving(self, command: Callable[[], None]) -> None:
        """Run ``command`` once the detail area's unsaved changes are settled (not on Cancel)."""
        if self._confirm_leave():
            command()

    def _leaving_changes(self) -> bool:
        """True when the selection moved off a contact whose detail holds unsaved changes."""
        shown = self.detail.contact_id
        return (shown is not None and self.selected_ids() != [shown]
                and self.detail.has_unsaved_changes())

    def _on_selection_changed(self) -> None:
        if self._restoring_selection or self._asking or self._leave_pending:
            return
        if self._leaving_changes():
            if self._resetting and not self.selected_ids():
                # The search or a reload hid the contact being edited: keep it in the detail
                # area (nothing is lost); choosing another contact will ask.
                self._update_actions()
                return
            # Asked once the view has finished moving: one key press can change the
            # selection twice, and a question in the middle of a click confuses the mouse.
            self._leave_pending = True
            QTimer.singleShot(0, self, self._on_leave_timer_timeout)
            return
        self._show_selection(self.selected_ids())

    def _on_leave_timer_timeout(self) -> None:
        self._leave_pending = False
        shown = self.detail.contact_id
        if self._leaving_changes() and not self._confirm_leave():
            self._restore_selection(shown)
            return
        self._show_selection(self.selected_ids())  # a save may have re-sorted the table

    def _show_selection(self, ids: list[int]) -> None:
        if len(ids) == 1:
            if self.detail.contact_id != ids[0]:
                self.detail.show_contact(ids[0])
        else:
            self.detail.show_hint(len(ids))
        self._update_actions()

    def _restore_selection(self, contact_id: int | None) -> None:
        """Select ``contact_id`` again without asking anything (the user chose Cancel)."""
        self._restoring_selection = True
        try:
            self.select_ids([contact_id] if contact_id is not None else [])
        finally:
            self._restoring_selection = False
        self._update_actions()

    # -- counts and actions -----------------------------------------------------------

    def _update_counts(self) -> None:
        self._counts = self.model.counts()
        self.view_bar.set_counts(self._counts)
        self.counts.set_counts(self._counts, self.model.rowCount(),
                               bool(self.model.query.search.strip()))

    def _update_actions(self) -> None:
        a = self.acts
        ids = self.selected_ids()
        archived_view = self.model.query.view == "archived"
        one = len(ids) == 1
        a.open_contact.setEnabled(one)
        for tab in (a.show_card, a.show_interactions, a.show_signals, a.show_history, a.show_map):
            tab.setEnabled(one)
        a.log_interaction.setEnabled(one and not archived_view)
        a.note_signal.setEnabled(one and not archived_view)
        a.tag.setEnabled(bool(ids) and not archived_view)
        a.archive.setEnabled(bool(ids) and not archived_view)
        a.delete.setEnabled(bool(ids))  # archived contacts too: deleting is separate
        self._update_clarify_action(ids[0] if one else None)
        for printing in (a.print_, a.print_preview, a.export_pdf):
            printing.setEnabled(bool(ids))
        a.export_vcards.setEnabled(bool(ids))
        a.restore.setEnabled(bool(ids) and archived_view)
        a.restore.setVisible(archived_view)
        a.archive.setVisible(not archived_view)

    def _update_clarify_action(self, contact_id: int | None) -> None:
        """Enable Clarify for one non-archived contact; say "Resume" when a draft waits."""
        row = self.model.row_of(contact_id) if contact_id is not None else None
        shown = None if row is None else self.model.data(self.model.index(row, 0), ContactRole.ROW)
        can = contact_id is not None and shown is not None and shown.status != ARCHIVED
        self.acts.clarify.setEnabled(can)
        resume = can and contact_id is not None and self.controller.draft(contact_id) is not None
        self.acts.clarify.setText(self.tr("Resume &Clarification…") if resume
                                     else self.tr("&Clarify…"))

    # -- slots ----------------------------------------------------------------------

    def _on_controller_contacts_changed(self, ids: list[int]) -> None:
        self.model.refresh_contacts(ids)
        self._update_counts()
        self._update_actions()

    def _on_controller_undo_failed(self, text: str) -> None:
        messages.show_error(self, self.tr("Undo"), text)

    def _on_controller_settings_changed(self) -> None:
        self.model.set_threshold(self.controller.threshold())

    def _on_view_bar_view_selected(self, view: str) -> None:
        if view != self.model.query.view and not self._confirm_leave():
            self.view_bar.blockSignals(True)  # Cancel: back to the view the user was in
            self.view_bar.set_view(self.model.query.view)
            self.view_bar.blockSignals(False)
            return
        self.table.set_view(view)
        self._update_actions()

    def _on_search_timer_timeout(self) -> None:
        self.model.set_search(self.search.text())

    def _on_search_escape(self) -> None:
        if self.search.text():
            self.search.clear()
            self.model.set_search("")  # at once: Esc is a deliberate act, not typing
        else:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_find_triggered(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- commands -------------------------------------------------------------------

    def new_contact(self) -> None:
        """Ask for a new contact and select it."""
        cid = ContactDialog.ask(self, self.controller)
        if cid is not None:
            if self.model.row_of(cid) is None:
                self.search.clear()
                self.view_bar.set_view("active")
                self.model.set_search("")
            self.select_ids([cid])

    def _selected_names(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.data(self.model.index(r, 0)) for r in rows]

    def edit_preferences(self) -> None:
        """Edit the threshold, cadence, own addresses, recurrence, phone region, language."""
        c = self.controller
        current = Preferences(c.threshold(), c.default_cadence(), self.settings.language(),
                              *c.capture_settings(), c.phone_region())
        chosen = PreferencesDialog.ask(self, current, c.db_path, self.syncing)
        if chosen is not None and chosen != current:
            c.set_preferences(chosen.threshold, chosen.default_cadence, chosen.my_addresses,
                              chosen.recurrence_months, chosen.phone_region)
            self.settings.set_language(chosen.language)  # read at the next start

    def show_keyboard_shortcuts(self) -> None:
        """List every shortcut: the menus' actions, then the keys editors handle."""
        KeyboardShortcutsDialog.ask(self, registry_groups(self.menuBar(), self.acts.all()))

    def focus_search_shortcut(self) -> QKeySequence:
        """The shortcut that focuses the search box."""
        return self.acts.find.shortcut()
