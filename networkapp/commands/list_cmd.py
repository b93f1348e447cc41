"""``networkapp list``: the contacts with their balance and open warnings."""

from __future__ import annotations

import argparse
from typing import Any

from networkapp.commands.common import EXIT_STORAGE, add_db_option, open_or_report, write_stdout
from networkapp.services.listing import (
    ContactQuery,
    json_records,
    list_contact_tuples,
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


def _view(args: argparse.Namespace) -> str:
    return "archived" if args.archived else "all" if args.all else "active"


def _records(args: argparse.Namespace) -> list[dict[str, Any]]:
    return json_records(list_contact_tuples(ContactQuery(view=_view(args), sort="id")))


def run(args: argparse.Namespace) -> int:
    """Print the list; exit 3 when the database cannot be opened, 4 when stdout fails."""
    if not open_or_report(args):
        return EXIT_STORAGE
    # One write: json.dump() writes token by token, which is slow on a pipe.
    write_stdout(list_json(_view(args)) + "\n" if args.json else _table(_records(args)))
    return 0


def _table(records: list[dict[str, Any]]) -> str:
    lines = [f"{'id':>7}  {'name':<32} {'status':<10} {'gave':>5} {'recv':>5} {'warn':>4}  last"]
    lines += [f"{r['id']:>7}  {r['name'][:32]:<32} {r['status']:<10} {r['gave']:>5} "
              f"{r['received']:>5} {r['open_warnings']:>4}  {r['last_interaction'] or '-'}"
              for r in records]
    lines.append(tr("%Ln contact(s)", "", len(records)))
    return "\n".join(lines) + "\n"
