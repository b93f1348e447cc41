"""``networkapp import FILE…``: import vCards, print what happened (or would, with --dry-run).

Exit 0 when every card was imported (or already there), 1 when some cards were
rejected (the rest imported), 2 for a usage error or a file that cannot be read
or is not a vCard, or is not a regular file (a FIFO, a device: refused at once;
nothing imported then), 3 when the database cannot be opened, 4 when writing fails
part-way (a full disk, a lock taken by another program: nothing imported).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from networkapp.commands.common import (
    EXIT_REJECTED,
    EXIT_STORAGE,
    EXIT_USAGE,
    add_db_option,
    open_or_report,
    write_stdout,
)
from networkapp.services.importing import (
    MERGE,
    NEW,
    UNCHANGED,
    ImportPlan,
    import_files,
    plan_import,
)
from networkapp.translation import tr


def add_parser(sub: Any, name: str) -> None:
    """Declare ``import`` and its options."""
    parser = sub.add_parser(name, help="import vCard files (.vcf), merging known contacts")
    add_db_option(parser)
    parser.add_argument("files", nargs="+", metavar="FILE", help="vCard files")
    parser.add_argument("--dry-run", action="store_true",
                        help="say what would happen, write nothing")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def summary(plan: ImportPlan) -> dict[str, Any]:
    """Return the counts, rejected cards and warnings as the JSON output has them."""
    return {
        "created": plan.count(NEW),
        "merged": plan.count(MERGE),
        "unchanged": plan.count(UNCHANGED),
        "rejected": [{"file": e.file, "line": e.line, "reason": e.reason}
                     for e in plan.rejected],
        "warnings": list(plan.warnings),
    }


def _text(result: dict[str, Any], dry_run: bool) -> str:
    counts = [tr("%Ln would be created", "", result["created"]) if dry_run
              else tr("%Ln created", "", result["created"]),
              tr("%Ln would be merged", "", result["merged"]) if dry_run
              else tr("%Ln merged", "", result["merged"]),
              tr("%Ln unchanged", "", result["unchanged"]),
              tr("%Ln rejected", "", len(result["rejected"]))]
    lines = [", ".join(counts)]
    lines += [f"{r['file']}:{r['line']}: {r['reason']}" for r in result["rejected"]]
    lines += [tr("warning: %1").replace("%1", w) for w in result["warnings"]]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Import the files; see the module docstring for the exit codes."""
    if not open_or_report(args):
        return EXIT_STORAGE
    # One pass: read, match and write in one transaction (a dry run writes nothing).
    plan = plan_import(args.files) if args.dry_run else import_files(args.files).plan
    if plan.file_errors:  # a file that is not usable: nothing imported, name it
        for message in plan.file_errors:
            print(f"networkapp: {message}", file=sys.stderr)
        return EXIT_USAGE
    result = summary(plan)
    text = json.dumps(result, ensure_ascii=False) + "\n" if args.json else _text(
        result, args.dry_run)
    write_stdout(text)
    return EXIT_REJECTED if result["rejected"] else 0
