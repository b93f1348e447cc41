"""File > Back Up…, and opening the latest backup when the file is damaged.

The damaged file is made by overwriting a real page of a real database.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from networkapp.models import bind_memory, close_database, current_path, db, open_database
from networkapp.models.backup import backup_database
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields
from networkapp.ui import backup_commands, messages
from networkapp.ui.main_window import MainWindow


class Said:
    """What the message boxes were asked to show (the messages seam, patched)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool = True) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.questions: list[tuple[str, str]] = []
        monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: self.errors.append(text))
        monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: self.infos.append(text))

        def confirm(_parent: object, _title: str, text: str, action: str) -> bool:
            self.questions.append((text, action))
            return answer

        monkeypatch.setattr(messages, "confirm", confirm)


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


def test_file_back_up_writes_a_checked_copy(window: MainWindow, ada: int, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    said = Said(monkeypatch)
    target = tmp_path / "mine.sqlite3"
    asked: list[Path] = []

    def ask(_parent: object, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(backup_commands, "ask_backup_path", ask)
    assert window.acts.back_up in window.file_menu.actions()
    window.acts.back_up.trigger()
    assert _count(target) == 1
    assert said.infos and str(target) in said.infos[0] and not said.errors
    assert asked[0].parent.name == "backups"  # offered beside the file, dated
    assert asked[0].suffix == ".sqlite3"


def test_file_back_up_that_fails_says_so_and_leaves_the_target(
        window: MainWindow, ada: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    said = Said(monkeypatch)
    target = tmp_path / "kept.sqlite3"
    target.write_bytes(b"an older backup")
    monkeypatch.setattr(backup_commands, "ask_backup_path", lambda _p, _s: target)
    monkeypatch.setattr("networkapp.models.backup.check_copy", lambda _p: "the copy is damaged")
    window.acts.back_up.trigger()
    assert said.errors and str(target) in said.errors[0] and "damaged" in said.errors[0]
    assert target.read_bytes() == b"an older backup"
    assert not said.infos


def test_cancelling_the_dialog_writes_nothing(window: MainWindow, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    said = Said(monkeypatch)
    monkeypatch.setattr(backup_commands, "ask_backup_path", lambda _p, _s: None)
    window.acts.back_up.trigger()
    assert not said.infos and not said.errors


# --- a damaged file -------------------------------------------------------------------------


@pytest.fixture
def damaged_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A real file with 200 contacts and a backup of it, then a page of it overwritten."""
    path = tmp_path / "work.sqlite3"
    open_database(path)
    with db.atomic():
        for n in range(200):
            create_contact(ContactFields(display_name=f"Person {n}", notes="n" * 300))
    folder = tmp_path / "backups"
    folder.mkdir()
    backup = backup_database(folder / "work.20260101-120000.sqlite3")
    close_database()
    conn = sqlite3.connect(path)
    pages = [n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'contact' "
                                        "AND pagetype = 'leaf'")]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((pages[len(pages) // 2] - 1) * 4096)
        handle.write(random.Random(3).randbytes(4096))
    # A window of an earlier test may still have a deferred query queued (main_window's
    # 50 ms prepare_search): let it run on an empty database, not on the damaged file.
    bind_memory()
    return path, backup


def test_a_damaged_file_offers_its_latest_backup(damaged_with_backup: tuple[Path, Path],
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 qtbot: QtBot) -> None:
    path, backup = damaged_with_backup
    before = path.read_bytes()
    said = Said(monkeypatch, answer=True)
    assert backup_commands.open_or_offer_backup(path) == backup
    text, action = said.questions[0]
    assert str(path) in text and "damaged" in text and str(backup) in text
    assert action == "Open Backup"
    assert current_path() == backup
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 200
    assert path.read_bytes() == before  # the damaged file as it was
    close_database()


def test_declining_the_backup_opens_nothing(damaged_with_backup: tuple[Path, Path],
                                            monkeypatch: pytest.MonkeyPatch,
                                            qtbot: QtBot) -> None:
    path, backup = damaged_with_backup
    said = Said(monkeypatch, answer=False)
    backup_before = backup.read_bytes()
    assert backup_commands.open_or_offer_backup(path) is None
    assert said.questions and db.is_closed()
    assert backup.read_bytes() == backup_before


def test_a_damaged_file_without_backup_is_named(damaged_with_backup: tuple[Path, Path],
                                                monkeypatch: pytest.MonkeyPatch,
                                                qtbot: QtBot) -> None:
    path, backup = damaged_with_backup
    shutil.rmtree(backup.parent)
    said = Said(monkeypatch)
    assert backup_commands.open_or_offer_backup(path) is None
    assert not said.questions
    assert str(path) in said.errors[0] and "damaged" in said.errors[0]


def test_the_window_start_refuses_a_damaged_file_with_exit_3(
        damaged_with_backup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
        qtbot: QtBot) -> None:
    from networkapp.ui import gui

    path, _backup = damaged_with_backup
    said = Said(monkeypatch, answer=False)
    assert gui.run_gui(str(path), []) == gui.EXIT_STORAGE
    assert said.questions  # the offer was made on the way
