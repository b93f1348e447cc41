"""The introductions on paper: the summary's small map and the report's door openers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from networkapp.printing import contacts_spec, network_spec, render_pdf
from networkapp.printing.contact_html import contact_html
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields, ExchangeInput, InteractionInput
from networkapp.services.interactions import add_interaction
from networkapp.services.summary import contact_summary
from tests.printing.conftest import PdfText


@pytest.fixture
def marco(db_path: Path) -> int:
    """Marco <Anna & B> introduced Anna and Luca; I introduced Sara to Marco."""
    marco = create_contact(ContactFields(display_name="Marco <Anna & B>"))
    create_contact(ContactFields(display_name="Anna Rossi", introduced_by=marco,
                                 introduced_on=dt.date(2024, 3, 5)))
    create_contact(ContactFields(display_name="Luca Verdi", introduced_by=marco))
    sara = create_contact(ContactFields(display_name="Sara Blu"))
    add_interaction(marco, InteractionInput(dt.date(2024, 4, 1), exchanges=(
        ExchangeInput("gave", "introduction", introduced=sara),)))
    return marco


def test_the_summary_shows_the_introductions_and_their_map(
        qtbot: QtBot, marco: int, tmp_path: Path, pdf_text: PdfText) -> None:
    html, images, _ = contact_html(contact_summary(marco), 600)
    assert "Marco &lt;Anna &amp; B&gt;" in html and "<Anna" not in html  # names escaped
    assert f"map://contact/{marco}" in images and images[f"map://contact/{marco}"].width() > 200
    out = tmp_path / "marco.pdf"
    render_pdf(contacts_spec([marco]), out)
    text = " ".join(pdf_text(out).split())
    assert "Introductions" in text
    assert "They introduced to you: Anna Rossi, Luca Verdi." in text
    assert "You introduced to them: Sara Blu." in text


def test_a_contact_without_introductions_has_no_such_section(qtbot: QtBot,
                                                             db_path: Path) -> None:
    alone = create_contact(ContactFields(display_name="Alone"))
    html, images, _ = contact_html(contact_summary(alone), 600)
    assert "Introductions" not in html and not images


def test_the_network_report_lists_who_opened_most_doors(
        qtbot: QtBot, marco: int, tmp_path: Path, pdf_text: PdfText) -> None:
    out = tmp_path / "report.pdf"
    render_pdf(network_spec(None), out)
    text = " ".join(pdf_text(out).split())
    assert "Who opened most doors (1)" in text
    assert "Marco <Anna & B> 2 1 3" in text
