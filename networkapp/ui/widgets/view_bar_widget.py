"""Tabs choosing the contact list view: All active / Needs attention / Archived."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabBar, QWidget

from networkapp.resources import resource_path
from networkapp.translation import format_number

VIEWS = ("active", "attention", "archived")


class ViewBarWidget(QTabBar):
    """One tab per view, each with its count.

    Signals:
        view_selected(str): the user chose a view.
    """

    view_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the three tabs."""
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setExpanding(False)
        self._names = (self.tr("All active"), self.tr("Needs attention"), self.tr("Archived"))
        for view, name in zip(VIEWS, self._names, strict=True):
            self.addTab(QIcon(str(resource_path(f"icons/view-{_icon(view)}.svg"))), name)
        self.currentChanged.connect(lambda i: self.view_selected.emit(VIEWS[i]))

    @property
    def view(self) -> str:
        """The view shown."""
        return VIEWS[max(self.currentIndex(), 0)]

    def set_view(self, view: str) -> None:
        """Select a view (emits ``view_selected`` when it changes)."""
        self.setCurrentIndex(VIEWS.index(view) if view in VIEWS else 0)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show each view's count in its tab."""
        for i, (view, name) in enumerate(zip(VIEWS, self._names, strict=True)):
            self.setTabText(i, f"{name} ({format_number(counts.get(view, 0))})")


def _icon(view: str) -> str:
    return {"active": "all", "attention": "attention", "archived": "archived"}[view]
