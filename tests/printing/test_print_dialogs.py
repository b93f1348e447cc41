"""Print, preview and export from the window: the dialogs around the same pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from networkapp.printing import PrintSpec, contacts_spec, network_spec
from networkapp.ui import print_actions
from tests.printing.conftest import PdfText
from tests.printing.factories import TODAY, rich_contact


@pytest.fixture
def spec(db_path: Path) -> PrintSpec:
    """The summary of one rich contact."""
    return contacts_spec([rich_contact("Ada <i>Rossi</i>")], TODAY)


def test_preview_paints_the_pages(qtbot: QtBot, spec: PrintSpec) -> None:
    dialog = print_actions.build_preview(None, spec)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QPrintPreviewDialog)
    assert "Ada <i>Rossi</i>" in dialog.windowTitle()
    with qtbot.waitSignal(dialog.paintRequested, timeout=5000):
        dialog.open()
    dialog.close()


def test_printer_uses_the_locale_paper(qtbot: QtBot, spec: PrintSpec) -> None:
    printer = print_actions.make_printer(spec)
    assert printer.docName() == spec.title
    assert printer.pageLayout().pageSize().id() in (
        printer.pageLayout().pageSize().PageSizeId.A4,
        printer.pageLayout().pageSize().PageSizeId.Letter)


def test_print_dialog_cancelled_prints_nothing(qtbot: QtBot, spec: PrintSpec,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert print_actions.print_with_dialog(None, spec) is False


def test_print_dialog_accepted_prints(qtbot: QtBot, spec: PrintSpec, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      pdf_text: PdfText) -> None:
    out = tmp_path / "printed.pdf"
    make = print_actions.make_printer

    def to_file(s: PrintSpec) -> QPrinter:
        printer = make(s)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(print_actions, "make_printer", to_file)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert print_actions.print_with_dialog(None, spec) is True
    assert "Ada <i>Rossi</i>" in pdf_text(out)


def test_export_asks_for_a_path_and_adds_pdf(qtbot: QtBot, db_path: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "network report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(chosen), "PDF files (*.pdf)")))
    path = print_actions.export_pdf(None, network_spec(today=TODAY))
    assert path == tmp_path / "network report.pdf"
    assert path.read_bytes().startswith(b"%PDF")


def test_export_cancelled(qtbot: QtBot, spec: PrintSpec, monkeypatch: pytest.MonkeyPatch
                          ) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    assert print_actions.export_pdf(None, spec) is None


def test_export_error_is_shown(qtbot: QtBot, spec: PrintSpec, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(print_actions.messages, "show_error",
                        lambda parent, title, text: shown.append(text))
    assert print_actions.export_pdf(None, spec, tmp_path / "no" / "x.pdf") is None
    assert shown and "cannot be written" in shown[0]


def test_suggested_file_name_is_safe(spec: PrintSpec) -> None:
    name = print_actions.suggested_file_name(spec)
    assert name.endswith(f"{TODAY.isoformat()}.pdf")
    assert "/" not in name and "<" not in name
