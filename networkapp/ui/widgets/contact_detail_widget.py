"""The detail area: the selected contact's name and status over tabs Card / Interactions / Signals.

With no contact (or several) selected it shows a hint instead. Archived contacts
are shown read-only: their history stays intact and visible.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from networkapp.services.errors import NotFoundError
from networkapp.services.vocabulary import ARCHIVED, STATUS_LABELS
from networkapp.ui.controller import Controller
from networkapp.ui.widgets.contact_card_widget import ContactCardWidget
from networkapp.ui.widgets.interaction_editor_widget import InteractionEditorWidget
from networkapp.ui.widgets.signals_panel_widget import SignalsPanelWidget

CARD_TAB, INTERACTIONS_TAB, SIGNALS_TAB = range(3)


class ContactDetailWidget(QStackedWidget):
    """One contact's card, interactions and signals, or a hint when none is selected."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        """Build the tabs; :meth:`show_contact` chooses what they show."""
        super().__init__(parent)
        self._controller = controller
        self._contact_id: int | None = None
        self.hint = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.hint.setEnabled(False)
        self.hint.setMargin(24)
        self.addWidget(self.hint)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.title = QLabel(textFormat=Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.subtitle.setEnabled(False)
        self.card = ContactCardWidget(controller)
        self.interactions = InteractionEditorWidget(controller)
        self.signals = SignalsPanelWidget(controller)
        self.tabs = QTabWidget(documentMode=True)
        self.tabs.addTab(self.card, self.tr("&Card"))
        # Scrolled, so that a narrow detail area never forces the table narrower.
        self.tabs.addTab(_scrolled(self.interactions), self.tr("&Interactions"))
        self.tabs.addTab(_scrolled(self.signals), self.tr("Si&gnals"))
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        self.addWidget(page)
        self.show_hint(0)
        controller.contact_changed.connect(self._on_controller_contact_changed)
        controller.settings_changed.connect(self._reload)

    @property
    def contact_id(self) -> int | None:
        """The contact shown, if any."""
        return self._contact_id

    def show_hint(self, selected: int) -> None:
        """Show the hint for no contact or several selected."""
        self._contact_id = None
        if selected > 1:
            text = self.tr("%n contacts selected. Use Contact ▸ Tag… or Archive… to change "
                           "them all at once.", "", selected)
        else:
            text = self.tr("Select a contact to see their card, interactions and signals.\n\n"
                           "Press Ctrl+N to add one.")
        self.hint.setText(text)
        self.setCurrentIndex(0)

    def show_contact(self, contact_id: int) -> None:
        """Show one contact in every tab."""
        self._contact_id = contact_id
        self._reload()
        self.setCurrentIndex(1)

    def _reload(self) -> None:
        cid = self._contact_id
        if cid is None:
            return
        try:
            detail = self._controller.contact(cid)
        except NotFoundError:
            self.show_hint(0)
            return
        self.title.setText(detail.display_name)
        parts = [self.tr(STATUS_LABELS.get(detail.status, detail.status))]
        parts += [p for p in (detail.fields.title, detail.fields.organization) if p]
        self.subtitle.setText(" · ".join(parts))
        read_only = detail.status == ARCHIVED
        for widget in (self.card, self.interactions, self.signals):
            widget.show_contact(cid)
            widget.set_read_only(read_only)

    def _on_controller_contact_changed(self, contact_id: int) -> None:
        if contact_id == self._contact_id:
            self._reload()


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area
