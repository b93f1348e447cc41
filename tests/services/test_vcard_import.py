"""vCard import: new, merged by UID / e-mail / phone and name, unchanged, conflicts, archived."""

from __future__ import annotations

from pathlib import Path

from networkapp.models import Contact, ContactEmail, ContactPhone, StatusChange, Tag
from networkapp.services.bulk import archive_contacts
from networkapp.services.contacts import contact_status, create_contact, get_contact
from networkapp.services.dto import ContactFields, LabeledValue
from networkapp.services.importing import (
    MERGE,
    NEW,
    REJECTED,
    SKIPPED,
    UNCHANGED,
    ImportData,
    apply_import,
    plan_import,
)
from networkapp.services.importing.match import clean_email, normalise_phone, phone_key


def card(*lines: str) -> str:
    """Return one vCard 3.0 with the given property lines."""
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


def write(tmp_path: Path, name: str, *cards: str) -> Path:
    path = tmp_path / name
    path.write_text("".join(cards), encoding="utf-8")
    return path


def counts() -> tuple[int, int, int]:
    return Contact.select().count(), ContactEmail.select().count(), ContactPhone.select().count()


def test_normalising_keys() -> None:
    assert clean_email('"Ada Rossi" <Ada@Example.com>') == "Ada@Example.com"
    assert clean_email("mailto:ada@example.com") == "ada@example.com"
    assert normalise_phone("+44 (20) 7946-0958") == "+442079460958"
    assert normalise_phone("0044 20 7946 0958") == "+442079460958"
    assert normalise_phone("555-1234 ext. 12") == "5551234"
    assert phone_key("+44 20 7946 0958") == phone_key("020 7946 0958")
    assert phone_key("+39 02 1234 5678") == phone_key("02 1234 5678")
    assert phone_key("+1 (555) 123-4567") == phone_key("555.123.4567")
    assert phone_key("+39 02 1234 5678") != phone_key("+39 02 1234 5679")


def test_new_contact_with_everything(db_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "ada.vcf", card(
        "FN:Ada Rossi", "N:Rossi;Ada;;;", "ORG:Studio Aperto", "TITLE:Architect",
        "EMAIL;TYPE=WORK:ada@example.com", "TEL;TYPE=CELL:+39 333 1234567",
        "ADR;TYPE=HOME:;;Via Roma 1;Milano;;20100;Italy", "URL:https://ada.example.com",
        "CATEGORIES:friends,architects", "BDAY:1980-04-12", "NOTE:Met at the fair",
        "UID:ada-1"))
    plan = plan_import([path])
    assert [e.fate for e in plan.entries] == [NEW]
    assert Contact.select().count() == 0  # planning writes nothing
    result = apply_import(plan)
    [cid] = result.created_ids
    fields = get_contact(cid).fields
    assert (fields.display_name, fields.organization, fields.title) == (
        "Ada Rossi", "Studio Aperto", "Architect")
    assert fields.emails == (LabeledValue("ada@example.com", "work"),)
    assert fields.phones[0].value == "+39 333 1234567"
    assert fields.addresses[0].street == "Via Roma 1"
    assert fields.tags == ("architects", "friends")
    assert fields.birthday == "1980-04-12"
    assert fields.uid == "ada-1"
    history = StatusChange.get(StatusChange.contact == cid)
    assert (history.action, history.reason) == ("create", "Imported from ada.vcf")
    row = Contact.get_by_id(cid)
    assert row.sort_name == "ada rossi"
    assert "ada@example.com" in row.search_text


def test_merge_by_uid_adds_values_and_keeps_existing(db_path: Path, tmp_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Ada Rossi", uid="u-1",
                                       emails=(LabeledValue("ada@example.com", "work"),)))
    path = write(tmp_path, "a.vcf", card("FN:Ada Rossi", "UID:u-1", "EMAIL:ada@home.org",
                                         "TITLE:Architect"))
    plan = plan_import([path])
    [entry] = plan.entries
    assert (entry.fate, entry.target_id, entry.target_name) == (MERGE, cid, "Ada Rossi")
    apply_import(plan)
    fields = get_contact(cid).fields
    assert [e.value for e in fields.emails] == ["ada@example.com", "ada@home.org"]
    assert fields.title == "Architect"
    assert Contact.select().count() == 1


def test_merge_by_email_case_insensitive_lists_conflicts(db_path: Path, tmp_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Ada Rossi", organization="Acme",
                                       emails=(LabeledValue("Ada@Example.com"),)))
    path = write(tmp_path, "a.vcf", card("FN:Ada Rossi", "ORG:Acme Ltd",
                                         "EMAIL:ada@example.COM", "TEL:555 123"))
    [entry] = plan_import([path]).entries
    assert entry.fate == MERGE and entry.target_id == cid
    assert "organization: 'Acme' kept, card says 'Acme Ltd'" in entry.conflicts
    apply_import(plan_import([path]))
    fields = get_contact(cid).fields
    assert fields.organization == "Acme"
    assert [p.value for p in fields.phones] == ["555 123"]
    assert len(fields.emails) == 1


def test_merge_by_phone_needs_the_same_name(db_path: Path, tmp_path: Path) -> None:
    cid = create_contact(ContactFields(given_name="Niccolò", family_name="Ricci",
                                       phones=(LabeledValue("+44 20 7946 0958"),)))
    same = card("FN:niccolo ricci", "TEL:020 7946 0958", "NOTE:new note")
    other = card("FN:Someone Else", "TEL:020 7946 0958")
    plan = plan_import([write(tmp_path, "p.vcf", same, other)])
    assert [(e.fate, e.target_id) for e in plan.entries] == [(MERGE, cid), (NEW, None)]
    apply_import(plan)
    assert get_contact(cid).fields.notes == "new note"
    assert len(get_contact(cid).fields.phones) == 1  # the same number in another form


def test_reimport_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "many.vcf",
                 card("FN:Ada Rossi", "EMAIL:ada@example.com", "CATEGORIES:x"),
                 card("N:Bianchi;Marco;;;"),  # nothing but a name
                 card("FN:Lia", "TEL:+39 02 1234 5678"))
    apply_import(plan_import([path]))
    before = counts()
    plan = plan_import([path])
    assert [e.fate for e in plan.entries] == [UNCHANGED] * 3
    assert not plan.writes_anything
    result = apply_import(plan)
    assert counts() == before
    assert result.created_ids == () and result.merged_ids == ()


def test_cards_of_one_import_merge_together(db_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "dup.vcf",
                 card("FN:Ada Rossi", "EMAIL:ada@example.com"),
                 card("FN:Ada Rossi", "EMAIL:ADA@example.com", "TEL:555 0100"),
                 card("FN:Ada Rossi", "TEL:555-0100", "TITLE:Architect"))
    plan = plan_import([path])
    assert [e.fate for e in plan.entries] == [NEW, MERGE, MERGE]
    assert plan.entries[1].target_name == "Ada Rossi"
    result = apply_import(plan)
    assert len(result.created_ids) == 1
    fields = get_contact(result.created_ids[0]).fields
    assert fields.title == "Architect" and len(fields.phones) == 1


def test_a_card_repeating_a_number_then_merged_into(db_path: Path, tmp_path: Path) -> None:
    # Two forms of one number in the first card (one kept), then a later card of the
    # same person adds a number and repeats the first one.
    path = write(tmp_path, "repeat.vcf",
                 card("FN:Ada Rossi", "UID:ada", "TEL;TYPE=CELL:+39 333 1234567",
                      "TEL;TYPE=WORK:0039 333 123 4567", "EMAIL:ada@example.com",
                      "EMAIL:ADA@example.com"),
                 card("FN:Ada Rossi", "UID:ada", "TEL:333-1234567", "TEL:+39 02 7654321"))
    plan = plan_import([path])
    assert [e.fate for e in plan.entries] == [NEW, MERGE]
    result = apply_import(plan)
    fields = get_contact(result.created_ids[0]).fields
    assert [(p.value, p.label) for p in fields.phones] == [("+39 333 1234567", "mobile"),
                                                           ("+39 02 7654321", "other")]
    assert [e.value for e in fields.emails] == ["ada@example.com"]
    assert apply_import(plan_import([path])).merged_ids == ()


def test_archived_contact_stays_archived(db_path: Path, tmp_path: Path) -> None:
    cid = create_contact(ContactFields(display_name="Ada Rossi",
                                       emails=(LabeledValue("ada@example.com"),)))
    archive_contacts([cid], "one-sided")
    path = write(tmp_path, "a.vcf", card("FN:Ada Rossi", "EMAIL:ada@example.com",
                                         "TITLE:Architect"))
    plan = plan_import([path])
    assert "stays archived" in plan.entries[0].reason
    assert any("stays archived" in w for w in plan.warnings)
    apply_import(plan)
    assert contact_status(cid) == "archived"
    assert get_contact(cid).fields.title == "Architect"


def test_rejected_and_group_cards_reported_the_rest_imported(db_path: Path,
                                                             tmp_path: Path) -> None:
    text = (card("FN:Ada") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\n"
            + card("FN:Staff", "KIND:group") + card("FN:Lia", "EMAIL:not an address"))
    plan = plan_import([write(tmp_path, "mixed.vcf", text)])
    fates = [e.fate for e in plan.entries]
    assert REJECTED in fates and SKIPPED in fates
    [rejected] = plan.rejected
    assert rejected.where.endswith("mixed.vcf:5") and rejected.reason
    assert any("not an e-mail address" in w for w in plan.warnings)
    result = apply_import(plan)
    names = sorted(get_contact(c).display_name for c in result.created_ids)
    assert "Ada" in names and "Staff" not in names


def test_unreadable_files_are_named(db_path: Path, tmp_path: Path) -> None:
    binary = tmp_path / "photo.vcf"
    binary.write_bytes(bytes(range(256)) * 10)
    empty = tmp_path / "empty.vcf"
    empty.write_bytes(b"")
    good = write(tmp_path, "good.vcf", card("FN:Ada"))
    plan = plan_import([binary, empty, tmp_path / "missing.vcf", tmp_path, good])
    assert len(plan.file_errors) == 4
    for name in ("photo.vcf", "empty.vcf", "missing.vcf", str(tmp_path)):
        assert any(name in message for message in plan.file_errors)
    assert [e.fate for e in plan.entries] == [NEW]


def test_dropped_data_and_tags_reuse_existing_spelling(db_path: Path) -> None:
    create_contact(ContactFields(display_name="Old", tags=("Friends",)))
    data = ImportData("dragged contact", card("FN:Ada", "CATEGORIES:friends").encode())
    plan = plan_import([data])
    assert plan.entries[0].file == "dragged contact"
    apply_import(plan)
    assert [t.name for t in Tag.select()] == ["Friends"]


def test_matches_are_checked_again_inside_the_transaction(db_path: Path,
                                                          tmp_path: Path) -> None:
    path = write(tmp_path, "a.vcf", card("FN:Ada Rossi", "EMAIL:ada@example.com"))
    plan = plan_import([path])
    assert plan.entries[0].fate == NEW
    cid = create_contact(ContactFields(display_name="Ada Rossi",
                                       emails=(LabeledValue("ada@example.com"),)))
    result = apply_import(plan)  # the contact appeared since the preview: no duplicate
    assert result.created_ids == ()
    assert result.plan.entries[0].fate == UNCHANGED
    assert result.plan.entries[0].target_id == cid


def test_a_write_by_another_connection_is_seen_by_apply(db_path: Path, tmp_path: Path) -> None:
    import threading

    from networkapp.models import db

    path = write(tmp_path, "a.vcf", card("FN:Ada Rossi", "EMAIL:ada@example.com"))
    plan = plan_import([path])
    assert plan.entries[0].fate == NEW
    made: list[int] = []

    def elsewhere() -> None:  # another thread: its own connection (the GUI vs the worker)
        made.append(create_contact(ContactFields(display_name="Ada Rossi",
                                                 emails=(LabeledValue("ada@example.com"),))))
        db.close()

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    result = apply_import(plan)
    assert result.created_ids == ()
    assert result.plan.entries[0].target_id == made[0]
    assert counts() == (1, 1, 0)


def test_applying_one_plan_twice_does_not_duplicate(db_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "a.vcf", card("FN:Ada Rossi", "EMAIL:ada@example.com"))
    plan = plan_import([path])
    assert len(apply_import(plan).created_ids) == 1
    again = apply_import(plan)  # the plan's matching is stale now: matched again
    assert again.created_ids == ()
    assert again.plan.entries[0].fate == UNCHANGED
    assert counts() == (1, 1, 0)


def test_a_plan_inside_a_rolled_back_transaction_is_matched_again(db_path: Path,
                                                                 tmp_path: Path) -> None:
    from networkapp.models import db

    path = write(tmp_path, "a.vcf", card("FN:Ada Rossi", "EMAIL:ada@example.com"))
    with db.atomic() as txn:
        create_contact(ContactFields(display_name="Ada Rossi",
                                     emails=(LabeledValue("ada@example.com"),)))
        plan = plan_import([path])
        assert plan.entries[0].fate == UNCHANGED
        txn.rollback()
    result = apply_import(plan)  # the contact it matched is gone
    assert len(result.created_ids) == 1
    assert result.plan.entries[0].fate == NEW
    assert counts() == (1, 1, 0)
