"""A meter of open warning weight against the user's threshold, naming the level."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from networkapp.services.dto import ThresholdState
from networkapp.services.signals import LEVEL_CLARIFY, LEVEL_DECIDE
from networkapp.translation import format_number
from networkapp.ui.reason_text import warnings_text

_COLOURS = {LEVEL_CLARIFY: "#d68910", LEVEL_DECIDE: "#c0392b"}


class ThresholdMeterWidget(QWidget):
    """One segment per threshold unit, filled up to the open warning weight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start with no warning against the default threshold."""
        super().__init__(parent)
        self._state = ThresholdState(0, 0, 0, 3, "none")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_state(self, state: ThresholdState) -> None:
        """Show a new state."""
        self._state = state
        self.setToolTip(self.level_text())
        self.update()

    @property
    def level(self) -> str:
        """The level shown: none, clarify or decide."""
        return self._state.level

    def level_text(self) -> str:
        """The sentence under the meter."""
        state = self._state
        if state.level == LEVEL_DECIDE:
            return self.tr("Threshold reached (%1; threshold %2): time to decide.").replace(
                "%1", warnings_text(state.open_warning_count, state.open_warning_weight)
            ).replace("%2", format_number(state.threshold))
        if state.level == LEVEL_CLARIFY:
            return self.tr("%1, below the threshold of %2: talk about it now.").replace(
                "%1", warnings_text(state.open_warning_count, state.open_warning_weight)
            ).replace("%2", format_number(state.threshold))
        return self.tr("No open warning.")

    def sizeHint(self) -> QSize:
        """A thin bar."""
        return QSize(200, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the segments."""
        state = self._state
        units = max(state.threshold, 1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 3.0
        width = (self.width() - gap * (units - 1)) / units
        fill = QColor(_COLOURS.get(state.level, "#27ae60"))
        empty = self.palette().mid().color()
        empty.setAlpha(90)
        for i in range(units):
            rect = QRectF(i * (width + gap), 1, width, self.height() - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill if i < state.open_warning_weight else empty)
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()
