"""Print, print preview and PDF export of relationship summaries and the network report.

The window builds a :class:`~networkapp.printing.PrintSpec` (``contacts_spec(ids)``
for the current contact or the selection, ``network_spec(ids or None)`` for
the network report) and hands it to one of these functions. The pages are
painted by :func:`networkapp.printing.print_document`, the same code that
writes PDFs headless.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from networkapp.printing import PrintSpec, default_page_layout, print_document, render_pdf
from networkapp.translation import tr
from networkapp.ui import messages


def make_printer(spec: PrintSpec) -> QPrinter:
    """Return a high-resolution printer set to the locale's paper (A4/Letter) and margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(default_page_layout())
    printer.setDocName(spec.title)
    return printer


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _paint(printer: QPrinter, spec: PrintSpec, parent: QWidget | None) -> bool:
    try:
        with _busy():
            print_document(printer, spec)
    except OSError as exc:
        messages.show_error(parent, tr("Print"), str(exc))
        return False
    return True


def print_with_dialog(parent: QWidget | None, spec: PrintSpec) -> bool:
    """Ask for a printer (QPrintDialog), then print; return True when printed."""
    printer = make_printer(spec)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print {title}").format(title=spec.title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return _paint(printer, spec, parent)


def build_preview(parent: QWidget | None, spec: PrintSpec) -> QPrintPreviewDialog:
    """Return a print preview of ``spec`` (not shown: call ``open()`` or ``exec()``)."""
    printer = make_printer(spec)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(tr("Print Preview \u2014 {title}").format(title=spec.title))
    dialog.paintRequested.connect(lambda target: print_document(target, spec))
    dialog.printer_ = printer  # type: ignore[attr-defined]  # keep it alive with the dialog
    return dialog


def preview(parent: QWidget | None, spec: PrintSpec) -> None:
    """Show the print preview of ``spec`` (printing from it uses the same pages)."""
    build_preview(parent, spec).exec()


def suggested_file_name(spec: PrintSpec) -> str:
    """Return ``"Ada Rossi - summary 2026-03-15.pdf"``-like, safe on every file system."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", spec.title).strip(" .") or "summary"
    return f"{stem[:80]} {spec.generated_on.isoformat()}.pdf"


def ask_pdf_path(parent: QWidget | None, spec: PrintSpec) -> Path | None:
    """Ask where to save the PDF (QFileDialog); None when cancelled."""
    start = str(Path(QDir.homePath()) / suggested_file_name(spec))
    name, _ = QFileDialog.getSaveFileName(parent, tr("Export as PDF"), start,
                                          tr("PDF files (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_pdf(parent: QWidget | None, spec: PrintSpec, path: Path | None = None
               ) -> Path | None:
    """Write ``spec`` as a PDF (asking where unless ``path`` is given); return the path."""
    path = path or ask_pdf_path(parent, spec)
    if path is None:
        return None
    try:
        with _busy():
            render_pdf(spec, path)
    except OSError as exc:
        messages.show_error(parent, tr("Export as PDF"), str(exc))
        return None
    return path
