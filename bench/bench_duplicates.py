"""Benchmark: ``duplicates --json`` on 100,000 contacts (issue 16: a few seconds, bounded memory).

Two files, each searched by the real executable in a subprocess:

- *varied*: 100,000 contacts with many different names, companies, cities and
  e-mail domains (free mail too), 2 % of them written a second time the way
  duplicates look (initials, "Family, Given", upper-case e-mail, a national phone);
- *demo*: ``demo --contacts 100000``, only 900 distinct names: blocks of ~110
  contacts with the same name, the worst case for name blocking.

Prints wall and CPU time, peak RSS and the groups found. Targets: 10 s, 400 MB.

Usage: ``python bench/bench_duplicates.py [--contacts N] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_list import _command, _env, _peak_rss_mb, _row, _timed  # noqa: E402
from networkapp.models import close_database, db, open_database  # noqa: E402
from networkapp.services import contact_writer as writer  # noqa: E402

TARGETS = {"time": 10.0, "rss": 400.0}
_SYLLABLES = ("ma", "ri", "lo", "an", "to", "ni", "ka", "be", "ra", "sel", "ven", "dor", "li",
              "ta", "mo", "ser", "gio", "fe", "ko", "ha", "ru", "ne", "sa", "vi", "el", "ol")
_FREE = ("gmail.com", "outlook.com", "libero.it", "gmx.de")


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _contacts(count: int, seed: int = 16) -> list[writer.NewContact]:
    rng = random.Random(seed)
    given = [_name(rng, 2) for _ in range(1500)]
    family = [_name(rng, 3) for _ in range(20000)]
    orgs = [f"{_name(rng, 2)} {rng.choice(('Srl', 'GmbH', 'Ltd', 'Labs'))}" for _ in range(800)]
    cities = [_name(rng, 3) for _ in range(400)]
    made: list[writer.NewContact] = []
    while len(made) < count:
        first, last, org = rng.choice(given), rng.choice(family), rng.choice(orgs)
        number = f"+39 3{rng.randint(10, 99)} {len(made):07d}"  # one per person
        domain = rng.choice(_FREE) if rng.random() < 0.4 else \
            org.split()[0].lower() + ".example"
        email = f"{first}.{last}{rng.randint(1, 99)}@{domain}".lower()
        city = rng.choice(cities)
        made.append(_card(f"{first} {last}", first, last, org=org, email=email, phone=number,
                          city=city))
        if rng.random() < 0.02:  # the same person again, written differently
            made.append(_card(f"{last}, {first[0]}.", "", "",
                              org=org if rng.random() < 0.5 else "",
                              email=email.upper() if rng.random() < 0.5 else "",
                              phone=number.replace("+39 ", ""), city=city))
    return made[:count]


def _card(name: str, given: str, family: str, *, org: str, email: str, phone: str,
          city: str) -> writer.NewContact:
    rows: dict[str, list[tuple[str, ...]]] = {"phones": [(phone, "mobile")],
                                              "addresses": [("", "", "", "", city, "", "", "")]}
    if email:
        rows["emails"] = [(email, "work")]
    return writer.NewContact({"display_name": name, "given_name": given, "family_name": family,
                              "organization": org}, rows, reason="Benchmark")


def _build_varied(path: Path, count: int) -> None:
    open_database(path)
    try:
        with db.atomic():
            ids = writer.insert_contacts(_contacts(count))
            writer.refresh(ids)
    finally:
        close_database()


def _measure(label: str, path: Path, env: dict[str, str]) -> bool:
    command = [*_command(path, "duplicates", "--json"), "--region", "IT"]
    wall, cpu, out = _timed(command, env)
    rss, how = _peak_rss_mb(command, env)
    groups = json.loads(out)
    sizes = sorted((len(g["contacts"]) for g in groups), reverse=True)
    by = {c: sum(1 for g in groups if g["confidence"] == c) for c in ("high", "likely", "review")}
    print(f"{label}: {len(groups):,} groups ({by}), largest {sizes[:3]}; RSS via {how}")
    print(_row(f"{label} duplicates --json", wall, "s", TARGETS["time"], cpu))
    print(_row(f"{label} peak RSS", rss, "MB", TARGETS["rss"]))
    return wall < TARGETS["time"] and rss < TARGETS["rss"]


def bench(count: int, folder: Path) -> bool:
    """Build both files, search them, print the figures; True when all targets hold."""
    env = _env(folder / "data")
    varied, demo = folder / "varied.sqlite3", folder / "demo.sqlite3"
    _build_varied(varied, count)
    _timed(_command(demo, "demo", "--contacts", str(count)), env)
    print(f"bench_duplicates: {count:,} contacts per file")
    print("| measure                      |   wall/value |   CPU    |   target   |      |")
    print("|------------------------------|--------------|----------|------------|------|")
    return all([_measure("varied", varied, env), _measure("demo", demo, env)])


def main() -> int:
    """Parse the options and run the benchmark in a temporary folder (or --keep DIR)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the files in DIR and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="networkapp-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("varied.sqlite3", "demo.sqlite3"):
        (folder / name).unlink(missing_ok=True)
    try:
        return 0 if bench(args.contacts, folder) else 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
