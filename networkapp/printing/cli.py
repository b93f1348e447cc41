"""The printing side of ``networkapp summary``: build the spec, write the PDF headless."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from networkapp.printing.headless import ensure_gui_application
from networkapp.printing.pages import render_pdf
from networkapp.printing.spec import PrintSpec, contacts_spec, network_spec
from networkapp.services.contacts import contact_status


def build_spec(ids: Sequence[int] | None, *, report: bool, with_contacts: bool,
               since: dt.date | None) -> PrintSpec:
    """Return what ``summary`` prints (see its help).

    Raises:
        NotFoundError: an id names no contact (checked before anything is built).
    """
    for contact_id in ids or ():
        contact_status(contact_id)  # raises NotFoundError with the id in the message
    if ids is None:
        return network_spec(None, with_contacts=with_contacts, period_start=since)
    if report:
        return network_spec(list(ids), with_contacts=True, period_start=since)
    return contacts_spec(list(ids))


def write_pdf(ids: Sequence[int] | None, *, report: bool, with_contacts: bool,
              since: dt.date | None, path: Path) -> int:
    """Build the document and write it to ``path``; return the page count."""
    ensure_gui_application()
    spec = build_spec(ids, report=report, with_contacts=with_contacts, since=since)
    return render_pdf(spec, path)
