"""``import-calendar``, ``import-mail`` and ``import-linkedin`` run as users run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FILES = REPO / "tests" / "services" / "capture" / "files"


def run(tmp_path: Path, *args: str, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    """Run ``networkapp --db <tmp>/net.sqlite3 ARGS`` in Rome's time zone."""
    extra = env or {}
    env = {k: v for k, v in os.environ.items() if k != "NETWORKAPP_DB"}
    env.update({"NETWORKAPP_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(REPO),
                "PYTHONIOENCODING": "utf-8", "TZ": "Europe/Rome", **extra})
    return subprocess.run([sys.executable, "-m", "networkapp", "--db",
                           str(tmp_path / "net.sqlite3"), *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def listed(tmp_path: Path) -> list[dict[str, object]]:
    done = run(tmp_path, "list", "--json", "--all")
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def test_linkedin_then_calendar_then_mail_then_again(tmp_path: Path) -> None:
    csv = str(FILES / "Connections.csv")
    done = run(tmp_path, "import-linkedin", csv)
    assert done.returncode == 1, done.stderr  # two rows rejected, named by line
    assert done.stdout.splitlines()[:3] == [
        "5 connections logged, 0 unchanged, 5 new contacts created, 0 skipped, 2 rejected",
        f"{csv}:10: an empty row",
        f"{csv}:11: 'Connected On' is not a date: 'someday'"]
    assert len(listed(tmp_path)) == 5
    ics = [str(FILES / n) for n in ("google.ics", "outlook.ics", "apple.ics")]
    dry = run(tmp_path, "import-calendar", *ics, "--since", "2025-01-01", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    counts = json.loads(dry.stdout)
    assert counts["logged"] > 0  # Bruno: LinkedIn gave his address
    done = run(tmp_path, "import-calendar", *ics, "--since", "2025-01-01", "--create-contacts",
               "--json")
    first = json.loads(done.stdout)
    assert done.returncode == 0 and first["contacts_created"] >= 4 and first["logged"] > 10
    again = json.loads(run(tmp_path, "import-calendar", *ics, "--since", "2025-01-01",
                           "--create-contacts", "--json").stdout)
    assert (again["logged"], again["contacts_created"]) == (0, 0)
    assert again["unchanged"] == first["logged"]
    mail = [str(FILES / "sent_and_inbox.mbox"), str(FILES / "maildir")]
    done = run(tmp_path, "import-mail", *mail, "--json")
    assert done.returncode == 1 and json.loads(done.stdout)["logged"] > 0  # 1 bad Date
    again = json.loads(run(tmp_path, "import-mail", *mail, "--json").stdout)
    assert again["logged"] == 0


def test_a_bad_file_means_nothing_is_imported(tmp_path: Path) -> None:
    bad = tmp_path / "notes.ics"
    bad.write_text("hello\n")
    done = run(tmp_path, "import-calendar", str(FILES / "google.ics"), str(bad),
               "--create-contacts")
    assert done.returncode == 2
    assert done.stderr == (f"networkapp: {bad}:1: not an iCalendar file (.ics): it does not "
                           "begin with BEGIN:VCALENDAR\n")
    assert listed(tmp_path) == []


def test_since_must_be_a_date(tmp_path: Path) -> None:
    done = run(tmp_path, "import-mail", str(FILES / "maildir"), "--since", "yesterday")
    assert done.returncode == 2 and "not a date (YYYY-MM-DD): 'yesterday'" in done.stderr


def test_reminders_file_written_whole_and_again_the_same_uids(tmp_path: Path) -> None:
    assert run(tmp_path, "import-linkedin", str(FILES / "Connections.csv")).returncode == 1
    out = tmp_path / "reminders.ics"
    done = run(tmp_path, "reminders", "--ics", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"5 keep-in-touch reminders, 0 birthdays: written to {out}\n"
    first = out.read_bytes()
    assert first.startswith(b"BEGIN:VCALENDAR") and first.count(b"BEGIN:VEVENT") == 5
    run(tmp_path, "reminders", "--ics", str(out))
    uids = [line for line in out.read_bytes().splitlines() if line.startswith(b"UID:")]
    assert uids == [line for line in first.splitlines() if line.startswith(b"UID:")]
    denied = run(tmp_path, "reminders", "--ics", str(tmp_path / "missing" / "r.ics"))
    assert denied.returncode == 4 and "r.ics" in denied.stderr


def test_linkedin_dates_read_the_same_in_italian(tmp_path: Path) -> None:
    env_lang = {"LANG": "it_IT.UTF-8", "LC_ALL": "it_IT.UTF-8"}
    done = run(tmp_path, "import-linkedin", str(FILES / "Connections.csv"), "--json",
               env=env_lang)
    result = json.loads(done.stdout)
    assert (result["logged"], len(result["rejected"])) == (5, 2)  # "Feb", "May" read


def test_reminders_speak_the_users_language(tmp_path: Path) -> None:
    run(tmp_path, "import-linkedin", str(FILES / "Connections.csv"))
    out = tmp_path / "promemoria.ics"
    done = run(tmp_path, "reminders", "--ics", str(out), env={"NETWORKAPP_LANG": "it"})
    assert done.returncode == 0, done.stderr
    text = out.read_bytes().decode()
    assert "SUMMARY:Tieniti in contatto con Zoë Ångström" in text
    assert "Ultima interazione: Altro il 2024-02-28" in text.replace("\r\n ", "")
