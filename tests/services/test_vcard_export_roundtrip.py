"""Export → import into an empty file reproduces every stored field, in 3.0 and 4.0.

vobject (the test-only oracle) must parse every exported card, too.
"""

from __future__ import annotations

import io
import itertools
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkapp.models import close_database, open_database
from networkapp.services.contacts import create_contact, get_contact
from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.services.importing import ImportData, apply_import, plan_import
from networkapp.services.validation import stored_text
from networkapp.services.vcard_export import all_contact_ids, export_vcards

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 3
_COUNTER = itertools.count()

FULL = ContactFields(
    display_name="Zoë Ångström", given_name="Zoë", family_name="Ångström",
    organization="Café; Müller, Ltd", title="Chef\\Boss", birthday="--02-29",
    notes="Line one\nLine two, with; punctuation", uid="urn:uuid:1234-abcd",
    emails=(LabeledValue("zoe@example.org", "work"), LabeledValue("z@home.org", "home"),
            LabeledValue("z3@x.org", "Old school")),
    phones=(LabeledValue("+39 333 1234567", "mobile"), LabeledValue("02 1234", "work fax"),
            LabeledValue("555", "other"), LabeledValue("556", "Switchboard")),
    addresses=(AddressData("home", "PO 1", "Apt 2", "Via Roma 1\nScala B", "Milano", "MI",
                           "20100", "Italia"),),
    urls=(LabeledValue("https://example.org", "work"),
          LabeledValue("xmpp:zoe@example.org", "impp:xmpp"),
          LabeledValue("https://twitter.com/zoe", "social:twitter")),
    tags=("Friends", "ski club"), photo=JPEG, photo_mime="image/jpeg",
)
URI_ONLY = ContactFields(display_name="Remote Photo", birthday="1980-04-12",
                         photo_uri="https://example.org/p.jpg?a=1&b=2", uid="u-2")


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[callable]:  # type: ignore[valid-type]
    """Open a new empty database file each time it is called."""

    def open_new() -> None:
        close_database()
        open_database(tmp_path / f"db{next(_COUNTER)}.sqlite3")

    yield open_new
    close_database()


def _stored() -> list[ContactFields]:
    return [get_contact(cid).fields for cid in all_contact_ids(archived=None)]


def _comparable(fields: ContactFields) -> ContactFields:
    """What the round trip must keep: everything but the cadence (a local setting)."""
    return ContactFields(**{**fields.__dict__, "cadence_days": None})


def round_trip(contacts: list[ContactFields], version: str, fresh: callable  # type: ignore[valid-type]
               ) -> tuple[list[ContactFields], list[ContactFields]]:
    fresh()
    for fields in contacts:
        create_contact(fields)
    before = _stored()
    text = export_vcards(all_contact_ids(archived=None), version)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = list(vobject.readComponents(io.StringIO(text)))
    assert len(parsed) == len(contacts)
    assert all(card.version.value == version for card in parsed)
    fresh()
    result = apply_import(plan_import([ImportData("export.vcf", text.encode("utf-8"))]))
    assert not result.plan.rejected
    return [_comparable(f) for f in before], [_comparable(f) for f in _stored()]


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_every_field_survives(version: str, fresh: callable) -> None:  # type: ignore[valid-type]
    before, after = round_trip([FULL, URI_ONLY], version, fresh)
    assert after == before
    assert after[0].birthday == "--02-29" and after[0].photo == JPEG
    assert after[1].photo_uri == URI_ONLY.photo_uri


def test_version_30_forms(fresh: callable) -> None:  # type: ignore[valid-type]
    fresh()
    create_contact(FULL)
    create_contact(URI_ONLY)
    text = export_vcards(all_contact_ids(archived=None), "3.0").replace("\r\n ", "")
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29" in text
    assert "PHOTO;ENCODING=b;TYPE=JPEG:" in text
    assert "PHOTO;VALUE=uri:https://example.org/p.jpg?a=1&b=2" in text
    assert "BDAY:1980-04-12" in text
    four = export_vcards(all_contact_ids(archived=None), "4.0").replace("\r\n ", "")
    assert "BDAY:--0229" in four and "PHOTO:https://example.org/p.jpg?a=1&b=2" in four


# Control characters (NUL, ESC, CR...) included: the writer removes them when it stores
# a value, and whatever it stored must come back the same through export and import.
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20).map(str.strip)
_label = st.sampled_from(["home", "work", "other", "mobile", "Custom label"])
_contact = st.builds(
    ContactFields,
    # A name made only of control characters is refused (no name): leave those out.
    display_name=_text.filter(lambda name: stored_text(name)[0].strip() != ""),
    given_name=_text, family_name=_text, organization=_text, title=_text,
    notes=st.text(st.characters(blacklist_categories=("Cs",)), max_size=40).map(str.strip),
    birthday=st.one_of(st.none(), st.sampled_from(["1990-01-31", "--12-25", "--02-29"])),
    emails=st.lists(st.builds(LabeledValue, st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.org",
                                                          fullmatch=True),
                              st.sampled_from(["home", "work", "other", "Custom label"])),
                    max_size=2, unique_by=lambda v: v.value).map(tuple),
    phones=st.lists(st.builds(LabeledValue, st.from_regex(r"\+?[0-9]{3,12}", fullmatch=True),
                              _label), max_size=2, unique_by=lambda v: v.value).map(tuple),
    tags=st.lists(st.from_regex(r"[A-Za-z][a-z ]{0,8}[a-z]", fullmatch=True), max_size=3,
                  unique_by=str.casefold).map(tuple),
    uid=st.one_of(st.none(), st.from_regex(r"[a-z0-9-]{4,20}", fullmatch=True)),
)


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(contact=_contact, version=st.sampled_from(["3.0", "4.0"]))
def test_generated_contacts_survive(contact: ContactFields, version: str,
                                    fresh: callable) -> None:  # type: ignore[valid-type]
    before, after = round_trip([contact], version, fresh)
    assert after == before
