"""Every QAction of the main window, declared once, with standard shortcuts and icons.

The window connects them and decides in one ``_update_actions()`` which are enabled.
The keys that editors handle themselves (Save in an editor, Esc in the search field)
are declared here too, so that Help > Keyboard Shortcuts lists everything from one
place (:func:`editor_shortcuts`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack

from networkapp.resources import resource_path
from networkapp.translation import tr

StandardKey = QKeySequence.StandardKey


def save_keys() -> list[QKeySequence]:
    """Save in an editor (the contact card, the interaction editor, New Contact)."""
    return QKeySequence.keyBindings(StandardKey.Save) or [QKeySequence("Ctrl+S")]


def edit_keys() -> list[QKeySequence]:
    """Turn the contact card into its editors."""
    return [QKeySequence("Ctrl+E")]


def cancel_keys() -> list[QKeySequence]:
    """Leave an editor or clear the search field."""
    return [QKeySequence(StandardKey.Cancel)]


def editor_shortcuts() -> list[tuple[str, str, list[QKeySequence]]]:
    """The keys editors handle themselves: (where, what, keys), translated."""

    return [
        (tr("Search field"), tr("Clear the search (again: back to the list)"), cancel_keys()),
        (tr("Contact card"), tr("Edit the contact"), edit_keys()),
        (tr("Contact card, New Contact"), tr("Save the contact"), save_keys()),
        (tr("Contact card, New Contact"), tr("Cancel the changes"), cancel_keys()),
        (tr("Interactions"), tr("Save the interaction"), save_keys()),
        (tr("Detail tabs"), tr("Next / previous tab"),
         [QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+Shift+Tab")]),
    ]


def icon(name: str) -> QIcon:
    """Return an action icon from ``resources/icons/<name>.svg``."""
    return QIcon(str(resource_path(f"icons/{name}.svg")))


class Actions(QObject):
    """The window's actions, as attributes."""

    def __init__(self, parent: QObject, undo_stack: QUndoStack) -> None:
        """Create every action (owned by ``parent``); Undo/Redo follow ``undo_stack``."""
        super().__init__(parent)
        self.undo = undo_stack.createUndoAction(parent, tr("&Undo"))
        self.undo.setShortcut(QKeySequence(StandardKey.Undo))
        self.undo.setIcon(icon("undo"))
        self.redo = undo_stack.createRedoAction(parent, tr("&Redo"))
        self.redo.setShortcut(QKeySequence(StandardKey.Redo))
        self.redo.setIcon(icon("redo"))
        self.new_contact = self._make(tr("&New Contact…"), "contact-new", StandardKey.New,
                                      tr("Add a contact"))
        self.quit = self._make(tr("&Quit"), "quit", StandardKey.Quit)
        if self.quit.shortcut().isEmpty():  # X11 without a desktop's theme: none by default
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.find = self._make(tr("&Find…"), "search", StandardKey.Find,
                               tr("Search names, e-mails, organizations, tags and notes"))
        self.preferences = self._make(tr("&Preferences…"), "preferences",
                                      StandardKey.Preferences)
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.open_contact = self._make(tr("&Open Contact"), "edit", None,
                                       tr("Show the selected contact's card"))
        self.open_contact.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.log_interaction = self._make(tr("Log &Interaction"), "interaction-new",
                                          QKeySequence("Ctrl+I"),
                                          tr("Log an interaction with the selected contact"))
        self.note_signal = self._make(tr("Note &Signal"), "signal-warning",
                                      QKeySequence("Ctrl+G"),
                                      tr("Note a signal about the selected contact"))
        self.clarify = self._make(tr("&Clarify…"), "clarify", QKeySequence("Ctrl+K"),
                                  tr("Talk it through with the selected contact, then keep or "
                                     "archive"))
        self.tag = self._make(tr("&Tag…"), "tag", QKeySequence("Ctrl+T"),
                              tr("Give the selected contacts a tag"))
        # Ctrl+E belongs to the contact card (Edit): archiving is Ctrl+Shift+A.
        self.archive = self._make(tr("&Archive…"), "archive", QKeySequence("Ctrl+Shift+A"),
                                  tr("Archive the selected contacts, with a reason"))
        self.restore = self._make(tr("&Restore"), "restore", QKeySequence("Ctrl+Shift+E"),
                                  tr("Bring the selected archived contacts back"))
        self.delete = self._make(tr("&Delete…"), "delete", StandardKey.Delete,
                                 tr("Delete the selected contacts and their history"))
        self.find_duplicates = self._make(tr("Find &Duplicates…"), "search", None,
                                          tr("Find contacts that look like one person, "
                                             "and merge them"))
        self.merge = self._make(tr("&Merge…"), "contact-new", QKeySequence("Ctrl+Shift+M"),
                                tr("Merge the selected contacts into one"))
        self.show_active = self._make(tr("All &Active"), "view-all", QKeySequence("Ctrl+1"))
        self.show_attention = self._make(tr("Needs A&ttention"), "view-attention",
                                         QKeySequence("Ctrl+2"))
        self.show_archived = self._make(tr("A&rchived"), "view-archived", QKeySequence("Ctrl+3"))
        self.show_today = self._make(tr("T&oday"), "view-today", QKeySequence("Ctrl+4"))
        (self.show_card, self.show_interactions, self.show_signals, self.show_history,
         self.show_map) = self._tab_actions()
        self.network_map = self._make(
            tr("Network Ma&p…"), "network-map", QKeySequence("Ctrl+Shift+N"),
            tr("Who introduced whom: a contact's map, or the whole network"))
        self.about = self._make(tr("&About Networkapp"), "about", None)
        self.keyboard_shortcuts = self._make(tr("&Keyboard Shortcuts"), "about",
                                             StandardKey.HelpContents,
                                             tr("Every keyboard shortcut of the window"))
        self.print_ = self._make(tr("&Print…"), "print", StandardKey.Print,
                                 tr("Print the relationship summary of the selected contacts"))
        self.print_preview = self._make(tr("Print Pre&view…"), "print-preview", None,
                                        tr("See the relationship summary before printing"))
        self.export_pdf = self._make(tr("E&xport as PDF…"), "export", None,
                                     tr("Save the relationship summary as a PDF file"))
        self.network_report = self._make(tr("&Network Report…"), "report", None,
                                         tr("Preview the report of the whole network"))
        self.import_vcards = self._make(tr("&Import vCards…"), "folder", None,
                                        tr("Import contacts from vCard files (.vcf)"))
        self.import_calendar = self._make(tr("Import Ca&lendar…"), "calendar", None,
                                          tr("Log past meetings from calendar files (.ics)"))
        self.import_mbox = self._make(tr("Import &Mail File…"), "folder", None,
                                      tr("Log e-mails per contact and day from an mbox file "
                                         "(headers only)"))
        self.import_maildir = self._make(tr("Import Mail&dir Folder…"), "folder", None,
                                         tr("Log e-mails per contact and day from a Maildir "
                                            "folder (headers only)"))
        self.import_linkedin = self._make(tr("Import LinkedIn Connec&tions…"), "folder", None,
                                          tr("Add your LinkedIn connections "
                                             "(Connections.csv)"))
        self.export_reminders = self._make(tr("Export &Reminders…"), "calendar", None,
                                           tr("Keep-in-touch dates and birthdays as a "
                                              "calendar file"))
        self.export_vcards = self._make(tr("Export Selection as v&Card…"), "export", None,
                                        tr("Save the selected contacts as a vCard file"))
        self.back_up = self._make(tr("&Back Up…"), "save", None,
                                  tr("Save a checked copy of your data file"))
        self.sync_now = self._make(tr("S&ync Now"), "sync", QKeySequence("Ctrl+Shift+Y"),
                                   tr("Sync the contacts with your CardDAV accounts now"))

    def _tab_actions(self) -> tuple[QAction, QAction, QAction, QAction, QAction]:
        """The detail tabs: Alt+digit, so that no tab needs a mnemonic of its own (the
        card's fields and the menu bar use up the letters)."""
        return (self._make(tr("Contact &Card"), "edit", QKeySequence("Alt+1")),
                self._make(tr("Contact &Interactions"), "interaction-new",
                           QKeySequence("Alt+2")),
                self._make(tr("Contact &Signals"), "signal-warning", QKeySequence("Alt+3")),
                self._make(tr("Contact &History"), "view-all", QKeySequence("Alt+4")),
                self._make(tr("Contact &Map"), "network-map", QKeySequence("Alt+5")))

    def all(self) -> list[QAction]:
        """Every action, in the order declared."""
        return [value for value in vars(self).values() if isinstance(value, QAction)]

    def _make(self, text: str, icon_name: str,
              shortcut: QKeySequence | QKeySequence.StandardKey | None,
              tip: str = "") -> QAction:
        action = QAction(icon(icon_name), text, self.parent())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action
