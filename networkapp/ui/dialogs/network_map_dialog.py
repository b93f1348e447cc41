"""View > Network Map…: a contact's introductions map, or the whole network's.

Not modal: clicking a contact selects it in the window's table while the map stays
open. "Centre on" picks the contact in the middle by name; "Whole network" shows every
introduction tree. The map exports as PNG or SVG and prints.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networkapp.files import WriteError
from networkapp.ui import messages
from networkapp.ui.controller import Controller
from networkapp.ui.widgets.contact_picker_widget import ContactPickerWidget
from networkapp.ui.widgets.introduction_map_widget import IntroductionMapWidget


class NetworkMapDialog(QDialog):
    """The introductions map in a window of its own.

    Signals:
        contact_clicked(int): a contact was clicked on the map.
    """

    contact_clicked = Signal(int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        """Build the map and its tool row; :meth:`show_contact` or :meth:`show_overview`
        fills it."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Network Map"))
        self.map = IntroductionMapWidget(controller)
        self.centre = ContactPickerWidget(controller)
        self.centre.setPlaceholderText(self.tr("type a name to centre the map on"))
        centre_label = QLabel(self.tr("&Centre on:"))
        centre_label.setBuddy(self.centre)
        self.overview_button = QPushButton(self.tr("&Whole network"))
        self.fit_button = QPushButton(self.tr("&Fit"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        for button in (self.overview_button, self.fit_button, self.export_button,
                       self.print_button):
            button.setAutoDefault(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(centre_label)
        tools.addWidget(self.centre, 1)
        for button in (self.overview_button, self.fit_button, self.export_button,
                       self.print_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.status)
        self.status.setText(self._legend())
        self.map.contact_clicked.connect(self.contact_clicked)
        self.map.centre_changed.connect(self._on_map_centre_changed)
        self.centre.contact_changed.connect(self._on_centre_contact_changed)
        self.overview_button.clicked.connect(self.show_overview)
        self.fit_button.clicked.connect(self.map.fit)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)

    def sizeHint(self) -> QSize:
        """Room for a map."""
        return QSize(900, 650)

    def _legend(self) -> str:
        return self.tr("Ring: green both sides give, orange one-sided, grey nothing yet, "
                       "dashed archived · red badge: open warnings · dashed line: an "
                       "introduction you made · click selects, double-click centres, wheel "
                       "or +/− zooms, 0 fits")

    def show_contact(self, contact_id: int) -> None:
        """Put a contact in the middle."""
        self.map.show_ego(contact_id)

    def show_overview(self) -> None:
        """Show every introduction tree of the network."""
        layout = self.map.show_overview()
        self.centre.set_contact(None)
        self.status.setText(self.tr("%Ln contact(s) in introduction trees", "",
                                    len(layout.positions)) + " · " +
                            self.tr("%Ln contact(s) without any introduction (not drawn)", "",
                                    layout.unlinked) + "\n" + self._legend())

    def _on_map_centre_changed(self, contact_id: int) -> None:
        self.centre.set_contact(contact_id)
        self.status.setText(self._legend())

    def _on_centre_contact_changed(self) -> None:
        chosen = self.centre.contact_id()
        if chosen is not None and chosen != self.map.centre:
            self.map.show_ego(chosen)

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the map"), self.tr("introductions.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        try:
            self.map.export(path)
        except WriteError as exc:
            messages.show_error(self, self.tr("Cannot export the map"), str(exc))

    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Introductions"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.map.print_map(printer)
