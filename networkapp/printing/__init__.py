"""Printing: relationship summaries and the network report on paper or in a PDF.

The data comes from :mod:`networkapp.services.summary` (Qt-free) via a
:class:`PrintSpec`; this package turns it into pages with QtGui only (no
QtWidgets), so the headless ``networkapp summary`` command needs no display.
The dialogs (print, preview, export) live in :mod:`networkapp.ui.print_actions`.

Typical use::

    spec = contacts_spec([contact_id])          # or network_spec(ids, with_contacts=True)
    render_pdf(spec, "summary.pdf")             # or print_document(printer, spec)
"""

from __future__ import annotations

from networkapp.printing.pages import (
    default_page_layout,
    locale_page_size,
    print_document,
    render_pdf,
)
from networkapp.printing.spec import PrintSpec, contacts_spec, network_spec

__all__ = [
    "PrintSpec",
    "contacts_spec",
    "default_page_layout",
    "locale_page_size",
    "network_spec",
    "print_document",
    "render_pdf",
]
