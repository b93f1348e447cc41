"""What every command shares: opening the database with a clear message."""

from __future__ import annotations

import argparse
import sys

from networkapp.models import StorageError, open_database
from networkapp.paths import resolve_db_path

EXIT_STORAGE = 3


def open_or_report(args: argparse.Namespace) -> bool:
    """Open the database named by ``--db`` / NETWORKAPP_DB / default; print why not."""
    path = resolve_db_path(getattr(args, "db", None))
    try:
        open_database(path)
    except StorageError as exc:
        print(f"networkapp: {exc}", file=sys.stderr)
        return False
    return True


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Accept ``--db`` after the command too (``networkapp list --db x``)."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: NETWORKAPP_DB or the user data folder)")
