"""A small two-bar chart: what I gave and what I received, painted with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

_GAVE_COLOR = QColor("#4c8bb8")
_RECEIVED_COLOR = QColor("#5aa36b")
_BAR_HEIGHT = 14
_ROW_GAP = 10


class BalanceChartWidget(QWidget):
    """Two horizontal bars scaled to the larger side, each with its label and count.

    The accessible name says the same in words, for screen readers.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start empty (no exchanges yet)."""
        super().__init__(parent)
        self._gave = 0
        self._received = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_accessible_name()

    def set_counts(self, gave: int, received: int) -> None:
        """Show ``gave`` vs ``received`` exchanges."""
        self._gave, self._received = max(gave, 0), max(received, 0)
        self._update_accessible_name()
        self.update()

    def counts(self) -> tuple[int, int]:
        """Return the counts shown (gave, received)."""
        return self._gave, self._received

    def sizeHint(self) -> QSize:
        """Two bars and their gap."""
        return QSize(320, 2 * max(_BAR_HEIGHT, self.fontMetrics().height()) + _ROW_GAP + 4)

    def minimumSizeHint(self) -> QSize:
        """Room for the labels and a short bar."""
        return QSize(200, self.sizeHint().height())

    def _update_accessible_name(self) -> None:
        self.setAccessibleName(self.tr("I gave %Ln time(s)", "", self._gave) + ", "
                               + self.tr("I received %Ln time(s)", "", self._received))

    def _rows(self) -> tuple[tuple[str, int, QColor], tuple[str, int, QColor]]:
        return ((self.tr("I gave"), self._gave, _GAVE_COLOR),
                (self.tr("I received"), self._received, _RECEIVED_COLOR))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint a label, a bar and a count per row."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(label) for label, _, _ in self._rows()) + 12
        count_width = metrics.horizontalAdvance("0000") + 8
        bar_room = max(self.width() - label_width - count_width, 10)
        row_height = max(_BAR_HEIGHT, metrics.height())
        largest = max(self._gave, self._received, 1)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(60)
        for i, (label, value, color) in enumerate(self._rows()):
            top = 2 + i * (row_height + _ROW_GAP)
            painter.setPen(text_color)
            painter.drawText(QRectF(0, top, label_width, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            bar_top = top + (row_height - _BAR_HEIGHT) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(label_width, bar_top, bar_room, _BAR_HEIGHT), 4, 4)
            if value:
                painter.setBrush(color)
                width = max(bar_room * value / largest, 6)
                painter.drawRoundedRect(QRectF(label_width, bar_top, width, _BAR_HEIGHT), 4, 4)
            painter.setPen(text_color)
            painter.drawText(QRectF(label_width + bar_room + 8, top, count_width, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             str(value))
        painter.end()
