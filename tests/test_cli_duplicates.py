"""``networkapp duplicates`` and ``networkapp merge``, run as users run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import run

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:uid-a\r\nFN:Mario Rossi\r\nN:Rossi;Mario;;;\r\n"
    "ORG:Acme\r\nEMAIL:mario@acme.it\r\nTEL:+39 333 1234567\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:uid-b\r\nFN:Rossi\\, Mario\r\nORG:Acme Labs\r\n"
    "EMAIL:MARIO@acme.it\r\nEMAIL:mr@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:uid-c\r\nFN:Giulia Bianchi\r\nEND:VCARD\r\n"
)


@pytest.fixture
def file_with_twins(tmp_path: Path) -> tuple[Path, Path]:
    """A file holding Mario Rossi twice (two UIDs: the import keeps both) and Giulia."""
    vcf = tmp_path / "cards.vcf"
    vcf.write_text(CARDS, encoding="utf-8")
    path = tmp_path / "twins.sqlite3"
    # The two Mario cards share an e-mail: the import would merge them; import apart.
    first, rest = CARDS.split("END:VCARD\r\n", 1)
    (tmp_path / "a.vcf").write_text(first + "END:VCARD\r\n", encoding="utf-8")
    (tmp_path / "b.vcf").write_text(rest.replace("EMAIL:MARIO@acme.it\r\n", ""),
                                    encoding="utf-8")
    for name in ("a.vcf", "b.vcf"):
        done = run("--db", str(path), "import", str(tmp_path / name), data_dir=tmp_path)
        assert done.returncode == 0, done.stderr
    return path, vcf


def test_duplicates_lists_the_group_with_its_reasons(file_with_twins: tuple[Path, Path]
                                                     ) -> None:
    path, _ = file_with_twins
    done = run("--db", str(path), "duplicates", data_dir=path.parent)
    assert done.returncode == 0, done.stderr
    assert "Group 1: worth a look (0.55)" in done.stdout  # "Acme" and "Acme Labs" differ
    assert "    Mario Rossi / Rossi, Mario: same name\n" in done.stdout
    assert "1 group of likely duplicates" in done.stdout
    data = json.loads(run("--db", str(path), "duplicates", "--json",
                          data_dir=path.parent).stdout)
    assert [[c["id"] for c in g["contacts"]] for g in data] == [[1, 2]]
    assert data[0]["links"][0]["reasons"][0]["code"] == "same_name"


def test_merge_dry_run_changes_nothing_then_merge_does(file_with_twins: tuple[Path, Path]
                                                       ) -> None:
    path, vcf = file_with_twins
    dry = run("--db", str(path), "merge", "1", "2", "--dry-run", "--json", data_dir=path.parent)
    assert dry.returncode == 0, dry.stderr
    record = json.loads(dry.stdout)
    assert record["dry_run"] is True and record["moved"] == {}
    assert {"field": "organization", "kept": "Acme", "others": ["Acme Labs"]} in \
        record["conflicts"]
    assert len(json.loads(run("--db", str(path), "list", "--json",
                              data_dir=path.parent).stdout)) == 3
    done = run("--db", str(path), "merge", "1", "2", data_dir=path.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Merged 2 into 1 (Mario Rossi)")
    assert "  Organization: 'Acme' kept; also 'Acme Labs'" in done.stdout
    listed = json.loads(run("--db", str(path), "list", "--json", data_dir=path.parent).stdout)
    assert [r["id"] for r in listed] == [1, 3]
    again = run("--db", str(path), "import", str(vcf), data_dir=path.parent)
    assert again.returncode == 0, again.stderr
    listed = json.loads(run("--db", str(path), "list", "--json", data_dir=path.parent).stdout)
    assert [r["id"] for r in listed] == [1, 3]  # both original cards found the kept one


@pytest.mark.parametrize("args", [("1", "1"), ("1", "99"), ("1",)])
def test_merge_refuses_what_cannot_be_merged(file_with_twins: tuple[Path, Path],
                                             args: tuple[str, ...]) -> None:
    path, _ = file_with_twins
    done = run("--db", str(path), "merge", *args, data_dir=path.parent)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and done.stderr.startswith(
        ("networkapp: ", "usage:"))


def test_duplicates_refuses_a_bad_region(tmp_path: Path) -> None:
    done = run("--db", str(tmp_path / "x.sqlite3"), "duplicates", "--region", "XX",
               data_dir=tmp_path)
    assert done.returncode == 2
    assert "not a region code" in done.stderr
