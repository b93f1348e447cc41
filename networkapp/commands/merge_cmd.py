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
from networkapp.services.duplicates import FIELD_LABELS, MergePlan, merge_contacts, plan_merge
from networkapp.services.errors import DomainError
from networkapp.translation import tr


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
    verb = tr("Would merge %1 into %2 (%3)") if record["dry_run"] else tr(
        "Merged %1 into %2 (%3)")
    lines = [verb.replace("%1", ", ".join(map(str, record["merged"])))
             .replace("%2", str(record["keep"])).replace("%3", record["name"])]
    lines += [tr("  %1: %2 kept; also %3").replace("%1", tr(FIELD_LABELS[c["field"]]))
              .replace("%2", repr(c["kept"])).replace("%3", ", ".join(map(repr, c["others"])))
              for c in record["conflicts"]]
    moved = record["moved"]
    if moved:
        lines.append(tr("  moved: %1").replace("%1", ", ".join((
            tr("%Ln interaction(s)", "", moved["interaction"]),
            tr("%Ln signal(s)", "", moved["signal"]),
            tr("%Ln clarification(s)", "", moved["clarification"]),
            tr("%Ln history entry(ies)", "", moved["status_change"])))))
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
