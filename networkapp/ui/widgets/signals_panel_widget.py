"""The signals of one contact, quick-add buttons and the threshold meter.

Each signal can be resolved (a warning, by hand, with a note) or dismissed (noted
wrongly, with a note) from the buttons under the list or its context menu; both are
undoable and stay in the history.

A place is kept beside the level sentence under the meter for the detail area's
"Clarify…" button (:meth:`SignalsPanelWidget.add_level_action`).
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Callable

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkapp.resources import resource_path
from networkapp.services.dto import SignalInput, SignalView
from networkapp.services.errors import DomainError
from networkapp.services.vocabulary import (
    BY_ARCHIVE,
    BY_DISMISSAL,
    BY_HAND,
    BY_KEEP,
    DISMISSED,
    POSITIVE,
    POSITIVE_CATEGORIES,
    RESOLVED,
    WARNING,
    WARNING_CATEGORIES,
)
from networkapp.translation import error_text, format_date, format_datetime, short_date_format, tr
from networkapp.ui import messages
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.reason_dialog import ReasonDialog
from networkapp.ui.dialogs.signal_close_dialog import DismissSignalDialog, ResolveSignalDialog
from networkapp.ui.widgets.flow_layout import FlowLayout
from networkapp.ui.widgets.threshold_meter_widget import ThresholdMeterWidget

_ID_ROLE = Qt.ItemDataRole.UserRole
_VIEW_ROLE = Qt.ItemDataRole.UserRole + 1


class SignalsPanelWidget(QWidget):
    """Note, list and delete signals; see where the contact stands against the threshold.

    Signals:
        clarify_requested(int): the user asked to clarify with this contact (for the
            wizard's button, see :meth:`add_level_action`).
    """

    clarify_requested = Signal(int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        """Build the panel; :meth:`show_contact` fills it."""
        super().__init__(parent)
        self._controller = controller
        self._contact_id: int | None = None
        self._read_only = False
        self._icons = {WARNING: QIcon(str(resource_path("icons/signal-warning.svg"))),
                       POSITIVE: QIcon(str(resource_path("icons/signal-positive.svg")))}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._meter_row())
        layout.addWidget(self._quick_add())
        self.list = QTreeWidget()  # setters: PySide6's stubs lack these constructor keywords
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Signal"), self.tr("Weight"),
                                   self.tr("State"), self.tr("Interaction"), self.tr("Note")])
        for column, width in enumerate((95, 250, 55, 70, 140)):
            self.list.setColumnWidth(column, width)
        self.empty_label = QLabel(self.tr("No signal noted. When a behaviour feels wrong — or "
                                          "right — note it here with one click."), wordWrap=True)
        self.empty_label.setEnabled(False)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        self.resolve_button = QPushButton(self.tr("&Resolve…"))
        self.resolve_button.setToolTip(self.tr("Resolve the warning by hand, with a note"))
        self.resolve_button.clicked.connect(self.resolve_current)
        self.dismiss_button = QPushButton(self.tr("Dis&miss…"))
        self.dismiss_button.setToolTip(self.tr("Dismiss a signal noted wrongly, with a note"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.delete_button = QPushButton(self.tr("De&lete signal"))
        self.delete_button.clicked.connect(self.delete_current)
        self.list.itemSelectionChanged.connect(self._update_state)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.resolve_button)
        row.addWidget(self.dismiss_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self._chain_tab_order()

    def _meter_row(self) -> QVBoxLayout:
        self.meter = ThresholdMeterWidget()
        self.level_label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        # The "Clarify…" button goes right after the sentence (add_level_action), where it
        # stays in sight however narrow the panel is.
        self.level_actions = QHBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.level_label)
        row.addLayout(self.level_actions)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.meter)
        column.addLayout(row)
        return column

    def add_level_action(self, widget: QWidget) -> None:
        """Put a widget (e.g. the wizard's "Clarify…" button) beside the meter."""
        self.level_actions.addWidget(widget)
        self._chain_tab_order()

    def showEvent(self, event: QShowEvent) -> None:
        """Chain the Tab order again: moving the panel into its window reorders the chain."""
        self._chain_tab_order()
        super().showEvent(event)

    def _chain_tab_order(self) -> None:
        """Tab follows the panel top to bottom: level actions, presets, the rest."""
        items = [self.level_actions.itemAt(i) for i in range(self.level_actions.count())]
        actions = [item.widget() for item in items if item is not None]
        chain = [*(w for w in actions if w is not None), *self.quick_buttons.values(),
                 self.free_text, self.free_polarity, self.free_add, self.date_edit,
                 self.weight, self.interaction, self.note, self.list, self.resolve_button,
                 self.dismiss_button, self.delete_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _quick_add(self) -> QGroupBox:
        box = QGroupBox(self.tr("Note a signal"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)  # setters: not constructor keywords in the stubs
        self.date_edit.setDisplayFormat(short_date_format())
        self.weight = QSpinBox(minimum=1, maximum=3, value=1, prefix=self.tr("weight "))
        self.interaction = QComboBox(minimumContentsLength=10)
        # Long interaction summaries must not push the note field out of sight.
        self.interaction.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.note = QLineEdit(placeholderText=self.tr("what happened (optional)"))
        self.quick_buttons: dict[str, QPushButton] = {}
        self.free_text = QLineEdit(placeholderText=self.tr("or describe another behaviour…"))
        self.free_polarity = QComboBox()
        self.free_polarity.addItem(self._icons[WARNING], self.tr("Warning"), WARNING)
        self.free_polarity.addItem(self._icons[POSITIVE], self.tr("Positive"), POSITIVE)
        # Mnemonics clear of the menu bar's and the detail tabs' (D, I, G, Y).
        self.free_add = QPushButton(self.tr("&Add"))
        self.free_add.clicked.connect(self._on_free_add_clicked)
        self.free_text.returnPressed.connect(self._on_free_add_clicked)
        other = QHBoxLayout()  # the whole width: the behaviour typed needs the room
        other.addWidget(self.free_text, 1)
        other.addWidget(self.free_polarity)
        other.addWidget(self.free_add)
        details = QHBoxLayout()
        for widget in (self.date_edit, self.weight):
            details.addWidget(widget)
        details.addStretch(1)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The presets flow onto more lines when the detail area is narrow (never clipped);
        # their icons say warning or positive.
        form.addRow(self._category_buttons(WARNING, WARNING_CATEGORIES))
        form.addRow(self._category_buttons(POSITIVE, POSITIVE_CATEGORIES))
        form.addRow(other)
        form.addRow(QLabel(self.tr("When:")), details)
        # One field a line from here: a narrow detail area must not cut them off.
        for text, field in ((self.tr("&Interaction:"), self.interaction),
                            (self.tr("&Note:"), self.note)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        return box

    def _category_buttons(self, polarity: str, categories: dict[str, str]) -> FlowLayout:
        buttons = FlowLayout(spacing=4)
        for key, label in categories.items():
            button = QPushButton(self._icons[polarity], tr(label))
            button.setToolTip(self.tr("Note “%1” now").replace("%1", tr(label)))
            button.clicked.connect(lambda _=False, p=polarity, k=key: self.add_signal(p, k))
            self.quick_buttons[key] = button
            buttons.addWidget(button)
        return buttons

    # -- loading ------------------------------------------------------------------

    def show_contact(self, contact_id: int | None) -> None:
        """Show a contact's signals and level."""
        self._contact_id = contact_id
        self.reload()

    def reload(self) -> None:
        """Read the signals, the threshold state and the interactions again."""
        cid = self._contact_id
        views = self._controller.signals(cid) if cid else []
        self.list.clear()
        for view in views:
            self.list.addTopLevelItem(self._item(view))
        self.list.setVisible(bool(views))
        self.empty_label.setVisible(not views)
        if cid:
            self.meter.set_state(self._controller.threshold_state(cid))
        self.level_label.setText(self.meter.level_text() if cid else "")
        self.interaction.clear()
        self.interaction.addItem(self.tr("no interaction"), None)
        for done in self._controller.interactions(cid) if cid else []:
            self.interaction.addItem(f"{format_date(done.date)} {done.summary}"[:60], done.id)
        self._update_state()

    def _item(self, view: SignalView) -> QTreeWidgetItem:
        state = {RESOLVED: self.tr("resolved"), DISMISSED: self.tr("dismissed")}.get(
            view.state, self.tr("open"))
        item = QTreeWidgetItem([format_date(view.date), tr(view.category_label),
                                str(view.weight), state, view.interaction_summary or "",
                                view.note])
        item.setIcon(1, self._icons.get(view.polarity, QIcon()))
        item.setData(0, _ID_ROLE, view.id)
        item.setData(0, _VIEW_ROLE, view)
        if not view.is_open:
            item.setToolTip(3, self._closed_text(view))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
        if not view.is_open:
            for column in range(6):
                item.setForeground(column, self.palette().placeholderText())
        return item

    def _closed_text(self, view: SignalView) -> str:
        """How, when and why the signal was closed, as a tooltip: rich text whose every
        part is escaped, so a note typed as "<b>x</b>" shows as typed."""
        how = {BY_KEEP: self.tr("Resolved by a clarification (kept)"),
               BY_ARCHIVE: self.tr("Closed with the archive decision"),
               BY_HAND: self.tr("Resolved by hand"),
               BY_DISMISSAL: self.tr("Dismissed: noted wrongly")}.get(
            view.resolution or "", self.tr("Resolved"))
        if view.resolved_at is not None:
            when = format_datetime(view.resolved_at)
            how = self.tr("%1 on %2").replace("%1", how).replace("%2", when)
        parts = [how, *view.resolution_note.splitlines()]
        return "<p>" + "<br>".join(html.escape(part) for part in parts) + "</p>"

    @property
    def level(self) -> str:
        """The contact's level: none, clarify or decide."""
        return self.meter.level

    def set_read_only(self, read_only: bool) -> None:
        """Show the signals without letting them be edited (archived contacts)."""
        self._read_only = read_only
        self._update_state()

    def _update_state(self) -> None:
        editable = self._contact_id is not None and not self._read_only
        for button in self.quick_buttons.values():
            button.setEnabled(editable)
        for widget in (self.free_text, self.free_polarity, self.free_add, self.date_edit,
                       self.weight, self.interaction, self.note):
            widget.setEnabled(editable)
        current = self._current()
        self.delete_button.setEnabled(editable and current is not None)
        self.dismiss_button.setEnabled(editable and current is not None and current.is_open)
        self.resolve_button.setEnabled(editable and current is not None and current.is_open
                                       and current.polarity == WARNING)

    def _current(self) -> SignalView | None:
        items = self.list.selectedItems()
        view = items[0].data(0, _VIEW_ROLE) if items else None
        return view if isinstance(view, SignalView) else None

    # -- edits --------------------------------------------------------------------

    def add_signal(self, polarity: str, category: str) -> int | None:
        """Note a signal with the details row (date, weight, interaction, note)."""
        if self._contact_id is None or self._read_only:
            return None
        date = self.date_edit.date()
        data = SignalInput(date=dt.date(date.year(), date.month(), date.day()),
                           polarity=polarity, category=category, weight=self.weight.value(),
                           note=self.note.text().strip(),
                           interaction_id=self.interaction.currentData())
        try:
            sid = self._controller.add_signal(self._contact_id, data)
        except DomainError as exc:
            messages.show_error(self, self.tr("Cannot note the signal"), error_text(exc))
            return None
        self.note.clear()
        self.reload()
        return sid

    def _on_free_add_clicked(self) -> None:
        text = self.free_text.text().strip()
        if not text:
            self.free_text.setFocus()
            return
        if self.add_signal(self.free_polarity.currentData(), text) is not None:
            self.free_text.clear()

    def delete_current(self) -> None:
        """Delete the selected signal (undoable)."""
        items = self.list.selectedItems()
        if items and not self._read_only:
            self._controller.delete_signal(items[0].data(0, _ID_ROLE))
            self.reload()

    def resolve_current(self) -> None:
        """Resolve the selected open warning by hand, asking for the note (undoable)."""
        self._close_current(self.resolve_button, ResolveSignalDialog,
                            self._controller.resolve_signal)

    def dismiss_current(self) -> None:
        """Dismiss the selected open signal as noted wrongly, asking why (undoable)."""
        self._close_current(self.dismiss_button, DismissSignalDialog,
                            self._controller.dismiss_signal)

    def _close_current(self, button: QPushButton, dialog: type[ReasonDialog],
                       close: Callable[[int, str], None]) -> None:
        current = self._current()
        if current is None or not button.isEnabled():
            return
        note = dialog.ask(self, [tr(current.category_label)])
        if note:
            close(current.id, note)
            self.reload()

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """Choose the signal at ``pos`` (in the list's viewport); return its menu: Resolve,
        Dismiss, Delete (as the buttons allow), or None when no signal is there."""
        item = self.list.itemAt(pos)
        if item is None:
            return None
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        for button, slot in ((self.resolve_button, self.resolve_current),
                             (self.dismiss_button, self.dismiss_current),
                             (self.delete_button, self.delete_current)):
            action = menu.addAction(button.text(), slot)
            action.setEnabled(button.isEnabled())
        return menu

    def _on_list_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if menu is not None:
            menu.aboutToHide.connect(menu.deleteLater)
            menu.popup(self.list.viewport().mapToGlobal(pos))
