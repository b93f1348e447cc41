"""``import-calendar``, ``import-mail``, ``import-linkedin``: log interactions from files.

``networkapp import-calendar FILE.ics… [--since DATE] [--create-contacts] [--dry-run]
[--json]`` logs past events with contacts; ``import-mail FILE.mbox|MAILDIR…`` one
"email" interaction per contact and day (headers only); ``import-linkedin
Connections.csv`` the connections, as contacts, with "connected on LinkedIn".
Importing the same files again changes nothing.

Exit 0 when done, 1 when some items were rejected (the rest imported), 2 for a
usage error or a file that cannot be read as what it should be (nothing imported
then), 3 when the database cannot be opened, 4 when writing fails part-way.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from networkapp.services.capture.plan import (
    CALENDAR,
    LINKEDIN,
    MAIL,
    CaptureJob,
    CapturePlan,
    capture_files,
)
from networkapp.services.importing import LOG, MERGE, NEW, SKIPPED, UNCHANGED, ImportPlan
from networkapp.translation import tr

KINDS = {"import-calendar": CALENDAR, "import-mail": MAIL, "import-linkedin": LINKEDIN}
_HELP = {
    CALENDAR: ("log past calendar events (.ics) with contacts as interactions",
               "FILE.ics", "iCalendar files (Google, Outlook, Apple Calendar, Thunderbird)"),
    MAIL: ("log one e-mail interaction per contact and day from mail headers",
           "MBOX|MAILDIR", "mbox files or Maildir folders (only From/To/Cc/Date are read)"),
    LINKEDIN: ("import LinkedIn connections (Connections.csv) as contacts",
               "Connections.csv", "the Connections.csv of LinkedIn's data export"),
}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parser(sub: Any, name: str) -> None:
    """Declare one of the capture commands and its options."""
    kind = KINDS[name]
    summary, metavar, files_help = _HELP[kind]
    parser = sub.add_parser(name, help=summary)
    add_db_option(parser)
    parser.add_argument("files", nargs="+", metavar=metavar, help=files_help)
    if kind != LINKEDIN:
        parser.add_argument("--since", type=_date, metavar="DATE",
                            help="only what happened on or after DATE (YYYY-MM-DD)")
    if kind == CALENDAR:
        parser.add_argument("--create-contacts", action="store_true",
                            help="create the attendees who are not contacts yet")
    parser.add_argument("--dry-run", action="store_true",
                        help="say what would happen, write nothing")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def summary(plan: ImportPlan, *, created: bool) -> dict[str, Any]:
    """Return the counts, rejected items and notes as the JSON output has them
    (``created``: the people who are not contacts yet were created)."""
    return {
        "logged": sum(1 for e in plan.entries if e.fate == LOG and (created or not e.needs)),
        "unchanged": plan.count(UNCHANGED),
        "contacts_created": plan.count(NEW) if created else 0,
        "contacts_merged": plan.count(MERGE),
        "skipped": plan.count(SKIPPED),
        "rejected": [{"file": e.file, "line": e.line, "reason": e.reason}
                     for e in plan.rejected],
        "warnings": list(plan.warnings),
    }


def _text(result: dict[str, Any], dry_run: bool, kind: str) -> str:
    logged, created = result["logged"], result["contacts_created"]
    if kind == LINKEDIN:
        told = tr("%Ln connection(s) would be logged", "", logged) if dry_run else \
            tr("%Ln connection(s) logged", "", logged)
    else:
        told = tr("%Ln interaction(s) would be logged", "", logged) if dry_run else \
            tr("%Ln interaction(s) logged", "", logged)
    counts = [told, tr("%Ln unchanged", "", result["unchanged"]),
              tr("%Ln new contact(s)", "", created) if dry_run else
              tr("%Ln new contact(s) created", "", created),
              tr("%Ln skipped", "", result["skipped"]),
              tr("%Ln rejected", "", len(result["rejected"]))]
    lines = [", ".join(counts)]
    lines += [f"{r['file']}:{r['line']}: {r['reason']}" for r in result["rejected"]]
    lines += [tr("note: %1").replace("%1", w) for w in result["warnings"]]
    return "\n".join(lines) + "\n"


def _all_new(plan: CapturePlan) -> list[str]:
    return [e.choice for e in plan.entries if e.choice]


def run(args: argparse.Namespace) -> int:
    """Capture the files; see the module docstring for the exit codes."""
    kind = KINDS[args.command]
    if not open_or_report(args):
        return EXIT_STORAGE
    job = CaptureJob(kind, tuple(args.files), since=getattr(args, "since", None))
    create = _all_new if kind == LINKEDIN or getattr(args, "create_contacts", False) else None
    plan = capture_files(job, dry_run=args.dry_run, create=create).plan
    if plan.file_errors:  # a file that is not usable: nothing imported, name it
        for message in plan.file_errors:
            print(f"networkapp: {message}", file=sys.stderr)
        return EXIT_USAGE
    result = summary(plan, created=create is not None)
    text = json.dumps(result, ensure_ascii=False) + "\n" if args.json else _text(
        result, args.dry_run, kind)
    write_stdout(text)
    return EXIT_REJECTED if result["rejected"] else 0
