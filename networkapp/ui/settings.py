"""Window settings (geometry, splitter, columns, sort, view): every key declared once.

A typed wrapper over an INI-format ``QSettings`` with an explicit file path, so
tests point it at ``tmp_path``. Domain settings (threshold, default cadence) live
in the database instead (:mod:`networkapp.services.settings`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from networkapp import APP_NAME
from networkapp.translation import CHOICES, SYSTEM

GEOMETRY = "main_window/geometry"
WINDOW_STATE = "main_window/state"
SPLITTER = "main_window/splitter"
HEADER = "contact_table/header"
SORT_COLUMN = "contact_table/sort_column"
SORT_DESCENDING = "contact_table/sort_descending"
VIEW = "contact_table/view"
DETAIL_TAB = "detail/tab"
LANGUAGE = "ui/language"
REMINDED_ON = "reminders/notified_on"


def default_settings_path() -> Path:
    """Return the settings file in the user's config folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(folder) / APP_NAME / f"{APP_NAME}.ini"


class UiSettings:
    """Typed access to the window settings stored in one INI file."""

    def __init__(self, path: Path) -> None:
        """Use (or create on first write) the INI file at ``path``."""
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _int(self, key: str, default: int) -> int:
        value = self._qs.value(key, default)  # text from the file, or the default
        try:
            return int(value) if isinstance(value, int | str) else default
        except ValueError:
            return default

    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        return self._bytes(GEOMETRY)

    def set_geometry(self, value: QByteArray) -> None:
        """Remember the main window's geometry."""
        self._qs.setValue(GEOMETRY, value)

    def window_state(self) -> QByteArray | None:
        """The main window's toolbars and docks."""
        return self._bytes(WINDOW_STATE)

    def set_window_state(self, value: QByteArray) -> None:
        """Remember the main window's toolbars and docks."""
        self._qs.setValue(WINDOW_STATE, value)

    def splitter(self) -> QByteArray | None:
        """The list/detail splitter sizes."""
        return self._bytes(SPLITTER)

    def set_splitter(self, value: QByteArray) -> None:
        """Remember the list/detail splitter sizes."""
        self._qs.setValue(SPLITTER, value)

    def header(self) -> QByteArray | None:
        """The contact table's column widths and order."""
        return self._bytes(HEADER)

    def set_header(self, value: QByteArray) -> None:
        """Remember the contact table's column widths and order."""
        self._qs.setValue(HEADER, value)

    def sort(self) -> tuple[int, bool]:
        """The contact table's sort column and whether it is descending."""
        descending = str(self._qs.value(SORT_DESCENDING, "false")).lower() == "true"
        return self._int(SORT_COLUMN, 0), descending

    def set_sort(self, column: int, descending: bool) -> None:
        """Remember the contact table's sort."""
        self._qs.setValue(SORT_COLUMN, column)
        self._qs.setValue(SORT_DESCENDING, "true" if descending else "false")

    def view(self) -> str:
        """The contact list view shown last (active, attention or archived)."""
        value = str(self._qs.value(VIEW, "active"))
        return value if value in ("active", "attention", "archived") else "active"

    def set_view(self, value: str) -> None:
        """Remember the contact list view."""
        self._qs.setValue(VIEW, value)

    def detail_tab(self) -> int:
        """The detail tab shown last."""
        return self._int(DETAIL_TAB, 0)

    def set_detail_tab(self, value: int) -> None:
        """Remember the detail tab."""
        self._qs.setValue(DETAIL_TAB, value)

    def language(self) -> str:
        """The language chosen in Preferences: ``system`` (default), ``en`` or ``it``."""
        value = str(self._qs.value(LANGUAGE, SYSTEM))
        return value if value in (SYSTEM, *(code for code, _ in CHOICES)) else SYSTEM

    def set_language(self, value: str) -> None:
        """Remember the language (applies at the next start)."""
        self._qs.setValue(LANGUAGE, value)

    def reminded_on(self) -> str:
        """The day ("YYYY-MM-DD") the tray last listed what was due ("" never)."""
        return str(self._qs.value(REMINDED_ON, ""))

    def set_reminded_on(self, day: str) -> None:
        """Remember the day the tray listed what was due."""
        self._qs.setValue(REMINDED_ON, day)

    def sync(self) -> None:
        """Write pending changes to the file."""
        self._qs.sync()
