"""``networkapp list``: the contacts with their balance and open warnings."""

from __future__ import annotations

import argparse
from typing import Any

from networkapp.commands.common import EXIT_STORAGE, add_db_option, open_or_report, write_stdout
from networkapp.services.listing import (
    json_records,
    list_json,
)
from networkapp.translation import tr


def add_parser(sub: Any, name: str) -> None:
    """Declare ``list`` and its options."""
    parser = sub.add_parser(name, help="list contacts (not archived, unless asked)")
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--archived", action="store_true", help="list only archived contacts")
    which.add_argument("--all", action="store_true", help="list every contact, archived too")
    which.add_argument("--attention", action="store_true",
                       help="list only the contacts that need attention (those with a reason)")
    which.add_argument("--today", action="store_true",
                       help="list only what to do today (threshold, unfinished clarification, "
                            "overdue, birthday this week)")


def _view(args: argparse.Namespace) -> str:
    for view in ("archived", "all", "attention", "today"):
        if getattr(args, view):
            return view
    return "active"


def _records(args: argparse.Namespace) -> list[dict[str, Any]]:
    return json_records(_view(args))


def run(args: argparse.Namespace) -> int:
    """Print the list; exit 3 when the database cannot be opened, 4 when stdout fails."""
    if not open_or_report(args):
        return EXIT_STORAGE
    # One write: json.dump() writes token by token, which is slow on a pipe.
    write_stdout(list_json(_view(args)) + "\n" if args.json else _table(_records(args)))
    return 0


def _table(records: list[dict[str, Any]]) -> str:
    lines = [f"{'id':>7}  {'name':<32} {'status':<10} {'gave':>5} {'recv':>5} {'warn':>4}  "
             f"{'last':<10}  reasons"]
    lines += [f"{r['id']:>7}  {r['name'][:32]:<32} {r['status']:<10} {r['gave']:>5} "
              f"{r['received']:>5} {r['open_warnings']:>4}  {r['last_interaction'] or '-':<10}  "
              f"{' '.join(r['reasons'])}".rstrip()
              for r in records]
    lines.append(tr("%Ln contact(s)", "", len(records)))
    return "\n".join(lines) + "\n"
