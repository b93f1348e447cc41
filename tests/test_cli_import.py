"""``networkapp import`` and ``networkapp export`` run as users run them (subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``networkapp --db <tmp>/net.sqlite3 ARGS``."""
    env = {k: v for k, v in os.environ.items() if k != "NETWORKAPP_DB"}
    env.update({"NETWORKAPP_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(REPO),
                "PYTHONIOENCODING": "utf-8"})
    return subprocess.run([sys.executable, "-m", "networkapp", "--db",
                           str(tmp_path / "net.sqlite3"), *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def vcf(tmp_path: Path, name: str, body: str) -> str:
    path = tmp_path / name
    path.write_bytes(body.replace("\n", "\r\n").encode())
    return str(path)


GOOD = """BEGIN:VCARD
VERSION:3.0
FN:Ada Rossi
EMAIL:ada@example.com
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Marco Bianchi
TEL:+39 02 1234 5678
END:VCARD
"""
BROKEN = "BEGIN:VCARD\nVERSION:3.0\nFN:Lost\n" + GOOD.replace("Ada Rossi", "Lia Conti").replace(
    "ada@", "lia@")


def test_import_counts_then_unchanged(tmp_path: Path) -> None:
    path = vcf(tmp_path, "two.vcf", GOOD)
    done = run(tmp_path, "import", path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("2 created, 0 merged, 0 unchanged, 0 rejected")
    again = run(tmp_path, "import", path, "--json")
    assert again.returncode == 0
    assert json.loads(again.stdout) == {"created": 0, "merged": 0, "unchanged": 2,
                                        "rejected": [], "warnings": []}


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    path = vcf(tmp_path, "two.vcf", GOOD)
    done = run(tmp_path, "import", path, "--dry-run")
    assert done.returncode == 0 and "2 would be created" in done.stdout
    listed = run(tmp_path, "list", "--json")
    assert json.loads(listed.stdout) == []


def test_rejected_cards_exit_1_and_the_rest_import(tmp_path: Path) -> None:
    path = vcf(tmp_path, "broken.vcf", BROKEN)
    done = run(tmp_path, "import", path, "--json")
    assert done.returncode == 1
    result = json.loads(done.stdout)
    assert result["created"] == 2
    assert result["rejected"] == [{"file": path, "line": 1,
                                   "reason": "BEGIN:VCARD without END:VCARD"}]
    text = run(tmp_path, "import", path)
    assert f"{path}:1: BEGIN:VCARD without END:VCARD" in text.stdout.splitlines()


def test_not_a_vcard_or_missing_exits_2_naming_the_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(b"\x00\x01\x02 binary" * 100)
    good = vcf(tmp_path, "two.vcf", GOOD)
    done = run(tmp_path, "import", str(junk), good)
    assert done.returncode == 2
    assert "junk.vcf" in done.stderr and "Traceback" not in done.stderr
    assert json.loads(run(tmp_path, "list", "--json").stdout) == []  # nothing imported
    missing = run(tmp_path, "import", str(tmp_path / "nope.vcf"))
    assert missing.returncode == 2 and "nope.vcf" in missing.stderr
    usage = run(tmp_path, "import")
    assert usage.returncode == 2


def test_export_all_and_by_id_round_trips(tmp_path: Path) -> None:
    run(tmp_path, "import", vcf(tmp_path, "two.vcf", GOOD))
    out = tmp_path / "out.vcf"
    done = run(tmp_path, "export", "--all", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "VERSION:4.0" in text
    one = run(tmp_path, "export", "1")
    assert one.stdout.count("BEGIN:VCARD") == 1 and "Ada Rossi" in one.stdout
    assert run(tmp_path, "export", "999").returncode == 2
    other = tmp_path / "other"
    other.mkdir()
    again = run(other, "import", str(out), "--json")
    assert json.loads(again.stdout)["created"] == 2


def test_export_issue_form_working_archived_and_version(tmp_path: Path) -> None:
    run(tmp_path, "import", vcf(tmp_path, "two.vcf", GOOD))
    out = tmp_path / "v3.vcf"
    done = run(tmp_path, "export", "--out", str(out), "--vcard-version", "3.0")
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "VERSION:3.0" in text
    archived = run(tmp_path, "export", "--archived")
    assert archived.returncode == 0 and "BEGIN:VCARD" not in archived.stdout
    bad = run(tmp_path, "export", "--vcard-version", "2.1")
    assert bad.returncode == 2
