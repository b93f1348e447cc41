"""Commands under real faults: a full disk, a lock taken mid-command, read-only storage.

Each case asserts what the user sees: one message naming the file, the documented
exit code (3 database unusable, 4 I/O failure part-way), no traceback, and the
target as it was. The full disk is a real 1 MB tmpfs where ``mount`` is allowed
(root, not in a restricted container), and always ``/dev/full`` plus SQLite's own
page limit (``max_page_count``), which fails writes with the same SQLITE_FULL.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from networkapp import app
from networkapp.commands import import_cmd
from networkapp.models import close_database, db, open_database
from networkapp.models import database as database_module
from networkapp.services.contacts import create_contact
from networkapp.services.dto import ContactFields

REPO = Path(__file__).resolve().parents[1]
EXIT_REJECTED, EXIT_USAGE, EXIT_STORAGE, EXIT_IO, EXIT_BUG = 1, 2, 3, 4, 70


def run(*args: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """Run networkapp as a user does, with its own data folder."""
    env = {k: v for k, v in os.environ.items() if k != "NETWORKAPP_DB"}
    env.update({"NETWORKAPP_DATA_DIR": str(folder / "data"), "PYTHONPATH": str(REPO),
                "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"})
    return subprocess.run([sys.executable, "-m", "networkapp", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def vcards(count: int, start: int = 0) -> str:
    """Return ``count`` plain vCards (with a long note, so that they take room)."""
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nN:{n};Person;;;\r\n"
                   f"EMAIL:p{n}@example.org\r\nNOTE:{'note ' * 60}\r\nEND:VCARD\r\n"
                   for n in range(start, start + count))


def make_db(path: Path, contacts: int = 20) -> Path:
    """A closed networkapp file with ``contacts`` contacts."""
    open_database(path)
    with db.atomic():
        for n in range(contacts):
            create_contact(ContactFields(display_name=f"Known {n}", notes="n" * 200))
    close_database()
    return path


def count(path: Path) -> int:
    """Return the number of contacts, read the way another program would."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


def assert_told(done: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    """The command exited ``code`` with a message holding ``words`` and no traceback."""
    assert done.returncode == code, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    for word in words:
        assert word in done.stderr, (word, done.stderr)


def no_temporaries(folder: Path) -> bool:
    return not any(p.name.endswith(".tmp") for p in folder.iterdir())


@pytest.fixture
def known(tmp_path: Path) -> Path:
    return make_db(tmp_path / "known.sqlite3")


# --- a full disk, always: /dev/full and SQLite's page limit ---------------------------------


@pytest.mark.parametrize("command", [
    ("list",), ("list", "--json"), ("export",), ("export", "--out", "/dev/full"),
    ("summary", "--all", "--pdf", "/dev/full"), ("backup", "/dev/full"),
])
def test_output_to_a_full_device_exits_4(known: Path, tmp_path: Path,
                                         command: tuple[str, ...]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "networkapp", "--db", str(known), *command], cwd=REPO,
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, check=False,
            env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
                 "NETWORKAPP_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == EXIT_IO, done.stderr
    assert "Traceback" not in done.stderr
    assert "disk is full" in done.stderr
    assert "Wrote" not in done.stderr and "written to" not in done.stderr
    assert count(known) == 20


def test_import_into_a_full_database_exits_4_with_nothing_imported(
        known: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    cards = tmp_path / "many.vcf"
    cards.write_text(vcards(500))
    pages = os.path.getsize(known) // 4096 + 4  # room for a few pages more, not 500 cards
    monkeypatch.setitem(database_module.PRAGMAS, "max_page_count", pages)
    code = app.main(["--db", str(known), "import", str(cards)])
    err = capsys.readouterr().err
    assert code == EXIT_IO, err
    assert str(known) in err and "disk is full" in err
    assert count(known) == 20  # all or nothing: the file holds what it held
    assert "Traceback" not in err


# --- a full disk, for real: a 1 MB tmpfs ------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs mounted for this test (skipped where mounting is not permitted)."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip() or 'not root'}); "
                    "/dev/full and max_page_count cover the disk-full cases")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def fill(disk: Path, leave: int) -> None:
    """Fill ``disk`` so that only about ``leave`` bytes stay free."""
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    (disk / f"filler-{uuid.uuid4().hex}").write_bytes(b"\0" * max(0, free - leave))


def test_import_on_a_full_disk_exits_4_and_keeps_the_data(small_disk: Path,
                                                          tmp_path: Path) -> None:
    path = make_db(small_disk / "db.sqlite3", 5)
    cards = tmp_path / "cards.vcf"
    cards.write_text(vcards(1500))  # ~1 MB in the database: more than the disk has
    done = run("--db", str(path), "import", str(cards), folder=tmp_path)
    assert_told(done, EXIT_IO, str(path), "disk is full")
    assert count(path) == 5


@pytest.mark.parametrize(("command", "target"), [
    (("export", "--all", "--out"), "out.vcf"),
    (("summary", "--all", "--pdf"), "out.pdf"),
    (("backup",), "out.sqlite3"),
])
def test_writing_on_a_full_disk_exits_4_and_leaves_the_target(small_disk: Path, tmp_path: Path,
                                                              command: tuple[str, ...],
                                                              target: str) -> None:
    path = make_db(tmp_path / "db.sqlite3", 300)
    out = small_disk / target
    out.write_bytes(b"the previous version")
    fill(small_disk, 8 * 1024)
    done = run("--db", str(path), *command, str(out), folder=tmp_path)
    assert_told(done, EXIT_IO, str(out), "disk is full", "left as it was")
    assert "Wrote" not in done.stderr and "Backed up" not in done.stderr
    assert out.read_bytes() == b"the previous version"
    assert no_temporaries(small_disk)


# --- a lock taken by another program in the middle of a command --------------------------------


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()  # hold it until the test closes our stdin
conn.execute("ROLLBACK")
"""


def test_a_lock_taken_mid_import_exits_4(known: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text(vcards(10))
    monkeypatch.setitem(database_module.PRAGMAS, "busy_timeout", 100)  # no need to wait 5 s
    holder: list[subprocess.Popen[str]] = []
    real_open = import_cmd.open_or_report

    def open_then_lose_the_lock(args: object) -> bool:
        opened = real_open(args)  # type: ignore[arg-type]
        proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(known)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        holder.append(proc)
        assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
        return opened

    monkeypatch.setattr(import_cmd, "open_or_report", open_then_lose_the_lock)
    try:
        code = app.main(["--db", str(known), "import", str(cards)])
    finally:
        for proc in holder:
            with contextlib.suppress(OSError):
                proc.communicate("", timeout=30)
    err = capsys.readouterr().err
    assert code == EXIT_IO, err
    assert str(known) in err and "locked by another program" in err
    assert "Traceback" not in err
    assert count(known) == 20


def test_a_lock_held_at_start_exits_3(known: Path, tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(known)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
        done = run("--db", str(known), "demo", "--contacts", "3", folder=tmp_path)
    finally:
        proc.communicate("", timeout=30)
    assert_told(done, EXIT_STORAGE, str(known), "locked")
    assert count(known) == 20


# --- read-only storage ---------------------------------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(a writable folder, the same folder seen through a read-only bind mount)."""
    source, view = tmp_path / "rw", tmp_path / "ro"
    source.mkdir()
    view.mkdir()
    bind = subprocess.run(["mount", "--bind", str(source), str(view)], capture_output=True,
                          text=True, check=False)
    if bind.returncode != 0:
        pytest.skip(f"cannot bind-mount here ({bind.stderr.strip() or 'not root'}); "
                    "as root, file modes alone do not make a file read-only")
    try:
        remount = subprocess.run(["mount", "-o", "remount,ro,bind", str(view)],
                                 capture_output=True, text=True, check=False)
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only here ({remount.stderr.strip()})")
        yield source, view
    finally:
        subprocess.run(["umount", str(view)], check=True)


def test_output_on_a_read_only_file_system_exits_4(read_only_folder: tuple[Path, Path],
                                                   known: Path, tmp_path: Path) -> None:
    source, view = read_only_folder
    (source / "out.vcf").write_text("previous")
    done = run("--db", str(known), "export", "--all", "--out", str(view / "out.vcf"),
               folder=tmp_path)
    assert_told(done, EXIT_IO, str(view / "out.vcf"), "read-only")
    assert (source / "out.vcf").read_text() == "previous"
    assert sorted(os.listdir(source)) == ["out.vcf"]


def test_a_database_on_a_read_only_file_system_exits_3(read_only_folder: tuple[Path, Path],
                                                       tmp_path: Path) -> None:
    source, view = read_only_folder
    make_db(source / "db.sqlite3", 3)
    before = (source / "db.sqlite3").read_bytes()
    done = run("--db", str(view / "db.sqlite3"), "list", folder=tmp_path)
    assert_told(done, EXIT_STORAGE, str(view / "db.sqlite3"), "read-only")
    assert (source / "db.sqlite3").read_bytes() == before


def test_a_read_only_output_file_is_not_replaced(known: Path, tmp_path: Path) -> None:
    out = tmp_path / "keep.vcf"
    out.write_text("previous")
    out.chmod(0o400)  # read-only to its owner; root must respect it too
    done = run("--db", str(known), "export", "--all", "--out", str(out), folder=tmp_path)
    assert_told(done, EXIT_IO, str(out), "read-only")
    assert out.read_text() == "previous"


# --- files that are not ours, or damaged -----------------------------------------------------


def test_another_programs_file_is_refused_with_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE thing (id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for command in (("list",), ("demo", "--contacts", "2"), ("import", str(path))):
        done = run("--db", str(path), *command, folder=tmp_path)
        assert_told(done, EXIT_STORAGE, str(path), "another program")
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["data", "other.db"] or sorted(
        os.listdir(tmp_path)) == ["other.db"]


def test_a_damaged_file_is_refused_with_exit_3(known: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(known)
    page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'contact' AND "
                        "pagetype = 'leaf'").fetchone()[0]
    conn.close()
    with known.open("r+b") as handle:
        handle.seek((page - 1) * 4096 + 8)
        handle.write(b"\xff" * 4000)
    before = known.read_bytes()
    done = run("--db", str(known), "demo", "--contacts", "2", folder=tmp_path)
    assert_told(done, EXIT_STORAGE, str(known), "damaged")
    assert known.read_bytes() == before


# --- one file, backups -------------------------------------------------------------------------


def test_after_import_the_main_file_alone_holds_the_data(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    cards = tmp_path / "cards.vcf"
    cards.write_text(vcards(30))
    assert run("--db", str(path), "import", str(cards), folder=tmp_path).returncode == 0
    alone = tmp_path / "copied" / "db.sqlite3"
    alone.parent.mkdir()
    alone.write_bytes(path.read_bytes())  # the one file, without any -wal beside it
    assert count(alone) == 30


def test_backup_command_writes_a_checked_private_copy(known: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.sqlite3"
    done = run("--db", str(known), "backup", str(out), folder=tmp_path)
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stderr
    assert count(out) == 20
    assert oct(out.stat().st_mode & 0o777) == oct(0o600)
    again = run("--db", str(out), "list", "--json", folder=tmp_path)
    assert again.returncode == 0, again.stderr


def test_output_the_terminal_cannot_encode_is_escaped(known: Path, tmp_path: Path) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Niccolò Ferri\r\nEND:VCARD\r\n")
    assert run("--db", str(known), "import", str(cards), folder=tmp_path).returncode == 0
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "ascii",
           "NETWORKAPP_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "networkapp", "--db", str(known), "list"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "Niccol\\xf2 Ferri" in done.stdout


# --- bugs -----------------------------------------------------------------------------------


def test_a_bug_is_one_line_and_the_log_exit_70(known: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    def broken(_args: object) -> int:
        raise KeyError("a bug")

    monkeypatch.setattr(import_cmd, "run", broken)
    code = app.main(["--db", str(known), "import", "x.vcf"])
    err = capsys.readouterr().err
    assert code == EXIT_BUG
    assert "Traceback" not in err and "unexpected error" in err
    log = Path(os.environ["NETWORKAPP_DATA_DIR"]) / "logs" / "errors.log"
    assert "KeyError: 'a bug'" in log.read_text()
    assert oct(log.stat().st_mode & 0o777) == oct(0o600)
