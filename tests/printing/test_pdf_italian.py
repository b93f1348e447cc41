"""The printed summary and the network report in Italian, read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from networkapp import translation
from networkapp.printing import network_spec, render_pdf
from tests.printing.conftest import PdfText
from tests.printing.factories import empty_contact, rich_contact
from tests.ui.test_italian import SAME_IN_BOTH, _data_words

TODAY = dt.date(2026, 3, 15)


def _printed(language: str, qapp: QApplication, ids: list[int], out: Path,
             pdf_text: PdfText) -> list[str]:
    translation.install(qapp, language)
    try:
        render_pdf(network_spec(ids, with_contacts=True, today=TODAY), out)
    finally:
        translation.install(qapp, "en")
    return [" ".join(line.split()) for line in pdf_text(out).splitlines() if line.strip()]


def _words_left(line: str, data: set[str]) -> str:
    for value in sorted(data, key=len, reverse=True):
        if len(value) > 1:
            line = line.replace(value, " ")
    return line


def test_the_printed_pages_read_in_italian(qtbot: QtBot, qapp: QApplication, db_path: Path,
                                           tmp_path: Path, pdf_text: PdfText) -> None:
    ids = [rich_contact(), empty_contact("Nuova Persona")]
    data = _data_words() | SAME_IN_BOTH | {"Networkapp"}
    english = _printed("en", qapp, ids, tmp_path / "en.pdf", pdf_text)
    italian = _printed("it", qapp, ids, tmp_path / "it.pdf", pdf_text)
    same = [line for line in set(english) & set(italian)
            if re.search(r"[A-Za-z]{3}", _words_left(line, data))]
    assert not same, "printed in English:\n" + "\n".join(sorted(same))
    text = "\n".join(italian)
    for words in ("Resoconto della rete", "Una selezione di 2 contatti", "Bilancio",
                  "Interazioni", "Lettura", "Hai dato 14 volte,", "15 marzo 2026"):
        assert words in text, words
