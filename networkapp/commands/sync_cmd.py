"""``networkapp sync [--json]``: sync the contact cards with every CardDAV account.

Prints, per account, what was created, updated and archived here and on the server,
the conflicts (a field changed on both sides: the server's value is kept, ours is
noted in the contact's notes) and the cards that could not be synced. A password not
in the keyring is read from standard input (one line per account, in account order)
or asked on a terminal.

Exit 0 when everything synced, 1 when some cards could not be synced (the others
were), 2 when there is no account (or no such --account), 3 when the database cannot
be opened, 4 when a server cannot be reached, refuses the login or fails (what was
synced before stays; the next sync goes on from there).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from networkapp import translation
from networkapp.commands.account_cmd import read_password
from networkapp.commands.common import (
    EXIT_IO,
    EXIT_REJECTED,
    EXIT_STORAGE,
    EXIT_USAGE,
    add_db_option,
    open_or_report,
    say,
    write_stdout,
)
from networkapp.services.sync import passwords, store
from networkapp.services.sync.engine import sync_account
from networkapp.services.sync.report import Speech
from networkapp.translation import format_date, tr


def add_parser(sub: Any, name: str) -> None:
    """Declare ``sync`` and its options."""
    parser = sub.add_parser(name, help="sync contacts with the CardDAV accounts")
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--account", type=int, metavar="ID", help="only this account")


def run(args: argparse.Namespace) -> int:
    """Sync; see the module docstring for the exit codes."""
    if not open_or_report(args):
        return EXIT_STORAGE
    accounts = [a for a in store.accounts() if args.account in (None, a.id)]
    if not accounts:
        say(tr("no such account; add one with 'networkapp account add URL --user NAME'.")
            if args.account else tr("no account to sync; add one with "
                                    "'networkapp account add URL --user NAME'."))
        return EXIT_USAGE
    results = [_sync(account) for account in accounts]
    if args.json:
        write_stdout(json.dumps({"accounts": results}, ensure_ascii=False) + "\n")
    else:
        write_stdout("".join(_text(r) for r in results))
    if any(r["failed"] for r in results):
        return EXIT_IO
    return EXIT_REJECTED if any(r["errors"] for r in results) else 0


def _sync(account: store.Account) -> dict[str, Any]:
    password = passwords.password_for(account)
    if password is None:
        password = read_password(tr("Password for %1 at %2: ").replace(
            "%1", account.user).replace("%2", account.url))
    outcome = sync_account(account, password, speech=Speech(translation.say, format_date))
    return {"account": account.id, "user": account.user, "url": account.url,
            "book": account.book_name, **outcome.report.as_dict(), "failed": outcome.failure}


def _text(result: dict[str, Any]) -> str:
    counts = [tr("%Ln created", "", result["created"]), tr("%Ln updated", "", result["updated"]),
              tr("%Ln archived", "", result["archived"]),
              tr("%Ln conflict(s)", "", len(result["conflicts"])),
              tr("%Ln error(s)", "", len(result["errors"]))]
    head = tr("%1 at %2 (%3): %4").replace("%1", result["user"]).replace(
        "%2", result["url"]).replace("%3", result["book"] or tr("address book"))
    lines = [head.replace("%4", ", ".join(counts))]
    if result["full_resync"]:
        lines.append("  " + tr("the server had forgotten the last sync: everything was "
                               "compared again"))
    lines += ["  " + tr("conflict: %1: %2: the server's %3 kept, ours %4 noted in the "
                        "contact's notes").replace("%1", c["contact"]).replace(
        "%2", c["field"]).replace("%3", repr(c["kept"])).replace("%4", repr(c["local"]))
        for c in result["conflicts"]]
    lines += ["  " + tr("error: %1: %2").replace("%1", e["card"]).replace("%2", e["error"])
              for e in result["errors"]]
    if result["failed"]:
        lines.append("  " + tr("not finished: %1 (nothing lost; sync again later)").replace(
            "%1", result["failed"]))
    return "\n".join(lines) + "\n"
