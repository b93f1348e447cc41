"""Tabs choosing the contact list view: All active / Needs attention / Archived / Today."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabBar, QWidget

from networkapp.resources import resource_path
from networkapp.translation import format_number

VIEWS = ("active", "attention", "archived", "today")


class ViewBarWidget(QTabBar):
    """One tab per view, each with its count.

    Signals:
        view_selected(str): the user chose a view.
    """

    view_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the tabs."""
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setExpanding(False)
        # Arrows rather than a wider list: four tabs with their counts must not take the
        # detail area's room in a narrow window (or a longer language).
        self.setUsesScrollButtons(True)
        self._names = (self.tr("All active"), self.tr("Needs attention"), self.tr("Archived"),
                       self.tr("Today"))
        for view, name in zip(VIEWS, self._names, strict=True):
            self.addTab(QIcon(str(resource_path(f"icons/view-{_icon(view)}.svg"))), name)
        self.currentChanged.connect(lambda i: self.view_selected.emit(VIEWS[i]))

    def sizeHint(self) -> QSize:
        """Ask for no more than the first three tabs' width: the window's first layout must
        not give the list the detail area's room for the fourth (arrows scroll to it)."""
        hint = super().sizeHint()
        return QSize(hint.width() - self.tabRect(self.count() - 1).width(), hint.height())

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
    return {"active": "all", "attention": "attention", "archived": "archived",
            "today": "today"}[view]
