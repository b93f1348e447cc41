"""LinkedIn capture: Connections.csv with its preamble, matching, filling, re-import."""

from __future__ import annotations

from pathlib import Path

import pytest

from networkapp.services import changes
from networkapp.services.capture.plan import LINKEDIN, CaptureJob, apply_capture, plan_capture
from networkapp.services.contacts import get_contact
from networkapp.services.dto import LabeledValue
from networkapp.services.importing import LOG, MERGE, NEW, REJECTED
from networkapp.services.interactions import list_interactions
from tests.capture_fixtures import FILES
from tests.dump import differences, dump_file
from tests.services.foundation_helpers import new_contact

CSV = str(FILES / "Connections.csv")


def job(path: str = CSV) -> CaptureJob:
    return CaptureJob(LINKEDIN, (path,))


def everyone(plan: object) -> list[str]:
    return [e.choice for e in plan.entries if e.choice]  # type: ignore[attr-defined]


def test_connections_become_contacts_with_a_first_interaction(db_path: Path) -> None:
    plan = plan_capture(job())
    result = apply_capture(plan, everyone(plan))
    names = [get_contact(c).fields.display_name for c in result.created_ids]
    assert names == ["Ada Rossi", "Bruno Neri", "Zoë Ångström", "李 小龙", "Niccolò Ferri"]
    zoe = get_contact(result.created_ids[2]).fields
    assert (zoe.given_name, zoe.family_name, zoe.organization, zoe.title) == (
        "Zoë", "Ångström", "Universitet", "Researcher")
    assert zoe.emails == ()  # the export left the address out
    assert zoe.urls == (LabeledValue("https://www.linkedin.com/in/zoe-angstrom", "LinkedIn"),)
    (first,) = list_interactions(result.created_ids[2])
    assert (first.date.isoformat(), first.summary) == ("2024-02-28", "Connected on LinkedIn")
    rejected = [(e.line, e.reason) for e in plan.entries if e.fate == REJECTED]
    assert rejected == [(10, "an empty row"), (11, "'Connected On' is not a date: 'someday'")]


def test_matched_by_profile_then_email_then_the_duplicate_rules(db_path: Path) -> None:
    by_url = new_contact("Z. A.", urls=(LabeledValue("http://linkedin.com/in/Zoe-Angstrom/",
                                                     "profile"),))
    by_email = new_contact("B. Neri", emails=(LabeledValue("BRUNO@neri.example", ""),))
    likely = new_contact("Ada Rossi", organization="Studio Rossi")  # same name and firm
    same_name = new_contact("Niccolò Ferri")  # the name alone: only a look-alike
    plan = plan_capture(job())
    merged = {e.target_id: e.reason for e in plan.entries if e.fate == MERGE}
    assert merged == {
        by_url: "adds the company, the position",
        by_email: "adds the LinkedIn profile, the company, the position",
        likely: "adds the LinkedIn profile, the position",
    }
    new = {e.choice: e.warnings for e in plan.entries if e.fate == NEW}
    assert set(new) == {"new:linkedin.com/in/xiaolong-li", "new:it.linkedin.com/in/niccolo-ferri"}
    assert new["new:it.linkedin.com/in/niccolo-ferri"] == (
        f"looks like contact {same_name} (same name): created apart; Contact > Find "
        "Duplicates can merge them",)
    apply_capture(plan, everyone(plan))
    bruno = get_contact(by_email).fields
    assert (bruno.organization, bruno.title) == ("Neri & Co", "CEO")
    assert bruno.urls == (LabeledValue("https://www.linkedin.com/in/bruno-neri", "LinkedIn"),)
    ada = get_contact(likely).fields
    assert (ada.organization, ada.title) == ("Studio Rossi", "Architect")


def test_reimport_changes_nothing_and_undo_restores(db_path: Path) -> None:
    new_contact("Ada Rossi")
    before = dump_file()
    plan = plan_capture(job())
    _, recording = changes.record(lambda: apply_capture(plan, everyone(plan)))
    after = dump_file()
    again = plan_capture(job())
    assert not [e for e in again.entries if e.fate in (NEW, MERGE, LOG)]
    apply_capture(again, everyone(again))
    assert differences(after, dump_file()) == []
    changes.ChangeSet(recording).swap()
    assert differences(before, dump_file()) == []


@pytest.mark.parametrize(("content", "message"), [
    (b"Name,Phone\nAda,123\n", 'no "First Name,Last Name,URL,..." header line'),
    (b"First Name,Last Name,URL\nAda,Rossi,x\n", "the column 'Email Address' is missing"),
    (b"First Name,Last Name\n\xff\xfe\x00garbage", "not UTF-8 text"),
])
def test_bad_files_are_named(db_path: Path, tmp_path: Path, content: bytes,
                             message: str) -> None:
    bad = tmp_path / "Connections.csv"
    bad.write_bytes(content)
    plan = plan_capture(job(str(bad)))
    assert plan.entries == ()
    assert plan.file_errors[0].startswith(str(bad)) and message in plan.file_errors[0]
