"""Finding duplicates in a file and merging them: every row accounted for, exact undo,
re-importing the original cards creates nothing, "not duplicates" remembered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from networkapp.models import db
from networkapp.services import changes
from networkapp.services.contacts import create_contact, get_contact
from networkapp.services.dto import (
    AddressData,
    ClarificationInput,
    ContactFields,
    ExchangeInput,
    LabeledValue,
)
from networkapp.services.duplicates import (
    COMBINE,
    find_duplicates,
    mark_not_duplicates,
    merge_contacts,
    merged_fields,
    plan_merge,
    preselect,
)
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.importing import ImportData, import_files
from networkapp.services.states import archive_contact, draft_for, save_draft
from networkapp.services.timeline import timeline
from networkapp.services.vcard_export import export_vcards
from tests.dump import differences, dump_file
from tests.services.foundation_helpers import gave, log, new_contact, received, warn

MARIO = ContactFields(
    display_name="Mario Rossi", given_name="Mario", family_name="Rossi", organization="Acme",
    title="Engineer", birthday="--03-14", notes="Met at the fair.",
    emails=(LabeledValue("mario@acme.it", "work"),),
    phones=(LabeledValue("+39 333 1234567", "mobile"),),
    addresses=(AddressData(street="Via Roma 1", locality="Bologna"),),
    urls=(LabeledValue("https://acme.it/mario"),), tags=("fair",), uid="uid-mario")
ROSSI = ContactFields(
    display_name="Rossi, Mario", organization="ACME S.p.A.", birthday="1980-03-14",
    notes="Likes jazz.", emails=(LabeledValue("MARIO@acme.it", "home"),
                                 LabeledValue("mario.rossi@gmail.com", "home")),
    phones=(LabeledValue("333 123 4567", "work"),), tags=("Fair", "jazz"), uid="uid-rossi",
    cadence_days=30)


@pytest.fixture
def pair(db_path: Path) -> tuple[int, int, int]:
    """Two cards of Mario Rossi with their histories, and a neighbour."""
    keep = create_contact(MARIO)
    other = create_contact(ROSSI)
    log(keep, gave("advice"), on=dt.date(2024, 1, 5))
    first = log(other, received("introduction", "economic", 3), on=dt.date(2024, 2, 1))
    log(other, gave("time"), on=dt.date(2024, 4, 1))
    warn(other)
    save_draft(other, ClarificationInput(planned_questions="Why?"))
    neighbour = new_contact("Giulia Bianchi", emails=(LabeledValue("giulia@acme.it"),))
    log(neighbour, gave())
    assert first
    return keep, other, neighbour


def _rows(contact_id: int) -> dict[str, int]:
    return {table: db.execute_sql(f"SELECT count(*) FROM {table} WHERE contact_id = ?",
                                  (contact_id,)).fetchone()[0]
            for table in ("interaction", "signal", "clarification", "status_change")}


def test_the_two_cards_are_found_with_their_reasons(pair: tuple[int, int, int]) -> None:
    keep, other, _ = pair
    (group,) = find_duplicates("IT")
    assert group.ids == (keep, other)
    assert group.confidence == "high"
    words = group.links[0].text()
    assert "same e-mail mario@acme.it" in words and "same name" in words
    assert "same phone +393331234567 (one of them read with the default region)" in words


def test_archived_contacts_are_found_and_shown_as_such(pair: tuple[int, int, int]) -> None:
    _, other, _ = pair
    db.execute_sql("UPDATE contact SET status = 'archived' WHERE id = ?", (other,))
    (group,) = find_duplicates("IT")
    assert [m.status for m in group.members] == ["active", "archived"]


def test_not_duplicates_is_remembered_and_undone(pair: tuple[int, int, int]) -> None:
    keep, other, _ = pair
    before = dump_file()
    added, recording = changes.record(lambda: mark_not_duplicates([keep, other]))
    assert added == 1 and find_duplicates("IT") == []
    changes.ChangeSet(recording).swap()
    assert differences(before, dump_file()) == []
    assert len(find_duplicates("IT")) == 1


def test_taking_a_contact_out_marks_it_apart_from_the_others(db_path: Path) -> None:
    ids = [new_contact("Anna Verdi", emails=(LabeledValue("anna@verdi.it"),)) for _ in range(3)]
    assert find_duplicates(None)[0].ids == tuple(ids)
    assert mark_not_duplicates(ids[:2], apart=[ids[2]]) == 2
    assert find_duplicates(None)[0].ids == tuple(ids[:2])
    with pytest.raises(NotFoundError):
        mark_not_duplicates([ids[0], 999])


def test_the_plan_keeps_the_kept_values_and_lists_the_others(pair: tuple[int, int, int]
                                                             ) -> None:
    keep, other, _ = pair
    plan = plan_merge(keep, [other])
    result = plan.result
    assert (result.display_name, result.organization, result.uid) == ("Mario Rossi", "Acme",
                                                                       "uid-mario")
    assert result.birthday == "1980-03-14"  # the full date of the same day
    assert result.cadence_days == 30  # the kept contact had none
    assert [e.value for e in result.emails] == ["mario@acme.it", "mario.rossi@gmail.com"]
    assert [p.value for p in result.phones] == ["+39 333 1234567"]
    assert result.tags == ("fair", "jazz")
    conflicts = {c.field: (c.kept, c.others) for c in plan.conflicts}
    assert conflicts["organization"] == ("Acme", ("ACME S.p.A.",))
    assert conflicts["notes"] == ("Met at the fair.", ("Likes jazz.",))
    assert "birthday" in conflicts and "title" not in conflicts


def test_merge_accounts_for_every_row_and_records_the_merge(pair: tuple[int, int, int]
                                                            ) -> None:
    keep, other, neighbour = pair
    expected = {t: a + b for (t, a), b in zip(_rows(keep).items(), _rows(other).values(),
                                             strict=True)}
    exchanges = db.execute_sql("SELECT count(*) FROM exchange").fetchone()[0]
    neighbour_before = get_contact(neighbour)
    outcome = merge_contacts(keep, [other])
    assert outcome.merged_ids == (other,)
    # Its history: created, then a clarification started.
    assert dict(outcome.moved) == {"interaction": 2, "signal": 1, "clarification": 1,
                                   "status_change": 2, "contact_alias": 0}
    expected["status_change"] += 2  # the merge, and its draft carried over (clarifying)
    assert _rows(keep) == expected
    assert db.execute_sql("SELECT count(*) FROM exchange").fetchone()[0] == exchanges
    with pytest.raises(NotFoundError):
        get_contact(other)
    merged = get_contact(keep)
    assert len(merged.fields.emails) == 2 and merged.fields.tags == ("fair", "jazz")
    assert get_contact(neighbour) == neighbour_before
    history = [e for e in timeline(keep) if e.action == "merge"]
    assert history and "Merged with Rossi, Mario (2)" in history[0].detail
    cached = db.execute_sql("SELECT gave_count, received_count FROM contact WHERE id = ?",
                            (keep,)).fetchone()
    assert cached == (2, 1)
    aliases = db.execute_sql("SELECT uid, display_name FROM contact_alias").fetchall()
    assert aliases == [("uid-rossi", "Rossi, Mario")]


def test_one_recorded_merge_is_undone_exactly(pair: tuple[int, int, int]) -> None:
    keep, other, _ = pair
    before = dump_file()
    _, recording = changes.record(lambda: merge_contacts(keep, [other]))
    after = dump_file()
    change = changes.ChangeSet(recording)
    change.swap()
    assert differences(before, dump_file()) == []
    change.swap()
    assert differences(after, dump_file()) == []


def test_reimporting_both_original_cards_creates_nothing(pair: tuple[int, int, int]) -> None:
    keep, other, _ = pair
    cards = [export_vcards([cid]).encode() for cid in (keep, other)]
    merge_contacts(keep, [other])
    count = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    result = import_files([ImportData(f"card{n}.vcf", card) for n, card in enumerate(cards)])
    assert result.created_ids == ()
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == count


def test_a_name_only_card_of_a_merged_contact_finds_the_kept_one(db_path: Path) -> None:
    keep = new_contact("Mario Rossi", organization="Acme")
    other = new_contact("M. Rossi")
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:M. Rossi\r\nEND:VCARD\r\n"
    merge_contacts(keep, [other])
    assert import_files([ImportData("m.vcf", card)]).created_ids == ()


def test_merging_needs_two_different_existing_contacts(pair: tuple[int, int, int]) -> None:
    keep, other, _ = pair
    with pytest.raises(ValidationError):
        merge_contacts(keep, [])
    with pytest.raises(ValidationError):
        merge_contacts(keep, [keep, other])
    with pytest.raises(NotFoundError):
        merge_contacts(keep, [other, 999])
    assert get_contact(other).id == other  # nothing was written


def test_fields_merge_by_choice_and_combine_notes() -> None:
    versions = [MARIO, ROSSI]
    choices = preselect(versions, 0) | {"organization": 1, "notes": COMBINE}
    result = merged_fields(versions, choices, 0)
    assert result.organization == "ACME S.p.A."
    assert result.notes == "Met at the fair.\n\nLikes jazz."
    assert merged_fields(versions, preselect(versions, 1), 1).organization == "ACME S.p.A."


def test_an_unfinished_clarification_carries_the_kept_contact_into_clarifying(
        db_path: Path) -> None:
    keep = new_contact("Ada Rossi", emails=(LabeledValue("ada@example.com"),))
    other = new_contact("Rossi, Ada")
    save_draft(other, ClarificationInput(planned_questions="Why?"))
    merge_contacts(keep, [other])
    assert get_contact(keep).status == "clarifying"
    assert draft_for(keep) is not None
    actions = [e.action for e in timeline(keep)]
    assert "merge" in actions and actions.count("clarify") >= 2  # its own, and the carry-over
    assert db.execute_sql("SELECT count(*) FROM sync_pending").fetchone()[0] == 0  # no account


def test_an_archived_contact_cannot_take_an_unfinished_clarification(db_path: Path) -> None:
    keep = new_contact("Ada Rossi")
    archive_contact(keep, "moved away")
    other = new_contact("Rossi, Ada")
    save_draft(other, ClarificationInput(planned_questions="Why?"))
    before = dump_file()
    with pytest.raises(ValidationError, match="Rossi, Ada has an unfinished clarification"):
        merge_contacts(keep, [other])
    assert differences(before, dump_file()) == []


def test_aliases_of_an_earlier_merge_move_with_the_next_one(pair: tuple[int, int, int]) -> None:
    keep, other, neighbour = pair
    card = export_vcards([other]).encode()
    merge_contacts(keep, [other])
    merge_contacts(neighbour, [keep])  # the kept contact is merged away in turn
    assert db.execute_sql("SELECT contact_id, uid FROM contact_alias WHERE uid = 'uid-rossi'"
                          ).fetchall() == [(neighbour, "uid-rossi")]
    count = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    assert import_files([ImportData("rossi.vcf", card)]).created_ids == ()
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == count


def test_introductions_move_to_the_kept_contact_and_undo_exactly(db_path: Path) -> None:
    # Marco B. introduced Marco to me and introduced Anna; an interaction with Luca names
    # Marco B. as the person introduced. Merging Marco B. into Marco keeps every link on
    # Marco, and Marco, who cannot have introduced himself, is left without an introducer.
    marco_b = new_contact("Marco B.")
    marco = create_contact(ContactFields(display_name="Marco Bianchi", introduced_by=marco_b,
                                         introduced_on=dt.date(2023, 5, 1)))
    anna = create_contact(ContactFields(display_name="Anna Rossi", introduced_by=marco_b))
    luca = new_contact("Luca Verdi")
    log(luca, ExchangeInput(direction="gave", kind="introduction", introduced=marco_b))
    before = dump_file()
    _, recording = changes.record(lambda: merge_contacts(marco, [marco_b]))
    after = dump_file()
    assert get_contact(anna).fields.introduced_by == marco
    assert get_contact(marco).fields.introduced_by is None
    assert db.execute_sql("SELECT introduced_contact_id FROM exchange").fetchall() == [(marco,)]
    change = changes.ChangeSet(recording)
    change.swap()
    assert differences(before, dump_file()) == []
    change.swap()
    assert differences(after, dump_file()) == []
