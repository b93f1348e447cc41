"""What to print: the sections of a document, loaded from the services once.

A :class:`PrintSpec` holds the data (frozen dataclasses from
:mod:`networkapp.services.summary`), so painting it again for the print preview
or the PDF never touches the database. Its titles are translated when it is built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from networkapp.services.listing import ContactQuery, list_contact_tuples
from networkapp.services.summary import (
    ContactSummary,
    NetworkReport,
    contact_summary,
    network_report,
)
from networkapp.translation import tr

Section = ContactSummary | NetworkReport


@dataclass(frozen=True)
class PrintSpec:
    """A document: a title and its sections, each starting on a new page."""

    title: str
    sections: tuple[Section, ...]
    generated_on: dt.date

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to print."""
        return not self.sections


def section_title(section: Section) -> str:
    """Return the running-header title of a section (the contact's name or the report's)."""
    if isinstance(section, NetworkReport):
        return tr("Network report (selection)") if section.is_selection else tr("Network report")
    return section.name or tr("Contact %1").replace("%1", str(section.id))


def contacts_spec(contact_ids: Sequence[int], today: dt.date | None = None) -> PrintSpec:
    """Return the relationship summaries of the given contacts, one after the other.

    Raises:
        NotFoundError: one of the contacts does not exist.
    """
    today = today or dt.date.today()
    sections = tuple(contact_summary(cid, today) for cid in contact_ids)
    title = section_title(sections[0]) if len(sections) == 1 else (
        tr("Relationship summaries (%Ln contacts)", "", len(sections)))
    return PrintSpec(title=title, sections=sections, generated_on=today)


def network_spec(contact_ids: Sequence[int] | None = None, *, with_contacts: bool = False,
                 period_start: dt.date | None = None, today: dt.date | None = None
                 ) -> PrintSpec:
    """Return the network report (of a selection or of everyone), optionally followed by
    each selected contact's summary.

    ``with_contacts`` without ``contact_ids`` appends every contact: for a big
    network that is a long document, so callers ask for it explicitly.
    """
    today = today or dt.date.today()
    report = network_report(contact_ids, period_start=period_start, today=today)
    sections: list[Section] = [report]
    if with_contacts:
        ids = contact_ids if contact_ids is not None else _all_contact_ids()
        sections += [contact_summary(cid, today) for cid in ids]
    return PrintSpec(title=section_title(report), sections=tuple(sections), generated_on=today)


def _all_contact_ids() -> list[int]:
    return [row[0] for row in list_contact_tuples(ContactQuery(view="all", sort="name"))]
