"""``networkapp merge KEEP OTHER…``: merge contacts into one, for scripted clean-ups.

The same rules as Contact > Merge… in the window, with KEEP's value kept wherever
the contacts differ (each such field is listed).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from networkapp.commands.common import (
    EXIT_STORAGE,
    EXIT_USAGE,
    add_db_option,
    open_or_report,
    say,
    write_stdout,
)
from networkapp.services.duplicates import MergePlan, merge_contacts, plan_merge
from networkapp.services.errors import DomainError


def add_parser(sub: Any, name: str) -> None:
    """Declare ``merge`` and its options."""
    parser = sub.add_parser(name, help="merge contacts into one (KEEP's values win)")
    add_db_option(parser)
    parser.add_argument("keep", type=int, metavar="KEEP_ID", help="the contact to keep")
    parser.add_argument("others", type=int, nargs="+", metavar="OTHER_ID",
                        help="the contacts merged into it (deleted afterwards)")
    parser.add_argument("--dry-run", action="store_true",
                        help="say what would happen; change nothing")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _record(plan: MergePlan, moved: dict[str, int] | None, dry_run: bool) -> dict[str, Any]:
    return {"keep": plan.keep.id, "merged": [o.id for o in plan.others],
            "name": plan.result.display_name or plan.keep.fields.display_name,
            "dry_run": dry_run,
            "conflicts": [{"field": c.field, "kept": c.kept, "others": list(c.others)}
                          for c in plan.conflicts],
            "moved": moved or {}}


def _text(record: dict[str, Any]) -> str:
    verb = "Would merge" if record["dry_run"] else "Merged"
    lines = [f"{verb} {', '.join(map(str, record['merged']))} into {record['keep']} "
             f"({record['name']})"]
    lines += [f"  {c['field']}: {c['kept']!r} kept; also {', '.join(map(repr, c['others']))}"
              for c in record["conflicts"]]
    if record["moved"]:
        lines.append("  moved: " + ", ".join(f"{n} {t.replace('_', ' ')}"
                                             for t, n in record["moved"].items()))
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Merge (or with --dry-run, show); exit 2 when the ids cannot be merged."""
    if not open_or_report(args):
        return EXIT_STORAGE
    try:
        plan = plan_merge(args.keep, args.others)
        moved = None
        if not args.dry_run:
            moved = dict(merge_contacts(args.keep, args.others).moved)
    except DomainError as exc:
        say(str(exc))
        return EXIT_USAGE
    record = _record(plan, moved, args.dry_run)
    write_stdout(json.dumps(record, ensure_ascii=False) + "\n" if args.json else _text(record))
    return 0
