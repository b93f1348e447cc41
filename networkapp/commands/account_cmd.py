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
    password = read_password(f"Password for {args.user} at {args.url}: ")
    try:
        with CardDavClient(args.url, args.user, password) as client:
            books = client.discover().addressbooks
    except (InsecureUrlError, AuthFailedError, ResourceNotFoundError) as error:
        say(str(error))
        return EXIT_USAGE
    except CardDavError as error:
        say(f"{error} Nothing was added.")
        return EXIT_IO
    book = _chosen(books, args.book)
    if book is None:
        return EXIT_USAGE
    try:
        account = store.add_account(args.url, args.user, book.url, book.display_name,
                                    interval_minutes=args.every,
                                    delete_archived=args.delete_archived)
    except ValidationError as error:
        say(" ".join(error.problems.values()))
        return EXIT_USAGE
    try:
        passwords.store_password(account.url, account.user, password)
    except passwords.NoKeyringError as error:
        say(str(error))
    write_stdout(f"Account {account.id} added: {account.user} at {account.url}, address "
                 f"book {book.display_name or book.url!r}. Run 'networkapp sync' to sync.\n")
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
        say("the server has no address book for this user.")
    elif not found:
        say(f"no address book {wanted!r}; the server has: {_names(books)}.")
    else:
        say(f"the server has several address books; choose one with --book: {_names(books)}.")
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
    write_stdout(f"Account {account_id} removed; its contacts stay here.\n")
    return 0


def _list(as_json: bool) -> int:
    records = [_record(a) for a in store.accounts()]
    if as_json:
        write_stdout(json.dumps(records, ensure_ascii=False) + "\n")
        return 0
    lines = [f"{r['id']:>3}  {r['user']} at {r['url']}  book {r['book']!r}  every "
             f"{r['every_minutes']} min  last sync {r['last_sync'] or 'never'}  "
             f"{r['pending']} pending" for r in records]
    lines.append(f"{len(records)} accounts")
    write_stdout("\n".join(lines) + "\n")
    return 0


def _record(account: store.Account) -> dict[str, Any]:
    return {"id": account.id, "url": account.url, "user": account.user,
            "book": account.book_name, "book_url": account.book_url,
            "every_minutes": account.interval_minutes,
            "delete_archived": account.delete_archived,
            "last_sync": str(account.last_sync_at) if account.last_sync_at else None,
            "pending": len(store.pending(account.id))}
