"""Benchmark: what recording for undo costs, and how long Undo and Redo of an import take.

A generated file of plain vCard 3.0 cards (bench_import's) is imported into an empty
database file twice per round, once plainly and once recorded as the window records
it (:func:`networkapp.services.changes.record`); the best of ``--rounds`` is kept for
each. Then the recorded import is kept as a change set (the GUI thread's part),
undone and redone; and on that file of ``--cards`` contacts one hand edit of a
contact is timed recorded, kept, undone and redone (median of 20). Times are
processor seconds of this process (SQLite works in it).

    .venv/bin/python bench/bench_undo.py [--cards 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_import import generate_plain
from networkapp.models import close_database, open_database
from networkapp.services import changes
from networkapp.services.contacts import get_contact, update_contact
from networkapp.services.dto import LabeledValue
from networkapp.services.importing import apply_import, plan_import


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    """Return the processor time ``work`` took (SQLite works in this process: on a
    shared machine this is steadier than the wall clock) and its value."""
    start = time.process_time()
    value = work()
    return time.process_time() - start, value


def _import(vcf: Path, db: Path, *, recorded: bool) -> tuple[float, Any]:
    open_database(db)
    plan = plan_import([str(vcf)])
    if recorded:
        return _timed(lambda: changes.record(lambda: apply_import(plan))[1])
    return _timed(lambda: apply_import(plan))


def _edit_round(cid: int) -> tuple[float, float, float]:
    fields = get_contact(cid).fields
    edited = type(fields)(**{**fields.__dict__, "title": "Chief",
                             "emails": (*fields.emails, LabeledValue("new@example.org"))})
    took, (_, recording) = _timed(lambda: changes.record(lambda: update_contact(cid, edited)))
    change = changes.ChangeSet(recording)
    undo, _ = _timed(change.swap)
    redo, _ = _timed(change.swap)
    change.swap()  # back as it was for the next round
    change.drop()
    return took, undo, redo


def main() -> int:
    """Print the figures; always 0 (no target: the figures are for the report)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vcf = folder / "plain.vcf"
        generate_plain(vcf, args.cards)
        plain, recorded = [], []
        for i in range(args.rounds):
            plain.append(_import(vcf, folder / f"plain{i}.sqlite3", recorded=False)[0])
            close_database()
            took, recording = _import(vcf, folder / f"rec{i}.sqlite3", recorded=True)
            recorded.append(took)
            if i < args.rounds - 1:
                close_database()
        each = ", ".join(f"{p:.2f}/{r:.2f}" for p, r in zip(plain, recorded, strict=True))
        print(f"import of {args.cards} cards: plain {min(plain):.2f} s, recorded "
              f"{min(recorded):.2f} s (x{min(recorded) / min(plain):.2f}; best of "
              f"{args.rounds}; each round plain/recorded {each})")
        kept, change = _timed(lambda: changes.ChangeSet(recording))
        undo, _ = _timed(change.swap)
        redo, _ = _timed(change.swap)
        print(f"that import kept for undo {kept:.2f} s; Undo {undo:.2f} s; Redo {redo:.2f} s")
        rounds = [_edit_round(cid) for cid in range(1, 21)]
        took, undo, redo = (statistics.median(r[i] for r in rounds) * 1000 for i in range(3))
        print(f"one contact edit among {args.cards} contacts: recorded {took:.1f} ms, Undo "
              f"{undo:.1f} ms, Redo {redo:.1f} ms (median of 20)")
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
