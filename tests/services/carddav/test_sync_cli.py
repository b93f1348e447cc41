"""``networkapp account`` and ``networkapp sync`` run as users run them (subprocess),
against Radicale and Xandikos."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from networkapp.services.carddav import AddressBook
from tests.services.carddav import servers
from tests.services.carddav.conftest import card, put

REPO = Path(__file__).resolve().parents[3]
NO_KEYRING = "keyring.backends.fail.Keyring"
FILE_KEYRING = "tests.services.carddav.file_keyring.FileKeyring"


def run(tmp_path: Path, *args: str, db: str = "a", stdin: str = "",
        keyring: str = NO_KEYRING) -> subprocess.CompletedProcess[str]:
    """Run ``networkapp --db <tmp>/<db>.sqlite3 ARGS`` with ``stdin``."""
    env = {k: v for k, v in os.environ.items() if k != "NETWORKAPP_DB"}
    env |= {"PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8",
            "PYTHON_KEYRING_BACKEND": keyring,
            "NETWORKAPP_TEST_KEYRING": str(tmp_path / "keyring.json")}
    return subprocess.run([sys.executable, "-m", "networkapp", "--db",
                           str(tmp_path / f"{db}.sqlite3"), *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def _add(tmp_path: Path, server: servers.RunningServer, book: AddressBook, db: str = "a",
         keyring: str = NO_KEYRING) -> subprocess.CompletedProcess[str]:
    name = book.href.rstrip("/").rsplit("/", 1)[-1]
    return run(tmp_path, "account", "add", server.url, "--user", servers.USER, "--book", name,
               db=db, stdin=servers.PASSWORD + "\n", keyring=keyring)


def test_account_add_list_and_sync_json(tmp_path: Path, dav_server: servers.RunningServer,
                                        book: AddressBook, other_client: httpx.Client) -> None:
    put(other_client, book, "ada.vcf", card("ada", "Ada Rossi", "ORG:Acme"))
    added = _add(tmp_path, dav_server, book)
    assert added.returncode == 0, added.stderr
    assert "No system keyring" in added.stderr  # said clearly; the password is not kept
    listed = run(tmp_path, "account", "list", "--json")
    assert listed.returncode == 0
    (account,) = json.loads(listed.stdout)
    assert (account["user"], account["book_url"]) == (servers.USER, book.url)
    done = run(tmp_path, "sync", "--json", stdin=servers.PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)["accounts"]
    assert (result["created"], result["conflicts"], result["errors"]) == (1, [], [])
    shown = run(tmp_path, "list", "--json")
    assert [c["name"] for c in json.loads(shown.stdout)] == ["Ada Rossi"]


def test_keyring_keeps_the_password_for_the_next_syncs(
        tmp_path: Path, dav_server: servers.RunningServer, book: AddressBook) -> None:
    assert _add(tmp_path, dav_server, book, keyring=FILE_KEYRING).returncode == 0
    assert servers.PASSWORD in (tmp_path / "keyring.json").read_text()
    done = run(tmp_path, "sync", keyring=FILE_KEYRING)  # nothing on stdin
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{servers.USER} at {dav_server.url}")
    assert "0 created, 0 updated, 0 archived, 0 conflicts, 0 errors" in done.stdout


def test_conflict_and_card_errors_are_printed_and_exit_1(
        tmp_path: Path, dav_server: servers.RunningServer, book: AddressBook,
        other_client: httpx.Client) -> None:
    url = put(other_client, book, "ada.vcf", card("ada", "Ada Rossi", "ORG:Acme"))
    assert _add(tmp_path, dav_server, book).returncode == 0
    assert run(tmp_path, "sync", stdin=servers.PASSWORD + "\n").returncode == 0
    put(other_client, book, "nameless.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nameless\r\nFN:\r\nN:;;;;\r\nEND:VCARD\r\n")
    answer = other_client.get(url)
    changed = answer.content.replace(b"ORG:Acme", b"ORG:Acme Server")
    assert other_client.put(url, content=changed, headers={
        "If-Match": answer.headers["etag"]}).status_code in (200, 201, 204)
    edited = subprocess.run(
        [sys.executable, "-c", (
            "import sys; from networkapp.models import open_database;"
            "from networkapp.services.contacts import get_contact, update_contact;"
            "from dataclasses import replace; open_database(sys.argv[1]);"
            "f = get_contact(1).fields; update_contact(1, replace(f, organization='Acme Here'))"),
         str(tmp_path / "a.sqlite3")], env={**os.environ, "PYTHONPATH": str(REPO)},
        check=True, capture_output=True, text=True)
    assert edited.returncode == 0
    done = run(tmp_path, "sync", stdin=servers.PASSWORD + "\n")
    assert done.returncode == 1, done.stderr
    assert "1 conflict, 1 error" in done.stdout
    assert "conflict: Ada Rossi: organization: the server's 'Acme Server' kept, ours " \
           "'Acme Here' noted" in done.stdout
    assert "error: /" in done.stdout and "nameless.vcf" in done.stdout


def test_no_account_is_exit_2_and_an_unreachable_server_exit_4(
        tmp_path: Path, dav_server: servers.RunningServer, book: AddressBook) -> None:
    none = run(tmp_path, "sync")
    assert none.returncode == 2 and "no account" in none.stderr
    assert _add(tmp_path, dav_server, book).returncode == 0
    port = servers.free_port()
    moved = subprocess.run(
        [sys.executable, "-c", (
            "import sys; from networkapp.models import open_database, db;"
            "open_database(sys.argv[1]);"
            "db.execute_sql(\"UPDATE sync_account SET url = ?, book_url = ?\", "
            "(sys.argv[2], sys.argv[2] + 'book/'))"),
         str(tmp_path / "a.sqlite3"), f"http://127.0.0.1:{port}/"],
        env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert moved.returncode == 0
    gone = run(tmp_path, "sync", stdin=servers.PASSWORD + "\n")
    assert gone.returncode == 4
    assert "not finished" in gone.stdout and "cannot reach the server" in gone.stdout
    assert "Traceback" not in gone.stderr


@pytest.mark.parametrize("url", ["http://dav.example.org/", "ftp://127.0.0.1/"])
def test_account_add_refuses_plain_http_elsewhere(tmp_path: Path, url: str) -> None:
    done = run(tmp_path, "account", "add", url, "--user", "ann", stdin="pw\n")
    assert done.returncode == 2
    assert "https://" in done.stderr and "Traceback" not in done.stderr
