"""``main()``: parse the command line, then run a CLI command or open the window.

``networkapp`` with no command opens the GUI; ``networkapp FILE.vcf…`` opens it
and imports the files (what double-clicking a .vcf does); ``networkapp COMMAND``
runs a headless command (see ``networkapp --help``). Usage errors exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from networkapp import APP_NAME, __version__
from networkapp.commands import COMMANDS
from networkapp.commands.common import run_command


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: NETWORKAPP_DB or the user data folder)")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for headless commands."""
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="A relationship manager for give-give networking. Without a command, "
                    "opens the window; with .vcf files, opens the window and imports them.",
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        module.add_parser(sub, name)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    """Return the parser for opening the window (optionally with files to import)."""
    parser = argparse.ArgumentParser(
        prog=APP_NAME, usage=f"{APP_NAME} [--db PATH] [FILE.vcf ...] | {APP_NAME} COMMAND ...",
        epilog=f"Commands: {', '.join(COMMANDS)}. See '{APP_NAME} COMMAND --help'.")
    _global_options(parser)
    parser.add_argument("files", nargs="*", metavar="FILE.vcf", help="vCard files to import")
    return parser


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--db":
            skip = True
        elif arg == "--":
            return None
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run networkapp; return the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _first_positional(args_list) in COMMANDS or "-h" in args_list or "--help" in args_list:
        if _first_positional(args_list) not in COMMANDS:
            build_gui_parser().parse_args(args_list)  # prints GUI usage and exits
        args = build_parser().parse_args(args_list)
        return run_command(COMMANDS[args.command], args)
    args = build_gui_parser().parse_args(args_list)
    files, missing = split_existing(args.files)
    for name in missing:
        print(f"{APP_NAME}: {name}: no such file (nor a command; see '{APP_NAME} --help')",
              file=sys.stderr)
    if missing and not files:
        return 2  # nothing to open: a usage error, reported without starting the GUI
    from networkapp.ui.gui import run_gui  # imported late: CLI commands never load Qt

    return run_gui(args.db, files, missing)


def split_existing(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """Return (absolute paths of the files that exist, the names that don't).

    ``xdg-open`` may pass a relative path: it is made absolute against the
    current folder here, before a hand-over to another process can lose it.
    """
    found: list[str] = []
    missing: list[str] = []
    for name in names:
        path = Path(name).expanduser()
        if path.is_file():
            found.append(os.path.normpath(path.absolute()))  # no '..' in messages
        else:
            missing.append(name)
    return found, missing
