"""The main window (a plain first version: the contact list of the open file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem

from networkapp import APP_DISPLAY_NAME
from networkapp.services.listing import ContactQuery, list_contacts


class MainWindow(QMainWindow):
    """The window people live in."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.setWindowTitle(f"{db_path.name} — {APP_DISPLAY_NAME}")
        rows = list_contacts(ContactQuery(limit=1000))
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organization"),
                                         self.tr("Status")])
        for i, row in enumerate(rows):
            for j, text in enumerate((row.name, row.organization, row.status)):
                table.setItem(i, j, QTableWidgetItem(text))
        self.setCentralWidget(table)
        self.resize(900, 600)
