"""Benchmark: our whole vCard import against vobject's bare parse of the same file.

The issue's target: importing a generated 10,000-card vCard 3.0 file into an empty
database (read + plan + apply, as ``networkapp import`` does it) takes at most 0.2x
the time vobject needs only to parse it, with a peak RSS under 300 MB; a 100,000-card
file is timed too. Every measurement runs in its own process, so that its peak RSS
(``ru_maxrss``) is its own.

    .venv/bin/python bench/bench_import.py [--cards 10000] [--large 100000] [--merge]
                                           [--rounds 3]

Ours and vobject's take turns, ``--rounds`` times each; the best time of each is
compared (on a shared machine the best is the one least disturbed), and every
round's own ratio is printed too.

Like the command line, our import uses a second core on Linux (services/offload.py):
a forked child reads the second half of the file, and another builds the new
contacts' rows while SQLite writes them. The wall time is what counts; the CPU time
of this process is printed beside it, and the children's peak RSS after ours.

``--merge`` also times re-importing the 10,000 cards into the file they were just
imported into (every card "unchanged").
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TARGET_RATIO = 0.2
TARGET_RSS_MB = 300
TARGET_LARGE_RSS_MB = 400
"""Our own aim for the 100,000-card file (the issue sets none): the plan stays compact."""

_GIVEN = ("Anna", "Marco", "Jürgen", "Chloé", "Sven", "Zoë", "Łukasz", "Maria", "John",
          "Aiko", "Olivia", "Noah", "Fatima", "Pierre", "Ingrid", "Mateo", "Siobhán", "Li")
_FAMILY = ("Rossi", "Müller", "Dubois", "Smith", "García", "Nowak", "Tanaka", "O'Brien",
           "Johansson", "Kowalski", "Bianchi", "Papadopoulos", "Novák", "Silva", "Berg")
_COMPANIES = ("Acme Corp", "Globex", "Initech", "Umbrella", "Stark Industries",
              "Wayne Enterprises", "Hooli", "Vandelay Industries", "Cyberdyne")
_TITLES = ("Manager", "Engineer", "Sales Director", "CEO", "Consultant", "Designer", "")
_CITIES = (("Milano", "MI", "20100", "Italia"), ("Berlin", "", "10115", "Germany"),
           ("Paris", "", "75001", "France"), ("Springfield", "IL", "62701", "USA"))
_TAGS = ("friends", "work", "family", "conference", "clients", "suppliers", "alumni")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (3.0 style: CRLF + one space)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    pieces, start, size = [], 0, 75
    while start < len(data):
        end = min(len(data), start + size)
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # keep UTF-8 sequences whole
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, size = end, 74
    return "\r\n ".join(pieces) + "\r\n"


def _card(i: int, rnd: random.Random, photo: str) -> str:
    given, family = rnd.choice(_GIVEN), rnd.choice(_FAMILY)
    lines = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 14.0//EN",
             f"N:{family};{given};;;", f"FN:{given} {family}"]
    if rnd.random() < 0.8:
        lines.append(f"ORG:{rnd.choice(_COMPANIES)};Dept {i % 13}")
    title = rnd.choice(_TITLES)
    if title:
        lines.append(f"TITLE:{title}")
    for n in range(rnd.randint(1, 3)):
        kind = ("WORK", "HOME", "INTERNET")[n]
        pref = ";TYPE=pref" if n == 0 else ""
        lines.append(f"EMAIL;TYPE=INTERNET;TYPE={kind}{pref}:{given.lower()}.{i}.{n}"
                     f"@example{n}.com")
    for n in range(rnd.randint(1, 3)):
        kind = ("CELL;TYPE=VOICE", "WORK;TYPE=VOICE", "HOME;TYPE=VOICE")[n]
        lines.append(f"TEL;TYPE={kind}:+{30 + n} {300 + i % 600} {i:07d}")
    if rnd.random() < 0.7:
        city, region, code, country = rnd.choice(_CITIES)
        lines.append(f"item1.ADR;TYPE=HOME;TYPE=pref:;;{i % 300} Main Street\\nApt {i % 40};"
                     f"{city};{region};{code};{country}")
        lines.append("item1.X-ABADR:it")
    if rnd.random() < 0.3:
        lines.append(f"item2.URL;TYPE=pref:https://www.example.org/people/{i}")
        lines.append("item2.X-ABLabel:_$!<HomePage>!$_")
    if rnd.random() < 0.4:
        lines.append(f"BDAY:{1950 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}")
    if rnd.random() < 0.5:
        lines.append(f"NOTE:Met {given} at the {2000 + i % 24} trade fair in "
                     f"{rnd.choice(_CITIES)[0]}\\, talked about supply chains\\, pricing "
                     "and a possible joint project next spring.\\nFollow up by e-mail.")
    lines.append("CATEGORIES:" + ",".join(rnd.sample(_TAGS, rnd.randint(1, 3))))
    if photo and rnd.random() < 0.1:
        lines.append(f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}")
    lines.append(f"UID:{i:08d}-bench-4f6a-9c1e-{rnd.getrandbits(48):012x}")
    lines.append(f"REV:2024-0{1 + i % 9}-1{i % 10}T10:00:00Z")
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


def generate(path: Path, count: int, *, seed: int = 4) -> None:
    """Write ``count`` vCard 3.0 cards that look like a macOS / iOS export.

    Names with accents, an organization, 1-3 labelled e-mails and phones, most with an
    address (Apple's grouped item1.ADR), some with a URL, birthday and note,
    categories, a UID, and one card in ten with a small inline JPEG (about 4 KiB),
    folded at 75 octets with CRLF line ends.
    """
    rnd = random.Random(seed)
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rnd.randbytes(3000) + b"\xff\xd9"
    photo = base64.b64encode(jpeg).decode("ascii")
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(count):
            out.write(_card(i, rnd, photo))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ours(vcf: Path, db: Path) -> dict[str, float]:
    """Import ``vcf`` into ``db`` as the CLI does (plan, then apply); return the figures."""
    from networkapp.models import open_database
    from networkapp.services.vcard_import import NEW, UNCHANGED, apply_import, plan_import

    open_database(db)
    cpu = time.process_time()
    start = time.perf_counter()
    plan = plan_import([vcf])
    planned = time.perf_counter()
    result = apply_import(plan)
    applied = time.perf_counter()
    cpu = time.process_time() - cpu
    return {"cards": len(plan.entries), "plan": planned - start, "apply": applied - planned,
            "total": applied - start, "cpu": cpu, "created": len(result.created_ids),
            "new": plan.count(NEW), "unchanged": plan.count(UNCHANGED), "rss": _rss_mb(),
            "child_rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def run_vobject(vcf: Path) -> dict[str, float]:
    """Parse ``vcf`` with vobject (no import at all); return the figures."""
    import vobject

    start = time.perf_counter()
    with vcf.open(encoding="utf-8", newline="") as stream:
        cards = sum(1 for _ in vobject.readComponents(stream))
    return {"cards": cards, "total": time.perf_counter() - start, "rss": _rss_mb()}


def _child(*argv: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", *argv], check=True,
                         capture_output=True, text=True, cwd=REPO)
    return json.loads(out.stdout)


def main() -> int:
    """Generate the files and run each measurement in a child process."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000, help="0 to skip")
    parser.add_argument("--merge", action="store_true", help="also time a re-import")
    parser.add_argument("--rounds", type=int, default=3,
                        help="timings of each, taking turns (the best counts: the machine "
                             "is shared and noisy)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *paths = args.child
        figures = run_vobject(Path(paths[0])) if kind == "vobject" else run_ours(
            Path(paths[0]), Path(paths[1]))
        print(json.dumps(figures))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vcf = folder / "cards.vcf"
        generate(vcf, args.cards)
        print(f"{args.cards:,}-card vCard 3.0 file, {vcf.stat().st_size / 1e6:.1f} MB; "
              f"{args.rounds} rounds, ours and vobject's taking turns")
        ours_runs, their_runs = [], []
        for n in range(args.rounds):
            db = folder / f"empty{n}.sqlite3"
            ours_runs.append(_child("ours", str(vcf), str(db)))
            their_runs.append(_child("vobject", str(vcf)))
            ours, theirs = ours_runs[-1], their_runs[-1]
            print(f"  round {n + 1}: ours {ours['total']:.2f} s (plan {ours['plan']:.2f} s, "
                  f"apply {ours['apply']:.2f} s; {ours['cpu']:.2f} s CPU in this process), "
                  f"vobject {theirs['total']:.2f} s: "
                  f"ratio {ours['total'] / theirs['total']:.3f}")
        ours = dict(min(ours_runs, key=lambda r: r["total"]))
        theirs = dict(min(their_runs, key=lambda r: r["total"]))
        for key in ("rss", "child_rss"):
            ours[key] = max(r[key] for r in ours_runs)  # the worst, not the best run's
        print(f"  our import (plan + apply, as the CLI), best of {args.rounds}: "
              f"{ours['total']:.2f} s ({ours['cards'] / ours['total']:,.0f} cards/s), "
              f"{ours['created']:,.0f} created, peak RSS (worst run) {ours['rss']:.0f} MB "
              f"(target < {TARGET_RSS_MB}; the largest child {ours['child_rss']:.0f} MB)")
        print(f"  vobject bare parse, best of {args.rounds}: {theirs['total']:.2f} s "
              f"({theirs['cards'] / theirs['total']:,.0f} cards/s), "
              f"peak RSS {theirs['rss']:.0f} MB")
        ratio = ours["total"] / theirs["total"]
        ratios = sorted(o["total"] / t["total"] for o, t in zip(ours_runs, their_runs,
                                                                strict=True))
        verdict = "met" if ratio <= TARGET_RATIO and ours["rss"] < TARGET_RSS_MB else "MISSED"
        print(f"  ratio ours / vobject, best against best: {ratio:.3f} (target <= "
              f"{TARGET_RATIO}): {verdict}; per round {', '.join(f'{r:.3f}' for r in ratios)}")
        vcf_db = folder / "empty0.sqlite3"
        if args.merge:
            again = _child("ours", str(vcf), str(vcf_db))
            print(f"  re-import into the same file: {again['total']:.2f} s, "
                  f"{again['unchanged']:,.0f} unchanged, peak RSS {again['rss']:.0f} MB")
        if args.large:
            big = folder / "large.vcf"
            generate(big, args.large)
            print(f"{args.large:,}-card vCard 3.0 file, {big.stat().st_size / 1e6:.1f} MB")
            ours = _child("ours", str(big), str(folder / "large.sqlite3"))
            print(f"  our import: {ours['total']:.2f} s (plan {ours['plan']:.2f} s, apply "
                  f"{ours['apply']:.2f} s, {ours['cards'] / ours['total']:,.0f} cards/s), "
                  f"peak RSS {ours['rss']:.0f} MB (our aim < {TARGET_LARGE_RSS_MB})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
