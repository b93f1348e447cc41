"""``networkapp import`` with hostile input (issue 13, items 7, 8, 9, 10), as users run it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\n{extra}END:VCARD\r\n"


def run(tmp_path: Path, *args: str | bytes, seed: str = "0",
        timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """Run ``networkapp --db <tmp>/net.sqlite3 ARGS`` with this PYTHONHASHSEED."""
    env = {k: v for k, v in os.environ.items() if k != "NETWORKAPP_DB"}
    env.update({"NETWORKAPP_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(REPO),
                "PYTHONIOENCODING": "utf-8", "PYTHONHASHSEED": seed})
    return subprocess.run([sys.executable, "-m", "networkapp", "--db",
                           str(tmp_path / "net.sqlite3"), *args], cwd=tmp_path, env=env,
                          capture_output=True, timeout=timeout, check=False)


def dump(path: Path, *, times: bool = False) -> list[str]:
    """Every row of the file (created_at/updated_at/at blanked unless ``times``)."""
    conn = sqlite3.connect(path)
    try:
        lines = list(conn.iterdump())
    finally:
        conn.close()
    if not times:
        import re

        stamp = re.compile(r"'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d'")
        lines = [stamp.sub("'T'", line) for line in lines]
    return lines


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.vcf"
    os.mkfifo(fifo)  # nobody ever writes to it: reading it would block for ever
    started = time.monotonic()
    done = run(tmp_path, "import", str(fifo), timeout=30)
    assert done.returncode == 2
    assert b"pipe.vcf: is a named pipe (FIFO), not a vCard file" in done.stderr
    assert b"Traceback" not in done.stderr
    assert time.monotonic() - started < 30
    dry = run(tmp_path, "import", "--dry-run", str(fifo), timeout=30)
    assert dry.returncode == 2 and b"named pipe" in dry.stderr


def test_a_device_is_refused(tmp_path: Path) -> None:
    done = run(tmp_path, "import", "/dev/zero", timeout=30)
    assert done.returncode == 2
    assert b"/dev/zero: is a device, not a vCard file" in done.stderr


def test_a_file_name_that_is_not_utf8_imports(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.vcf"  # Latin-1 bytes: not UTF-8
    with open(name, "wb") as out:
        out.write(CARD.format(name="Ada", extra="EMAIL:ada@example.com\r\n").encode())
    dry = run(tmp_path, "import", "--dry-run", name)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith(b"1 would be created")
    done = run(tmp_path, "import", name)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"1 created")
    conn = sqlite3.connect(tmp_path / "net.sqlite3")
    (reason,) = conn.execute("SELECT reason FROM status_change").fetchone()
    conn.close()
    assert reason == "Imported from caf\ufffd.vcf"


@pytest.mark.parametrize("tel", ["n/a", "-", "sip:bob@example.com", "  ", "(none)"])
def test_a_number_without_digits_is_not_duplicated_on_reimport(tmp_path: Path, tel: str
                                                                ) -> None:
    path = tmp_path / "x.vcf"
    path.write_bytes(CARD.format(name="Bob Nodigits", extra=f"TEL:{tel}\r\n").encode())
    first = run(tmp_path, "import", str(path))
    assert first.returncode == 0, first.stderr
    again = run(tmp_path, "import", str(path))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(b"0 created, 0 merged, 1 unchanged"), again.stdout
    conn = sqlite3.connect(tmp_path / "net.sqlite3")
    assert conn.execute("SELECT count(*) FROM contact").fetchone() == (1,)
    conn.close()


def _awkward_file(path: Path) -> None:
    """Cards whose matching and merging would show any dependence on set order."""
    cards = []
    for i in range(40):
        extra = (f"N:Family{i % 3};Given{i % 5};;;\r\nTEL:+39 02 {i % 7:04d}\r\n"
                 f"TEL:n/a\r\nCATEGORIES:Work,work,WORK,tag{i % 4},Tag{i % 4}\r\n"
                 f"ADR:;;Via {i % 6};Milano;;;\r\nURL:https://ex.org/{i % 9}\r\n"
                 f"NOTE:note {i % 2}\r\n")
        if i % 3 == 0:
            extra += f"EMAIL:p{i % 10}@example.org\r\n"
        cards.append(CARD.format(name=f"Given{i % 5} Family{i % 3}", extra=extra))
    path.write_bytes("".join(cards).encode())


def test_results_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    dumps, outputs = [], []
    for seed in ("1", "4242"):
        folder = tmp_path / seed
        folder.mkdir()
        _awkward_file(folder / "cards.vcf")
        dry = run(folder, "import", "--dry-run", "--json", "cards.vcf", seed=seed)
        done = run(folder, "import", "--json", "cards.vcf", seed=seed)
        assert done.returncode == 0, done.stderr
        assert dry.stdout == done.stdout  # the preview says what the import does
        outputs.append(done.stdout)
        dumps.append(dump(folder / "net.sqlite3"))
    assert outputs[0] == outputs[1]
    assert dumps[0] == dumps[1]


def test_control_characters_and_long_names_are_cleaned_with_warnings(tmp_path: Path) -> None:
    path = tmp_path / "x.vcf"
    long_name = "L" * 5000
    path.write_bytes(
        (CARD.format(name="Ann\x07 Bell", extra="ORG:Acme\x1b Ltd\r\n")
         + CARD.format(name=long_name, extra="EMAIL:l@example.org\r\n")).encode())
    done = run(tmp_path, "import", str(path))
    assert done.returncode == 0, done.stderr
    assert b"warning: " + str(path).encode() + b":1: FN: control characters removed" \
        in done.stdout
    assert b":6: FN: longer than 1,000 characters: cut to 1,000" in done.stdout
    conn = sqlite3.connect(tmp_path / "net.sqlite3")
    names = [n for (n,) in conn.execute("SELECT display_name FROM contact ORDER BY id")]
    orgs = [o for (o,) in conn.execute("SELECT organization FROM contact ORDER BY id")]
    conn.close()
    assert names == ["Ann Bell", "L" * 1000]
    assert orgs[0] == "Acme Ltd"
