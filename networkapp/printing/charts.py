"""Charts painted with QPainter: gave vs received by kind (paired horizontal bars)
and over time by quarter (paired columns).

They draw in logical pixels (1/96 inch) on any painter; the printed document
draws them straight onto the page, as vectors that stay sharp at any resolution
(see :mod:`networkapp.printing.chart_object`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from networkapp.printing.fonts import document_font
from networkapp.services.dto import KindBalance
from networkapp.services.summary import QuarterBalance
from networkapp.services.vocabulary import KIND_LABELS, label_of
from networkapp.translation import format_number, tr

GAVE_COLOR = QColor("#2f7f8f")
RECEIVED_COLOR = QColor("#d9973a")
TEXT_COLOR = QColor("#2b2f33")
MUTED_COLOR = QColor("#7a838c")
GRID_COLOR = QColor("#dde2e6")


def _font(painter: QPainter, points: float) -> QFont:
    """Return the chart font for ``points`` in the painter's logical pixels.

    Charts draw in 1/96-inch units on a scaled painter: on a 600 dpi page the
    point size shrinks by as much as the painter scales up.
    """
    return document_font(points * 96 / painter.device().logicalDpiY())


def _legend(painter: QPainter, x: float, y: float) -> None:
    painter.setFont(_font(painter, 7.5))
    metrics = QFontMetricsF(painter.font(), painter.device())
    for label, color in ((tr("I gave"), GAVE_COLOR), (tr("I received"), RECEIVED_COLOR)):
        painter.fillRect(QRectF(x, y + 2, 9, 9), color)
        painter.setPen(TEXT_COLOR)
        painter.drawText(QRectF(x + 13, y, 200, 13), Qt.AlignmentFlag.AlignVCenter, label)
        x += 13 + metrics.horizontalAdvance(label) + 16


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return step * 4
    return value


def kind_chart_height(rows: int) -> int:
    """Return the logical height of the by-kind chart for ``rows`` kinds."""
    return 28 + rows * 22 + 8


def paint_kind_chart(painter: QPainter, by_kind: Sequence[KindBalance], width: float) -> None:
    """Paint gave vs received for each kind as paired horizontal bars."""
    _legend(painter, 0, 0)
    label_w, value_w = 96.0, 30.0
    bar_w = width - label_w - value_w
    top = 24.0
    peak = max((max(k.gave, k.received) for k in by_kind), default=1) or 1
    painter.setFont(_font(painter, 8))
    for i, item in enumerate(by_kind):
        y = top + i * 22
        painter.setPen(TEXT_COLOR)
        painter.drawText(QRectF(0, y, label_w - 8, 20),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         tr(label_of(item.key, KIND_LABELS)))
        for j, (count, color) in enumerate(((item.gave, GAVE_COLOR),
                                            (item.received, RECEIVED_COLOR))):
            bar = QRectF(label_w, y + 1 + j * 9.5, bar_w * count / peak, 8.5)
            painter.fillRect(bar, color)
            painter.setPen(MUTED_COLOR)
            painter.setFont(_font(painter, 6.5))
            painter.drawText(QRectF(bar.right() + 4, bar.top() - 2, value_w, 12),
                             Qt.AlignmentFlag.AlignVCenter, format_number(count))
            painter.setFont(_font(painter, 8))
    painter.setPen(GRID_COLOR)
    painter.drawLine(QPointF(label_w, top), QPointF(label_w, top + len(by_kind) * 22))


QUARTER_CHART_HEIGHT = 170


def paint_quarter_chart(painter: QPainter, quarters: Sequence[QuarterBalance], width: float
                        ) -> None:
    """Paint gave and received per quarter as paired columns on a light grid."""
    height = QUARTER_CHART_HEIGHT
    _legend(painter, 0, 0)
    left, top, bottom = 30.0, 24.0, height - 22.0
    plot_w, plot_h = width - left - 4, bottom - top
    peak = _nice_max(max((max(q.gave, q.received) for q in quarters), default=1) or 1)
    painter.setFont(_font(painter, 6.5))
    for tick in range(5):
        value = peak * tick // 4
        y = bottom - plot_h * tick / 4
        painter.setPen(GRID_COLOR)
        painter.drawLine(QPointF(left, y), QPointF(left + plot_w, y))
        painter.setPen(MUTED_COLOR)
        painter.drawText(QRectF(0, y - 6, left - 5, 12),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
    slot = plot_w / max(len(quarters), 1)
    bar = min(slot * 0.36, 14.0)
    for i, q in enumerate(quarters):
        x = left + i * slot + slot / 2
        for j, (count, color) in enumerate(((q.gave, GAVE_COLOR), (q.received, RECEIVED_COLOR))):
            h = plot_h * count / peak
            painter.fillRect(QRectF(x - bar + j * bar, bottom - h, bar * 0.92, h), color)
    _quarter_labels(painter, quarters, left, slot, bottom)


def _quarter_labels(painter: QPainter, quarters: Sequence[QuarterBalance], left: float,
                    slot: float, bottom: float) -> None:
    """Label every quarter when there is room ("2024 Q3"), else the years at their Q1."""
    painter.setPen(MUTED_COLOR)
    wide = slot >= 40
    years_every = max(1, int(40 // (slot * 4)) + 1)
    for i, q in enumerate(quarters):
        if wide:  # "2024 Q3"; "2024 T3" in Italian (trimestre)
            text = tr("%1 Q%2").replace("%1", str(q.year)).replace("%2", str(q.quarter))
        elif (q.quarter == 1 and q.year % years_every == 0) or (i == 0 and q.quarter <= 2):
            text = str(q.year)
        else:
            continue
        x = left + i * slot + (slot / 2 if wide else 0)
        painter.drawText(QRectF(x - 30, bottom + 3, 60, 14), Qt.AlignmentFlag.AlignHCenter, text)
        if not wide:
            painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 3))
