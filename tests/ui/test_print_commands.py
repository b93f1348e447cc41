"""Printing from the main window: the selection's summaries and the network report."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from networkapp.printing import PrintSpec
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields
from networkapp.ui import print_actions
from networkapp.ui.main_window import MainWindow


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[PrintSpec]:
    shown: list[PrintSpec] = []
    monkeypatch.setattr(print_actions, "preview", lambda parent, spec: shown.append(spec))
    return shown


def test_print_actions_need_a_selection(window: MainWindow, ada: int) -> None:
    window.load()
    window.select_ids([])
    assert not window.acts.print_.isEnabled()
    assert not window.acts.export_pdf.isEnabled()
    window.select_ids([ada])
    assert window.acts.print_.isEnabled()
    assert window.acts.print_preview.isEnabled()
    assert window.acts.network_report.isEnabled()  # the whole network, always


def test_preview_of_one_contact_is_its_summary(window: MainWindow, ada: int,
                                               previews: list[PrintSpec]) -> None:
    window.load()
    window.select_ids([ada])
    window.acts.print_preview.trigger()
    assert len(previews) == 1
    assert "Ada Rossi" in previews[0].title
    assert len(previews[0].sections) == 1


def test_preview_of_a_selection_is_report_then_each_summary(
        window: MainWindow, ada: int, previews: list[PrintSpec]) -> None:
    other = create_contact(ContactFields(given_name="Niccolò", family_name="Ferri"))
    window.load()
    window.select_ids([ada, other])
    window.acts.print_preview.trigger()
    assert len(previews[0].sections) == 3  # network report of the two, then two summaries


def test_network_report_covers_everyone(window: MainWindow, ada: int,
                                        previews: list[PrintSpec]) -> None:
    window.acts.network_report.trigger()
    assert len(previews) == 1
    assert len(previews[0].sections) == 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) absent")
def test_export_as_pdf_writes_the_summary(window: MainWindow, ada: int, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "ada.pdf"
    monkeypatch.setattr(print_actions, "ask_pdf_path", lambda parent, spec: target)
    window.load()
    window.select_ids([ada])
    window.acts.export_pdf.trigger()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Ada Rossi" in text
    assert "Studio Aperto" in text
