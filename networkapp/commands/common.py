"""What every command shares: the exit codes, opening the database, and running safely.

Exit codes (README, "Command line"):

- 0: done.
- 1: ``import`` rejected some cards (the others were imported).
- 2: bad usage, or an input file that cannot be used (nothing was done).
- 3: the database cannot be used: missing rights, damaged, locked at start,
  another program's file, or from a newer version (it was not changed).
- 4: reading or writing failed part-way: a full disk, a read-only file system,
  a lock taken by another program during the command, an output file or the
  standard output that cannot be written. Files being written are left as they
  were; the database keeps its last committed state.
- 5: (the window) networkapp is already open on that file and does not answer.
- 70: a bug: one line on stderr, the details in the error log.

:func:`run_command` is the one place where a command's errors become a message
on stderr and one of these codes: no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
import traceback
from types import ModuleType

import peewee

from networkapp import translation
from networkapp.files import WriteError, reason_of
from networkapp.logs import write_error_log
from networkapp.models import StorageError, close_database, current_path, open_database
from networkapp.models.database import describe, sqlite_cause
from networkapp.paths import resolve_db_path
from networkapp.translation import error_text, tr

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_STORAGE = 3
EXIT_IO = 4
EXIT_BUSY = 5  # the window: another networkapp holds the file and does not answer
EXIT_BUG = 70  # EX_SOFTWARE (sysexits.h)
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

_CONTENT_KINDS = ("damaged", "foreign", "newer")


def say(message: str) -> None:
    """Print ``networkapp: message`` on stderr (never raises)."""
    with contextlib.suppress(OSError, ValueError):
        print(f"networkapp: {message}", file=sys.stderr, flush=True)


def open_or_report(args: argparse.Namespace) -> bool:
    """Open the database named by ``--db`` / NETWORKAPP_DB / default; print why not."""
    path = resolve_db_path(getattr(args, "db", None))
    try:
        open_database(path)
    except StorageError as exc:
        say(error_text(exc))
        return False
    return True


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Accept ``--db`` after the command too (``networkapp list --db x``)."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: NETWORKAPP_DB or the user data folder)")


def _silence_stdout() -> None:
    """Point standard output at /dev/null: Python's exit-time flush must not fail again."""
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def write_stdout(text: str) -> None:
    """Write ``text`` to standard output now, all of it.

    A reader that went away (``networkapp list | head``) is fine and ends quietly.

    Raises:
        WriteError: standard output cannot take the text (a full disk, /dev/full).
    """
    try:
        try:
            sys.stdout.write(text)
        except UnicodeEncodeError:  # an ASCII terminal, a name that is not UTF-8: escape it
            sys.stdout.flush()
            encoding = sys.stdout.encoding or "utf-8"
            sys.stdout.buffer.write(text.encode(encoding, "backslashreplace"))
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except OSError as exc:
        _silence_stdout()
        raise WriteError("standard output", reason_of(exc), exc.errno or errno.EIO,
                         "the output is incomplete") from exc


def _database_failure(exc: BaseException, args: argparse.Namespace) -> int:
    path = current_path() or resolve_db_path(getattr(args, "db", None))
    error = describe(path, exc)
    say(error_text(error) + ("" if error.kind in _CONTENT_KINDS else " " + tr(
        "The database keeps what was saved before this error.")))
    return EXIT_STORAGE if error.kind in _CONTENT_KINDS else EXIT_IO


def _failure(exc: Exception, args: argparse.Namespace) -> int:
    if sqlite_cause(exc) is not None or isinstance(exc, peewee.DatabaseError):
        return _database_failure(exc, args)
    if isinstance(exc, OSError):
        where = exc.filename or tr("a file")
        say(f"{where}: {reason_of(exc)}.")
        return EXIT_IO
    return _bug(exc)


def _bug(exc: BaseException) -> int:
    details = "".join(traceback.format_exception(exc))
    log = write_error_log(details)
    where = (tr("the details are in %1").replace("%1", str(log)) if log
             else tr("the error log could not be written"))
    say(tr("unexpected error: %1 (a bug; %2).").replace("%1", repr(exc))
        .replace("%2", where))
    return EXIT_BUG


def _run(module: ModuleType, args: argparse.Namespace) -> int:
    try:
        code = int(module.run(args))
        write_stdout("")  # flush what the command printed while errors can still be told
        return code
    except StorageError as exc:
        say(error_text(exc))
        return EXIT_STORAGE if exc.kind in _CONTENT_KINDS else EXIT_IO
    except WriteError as exc:
        say(str(exc))
        return EXIT_IO
    except KeyboardInterrupt:
        say(tr("interrupted; nothing of the unfinished step was saved."))
        return EXIT_INTERRUPTED
    except Exception as exc:  # the last line of defence: no traceback for the user
        return _failure(exc, args)


def install_translation(module: ModuleType) -> None:
    """Translate the command's messages: NETWORKAPP_LANG, else LANG (the system locale).

    Qt's translators need an application object: a QCoreApplication (no display),
    or the QGuiApplication that a command which paints (``summary``) asks for with
    ``NEEDS_GUI = True``, created now because Qt allows one application per process.
    """
    if getattr(module, "NEEDS_GUI", False):
        from networkapp.printing.headless import ensure_gui_application

        app = ensure_gui_application()
    else:
        app = translation.ensure_core_application()
    translation.install(app, translation.chosen_language())


def run_command(module: ModuleType, args: argparse.Namespace) -> int:
    """Run a command module; turn every failure into a message and an exit code.

    The database is closed afterwards (its log checkpointed into the file).
    """
    install_translation(module)
    code = _run(module, args)
    try:
        close_database()
    except Exception as exc:  # closing must not undo a clear answer with a traceback
        say(tr("the database could not be closed cleanly (%1).").replace("%1", f"{exc}"))
        code = code or EXIT_IO
    return code
