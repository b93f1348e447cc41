"""The main window's menu bar and toolbar, laid out from the one action registry."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from networkapp.translation import tr
from networkapp.ui.actions import Actions


@dataclass(frozen=True)
class Menus:
    """The menus other features add to (File has room above Quit for them)."""

    file: QMenu
    contact: QMenu
    help: QMenu


def _fill(menu: QMenu | QToolBar, items: tuple[QAction | None, ...]) -> None:
    """Add ``items`` in order, a separator for each None."""
    for item in items:
        if item is None:
            menu.addSeparator()
        else:
            menu.addAction(item)


def build_menus(bar: QMenuBar, a: Actions) -> Menus:
    """Fill the menu bar: File, Edit, View, Contact, Help."""
    file = bar.addMenu(tr("&File"))
    _fill(file, (a.new_contact, None, a.import_vcards, a.import_calendar, a.import_mbox,
                 a.import_maildir, a.import_linkedin, None, a.export_vcards, a.export_reminders,
                 a.back_up, None, a.sync_now, None, a.print_, a.print_preview, a.export_pdf, None,
                 a.quit))
    _fill(bar.addMenu(tr("&Edit")), (a.undo, a.redo, None, a.find, None, a.preferences))
    _fill(bar.addMenu(tr("&View")), (
        a.show_active, a.show_attention, a.show_archived, a.show_today, None,
        a.show_card, a.show_interactions, a.show_signals, a.show_history, a.show_map, None,
        a.network_report, a.network_map))
    contact = bar.addMenu(tr("&Contact"))
    _fill(contact, (a.open_contact, a.log_interaction, a.note_signal, a.clarify, None, a.tag,
                    a.archive, a.restore, None, a.find_duplicates, a.merge, None, a.delete))
    help_menu = bar.addMenu(tr("&Help"))
    _fill(help_menu, (a.keyboard_shortcuts, None, a.about))
    return Menus(file, contact, help_menu)


def build_toolbar(a: Actions) -> QToolBar:
    """Return the main toolbar: the everyday actions, text beside their icons."""
    toolbar = QToolBar(tr("Main toolbar"))
    toolbar.setObjectName("main_toolbar")  # setters: PySide6's stubs lack these keywords
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    _fill(toolbar, (a.new_contact, None, a.log_interaction, a.note_signal, a.clarify, None,
                    a.tag, a.archive, a.restore, None, a.undo, a.redo))
    return toolbar
