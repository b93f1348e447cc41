"""Mail capture: mbox and Maildir headers, one interaction per contact and day, re-import."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from networkapp.services import changes
from networkapp.services.capture.mail import _people
from networkapp.services.capture.plan import MAIL, CaptureJob, apply_capture, plan_capture
from networkapp.services.dto import InteractionInput, LabeledValue
from networkapp.services.importing import LOG, REJECTED, SKIPPED, ImportCancelled
from networkapp.services.interactions import list_interactions, update_interaction
from networkapp.services.settings import set_my_addresses
from tests.capture_fixtures import FILES
from tests.dump import differences, dump_file
from tests.services.foundation_helpers import new_contact

MBOX = str(FILES / "sent_and_inbox.mbox")
MAILDIR = str(FILES / "maildir")


def job(*paths: str, since: dt.date | None = None) -> CaptureJob:
    return CaptureJob(MAIL, paths or (MBOX, MAILDIR), since=since)


def logged(contact_id: int) -> list[tuple[str, str, str]]:
    return [(i.date.isoformat(), i.channel, i.summary)
            for i in list_interactions(contact_id, newest_first=False)]


def test_one_interaction_per_contact_and_day_with_counts(people: dict[str, int]) -> None:
    plan = plan_capture(job())
    apply_capture(plan)
    assert logged(people["ada"]) == [
        ("2025-03-12", "email", "E-mails: 1 sent, 1 received"),  # folded To, encoded From
        ("2025-03-13", "email", "E-mails: 0 sent, 1 received"),  # 23:30 UTC is the 13th
    ]
    assert logged(people["bruno"]) == [
        ("2025-03-12", "email", "E-mails: 1 sent, 0 received"),  # second line of a folded To
        ("2025-03-14", "email", "E-mails: 0 sent, 1 received"),  # no Message-ID
        ("2025-03-17", "email", "E-mails: 1 sent, 1 received"),  # the Maildir (cur and new)
    ]
    (rejected,) = [e for e in plan.entries if e.fate == REJECTED]
    assert (rejected.line, rejected.reason) == (
        42, "a message without a readable Date header: left out")
    strangers = [e.reason for e in plan.entries if e.fate == SKIPPED]
    assert strangers == ["1 message: neither from a contact nor from you"]  # the shop


def test_bodies_are_never_read(people: dict[str, int]) -> None:
    # The first message's body has a "To:" line naming someone who is a contact now.
    body_only = new_contact("Body", emails=(LabeledValue("not-a-header@example.com", ""),))
    apply_capture(plan_capture(job(MBOX)))
    assert logged(body_only) == []


def test_reimport_changes_nothing_and_undo_restores(people: dict[str, int]) -> None:
    before = dump_file()
    _, recording = changes.record(lambda: apply_capture(plan_capture(job())))
    after = dump_file()
    again = plan_capture(job())
    assert not again.writes_anything and again.count(LOG) == 0
    apply_capture(again)
    assert differences(after, dump_file()) == []
    changes.ChangeSet(recording).swap()
    assert differences(before, dump_file()) == []


def test_more_messages_of_a_day_are_counted_in(people: dict[str, int], tmp_path: Path) -> None:
    first = tmp_path / "inbox.mbox"
    text = Path(MBOX).read_bytes()
    first.write_bytes(text[:text.index(b"From ada.rossi@example.com Wed Mar 12 23:30")])
    apply_capture(plan_capture(job(str(first))))
    assert logged(people["ada"]) == [("2025-03-12", "email", "E-mails: 1 sent, 1 received")]
    apply_capture(plan_capture(job(MBOX)))  # the whole file: one more day for Ada
    assert [s for _, _, s in logged(people["ada"])] == ["E-mails: 1 sent, 1 received",
                                                        "E-mails: 0 sent, 1 received"]
    # A summary the user rewrote is left alone when more messages come in.
    (day,) = [i for i in list_interactions(people["bruno"]) if i.date == dt.date(2025, 3, 12)]
    update_interaction(day.id, InteractionInput(date=day.date, channel="email",
                                                summary="Planning the lunch"))
    extra = tmp_path / "extra.mbox"
    extra.write_bytes(b"From x\nMessage-ID: <z9@example.org>\nFrom: me@example.org\n"
                      b"To: bruno@neri.example\nDate: Wed, 12 Mar 2025 18:00:00 +0100\n\nHi\n")
    apply_capture(plan_capture(job(str(extra))))
    assert [s for d, _, s in logged(people["bruno"]) if d == "2025-03-12"] == [
        "Planning the lunch"]


def test_without_my_addresses_only_received_mail_is_logged(people: dict[str, int]) -> None:
    set_my_addresses([])
    plan = plan_capture(job(MBOX))
    apply_capture(plan)
    assert logged(people["ada"]) == [("2025-03-12", "email", "E-mails: 0 sent, 1 received"),
                                     ("2025-03-13", "email", "E-mails: 0 sent, 1 received")]
    assert any("add your own addresses in Preferences" in w for w in plan.warnings)


def test_since(people: dict[str, int]) -> None:
    apply_capture(plan_capture(job(since=dt.date(2025, 3, 14))))
    assert logged(people["ada"]) == []
    assert [d for d, _, _ in logged(people["bruno"])] == ["2025-03-14", "2025-03-17"]


def test_not_an_mbox_and_not_a_maildir(people: dict[str, int], tmp_path: Path) -> None:
    binary = tmp_path / "photo.mbox"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    folder = tmp_path / "folder"
    folder.mkdir()
    plan = plan_capture(job(str(binary), str(folder), MBOX))
    assert plan.file_errors == (
        f'{binary}:1: not an mbox file (it does not begin with a "From " line)',
        f"{folder}: not a Maildir (it has no cur or new folder) and not an mbox file")


def test_a_200_mb_mbox_of_zeros_is_streamed_and_rejected(people: dict[str, int],
                                                         tmp_path: Path) -> None:
    # Sparse: 200 MB on paper, nothing on disk; one "message" whose header never ends.
    huge = tmp_path / "huge.mbox"
    with huge.open("wb") as stream:
        stream.write(b"From nobody\n")
        stream.truncate(200 * 1024 * 1024)
    zeros = tmp_path / "zeros.mbox"
    with zeros.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)
    before = dump_file()
    plan = plan_capture(job(str(huge), str(zeros)))
    assert plan.file_errors == (
        f'{zeros}:1: not an mbox file (it does not begin with a "From " line)',)
    assert [(e.file, e.line, e.fate) for e in plan.entries] == [(str(huge), 1, REJECTED)]
    assert "a header over 256 KB" in plan.entries[0].reason
    assert differences(before, dump_file()) == []


def test_maildir_copy_is_the_same_messages(people: dict[str, int], tmp_path: Path) -> None:
    copy = tmp_path / "Mail"
    shutil.copytree(MAILDIR, copy)
    apply_capture(plan_capture(job(MAILDIR)))
    again = plan_capture(job(str(copy)))  # keys are the Message-IDs, not the paths
    assert again.count(LOG) == 0


@pytest.mark.parametrize("name", ["missing.mbox"])
def test_missing_file(people: dict[str, int], tmp_path: Path, name: str) -> None:
    plan = plan_capture(job(str(tmp_path / name)))
    assert plan.file_errors == (f"{tmp_path / name}: no such file (or not a regular file)",)


@pytest.mark.parametrize(("header", "expected"), [
    ('"Rossi, Ada" <ada@example.com>, bruno@neri.example',
     [("ada@example.com", "Rossi, Ada"), ("bruno@neri.example", "")]),
    ("=?UTF-8?Q?Nicol=C3=B2?= <n@example.it>", [("n@example.it", "Nicolò")]),
    ("Ada (work) <ada@example.com>", [("ada@example.com", "Ada (work)")]),
    ("friends: ada@example.com, b@example.com;", [("ada@example.com", ""),
                                                  ("b@example.com", "")]),
    ('"A \\"quoted\\" name" <q@example.com>', [("q@example.com", 'A "quoted" name')]),
    ("undisclosed-recipients:;", []),
])
def test_address_headers_read_like_the_standard_library(header: str,
                                                        expected: list[tuple[str, str]]
                                                        ) -> None:
    assert [(p.email, p.name) for p in _people([header])] == expected


def test_cancelling_writes_nothing(people: dict[str, int], tmp_path: Path) -> None:
    many = tmp_path / "many.mbox"
    many.write_bytes(b"".join(
        b"From x\nMessage-ID: <c%d@example.org>\nFrom: me@example.org\nTo: bruno@neri.example\n"
        b"Date: Wed, 12 Mar 2025 10:00:00 +0100\n\nHi\n\n" % n for n in range(2000)))
    plan = plan_capture(job(str(many), MBOX))
    before = dump_file()
    asked = []

    def cancelled() -> bool:  # the user cancels while the second batch is read
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(ImportCancelled):
        apply_capture(plan, is_cancelled=cancelled)
    assert differences(before, dump_file()) == []
    with pytest.raises(ImportCancelled):  # a small file: asked before it is read
        apply_capture(plan_capture(job(MBOX)), is_cancelled=lambda: True)
    assert differences(before, dump_file()) == []
