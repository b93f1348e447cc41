"""``networkapp demo --contacts N``: add a realistic demo network."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from networkapp.commands.common import EXIT_STORAGE, add_db_option, open_or_report
from networkapp.services.demo import generate_demo
from networkapp.translation import format_number, tr


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def add_parser(sub: Any, name: str) -> None:
    """Declare ``demo`` and its options."""
    parser = sub.add_parser(name, help="add a realistic demo network to the database")
    add_db_option(parser)
    parser.add_argument("--contacts", type=_positive, default=200, metavar="N",
                        help="how many contacts to add (default 200)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")


def run(args: argparse.Namespace) -> int:
    """Generate the demo data and say what was written."""
    if not open_or_report(args):
        return EXIT_STORAGE
    start = time.perf_counter()
    summary = generate_demo(args.contacts, seed=args.seed)
    elapsed = time.perf_counter() - start
    counts = (summary.contacts, summary.interactions, summary.exchanges, summary.signals,
              summary.clarifications, summary.archived, elapsed)
    text = tr("Added %1 contacts, %2 interactions, %3 exchanges, %4 signals, "
              "%5 clarifications (%6 archived) in %7 s.")
    for index, count in enumerate(counts, start=1):
        text = text.replace(f"%{index}", format_number(count))
    print(text, file=sys.stderr)
    return 0
