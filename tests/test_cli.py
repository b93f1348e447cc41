"""The headless command line, run as users run it: ``python -m networkapp`` in a subprocess."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
KEYS = {"id", "name", "status", "gave", "received", "open_warnings", "last_interaction",
        "reasons"}
REASONS = {"threshold", "unfinished_clarification", "overdue", "birthday", "open_warnings",
           "one_sided"}


def run(*args: str, data_dir: Path, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[str]:
    """Run networkapp with its own data folder; never touches the user's files."""
    full_env = {k: v for k, v in os.environ.items() if k != "NETWORKAPP_DB"}
    full_env.update({"NETWORKAPP_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO),
                     "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"})
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "networkapp", *args], cwd=REPO, env=full_env,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 50-contact demo file made by the CLI once for this module."""
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "demo.sqlite3"
    done = run("--db", str(path), "demo", "--contacts", "50", data_dir=folder / "data")
    assert done.returncode == 0, done.stderr
    assert "Added 50 contacts" in done.stderr
    return path


def list_json(path: Path, *options: str) -> list[dict]:
    """Return what ``list --json`` prints for ``path``."""
    done = run("--db", str(path), "list", "--json", *options, data_dir=path.parent / "data")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    records = json.loads(done.stdout)
    assert isinstance(records, list)
    return records


def test_version(tmp_path: Path) -> None:
    done = run("--version", data_dir=tmp_path)
    assert done.returncode == 0
    assert done.stdout.strip().startswith("networkapp ")
    assert not (tmp_path / "networkapp.sqlite3").exists()  # --version opens nothing


@pytest.mark.parametrize("args", [
    ("--bogus",),
    ("list", "--bogus"),
    ("list", "--archived", "--all"),
    ("list", "--attention", "--today"),
    ("demo", "--contacts", "0"),
    ("demo", "--contacts", "many"),
    ("--db",),
])
def test_bad_arguments_print_usage_and_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = run(*args, data_dir=tmp_path)
    assert done.returncode == 2
    assert "usage:" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_list_json_has_exactly_the_documented_keys(demo_file: Path) -> None:
    records = list_json(demo_file)
    assert records
    for record in records:
        assert set(record) == KEYS
        assert isinstance(record["id"], int) and isinstance(record["name"], str)
        assert isinstance(record["gave"], int) and isinstance(record["received"], int)
        assert isinstance(record["open_warnings"], int)
        last = record["last_interaction"]
        assert last is None or dt.date.fromisoformat(last).isoformat() == last
        assert set(record["reasons"]) <= REASONS
    assert any(r["last_interaction"] for r in records)
    assert any(r["reasons"] for r in records) and not all(r["reasons"] for r in records)


def test_needs_attention_lists_exactly_the_contacts_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    done = run("--db", str(path), "demo", "--contacts", "2000", data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    everyone = list_json(path, "--all")
    attention = list_json(path, "--attention")
    today = list_json(path, "--today")
    with_reason = [r for r in everyone if r["reasons"]]
    assert len(with_reason) > 100  # the demo has plenty of each kind
    assert [r["id"] for r in attention] == [r["id"] for r in with_reason]
    assert all(r["reasons"] for r in attention)
    assert not any(r["reasons"] for r in everyone if r["status"] == "archived")
    assert {kind for r in attention for kind in r["reasons"]} == REASONS
    now = {"threshold", "unfinished_clarification", "overdue", "birthday"}
    assert [r["id"] for r in today] == [r["id"] for r in everyone if now & set(r["reasons"])]


def test_list_excludes_archived_unless_asked(demo_file: Path) -> None:
    default = list_json(demo_file)
    archived = list_json(demo_file, "--archived")
    everyone = list_json(demo_file, "--all")
    assert archived, "the demo of 50 has archived contacts"
    assert {r["status"] for r in default} <= {"active", "clarifying"}
    assert {r["status"] for r in archived} == {"archived"}
    assert len(everyone) == 50
    assert sorted(r["id"] for r in default + archived) == sorted(r["id"] for r in everyone)
    assert [r["id"] for r in everyone] == sorted(r["id"] for r in everyone)


def test_db_option_after_the_command(demo_file: Path) -> None:
    done = run("list", "--json", "--db", str(demo_file), data_dir=demo_file.parent / "data")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == list_json(demo_file)


def test_plain_list_is_a_table(demo_file: Path) -> None:
    done = run("--db", str(demo_file), "list", "--all", data_dir=demo_file.parent / "data")
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == "50 contacts"


def test_default_file_is_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--contacts", "3", data_dir=data).returncode == 0
    assert (data / "networkapp.sqlite3").is_file()
    done = run("list", "--json", "--all", data_dir=data)
    assert len(json.loads(done.stdout)) == 3


def test_env_variable_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "env.sqlite3"
    env = {"NETWORKAPP_DB": str(path)}
    assert run("demo", "--contacts", "2", data_dir=tmp_path / "data", env=env).returncode == 0
    assert path.is_file()
    assert not (tmp_path / "data" / "networkapp.sqlite3").exists()


@pytest.mark.parametrize("command", [("list", "--json"), ("demo", "--contacts", "5")])
def test_not_a_database_is_reported_without_traceback(tmp_path: Path,
                                                      command: tuple[str, ...]) -> None:
    path = tmp_path / "holiday photos.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    before = path.read_bytes()
    done = run("--db", str(path), *command, data_dir=tmp_path / "data")
    assert done.returncode != 0
    assert str(path) in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["holiday photos.sqlite3"]


def test_read_only_file_is_reported(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    path.chmod(0o444)
    done = run("--db", str(path), "list", "--json", data_dir=tmp_path / "data")
    assert done.returncode != 0
    assert str(path) in done.stderr and "read-only" in done.stderr
    assert "Traceback" not in done.stderr


def test_exit_codes_are_declared_once_and_distinct() -> None:
    """The window's "busy" code must not mean "I/O failure" as it once did (both were 4)."""
    from networkapp.commands import common
    from networkapp.ui import gui

    codes = {name: value for name, value in vars(common).items() if name.startswith("EXIT_")}
    assert len(set(codes.values())) == len(codes)
    assert gui.EXIT_BUSY is common.EXIT_BUSY
