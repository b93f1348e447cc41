"""Charts inside a QTextDocument as vector drawings, not bitmaps.

The HTML names a chart with ``<img src="chart://…" width height>``;
:func:`install_charts` swaps each such placeholder for a custom text object
before layout, and :class:`ChartTextObject` paints it with QPainter straight
onto the page: sharp at any resolution, and a PDF page of charts stays small
and quick to write (bitmaps at print resolution took most of the time).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject.value + 1
CHART_KEY = QTextFormat.Property.UserProperty.value + 1


@dataclass(frozen=True)
class Chart:
    """A chart to draw: its logical size (1/96 inch) and how to paint it."""

    size: QSizeF
    paint: Callable[[QPainter], None]


class ChartTextObject(QPyTextObject):
    """Draws the charts of one document (registered as its ``CHART_OBJECT`` handler)."""

    def __init__(self, doc: QTextDocument, charts: dict[str, Chart]) -> None:
        """Keep ``charts`` (by URL) for ``doc``, which owns this handler."""
        super().__init__(doc)
        self.charts = charts

    def _chart(self, fmt: QTextFormat) -> Chart | None:
        return self.charts.get(str(fmt.property(CHART_KEY)))

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        """Return the chart's size in the layout's device pixels."""
        chart = self._chart(fmt)
        if chart is None:
            return QSizeF(0, 0)
        device = doc.documentLayout().paintDevice()
        scale = device.logicalDpiX() / 96 if device is not None else 1.0
        return QSizeF(chart.size.width() * scale, chart.size.height() * scale)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument,  # noqa: N802
                   pos: int, fmt: QTextFormat) -> None:
        """Paint the chart into ``rect``, in logical pixels scaled to fit."""
        chart = self._chart(fmt)
        if chart is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / chart.size.width(), rect.height() / chart.size.height())
        chart.paint(painter)
        painter.restore()


def install_charts(doc: QTextDocument, charts: dict[str, Chart]) -> None:
    """Replace each ``<img src="chart://…">`` placeholder of ``doc`` by its chart object.

    Call after ``setHtml`` and before the document is laid out.
    """
    if not charts:
        return
    handler = ChartTextObject(doc, charts)
    doc.documentLayout().registerHandler(CHART_OBJECT, handler)
    for position, name in _placeholders(doc, charts):
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(CHART_KEY, name)
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("\ufffc", fmt)


def _placeholders(doc: QTextDocument, charts: dict[str, Chart]) -> list[tuple[int, str]]:
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            name = fmt.toImageFormat().name() if fmt.isImageFormat() else ""
            if name in charts:
                found.append((fragment.position(), name))
            it += 1
        block = block.next()
    return found
