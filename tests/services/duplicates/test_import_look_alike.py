"""The import preview names the stored contact a new card likely duplicates, and the import
merges the card into it when asked: nothing created, the card's UID kept as an alias."""

from __future__ import annotations

from pathlib import Path

import pytest

from networkapp.models import db
from networkapp.services.contacts import create_contact, get_contact
from networkapp.services.dto import ContactFields, LabeledValue
from networkapp.services.importing import NEW, ImportData, apply_import, plan_import
from networkapp.services.settings import set_phone_region

CARD = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-m\r\nFN:Rossi\\, M.\r\nORG:Acme S.p.A.\r\n"
        b"TEL:333 123 4567\r\nEMAIL:m.rossi@gmail.com\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Giulia Bianchi\r\nEND:VCARD\r\n")


@pytest.fixture
def mario(db_path: Path) -> int:
    set_phone_region("IT")
    return create_contact(ContactFields(
        display_name="Mario Rossi", given_name="Mario", family_name="Rossi",
        organization="Acme", phones=(LabeledValue("+39 333 1234567"),)))


def _count() -> int:
    return int(db.execute_sql("SELECT count(*) FROM contact").fetchone()[0])


def test_the_preview_names_the_look_alike_and_why(mario: int) -> None:
    plan = plan_import([ImportData("m.vcf", CARD)])
    first, second = plan.entries
    assert (first.fate, first.look_alike_name) == (NEW, "Mario Rossi")
    assert first.look_alike is not None and first.look_alike.b == mario
    assert first.look_alike.text() == (
        "same phone +393331234567 (one of them read with the default region), similar name, "
        "same organization Acme S.p.A.")
    assert second.look_alike is None


def test_merging_into_the_look_alike_creates_nothing_and_finds_it_again(mario: int) -> None:
    plan = plan_import([ImportData("m.vcf", CARD)])
    count = _count()
    result = apply_import(plan, merge_into={plan.entries[0].place: mario})
    assert result.merged_ids == (mario,)
    assert _count() == count + 1  # Giulia only
    merged = get_contact(mario).fields
    assert [e.value for e in merged.emails] == ["m.rossi@gmail.com"]
    assert merged.uid == "card-m"  # it had none: it takes the card's
    assert db.execute_sql("SELECT uid, display_name FROM contact_alias WHERE contact_id = ?",
                          (mario,)).fetchall() == [(None, "Rossi, M.")]
    again = apply_import(plan_import([ImportData("m.vcf", CARD)]))
    assert again.created_ids == () and _count() == count + 1


def test_a_card_with_another_uid_leaves_it_as_an_alias(mario: int) -> None:
    db.execute_sql("UPDATE contact SET uid = 'uid-mario' WHERE id = ?", (mario,))
    plan = plan_import([ImportData("m.vcf", CARD)])
    apply_import(plan, merge_into={plan.entries[0].place: mario})
    assert get_contact(mario).fields.uid == "uid-mario"
    assert db.execute_sql("SELECT uid FROM contact_alias").fetchall() == [("card-m",)]
    count = _count()
    assert apply_import(plan_import([ImportData("m.vcf", CARD)])).created_ids == ()
    assert _count() == count


def test_a_look_alike_deleted_since_the_preview_leaves_the_card_new(mario: int) -> None:
    plan = plan_import([ImportData("m.vcf", CARD)])
    db.execute_sql("DELETE FROM contact WHERE id = ?", (mario,))
    result = apply_import(plan, merge_into={plan.entries[0].place: mario})
    assert len(result.created_ids) == 2
