"""``networkapp export``: contacts as vCard 4.0 (or 3.0), to a file or standard output.

``networkapp [--db PATH] export [--out FILE] [--archived] [--vcard-version 3.0|4.0]``
writes the working contacts (those not archived), or with ``--archived`` the
archived ones; ``export CONTACT_ID…`` writes those contacts and ``--all`` every
one. Exit 2 for a usage error or an unknown id, 3 when the database cannot be
opened, 4 when the output cannot be written (the ``--out`` file is then as it was).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from networkapp.commands.common import (
    EXIT_STORAGE,
    EXIT_USAGE,
    add_db_option,
    open_or_report,
    write_stdout,
)
from networkapp.files import write_file
from networkapp.services.errors import NotFoundError
from networkapp.services.vcard.writer import VERSIONS
from networkapp.services.vcard_export import all_contact_ids, export_vcards
from networkapp.translation import tr


def add_parser(sub: Any, name: str) -> None:
    """Declare ``export`` and its options."""
    parser = sub.add_parser(name, help="export contacts as vCard 4.0 or 3.0")
    add_db_option(parser)
    parser.add_argument("ids", nargs="*", type=int, metavar="CONTACT_ID",
                        help="contacts to export (see 'networkapp list')")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every contact, archived too")
    which.add_argument("--archived", action="store_true", help="only archived contacts")
    parser.add_argument("-o", "--out", metavar="FILE", help="write here (default: stdout)")
    parser.add_argument("--vcard-version", choices=VERSIONS, default="4.0",
                        help="vCard version to write (default: 4.0)")


def _ids(args: argparse.Namespace) -> list[int]:
    if args.ids:
        return list(args.ids)
    return all_contact_ids(archived=None if args.all else bool(args.archived))


def run(args: argparse.Namespace) -> int:
    """Write the vCards; see the module docstring for the exit codes."""
    if args.ids and (args.all or args.archived):
        print("networkapp export: " + tr("give contact ids or --all/--archived, not both"),
              file=sys.stderr)
        return EXIT_USAGE
    if not open_or_report(args):
        return EXIT_STORAGE
    try:
        text = export_vcards(_ids(args), args.vcard_version)
    except NotFoundError as exc:
        print(f"networkapp export: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.out is None:
        write_stdout(text)
        return 0
    write_file(args.out, text.encode("utf-8"))  # WriteError: exit 4, the file as it was
    print(tr("%Ln contact(s) written to %1", "", text.count("BEGIN:VCARD")).replace(
        "%1", str(args.out)), file=sys.stderr)
    return 0
