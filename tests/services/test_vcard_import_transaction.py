"""vCard import as one transaction (cancel, crash), the shared corpus, export round trip."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from networkapp.models import Contact, db
from networkapp.services import contact_writer
from networkapp.services.contacts import create_contact, get_contact
from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.services.importing import (
    NEW,
    REJECTED,
    SKIPPED,
    UNCHANGED,
    ImportCancelled,
    ImportData,
    SourceChangedError,
    apply_import,
    import_files,
    plan_import,
)
from networkapp.services.importing.read import SourceReader
from networkapp.services.importing.run import Run
from networkapp.services.vcard import ParsedCard, read_vcard_bytes
from networkapp.services.vcard_export import all_contact_ids, export_vcards


def many_cards(count: int) -> bytes:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEMAIL:p{i}@example.com\r\n"
        f"TEL:+39 02 {i:08d}\r\nCATEGORIES:imported\r\nEND:VCARD\r\n"
        for i in range(count)).encode()


def dump(path: Path) -> str:
    """Every row of the file, as SQL text (through its own connection)."""
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def existing(db_path: Path) -> int:
    return create_contact(ContactFields(display_name="Person 3",
                                        emails=(LabeledValue("p3@example.com"),)))


def test_cancel_mid_apply_leaves_the_file_as_before(db_path: Path, existing: int) -> None:
    plan = plan_import([ImportData("big", many_cards(5000))])
    before = dump(db_path)
    calls: list[tuple[str, int, int]] = []

    def progress(phase: str, done: int, total: int) -> None:
        calls.append((phase, done, total))

    def cancel() -> bool:  # cancel once some contacts are already written
        return any(phase == "writing" and done > 0 for phase, done, _ in calls)

    with pytest.raises(ImportCancelled):
        apply_import(plan, progress=progress, is_cancelled=cancel)
    assert any(phase == "writing" and done > 0 for phase, done, _ in calls)
    assert dump(db_path) == before


def test_crash_mid_apply_rolls_back(db_path: Path, existing: int,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    plan = plan_import([ImportData("big", many_cards(300))])
    before = dump(db_path)

    def boom(ids: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(contact_writer, "refresh_cached_columns", boom)
    with pytest.raises(RuntimeError):
        apply_import(plan)
    assert dump(db_path) == before


def test_cancel_while_planning(db_path: Path) -> None:
    with pytest.raises(ImportCancelled):
        plan_import([ImportData("big", many_cards(1000))], is_cancelled=lambda: True)


def test_big_import_is_batched_and_counted(db_path: Path, existing: int) -> None:
    plan = plan_import([ImportData("big", many_cards(1500))])
    assert Counter(e.fate for e in plan.entries) == {NEW: 1499, "merge": 1}
    result = apply_import(plan)
    assert len(result.created_ids) == 1499
    assert Contact.select().count() == 1500
    assert Contact.select().where(Contact.sort_name == "").count() == 0
    second = plan_import([ImportData("big", many_cards(1500))])
    assert {e.fate for e in second.entries} == {UNCHANGED}


def test_corpus_imports_and_reimports_unchanged(db_path: Path, shared_vcards: Path) -> None:
    files = sorted(p for p in shared_vcards.rglob("*") if p.suffix in (".vcf", ".vcard", ".ref"))
    plan = plan_import(files)
    parsed = [e for e in plan.entries if e.fate not in (REJECTED, SKIPPED)]
    assert len(plan.entries) >= 185
    [error] = plan.file_errors  # an LDAP listing, not a vCard: named, the rest imported
    assert "ex1.vcard" in error and "not a vCard" in error
    result = apply_import(plan)
    # One contact per parsed card, except cards that are the same person (same UID,
    # e-mail, or phone and name) as an earlier card: those merged into it.
    merged_into_new = [e for e in parsed if e.fate != NEW and e.target_id is None]
    assert len(result.created_ids) == len(parsed) - len(merged_into_new)
    assert Contact.select().count() == len(result.created_ids)
    again = plan_import(files)
    assert {e.fate for e in again.entries} <= {UNCHANGED, REJECTED, SKIPPED}
    assert apply_import(again).created_ids == ()


def test_export_import_round_trip(db_path: Path, tmp_path: Path) -> None:
    fields = ContactFields(
        display_name="Zoë Conti", given_name="Zoë", family_name="Conti",
        organization="Studio, Milano", title="Editor", birthday="--04-12",
        notes="Line one\nline two; with, punctuation",
        emails=(LabeledValue("zoe@example.com", "work"), LabeledValue("z@home.it", "home")),
        phones=(LabeledValue("+39 333 1234567", "mobile"),),
        addresses=(AddressData("home", "", "", "Via Roma 1", "Milano", "MI", "20100", "Italy"),),
        urls=(LabeledValue("https://zoe.example.com", "blog"),),
        tags=("editors", "friends"), uid="zoe-1",
        photo=b"\x89PNG\r\n\x1a\n" + b"\0" * 64, photo_mime="image/png")
    cid = create_contact(fields)
    text = export_vcards(all_contact_ids())
    cards = [c for c in read_vcard_bytes(text.encode()) if isinstance(c, ParsedCard)]
    assert len(cards) == 1 and not cards[0].warnings
    out = tmp_path / "out.vcf"
    out.write_text(text, encoding="utf-8", newline="")
    Contact.delete().where(Contact.id == cid).execute()
    [new_id] = apply_import(plan_import([out])).created_ids
    back = get_contact(new_id).fields
    assert back == fields.__class__(**{**fields.__dict__, "cadence_days": back.cadence_days})


def test_a_file_changed_after_the_preview_is_not_imported(db_path: Path, tmp_path: Path
                                                          ) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(many_cards(3))
    plan = plan_import([path])
    before = dump(db_path)
    path.write_bytes(many_cards(4))  # another program rewrote it meanwhile
    with pytest.raises(SourceChangedError, match="changed since the preview"):
        apply_import(plan)
    assert dump(db_path) == before
    path.write_bytes(many_cards(3))  # as previewed again: imported as previewed
    assert apply_import(plan).plan.entries == plan.entries


def test_import_files_writes_nothing_when_a_file_is_unusable(db_path: Path, tmp_path: Path
                                                             ) -> None:
    good, bad = tmp_path / "good.vcf", tmp_path / "bad.vcf"
    good.write_bytes(many_cards(600))  # more than one batch: some written before the bad one
    bad.write_bytes(b"not a vcard at all\n")
    before = dump(db_path)
    result = import_files([good, bad])
    assert result.plan.file_errors and "bad.vcf" in result.plan.file_errors[0]
    assert result.created_ids == ()
    assert dump(db_path) == before


def test_photos_are_not_kept_by_a_preview(db_path: Path) -> None:
    photo = "/9j/4AAQSkZJRgABAQAAAQABAAD/" + "A" * 400
    data = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{i}\r\nEMAIL:p{i}@x.org\r\n"
                   f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\nEND:VCARD\r\n" for i in range(3))
    source = ImportData("p.vcf", data.encode())
    run = Run(writing=False)
    run.feed(list(SourceReader(source).records()))
    assert len(run.states) == 3
    assert all(s.photo is None and s.photo_key for s in run.states.values())  # digests only
    plan = plan_import([source])
    assert plan.count(NEW) == 3
    result = apply_import(plan)  # the photos come from the source, read again
    assert all(get_contact(cid).fields.photo for cid in result.created_ids)


def test_a_card_merging_into_a_contact_of_an_earlier_batch(db_path: Path) -> None:
    # Batches of 500: the second half's cards merge into contacts the import wrote
    # (and forgot) a batch earlier; the preview keeps them in memory instead.
    first = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{i}\r\nEMAIL:p{i}@x.org\r\n"
                    f"CATEGORIES:one\r\nEND:VCARD\r\n" for i in range(600))
    second = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{i}\r\nEMAIL:P{i}@X.org\r\n"
                     f"TEL:+39 02 {i:06d}\r\nCATEGORIES:One,two\r\nORG:Org {i}\r\n"
                     f"END:VCARD\r\n" for i in range(600))
    plan = plan_import([ImportData("two.vcf", (first + second).encode())])
    result = apply_import(plan)
    assert result.plan.entries == plan.entries
    assert Counter(e.fate for e in plan.entries) == {NEW: 600, "merge": 600}
    assert len(result.created_ids) == 600 and result.merged_ids == ()
    fields = get_contact(result.created_ids[599]).fields
    assert fields.phones == (LabeledValue("+39 02 000599", "other"),)
    assert fields.emails == (LabeledValue("p599@x.org", "other"),)  # the same address
    assert fields.tags == ("one", "two")  # "One" is the tag "one"
    assert fields.organization == "Org 599"
    assert Contact.select().count() == 600
