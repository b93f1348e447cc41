"""``networkapp account add URL --user NAME`` (password on standard input),
``account list`` and ``account remove ID``: the CardDAV accounts synced by
``networkapp sync``.

``add`` finds the address books from the plain server URL (RFC 6764 discovery); with
several, ``--book`` chooses one by name or URL. The password goes to the system
keyring; where there is none, it is not kept (it is asked at each sync). Exit 0 when
done, 2 for a bad URL, an address book not found, or a login refused, 3 when the
database cannot be opened, 4 when the server cannot be reached.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from networkapp import translation
from networkapp.commands.common import (
    EXIT_IO,
    EXIT_STORAGE,
    EXIT_USAGE,
    add_db_option,
    open_or_report,
    say,
    write_stdout,
)
from networkapp.models import db
from networkapp.services.carddav import (
    AddressBook,
    AuthFailedError,
    CardDavClient,
    CardDavError,
    InsecureUrlError,
    ResourceNotFoundError,
)
from networkapp.services.errors import NotFoundError, ValidationError
from networkapp.services.sync import passwords, store
from networkapp.translation import tr


def add_parser(sub: Any, name: str) -> None:
    """Declare ``account add``, ``account list`` and ``account remove``."""
    parser = sub.add_parser(name, help="CardDAV accounts to sync contacts with")
    add_db_option(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an account (the password is read from stdin)")
    add_db_option(add)
    add.add_argument("url", metavar="URL", help="the server (https://, or http://localhost)")
    add.add_argument("--user", required=True, metavar="NAME", help="the user name")
    add.add_argument("--book", metavar="NAME", help="the address book (name or URL) when "
                                                     "the server has several")
    add.add_argument("--every", type=int, default=store.DEFAULT_INTERVAL, metavar="MINUTES",
                     help="sync every N minutes while the window is open (default 15)")
    add.add_argument("--delete-archived", action="store_true",
                     help="remove archived contacts from the server (default: keep them)")
    listing = actions.add_parser("list", help="list the accounts")
    add_db_option(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    remove = actions.add_parser("remove", help="forget an account (contacts stay)")
    add_db_option(remove)
    remove.add_argument("id", type=int, metavar="ID", help="the account's id (account list)")


def read_password(prompt: str) -> str:
    """The password: asked on a terminal, else the first line of standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def run(args: argparse.Namespace) -> int:
    """Run the action; see the module docstring for the exit codes."""
    if not open_or_report(args):
        return EXIT_STORAGE
    if args.action == "add":
        return _add(args)
    if args.action == "remove":
        return _remove(args.id)
    return _list(args.json)


def _add(args: argparse.Namespace) -> int:
    password = read_password(tr("Password for %1 at %2: ").replace("%1", args.user).replace(
        "%2", args.url))
    try:
        with CardDavClient(args.url, args.user, password) as client:
            books = client.discover().addressbooks
    except (InsecureUrlError, AuthFailedError, ResourceNotFoundError) as error:
        say(str(error))
        return EXIT_USAGE
    except CardDavError as error:
        say(tr("%1 Nothing was added.").replace("%1", str(error)))
        return EXIT_IO
    book = _chosen(books, args.book)
    if book is None:
        return EXIT_USAGE
    try:
        account = store.add_account(args.url, args.user, book.url, book.display_name,
                                    interval_minutes=args.every,
                                    delete_archived=args.delete_archived)
    except ValidationError as error:
        say(" ".join(translation.say(problem) for problem in error.problems.values()))
        return EXIT_USAGE
    try:
        passwords.store_password(account.url, account.user, password)
    except passwords.NoKeyringError:
        say(tr(passwords.NO_KEYRING))
    write_stdout(tr("Account %1 added: %2 at %3, address book %4. Run 'networkapp sync' to "
                    "sync.").replace("%1", str(account.id)).replace("%2", account.user)
                 .replace("%3", account.url).replace("%4", repr(book.display_name or book.url))
                 + "\n")
    return 0


def _chosen(books: tuple[AddressBook, ...], wanted: str | None) -> AddressBook | None:
    if wanted:
        found = [b for b in books if wanted in (b.display_name, b.url, b.href)
                 or b.href.rstrip("/").rsplit("/", 1)[-1] == wanted.strip("/")]
    else:
        found = list(books)
    if len(found) == 1:
        return found[0]
    if not books:
        say(tr("the server has no address book for this user."))
    elif not found:
        say(tr("no address book %1; the server has: %2.").replace("%1", repr(wanted)).replace(
            "%2", _names(books)))
    else:
        say(tr("the server has several address books; choose one with --book: %1.").replace(
            "%1", _names(books)))
    return None


def _names(books: tuple[AddressBook, ...]) -> str:
    return ", ".join(f"{b.display_name!r} ({b.url})" if b.display_name else b.url
                     for b in books)


def _remove(account_id: int) -> int:
    try:
        account = store.account(account_id)
    except NotFoundError as error:
        say(str(error))
        return EXIT_USAGE
    with db.atomic():
        store.remove_account(account_id)
    passwords.forget_password(account)
    write_stdout(tr("Account %1 removed; its contacts stay here.").replace(
        "%1", str(account_id)) + "\n")
    return 0


def _list(as_json: bool) -> int:
    records = [_record(a) for a in store.accounts()]
    if as_json:
        write_stdout(json.dumps(records, ensure_ascii=False) + "\n")
        return 0
    lines = [tr("%1  %2 at %3  address book %4  every %5 min  last sync %6  %7 pending")
             .replace("%1", f"{r['id']:>3}").replace("%2", r["user"]).replace("%3", r["url"])
             .replace("%4", repr(r["book"])).replace("%5", str(r["every_minutes"]))
             .replace("%6", r["last_sync"] or tr("never")).replace("%7", str(r["pending"]))
             for r in records]
    lines.append(tr("%Ln account(s)", "", len(records)))
    write_stdout("\n".join(lines) + "\n")
    return 0


def _record(account: store.Account) -> dict[str, Any]:
    return {"id": account.id, "url": account.url, "user": account.user,
            "book": account.book_name, "book_url": account.book_url,
            "every_minutes": account.interval_minutes,
            "delete_archived": account.delete_archived,
            "last_sync": str(account.last_sync_at) if account.last_sync_at else None,
            "pending": len(store.pending(account.id))}
