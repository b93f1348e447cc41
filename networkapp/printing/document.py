"""A QTextDocument that never loads anything it was not handed.

Images come only from :meth:`QTextDocument.addResource` (our charts and stored
photos). Any other URL an ``<img>`` could name (``http://``, ``file://``, a
relative path) is refused by :meth:`SafeTextDocument.loadResource` and recorded
in ``refused_urls`` so tests can check nothing was asked for.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QImage, QPaintDevice, QTextDocument

from networkapp.printing.chart_object import Chart, install_charts
from networkapp.printing.contact_html import contact_html
from networkapp.printing.fonts import document_font
from networkapp.printing.html_common import STYLE_SHEET
from networkapp.printing.network_html import network_html
from networkapp.printing.spec import Section
from networkapp.services.summary import NetworkReport


class SafeTextDocument(QTextDocument):
    """A text document whose only resources are the ones added to it."""

    def __init__(self) -> None:
        super().__init__()
        self.refused_urls: list[str] = []

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: N802 (Qt override)
        """Refuse every resource that was not added beforehand (no file, no network)."""
        self.refused_urls.append(name.toString() if isinstance(name, QUrl) else name)
        return None


def section_html(section: Section, width: int
                 ) -> tuple[str, dict[str, QImage], dict[str, Chart]]:
    """Return the HTML of one section, the images and the charts it names."""
    if isinstance(section, NetworkReport):
        return network_html(section), {}, {}
    return contact_html(section, width)


def build_document(section: Section, device: QPaintDevice, page_size: QSizeF
                   ) -> SafeTextDocument:
    """Lay out one section for ``device``, ``page_size`` wide (device pixels)."""
    doc = SafeTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(document_font())
    doc.setDefaultStyleSheet(STYLE_SHEET)
    doc.setUseDesignMetrics(True)
    width = int(page_size.width() * 96 / device.logicalDpiX())  # logical px for the charts
    html, images, charts = section_html(section, width)
    for url, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    doc.setHtml(f"<html><body>{html}</body></html>")
    install_charts(doc, charts)
    # One long strip, no page height: networkapp.printing.paginate cuts it into pages.
    doc.setTextWidth(page_size.width())
    return doc
