"""About: name, version, what the app is for, the database and schema versions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from networkapp import APP_DISPLAY_NAME, __version__
from networkapp.resources import app_icon_path


class AboutDialog(QDialog):
    """The app's name, version and purpose."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        """Build the dialog."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_DISPLAY_NAME))
        icon = QLabel()
        icon.setPixmap(QIcon(str(app_icon_path())).pixmap(64, 64))
        title = QLabel(f"{APP_DISPLAY_NAME} {__version__}", textFormat=Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.version_label = title
        text = QLabel(self.tr(
            "A relationship manager for give-give networking: log what each side gives, "
            "catch the signals, clarify at once, and archive what does not work."),
            wordWrap=True)
        details = QLabel(self.tr("Qt %1 · database %2").replace("%1", qVersion()).replace(
            "%2", str(db_path) if db_path else "—"), textFormat=Qt.TextFormat.PlainText,
            wordWrap=True)
        details.setEnabled(False)  # greyed; not a constructor keyword in PySide6's stubs
        column = QVBoxLayout()
        for label in (title, text, details):
            column.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @classmethod
    def ask(cls, parent: QWidget | None, db_path: Path | None) -> None:
        """Show the dialog until closed."""
        cls(db_path, parent).exec()
