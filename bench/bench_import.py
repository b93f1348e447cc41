"""Benchmark: plan + apply of 50,000 generated vCards, into an empty file and a 100,000-contact one.

Each case runs in its own process so that peak RSS (``ru_maxrss``) is that case's
alone. Prints cards/s for planning and applying, and peak RSS. A second plan of the
same cards (every one "unchanged") shows the re-import cost.

    .venv/bin/python bench/bench_import.py [--cards 50000] [--demo 100000]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def generate(path: Path, count: int) -> None:
    """Write ``count`` vCard 3.0 cards, like a phone's export (folded, labelled, tagged)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(count):
            out.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-{i}\r\nFN:Person {i} Example\r\n"
                f"N:Example;Person {i};;;\r\nORG:Company {i % 700};Sales\r\nTITLE:Manager\r\n"
                f"EMAIL;TYPE=INTERNET,WORK:person{i}@example.com\r\n"
                f"TEL;TYPE=CELL:+39 333 {i:07d}\r\nTEL;TYPE=WORK:02 {i:08d}\r\n"
                f"ADR;TYPE=WORK:;;Via Roma {i % 200};Milano;;20100;Italia\r\n"
                f"CATEGORIES:imported,group{i % 20}\r\nBDAY:1980-04-{1 + i % 28:02d}\r\n"
                f"NOTE:Met at the fair in {2000 + i % 20}\\, talked about things.\r\n"
                "END:VCARD\r\n")


def case(db: Path, vcf: Path) -> None:
    """Plan and apply in this process; print the figures."""
    from networkapp.models import Contact, open_database
    from networkapp.services.vcard_import import apply_import, plan_import

    open_database(db)
    before = Contact.select().count()
    start = time.perf_counter()
    plan = plan_import([vcf])
    planned = time.perf_counter()
    result = apply_import(plan)
    applied = time.perf_counter()
    again = plan_import([vcf])
    replanned = time.perf_counter()
    cards = len(plan.entries)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {before:,} contacts before, {cards:,} cards: plan {planned - start:.2f} s "
          f"({cards / (planned - start):,.0f} cards/s), apply {applied - planned:.2f} s "
          f"({cards / (applied - planned):,.0f} cards/s), total "
          f"{cards / (applied - start):,.0f} cards/s; created {len(result.created_ids):,}; "
          f"re-plan {replanned - applied:.2f} s "
          f"({sum(e.fate == 'unchanged' for e in again.entries):,} unchanged); "
          f"peak RSS {rss:.0f} MB", flush=True)


def main() -> int:
    """Build the files, run both cases in child processes."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=50_000)
    parser.add_argument("--demo", type=int, default=100_000)
    parser.add_argument("--case", nargs=2, metavar=("DB", "VCF"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        case(Path(args.case[0]), Path(args.case[1]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vcf = folder / "cards.vcf"
        generate(vcf, args.cards)
        print(f"{args.cards:,} cards, {vcf.stat().st_size / 1e6:.1f} MB", flush=True)
        demo = folder / "demo.sqlite3"
        subprocess.run([sys.executable, "-m", "networkapp", "--db", str(demo), "demo",
                        "--contacts", str(args.demo)], cwd=REPO, check=True,
                       capture_output=True)
        for db in (folder / "empty.sqlite3", demo):
            print(f"{db.name}:", flush=True)
            subprocess.run([sys.executable, __file__, "--case", str(db), str(vcf)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
