"""``networkapp summary``: print relationship summaries or the network report to PDF.

Runs without a display: Qt's ``offscreen`` platform is used when there is no
X11/Wayland display. Exit codes: 0 written, 2 bad usage or an unknown contact id,
3 the database cannot be opened, 4 the PDF cannot be written (the file is then as
it was: the PDF is written beside it and renamed only once complete).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from networkapp.commands.common import EXIT_STORAGE, EXIT_USAGE, add_db_option, open_or_report
from networkapp.services.errors import NotFoundError
from networkapp.translation import tr

NEEDS_GUI = True  # it paints: run_command creates a QGuiApplication, not a core one

EPILOG = """\
what is printed:
  CONTACT_ID ...            the relationship summary of each contact, one after the other
  CONTACT_ID ... --report   the network report of those contacts first, then their summaries
  --all                     the network report of the whole network
  --all --with-contacts     the network report, then every contact's summary (long!)

examples:
  networkapp summary 12 --pdf ada.pdf
  networkapp --db team.sqlite3 summary --all --pdf network.pdf
"""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("not a date (YYYY-MM-DD): %1").replace(
            "%1", repr(text))) from None


def add_parser(sub: Any, name: str) -> None:
    """Declare ``summary`` and its options."""
    parser = sub.add_parser(
        name, help="print relationship summaries or the network report to PDF",
        description="Write relationship summaries or the network report as a PDF file. "
                    "Works without a display.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db_option(parser)
    parser.add_argument("ids", nargs="*", type=int, metavar="CONTACT_ID",
                        help="contacts to summarise (ids as shown by 'networkapp list')")
    parser.add_argument("--all", action="store_true",
                        help="the network report of every contact instead of given ids")
    parser.add_argument("--with-contacts", action="store_true",
                        help="with --all: append every contact's summary, one per page")
    parser.add_argument("--report", action="store_true",
                        help="with ids: put the network report of those contacts first")
    parser.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                        help="start of the period for 'archived in the period' "
                             "(default: a year ago)")
    parser.add_argument("--pdf", required=True, metavar="OUT.pdf", type=Path,
                        help="the PDF file to write")


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.all and args.ids:
        return tr("give contact ids or --all, not both")
    if not args.all and not args.ids:
        return tr("give one or more contact ids, or --all")
    if args.with_contacts and not args.all:
        return tr("--with-contacts goes with --all "
                  "(with ids, their summaries are printed anyway)")
    return None


def run(args: argparse.Namespace) -> int:
    """Write the PDF; say how many pages went where."""
    problem = _usage_problem(args)
    if problem:
        print(f"networkapp summary: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if not open_or_report(args):
        return EXIT_STORAGE
    # Qt is imported here, not at the top: the other commands start without it.
    from networkapp.printing.cli import write_pdf

    try:
        pages = write_pdf(ids=None if args.all else args.ids, with_contacts=args.with_contacts,
                          report=args.all or args.report, since=args.since, path=args.pdf)
    except NotFoundError as exc:
        print(f"networkapp summary: {exc} " + tr("See 'networkapp list --all' for the ids."),
              file=sys.stderr)
        return EXIT_USAGE
    # A file that cannot be written raises WriteError: exit 4, the file as it was.
    print(tr("Wrote %Ln page(s) to %1.", "", pages).replace("%1", str(args.pdf)),
          file=sys.stderr)
    return 0
