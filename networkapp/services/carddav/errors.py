"""What can go wrong talking to a CardDAV server, one class per thing the caller does next.

Every error names the URL it concerns. The messages are plain sentences for the log and
the command line; the window chooses its own (translated) words from the class.
"""

from __future__ import annotations


class CardDavError(Exception):
    """Any failure of a CardDAV request; ``url`` is the address it concerned."""

    def __init__(self, url: str, detail: str) -> None:
        super().__init__(f"{url}: {detail}")
        self.url = url
        self.detail = detail


class InsecureUrlError(CardDavError):
    """A URL the client refuses to use: plain http to another machine, or not http(s)."""


class UnreachableError(CardDavError):
    """No answer: connection refused or dropped, name not found, timeout, TLS failure."""


class AuthFailedError(CardDavError):
    """The server refused the user name and password (401) or the access (403)."""


class ResourceNotFoundError(CardDavError):
    """The card, address book or principal does not exist (404 or 410)."""


class ConflictError(CardDavError):
    """The server's copy is not the one the request expected (412, or a 409 conflict).

    ``status`` is the HTTP status; ``condition`` the DAV precondition the server named,
    if any (for example ``no-uid-conflict``).
    """

    def __init__(self, url: str, detail: str, status: int, condition: str | None) -> None:
        super().__init__(url, detail)
        self.status = status
        self.condition = condition


class SyncTokenInvalidError(CardDavError):
    """The server no longer knows the stored sync token: resynchronise in full."""


class CardTooLargeError(CardDavError):
    """A card bigger than the address book's max-resource-size, found before sending
    (``size`` and ``limit`` in bytes), or refused by the server as too large (413)."""

    def __init__(self, url: str, detail: str, size: int | None, limit: int | None) -> None:
        super().__init__(url, detail)
        self.size = size
        self.limit = limit


class CardRejectedError(CardDavError):
    """The server refuses a card's content as invalid (a CardDAV valid-address-data or
    supported-address-data precondition, or 400 to a PUT); ``condition`` names it."""

    def __init__(self, url: str, detail: str, condition: str | None) -> None:
        super().__init__(url, detail)
        self.condition = condition


class ServerError(CardDavError):
    """The server failed (5xx) or answered with a status the protocol does not allow."""

    def __init__(self, url: str, detail: str, status: int | None = None) -> None:
        super().__init__(url, detail)
        self.status = status


class MalformedAnswerError(CardDavError):
    """An answer that is not the XML the protocol asks for, or too large or too deep."""


class AnswerTooLargeError(MalformedAnswerError):
    """An answer over the client's size limit (50 MB unless set otherwise)."""
