"""Cut a laid-out document into pages at places a reader expects.

Qt's own pagination moves a table row to the next page only when none of its
cells fits, so a two-line row can be split, and a heading can be left alone at
the bottom of a page. Here the document is laid out once, as one long strip,
and cut only between paragraph lines, between table rows (repeating the table's
header rows on the next page) and never right after a heading. Something taller
than a page is cut where it must.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

Span = tuple[float, float]


@dataclass(frozen=True)
class PageSlice:
    """One page: the strip ``[start, end)`` of the document, below ``header`` if any."""

    start: float
    end: float
    header: Span | None = None

    @property
    def header_height(self) -> float:
        """Height of the repeated table header (0 without one)."""
        return self.header[1] - self.header[0] if self.header else 0.0


@dataclass(frozen=True)
class _Break:
    y: float
    header: Span | None = None  # the header rows to repeat when the page starts here


def _row_top(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int,
             padding: float) -> float:
    block = table.cellAt(row, 0).firstCursorPosition().block()
    return layout.blockBoundingRect(block).top() - padding


def _table_breaks(layout: QAbstractTextDocumentLayout, table: QTextTable, allow_top: bool,
                  scale: float) -> list[_Break]:
    fmt = table.format()
    rows, header_rows = table.rows(), fmt.headerRowCount()
    padding = (fmt.cellPadding() + fmt.border()) * scale
    top = layout.frameBoundingRect(table).top()
    breaks = [_Break(top)] if allow_top else []
    if rows <= header_rows:
        return breaks
    tops = [_row_top(layout, table, r, padding) for r in range(header_rows, rows)]
    header = (top, tops[0]) if header_rows else None
    # Not before the first data row: the header would be left alone.
    breaks += [_Break(y, header) for y in tops[1:]]
    return breaks


def _block_breaks(layout: QAbstractTextDocumentLayout, block: QTextBlock, allow_top: bool
                  ) -> list[_Break]:
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    breaks = [_Break(top)] if allow_top else []
    breaks += [_Break(top + lines.lineAt(i).y()) for i in range(1, lines.lineCount())]
    return breaks


def break_points(doc: QTextDocument, scale: float) -> list[_Break]:
    """Return where ``doc`` may be cut, top to bottom.

    Args:
        doc: a document laid out without a page height.
        scale: device pixels per logical pixel (table padding is in logical pixels).
    """
    layout = doc.documentLayout()
    breaks: list[_Break] = []
    after_heading = False
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            breaks += _table_breaks(layout, table, not after_heading, scale)
            block = doc.findBlock(table.lastPosition() + 1)
            after_heading = False
            continue
        breaks += _block_breaks(layout, block, not after_heading)
        after_heading = block.blockFormat().headingLevel() > 0
        block = block.next()
    return breaks


def paginate(doc: QTextDocument, page_height: float, scale: float) -> list[PageSlice]:
    """Return the pages of ``doc`` for pages ``page_height`` high (device pixels)."""
    total = doc.documentLayout().documentSize().height()
    breaks = sorted(break_points(doc, scale), key=lambda b: b.y)
    ys = [b.y for b in breaks]
    pages: list[PageSlice] = []
    start, header = 0.0, None
    while start < total - 0.5 or not pages:
        room = page_height - (header[1] - header[0] if header else 0.0)
        limit = start + room
        if limit >= total:
            pages.append(PageSlice(start, total, header))
            break
        index = bisect_right(ys, limit) - 1
        if index >= 0 and ys[index] > start + 1:
            cut = breaks[index]
            end, next_header = cut.y, cut.header
        else:  # taller than a page: cut where we must
            end, next_header = limit, None
        pages.append(PageSlice(start, end, header))
        start, header = end, next_header
    return pages
