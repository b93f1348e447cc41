"""Paint documents page by page: running header, body, "n / N" footer.

:func:`print_document` draws a :class:`PrintSpec` on any paged device (a
``QPrinter`` from the print dialog or the preview, a ``QPdfWriter``);
:func:`render_pdf` writes a PDF file. Each section starts on a new page.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from networkapp import APP_DISPLAY_NAME
from networkapp.files import replacing
from networkapp.printing.document import SafeTextDocument, build_document
from networkapp.printing.fonts import document_font
from networkapp.printing.html_common import fmt_date
from networkapp.printing.paginate import PageSlice, paginate
from networkapp.printing.spec import PrintSpec, section_title

MARGINS_MM = QMarginsF(18, 16, 18, 14)
PDF_RESOLUTION = 600
HEADER_MM = 9.0  # running header band, inside the margins
FOOTER_MM = 8.0
RULE_COLOR = QColor("#c9d0d6")
HEADER_COLOR = QColor("#6b737b")


def locale_page_size(locale: QLocale | None = None) -> QPageSize:
    """Return Letter where the locale measures in US units, A4 everywhere else."""
    locale = locale or QLocale()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def default_page_layout(locale: QLocale | None = None) -> QPageLayout:
    """Return the page layout documents are printed with by default."""
    return QPageLayout(locale_page_size(locale), QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


@dataclass(frozen=True)
class _Geometry:
    """Where header, body and footer sit on a page (device pixels, painter origin)."""

    width: float
    height: float
    header: float
    footer: float

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> _Geometry:
        rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
        mm = device.logicalDpiY() / 25.4
        return cls(rect.width(), rect.height(), HEADER_MM * mm, FOOTER_MM * mm)

    @property
    def body(self) -> QSizeF:
        return QSizeF(self.width, self.height - self.header - self.footer)


@dataclass(frozen=True)
class _Laid:
    """One section laid out and cut into pages."""

    title: str
    doc: SafeTextDocument
    pages: list[PageSlice]


def _layout(device: QPagedPaintDevice, spec: PrintSpec, geometry: _Geometry) -> list[_Laid]:
    scale = device.logicalDpiY() / 96
    laid = []
    for section in spec.sections:
        doc = build_document(section, device, geometry.body)
        laid.append(_Laid(section_title(section), doc,
                          paginate(doc, geometry.body.height(), scale)))
    return laid


def _page_range(device: QPagedPaintDevice, total: int) -> range:
    """Return the pages to paint (1-based): those the print dialog asked for, or all."""
    first = getattr(device, "fromPage", lambda: 0)()
    last = getattr(device, "toPage", lambda: 0)()
    if first > 0:
        return range(first, min(last or total, total) + 1)
    return range(1, total + 1)


def print_document(device: QPagedPaintDevice, spec: PrintSpec) -> int:
    """Paint ``spec`` on ``device`` (a QPrinter or QPdfWriter); return the page count.

    Usable as the slot of ``QPrintPreviewDialog.paintRequested``.
    """
    geometry = _Geometry.of(device)
    laid = _layout(device, spec, geometry)
    total = sum(len(item.pages) for item in laid)
    wanted = _page_range(device, total)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The printer or file could not be opened for writing.")
    try:
        _paint_all(painter, device, laid, geometry, day=spec.generated_on, wanted=wanted)
    finally:
        painter.end()
    return total


def _paint_all(painter: QPainter, device: QPagedPaintDevice, laid: list[_Laid],
               geometry: _Geometry, *, day: dt.date, wanted: range) -> None:
    total = sum(len(item.pages) for item in laid)
    number, painted = 0, 0
    for item in laid:
        for page in item.pages:
            number += 1
            if number not in wanted:
                continue
            if painted:
                device.newPage()
            painted += 1
            _paint_frame(painter, geometry, item.title, f"{number} / {total}", day)
            _paint_body(painter, item.doc, page, geometry)


def _paint_strip(painter: QPainter, doc: SafeTextDocument, span: tuple[float, float],
                 top: float, width: float) -> None:
    painter.save()
    painter.translate(0, top - span[0])
    # A hair inside the strip: a block starting right at its end is not drawn (and clipped).
    doc.drawContents(painter, QRectF(0, span[0], width, span[1] - span[0] - 1))
    painter.restore()


def _paint_body(painter: QPainter, doc: SafeTextDocument, page: PageSlice, geometry: _Geometry
                ) -> None:
    top = geometry.header
    if page.header:
        _paint_strip(painter, doc, page.header, top, geometry.width)
        top += page.header_height
    _paint_strip(painter, doc, (page.start, page.end), top, geometry.width)


def _paint_frame(painter: QPainter, geometry: _Geometry, title: str, page: str,
                 day: dt.date) -> None:
    painter.save()
    font = document_font(7.5)
    painter.setFont(font)
    painter.setPen(HEADER_COLOR)
    right = f"{APP_DISPLAY_NAME} \u00b7 {fmt_date(day)}"
    metrics = QFontMetricsF(font, painter.device())
    room = geometry.width - metrics.horizontalAdvance(right) - metrics.height()
    elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
    band = QRectF(0, 0, geometry.width, geometry.header * 0.55)
    painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
    painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
    painter.setPen(RULE_COLOR)
    painter.drawLine(band.bottomLeft(), band.bottomRight())
    foot = QRectF(0, geometry.height - geometry.footer * 0.6, geometry.width,
                  geometry.footer * 0.6)
    painter.setPen(HEADER_COLOR)
    painter.drawText(foot, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, page)
    painter.restore()


def _check_pdf(path: Path) -> str | None:
    """Return None when ``path`` holds a whole PDF, else what is wrong (Qt does not say)."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, size - 1024))
        tail = handle.read()
    if head == b"%PDF-" and b"%%EOF" in tail:
        return None
    # Qt does not report write errors: a nearly empty disk is the usual reason.
    stats = os.statvfs(path.parent)
    if stats.f_bavail * stats.f_frsize < 1024 * 1024:
        return "the disk is full (the PDF came out incomplete)"
    return "the PDF came out incomplete"


def render_pdf(spec: PrintSpec, path: str | Path, layout: QPageLayout | None = None) -> int:
    """Write ``spec`` to the PDF file ``path``; return the page count.

    The PDF is written beside ``path`` and renamed over it once complete and checked.

    Raises:
        WriteError: the file cannot be written; ``path`` is as it was.
    """
    with replacing(path, check=_check_pdf) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(layout or default_page_layout())
        writer.setTitle(spec.title)
        writer.setCreator(APP_DISPLAY_NAME)
        pages = print_document(writer, spec)
        del writer  # closes the file before it is checked
    return pages
