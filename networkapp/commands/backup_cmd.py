"""``networkapp backup OUT.sqlite3``: a consistent copy of the database, safe while in use.

The copy is made with SQLite's backup API (it sees one committed state even while
the window writes), into a temporary file beside ``OUT``; it is checked by opening
it and running ``PRAGMA quick_check``, then renamed to ``OUT`` (0600: it holds the
same private data). Exit 0 written, 3 the database cannot be opened, 4 the copy
cannot be written (``OUT`` is then as it was).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from networkapp.commands.common import EXIT_STORAGE, add_db_option, open_or_report
from networkapp.models.backup import backup_database
from networkapp.translation import tr


def add_parser(sub: Any, name: str) -> None:
    """Declare ``backup`` and its argument."""
    parser = sub.add_parser(name, help="copy the database safely (also while it is open)")
    add_db_option(parser)
    parser.add_argument("out", metavar="OUT.sqlite3", type=Path,
                        help="the copy to write (replaced if it exists)")


def run(args: argparse.Namespace) -> int:
    """Write the copy and say where it went."""
    if not open_or_report(args):
        return EXIT_STORAGE
    target = backup_database(args.out)  # WriteError: exit 4, OUT as it was
    print(tr("Backed up to %1.").replace("%1", str(target)), file=sys.stderr)
    return 0
