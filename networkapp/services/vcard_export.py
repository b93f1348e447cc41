"""Exporting contacts as vCard 4.0 or 3.0 text (no Qt): :func:`format_vcard`, per contact.

Everything a contact card holds goes out (names, organization, title, birthday,
notes, e-mails, phones, addresses, URLs, tags, the photo or its remote address, and
its UID), so that an export imported into an empty file reproduces the stored fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from networkapp.models import Contact
from networkapp.models.rows import tuples
from networkapp.services.contacts import get_contact
from networkapp.services.dto import ContactFields
from networkapp.services.introductions import uid_of
from networkapp.services.vcard import Address, Email, Phone, Url, format_vcard


def contact_vcard(fields: ContactFields, version: str = "4.0") -> str:
    """Return one contact's fields as a vCard ("4.0" or "3.0"); its introducer is named
    by UID (X-NETWORKAPP-INTRODUCED-BY), which the import resolves back."""
    return format_vcard(
        uid=fields.uid, given_name=fields.given_name, family_name=fields.family_name,
        display_name=fields.display_name, organization=fields.organization,
        title=fields.title, birthday=fields.birthday, notes=fields.notes,
        emails=[Email(e.value, e.label) for e in fields.emails],
        phones=[Phone(p.value, p.label) for p in fields.phones],
        addresses=[Address(**a.__dict__) for a in fields.addresses],
        urls=[Url(u.value, u.label) for u in fields.urls],
        tags=fields.tags, photo=fields.photo, photo_mime=fields.photo_mime,
        photo_uri=fields.photo_uri, version=version,
        introduced_by=uid_of(fields.introduced_by),
        introduced_on=fields.introduced_on.isoformat() if fields.introduced_on else None,
    )


def iter_vcards(contact_ids: Iterable[int], version: str = "4.0") -> Iterator[str]:
    """Yield one vCard per contact, in the order given.

    Raises:
        NotFoundError: a contact does not exist.
    """
    for cid in contact_ids:
        yield contact_vcard(get_contact(cid).fields, version)


def export_vcards(contact_ids: Iterable[int], version: str = "4.0") -> str:
    """Return the contacts as one vCard text ("4.0" or "3.0", CRLF line ends)."""
    return "".join(iter_vcards(contact_ids, version))


def all_contact_ids(*, archived: bool | None = None) -> list[int]:
    """Return every contact id (only archived ones, or only the others, when asked)."""
    query = Contact.select(Contact.id).order_by(Contact.id)
    if archived is True:
        query = query.where(Contact.status == "archived")
    elif archived is False:
        query = query.where(Contact.status != "archived")
    return [cid for (cid,) in tuples(query)]
