"""Command-line handling of files: relative, absolute, missing (what a double-click sends)."""

from __future__ import annotations

from pathlib import Path

import pytest

from networkapp import app


@pytest.fixture
def gui_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    calls: list[tuple] = []

    def fake_run_gui(db: str | None, files: list[str], missing: list[str]) -> int:
        calls.append((db, files, missing))
        return 0

    monkeypatch.setattr("networkapp.ui.gui.run_gui", fake_run_gui)
    return calls


def test_relative_and_absolute_files_reach_the_window_as_absolute(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gui_calls: list[tuple]) -> None:
    (tmp_path / "a.vcf").write_text("BEGIN:VCARD\r\nEND:VCARD\r\n")
    (tmp_path / "b.vcf").write_text("BEGIN:VCARD\r\nEND:VCARD\r\n")
    monkeypatch.chdir(tmp_path)
    assert app.main(["a.vcf", str(tmp_path / "b.vcf")]) == 0
    assert gui_calls == [(None, [str(tmp_path / "a.vcf"), str(tmp_path / "b.vcf")], [])]


def test_a_missing_file_is_named_and_the_others_still_open(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gui_calls: list[tuple],
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.vcf").write_text("BEGIN:VCARD\r\nEND:VCARD\r\n")
    monkeypatch.chdir(tmp_path)
    assert app.main(["--db", "x.sqlite3", "a.vcf", "gone.vcf"]) == 0
    assert gui_calls == [("x.sqlite3", [str(tmp_path / "a.vcf")], ["gone.vcf"])]
    assert "gone.vcf: no such file" in capsys.readouterr().err


def test_only_missing_files_is_a_usage_error_without_a_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gui_calls: list[tuple],
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert app.main(["frobnicate"]) == 2
    assert gui_calls == []
    assert "frobnicate: no such file" in capsys.readouterr().err


def test_dot_dot_paths_are_named_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         gui_calls: list[tuple]) -> None:
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "a.vcf").write_text("BEGIN:VCARD\r\nEND:VCARD\r\n")
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    assert app.main(["../cards/a.vcf"]) == 0
    assert gui_calls[0][1] == [str(tmp_path / "cards" / "a.vcf")]
