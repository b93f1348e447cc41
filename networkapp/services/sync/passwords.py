"""An account's password in the system keyring (``keyring``), never in the file.

Where no keyring exists (a server without a desktop session, a minimal system) the
password cannot be kept: :func:`store_password` says so with :class:`NoKeyringError`
and the caller asks for it at each sync instead. It is never written in plain text.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors

from networkapp import APP_NAME
from networkapp.i18n import tr_noop
from networkapp.services.sync.store import Account

SERVICE = f"{APP_NAME} CardDAV"
NO_KEYRING = tr_noop("No system keyring is available to keep the password, so it is not saved: "
              "it will be asked at each sync.")


class NoKeyringError(Exception):
    """No usable system keyring: the password cannot be kept."""


def _key(url: str, user: str) -> str:
    return f"{user}@{url}"


def store_password(url: str, user: str, password: str) -> None:
    """Keep the password in the keyring; NoKeyringError where there is none."""
    try:
        keyring.set_password(SERVICE, _key(url, user), password)
    except keyring.errors.KeyringError as error:
        raise NoKeyringError(str(error)) from None


def password_for(account: Account) -> str | None:
    """The kept password of ``account``; None when there is none or no keyring."""
    try:
        return keyring.get_password(SERVICE, _key(account.url, account.user))
    except keyring.errors.KeyringError:
        return None


def forget_password(account: Account) -> None:
    """Remove the account's password from the keyring (nothing if it is not there)."""
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, _key(account.url, account.user))
