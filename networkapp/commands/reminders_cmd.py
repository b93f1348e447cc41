"""``networkapp reminders --ics OUT.ics``: keep-in-touch dates and birthdays for a calendar.

Writes an iCalendar file (through :mod:`networkapp.files`: the old file stays whole
until the new one is complete) that a calendar program imports; exporting again
updates the events it imported before (the same UIDs). Exit 0 when written, 3 when
the database cannot be opened, 4 when the file cannot be written.
"""

from __future__ import annotations

import argparse
from typing import Any

from networkapp.commands.common import EXIT_STORAGE, add_db_option, open_or_report, write_stdout
from networkapp.files import write_file
from networkapp.services.capture.reminders import BIRTHDAY, reminders, reminders_ics
from networkapp.translation import say, tr


def add_parser(sub: Any, name: str) -> None:
    """Declare ``reminders`` and its options."""
    parser = sub.add_parser(name, help="write keep-in-touch dates and birthdays as an "
                                       "iCalendar file for your calendar program")
    add_db_option(parser)
    parser.add_argument("--ics", metavar="OUT.ics", required=True,
                        help="the iCalendar file to write (replaced whole)")


def run(args: argparse.Namespace) -> int:
    """Write the file; see the module docstring for the exit codes."""
    if not open_or_report(args):
        return EXIT_STORAGE
    found = reminders()
    write_file(args.ics, reminders_ics(render=say))
    birthdays = sum(1 for r in found if r.kind == BIRTHDAY)
    counts = [tr("%Ln keep-in-touch reminder(s)", "", len(found) - birthdays),
              tr("%Ln birthday(s)", "", birthdays)]
    write_stdout(tr("%1: written to %2").replace("%1", ", ".join(counts))
                 .replace("%2", args.ics) + "\n")
    return 0
