"""The interactions of one contact (newest first) and the editor of one of them.

The balance line at the top counts what is stored plus what the form holds now,
so it moves as exchange rows are added or removed, before saving. The form is an
:class:`~networkapp.ui.unsaved.UnsavedEditor`: moving to another interaction asks
about its changes, and reloading (another tab noted a signal) keeps them.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.balance import balance_label
from networkapp.services.dto import InteractionInput, InteractionView
from networkapp.services.errors import DomainError
from networkapp.services.vocabulary import CHANNEL_LABELS, CHANNELS, GAVE, label_of
from networkapp.translation import error_text, format_date, short_date_format, tr
from networkapp.ui import messages
from networkapp.ui.actions import save_keys
from networkapp.ui.controller import Controller
from networkapp.ui.unsaved import settle
from networkapp.ui.widgets.exchange_rows_widget import ExchangeRowsWidget

_ID_ROLE = Qt.ItemDataRole.UserRole


class InteractionEditorWidget(QWidget):
    """List, add, edit and delete a contact's interactions with their exchanges."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        """Build the list and the form; :meth:`show_contact` fills them."""
        super().__init__(parent)
        self._controller = controller
        self._contact_id: int | None = None
        self._views: dict[int, InteractionView] = {}
        self._editing: InteractionView | None = None
        self._baseline = InteractionInput(date=dt.date.today())
        self._stored = (0, 0)
        self._read_only = False
        self._build()
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.new_button.clicked.connect(self.new_interaction)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.exchange_rows.changed.connect(self._on_exchange_rows_changed)
        for keys in save_keys():
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self._chain_tab_order()

    def _build(self) -> None:
        self.balance_label = QLabel(textFormat=Qt.TextFormat.PlainText)
        font = self.balance_label.font()
        font.setBold(True)
        self.balance_label.setFont(font)
        self.list = QTreeWidget()  # setters: PySide6's stubs lack these constructor keywords
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Channel"), self.tr("Summary"),
                                   self.tr("Gave / received")])
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the summary
        self.empty_label = QLabel(self.tr("No interaction yet. Log the first one with "
                                          "“New interaction”."), wordWrap=True)
        self.empty_label.setEnabled(False)
        splitter = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list)
        top_layout.addWidget(self.empty_label)
        splitter.addWidget(top)
        splitter.addWidget(self._form())
        splitter.setSizes([160, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.balance_label)
        layout.addWidget(splitter, 1)

    def _form(self) -> QWidget:
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)  # setters: not constructor keywords in the stubs
        self.date_edit.setDisplayFormat(short_date_format())
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(tr(label_of(channel, CHANNEL_LABELS)), channel)
        self.summary = QLineEdit(placeholderText=self.tr("what happened, in a few words"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.exchange_rows = ExchangeRowsWidget(self._controller)
        self.form_title = QLabel(textFormat=Qt.TextFormat.PlainText)
        # Mnemonics clear of the menu bar's (F, E, V, C, H) and of the detail tabs'
        # (D, I, G, Y): tests/ui/test_keyboard.py walks every state of the window.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.form_title)
        form.addRow(self.tr("Da&te:"), self.date_edit)
        form.addRow(self.tr("Cha&nnel:"), self.channel)
        form.addRow(self.tr("S&ummary:"), self.summary)
        form.addRow(self.tr("N&otes:"), self.notes)
        # The rows span the whole width: three choices and a note need it in a narrow window.
        form.addRow(QLabel(self.tr("Exchanges:")))
        form.addRow(self.exchange_rows)
        self.new_button = QPushButton(self.tr("Ne&w interaction"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.save_button = QPushButton(self.tr("&Save interaction"), default=True)
        key = save_keys()[0].toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save the interaction (%1)").replace("%1", key))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch(1)  # spare height below the buttons, not between the rows
        return holder

    # -- loading ------------------------------------------------------------------

    def show_contact(self, contact_id: int | None) -> None:
        """Show a contact's interactions; another contact starts a new one in the form."""
        changed = contact_id != self._contact_id
        self._contact_id = contact_id
        self.exchange_rows.set_contact(contact_id)
        self.reload(keep_changes=not changed)

    def reload(self, *, keep_changes: bool = True) -> None:
        """Read the interactions again, keeping the one being edited (and its changes)."""
        if not keep_changes:
            self._editing = None
            self._baseline = self.value()
        keep = self._editing.id if self._editing else None
        views = self._controller.interactions(self._contact_id) if self._contact_id else []
        self._views = {view.id: view for view in views}
        self._stored = (sum(1 for v in views for e in v.exchanges if e.direction == GAVE),
                        sum(1 for v in views for e in v.exchanges if e.direction != GAVE))
        self.list.blockSignals(True)
        self.list.clear()
        for view in views:
            self.list.addTopLevelItem(self._item(view))
        self.list.blockSignals(False)
        self.empty_label.setVisible(not views)
        self.list.setVisible(bool(views))
        if self.has_unsaved_changes():  # keep what is being typed (another tab changed)
            self._keep_form(keep)
        elif keep in self._views:
            self._select(keep)
        else:
            self.start_new()

    def _keep_form(self, editing_id: int | None) -> None:
        """After a reload, mark the interaction being edited in the list, form untouched."""
        if editing_id not in self._views:
            self._editing = None  # deleted meanwhile (undo): saving adds it anew
            self.form_title.setText(self.tr("New interaction"))
            self._update_state()
            return
        self._editing = self._views[editing_id]
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, _ID_ROLE) == editing_id:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
        self._update_state()

    def _item(self, view: InteractionView) -> QTreeWidgetItem:
        gave = sum(1 for e in view.exchanges if e.direction == GAVE)
        item = QTreeWidgetItem([format_date(view.date), tr(label_of(view.channel, CHANNEL_LABELS)),
                                view.summary, f"{gave} / {len(view.exchanges) - gave}"])
        item.setData(0, _ID_ROLE, view.id)
        item.setTextAlignment(3, Qt.AlignmentFlag.AlignCenter)
        return item

    def _select(self, interaction_id: int) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, _ID_ROLE) == interaction_id:
                self.list.setCurrentItem(item)
                self._edit(self._views[interaction_id])
                return

    def new_interaction(self) -> None:
        """Start a new interaction, asking first about changes to the one being edited."""
        if self._editing is not None and not self._settle():
            return
        if self._editing is not None or not self.has_unsaved_changes():
            self.start_new()
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_new(self) -> None:
        """Empty the form for a new interaction dated today (changes in it are dropped)."""
        self.list.blockSignals(True)
        # Qt takes None (no current item); PySide6's stubs do not say so.
        self.list.setCurrentItem(None)  # type: ignore[call-overload]
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._editing = None
        self._fill(InteractionInput(date=dt.date.today()))
        self.form_title.setText(self.tr("New interaction"))

    def _edit(self, view: InteractionView) -> None:
        self._editing = view
        self._fill(InteractionInput(view.date, view.channel, view.summary, view.notes,
                                    tuple(view.exchanges)))
        self.form_title.setText(self.tr("Interaction of %1").replace("%1", format_date(view.date)))

    def _fill(self, data: InteractionInput) -> None:
        self.date_edit.setDate(QDate(data.date.year, data.date.month, data.date.day))
        self.channel.setCurrentIndex(max(self.channel.findData(data.channel), 0))
        self.summary.setText(data.summary)
        self.notes.setPlainText(data.notes)
        self.exchange_rows.set_exchanges(data.exchanges)
        self._baseline = self.value()
        self._update_state()

    def value(self) -> InteractionInput:
        """Return what the form holds."""
        date = self.date_edit.date()
        return InteractionInput(date=dt.date(date.year(), date.month(), date.day()),
                                channel=self.channel.currentData(),
                                summary=self.summary.text().strip(),
                                notes=self.notes.toPlainText(),
                                exchanges=self.exchange_rows.exchanges())

    # -- unsaved changes ------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """True when the form differs from the interaction it shows (or from a blank one)."""
        editable = self._contact_id is not None and not self._read_only
        return editable and self.value() != self._baseline

    def save_changes(self) -> bool:
        """Store the form; False when it could not be stored (the user was told why)."""
        return self.save() is not None

    def discard_changes(self) -> None:
        """Put the form back as stored (or blank for a new interaction)."""
        if self._editing is not None:
            self._edit(self._editing)
        else:
            self.start_new()

    def _settle(self) -> bool:
        return settle(self, self, self.tr("Unsaved interaction"),
                      self.tr("Your changes to this interaction are not saved. "
                              "Save them?"))

    # -- balance and state ----------------------------------------------------------

    def live_balance(self) -> tuple[int, int]:
        """Return (gave, received) counting the form in place of what it edits."""
        gave, received = self._stored
        if self._editing is not None:
            old_gave = sum(1 for e in self._editing.exchanges if e.direction == GAVE)
            gave -= old_gave
            received -= len(self._editing.exchanges) - old_gave
        form = self.exchange_rows.exchanges()
        form_gave = sum(1 for e in form if e.direction == GAVE)
        return gave + form_gave, received + len(form) - form_gave

    def _update_balance(self) -> None:
        gave, received = self.live_balance()
        self.balance_label.setText(
            self.tr("Balance: I gave %1 · I received %2 — %3").replace("%1", str(gave))
            .replace("%2", str(received)).replace("%3", tr(balance_label(gave, received))))

    def set_read_only(self, read_only: bool) -> None:
        """Show the history without letting it be edited (archived contacts)."""
        self._read_only = read_only
        self._update_state()

    def _update_state(self) -> None:
        editable = self._contact_id is not None and not self._read_only
        for widget in (self.date_edit, self.channel, self.summary, self.notes):
            widget.setEnabled(editable)
        self.exchange_rows.set_read_only(not editable)
        self.save_button.setEnabled(editable)
        self.new_button.setEnabled(editable)
        self.delete_button.setEnabled(editable and self._editing is not None)
        self._update_balance()

    # -- slots --------------------------------------------------------------------

    def _on_list_current_item_changed(self, item: QTreeWidgetItem | None,
                                      previous: QTreeWidgetItem | None) -> None:
        target = item.data(0, _ID_ROLE) if item is not None else None
        if self.has_unsaved_changes():
            back = previous.data(0, _ID_ROLE) if previous is not None else None
            self._show_in_list(back)  # while asking, the list shows what the form holds
            if not self._settle():
                return
        if target in self._views:
            self._show_in_list(target)
            self._edit(self._views[target])
            self._update_state()

    def _show_in_list(self, interaction_id: int | None) -> None:
        self.list.blockSignals(True)
        items = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        found = [item for item in items
                 if item is not None and item.data(0, _ID_ROLE) == interaction_id]
        self.list.setCurrentItem(found[0] if found else None)  # type: ignore[arg-type]
        if not found:
            self.list.clearSelection()
        self.list.blockSignals(False)

    def _on_exchange_rows_changed(self) -> None:
        self._chain_tab_order()
        self._update_balance()

    def showEvent(self, event: QShowEvent) -> None:
        """Chain the Tab order again: moving the panel into its window reorders the chain."""
        self._chain_tab_order()
        super().showEvent(event)

    def _chain_tab_order(self) -> None:
        """Tab goes down the form, through the exchange rows, then to the buttons."""
        chain: list[QWidget] = [self.list, self.date_edit, self.channel, self.summary,
                                self.notes, *self.exchange_rows.focus_order(),
                                self.new_button, self.delete_button, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def save(self) -> int | None:
        """Store the form (new or edited interaction); return its id."""
        if self._contact_id is None or self._read_only:
            return None
        unknown = self.exchange_rows.problems()
        if unknown:  # a name typed that is no contact: nothing silently left out
            messages.show_error(self, self.tr("Cannot save the interaction"), unknown[0])
            return None
        try:
            if self._editing is None:
                iid = self._controller.add_interaction(self._contact_id, self.value())
            else:
                iid = self._editing.id
                self._controller.update_interaction(iid, self.value())
        except DomainError as exc:
            messages.show_error(self, self.tr("Cannot save the interaction"), error_text(exc))
            return None
        self._editing = None
        self._baseline = self.value()  # stored: the reload may drop the form
        self.reload()
        self._select(iid)
        return iid

    def delete_current(self) -> None:
        """Delete the interaction being edited (undoable)."""
        if self._editing is not None and not self._read_only:
            self._controller.delete_interaction(self._editing.id)
            self._editing = None
            self.reload()
