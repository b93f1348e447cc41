"""PDFs of relationship summaries and of the network report, read back as text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from networkapp.printing import contacts_spec, locale_page_size, network_spec, render_pdf
from networkapp.printing import document as document_module
from networkapp.printing.contact_html import contact_html
from networkapp.printing.fonts import cjk_family
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields, InteractionInput, SignalInput
from networkapp.services.interactions import add_interaction
from networkapp.services.signals import add_signal
from networkapp.services.summary import contact_summary
from tests.printing.conftest import PdfText
from tests.printing.factories import (
    HOSTILE_NAME,
    HOSTILE_NOTE,
    TODAY,
    busy_contact,
    empty_contact,
    rich_contact,
)

PAGE_NUMBER = re.compile(r"^\s*(\d+) ?/ ?(\d+)\s*$", re.MULTILINE)  # pdftotext may eat spaces


def _flat(text: str) -> str:
    """Return the text on one line, ligatures ("ﬁ") undone."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _numbers(text: str) -> list[tuple[int, int]]:
    return [(int(n), int(total)) for n, total in PAGE_NUMBER.findall(text)]


def _record_documents(monkeypatch: pytest.MonkeyPatch
                      ) -> list[document_module.SafeTextDocument]:
    """Keep every document the next render builds, to inspect what it asked for."""
    docs: list[document_module.SafeTextDocument] = []
    build = document_module.build_document

    def recording(*args: object) -> document_module.SafeTextDocument:
        docs.append(build(*args))  # type: ignore[arg-type]
        return docs[-1]

    monkeypatch.setattr("networkapp.printing.pages.build_document", recording)
    return docs


def test_rich_contact_summary(qtbot: QtBot, db_path: Path, pdf_text: PdfText,
                              pdf_info: Callable[[Path], dict[str, str]],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _record_documents(monkeypatch)
    out = db_path.parent / "rich.pdf"
    pages = render_pdf(contacts_spec([rich_contact()], TODAY), out)
    text = pdf_text(out)
    for expected in ("Élodie Ångström", "Founder · Kōbō Design", "Balance", "By kind",
                     "Over time, by quarter", "Interactions (14)", "Signals (2 open, 1 closed)",
                     "Clarifications and decisions", "Why do we only talk when you need",
                     "We talked it through", "Reading", "Notes Met at the Lisbon conference.",
                     "Needs attention: Keep-in-touch overdue by 50 days; Warnings open: weight "
                     "2, below the threshold of 3",
                     "You gave 14 times, received 5 times; 1 open warning, weight 2; "
                     "threshold 3."):
        assert expected in _flat(text), expected
    assert int(pdf_info(out)["Pages"]) == pages
    assert _numbers(text) == [(n, pages) for n in range(1, pages + 1)]
    assert all(doc.refused_urls == [] for doc in docs)  # photo and charts are our own


def test_cjk_names_print(qtbot: QtBot, db_path: Path, tmp_path: Path, pdf_text: PdfText) -> None:
    if cjk_family() is None:
        pytest.skip("no CJK font installed (Debian: apt-get install fonts-noto-cjk)")
    out = tmp_path / "cjk.pdf"
    render_pdf(contacts_spec([rich_contact("山田太郎 李明")], TODAY), out)
    # NFKC: the PDF maps some glyphs back to look-alike Kangxi radicals (⼭ for 山).
    assert "山田太郎 李明" in _flat(pdf_text(out))


def test_empty_contact_is_one_calm_page(qtbot: QtBot, db_path: Path, tmp_path: Path,
                                        pdf_text: PdfText) -> None:
    out = tmp_path / "empty.pdf"
    assert render_pdf(contacts_spec([empty_contact("Nuova Persona")], TODAY), out) == 1
    text = pdf_text(out)
    assert "No exchanges logged yet." in text
    assert "Nothing logged yet." in text
    assert _numbers(text) == [(1, 1)]


def _hostile_contact() -> int:
    cid = create_contact(ContactFields(display_name=HOSTILE_NAME, organization=HOSTILE_NOTE,
                                       notes=HOSTILE_NOTE))
    add_interaction(cid, InteractionInput(date=TODAY, summary=HOSTILE_NOTE, notes=HOSTILE_NOTE))
    add_signal(cid, SignalInput(TODAY, "warning", HOSTILE_NOTE, note=HOSTILE_NOTE))
    return cid


def test_hostile_text_prints_literally_and_loads_nothing(
        qtbot: QtBot, db_path: Path, tmp_path: Path, pdf_text: PdfText,
        monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _record_documents(monkeypatch)
    out = tmp_path / "hostile.pdf"
    cid = _hostile_contact()
    render_pdf(network_spec([cid], with_contacts=True, today=TODAY), out)
    text = _flat(pdf_text(out))
    assert "<b>x</b>" in text
    assert '<img src="http://example.com/x.png"> & <script>alert(1)</script>' in text
    assert text.count("<script>alert(1)</script>") >= 4  # the contact's notes too
    assert len(docs) == 2
    assert all(doc.refused_urls == [] for doc in docs)  # nothing asked for, http or else


def test_a_real_img_tag_is_refused_not_fetched(qtbot: QtBot, tmp_path: Path) -> None:
    """The guard itself: even unescaped, a remote image is recorded and never loaded."""
    doc = document_module.SafeTextDocument()
    doc.setHtml('<p>a<img src="http://example.com/x.png">b<img src="file:///etc/passwd"></p>')
    doc.setTextWidth(400)
    doc.documentLayout().documentSize()
    assert "http://example.com/x.png" in doc.refused_urls
    assert doc.resource(QTextDocument.ResourceType.ImageResource,
                        QUrl("http://example.com/x.png")) is None


def test_a_long_history_paginates_cleanly(
        qtbot: QtBot, db_path: Path, tmp_path: Path, pdf_text: PdfText) -> None:
    out = tmp_path / "busy.pdf"
    pages = render_pdf(contacts_spec([busy_contact(600)], TODAY), out)
    assert 15 <= pages <= 40  # ~25 rows a page (bench/bench_summary.py prints 2,000)
    text = pdf_text(out)
    assert _numbers(text) == [(n, pages) for n in range(1, pages + 1)]
    for page in text.split("\f")[2:-1]:  # interaction pages: header repeated, rows whole
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0].startswith("Marco Rossi")  # the running header
        assert re.match(r"\d{4} · \d+ interactions", lines[1]), lines[1]
        assert lines[2].split() == ["Date", "What", "happened", "I", "gave", "I", "received"]
        assert re.match(r"\d{1,2}/\d{1,2}/\d{4} ", lines[3]), lines[3]  # a row starts, whole


def test_network_report_then_one_contact_per_page(
        qtbot: QtBot, db_path: Path, tmp_path: Path, pdf_text: PdfText) -> None:
    ids = [rich_contact(), empty_contact("Nuova Persona")]
    out = tmp_path / "report.pdf"
    pages = render_pdf(network_spec(ids, with_contacts=True, today=TODAY), out)
    first = pdf_text(out, 1, 1)
    assert "Network report" in first and "A selection of 2 contacts" in first
    last = pdf_text(out, pages, pages)
    assert "Nuova Persona" in last.splitlines()[0]  # the running header names the contact
    assert _numbers(last) == [(pages, pages)]


@pytest.mark.parametrize(("country", "size"), [
    (QLocale.Country.UnitedStates, "612 x 792 pts (letter)"),
    (QLocale.Country.Italy, "595 x 842 pts (A4)"),
])
def test_paper_follows_the_locale(qtbot: QtBot, db_path: Path,
                                  pdf_info: Callable[[Path], dict[str, str]],
                                  country: QLocale.Country, size: str) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, country))
    try:
        out = db_path.parent / "paper.pdf"
        render_pdf(contacts_spec([empty_contact()], TODAY), out)
    finally:
        QLocale.setDefault(previous)
    assert pdf_info(out)["Page size"] == size


def test_locale_page_size() -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert locale_page_size(us).id() == locale_page_size(us).PageSizeId.Letter
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert locale_page_size(de).id() == locale_page_size(de).PageSizeId.A4


def test_unwritable_path_says_so(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(OSError, match="cannot be written"):
        render_pdf(contacts_spec([empty_contact()], TODAY), tmp_path / "no" / "x.pdf")


def test_charts_are_vector_drawings(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    """Charts are painted straight onto the page (sharp at any zoom); only the photo is a bitmap."""
    cid = rich_contact()
    _, images, charts = contact_html(contact_summary(cid, TODAY), 600)
    assert set(images) == {f"photo://contact/{cid}"}
    assert set(charts) == {"chart://balance/kind", "chart://balance/quarters"}
    out = tmp_path / "charts.pdf"
    render_pdf(contacts_spec([cid], TODAY), out)
    assert out.stat().st_size < 150_000  # bitmaps at print resolution would weigh megabytes
