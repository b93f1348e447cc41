"""The HTTP side of the CardDAV client: one httpx connection pool, safe URLs, auth,
timeouts, answer-size limits, and HTTP statuses turned into typed errors.

TLS certificates are always verified (httpx's default; there is no switch to turn it
off). Plain http is allowed only to this machine (localhost, 127.0.0.1, ::1), on every
request and every redirect; redirects are followed only on the same host, so the
credentials never travel to another server.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from networkapp.services.carddav import davxml
from networkapp.services.carddav.errors import (
    AnswerTooLargeError,
    AuthFailedError,
    CardDavError,
    CardRejectedError,
    CardTooLargeError,
    ConflictError,
    InsecureUrlError,
    ResourceNotFoundError,
    ServerError,
    SyncTokenInvalidError,
    UnreachableError,
)

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
MAX_ANSWER_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT = 30.0
MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_USER_AGENT = "networkapp-carddav/1"


def check_url(url: str) -> None:
    """Refuse a URL the client must not use: not http(s), or plain http off this machine."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname in LOCAL_HOSTS:
        return
    if parts.scheme == "http":
        raise InsecureUrlError(url, "plain http is allowed only to this computer "
                                    "(localhost); use https:// for a server elsewhere")
    raise InsecureUrlError(url, "not a server address: it must start with https://")


class ServerAuth(httpx.Auth):
    """Basic auth sent at once; switches to Digest when the server challenges for it.

    The Digest challenge of the first 401 is answered directly (no extra round trip),
    and later requests reuse it through httpx's DigestAuth.
    """

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._use_digest = False

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._use_digest:
            yield from self._digest.auth_flow(request)
            return
        basic = next(self._basic.auth_flow(request))
        response = yield basic
        challenges = response.headers.get_list("www-authenticate")
        if response.status_code != 401 or not any(
                c.lower().startswith("digest ") for c in challenges):
            return
        self._use_digest = True
        del request.headers["Authorization"]
        flow = self._digest.auth_flow(request)
        next(flow)  # the request as already sent; answer the challenge it got
        try:
            retry = flow.send(response)
            while True:
                retry = flow.send((yield retry))
        except StopIteration:
            return


@dataclass(frozen=True)
class Answer:
    """A complete HTTP answer: status, headers, body, and the URL that gave it."""

    status: int
    headers: httpx.Headers
    content: bytes
    url: str


class DavSession:
    """A connection to one CardDAV server (base URL, credentials); close it when done."""

    def __init__(self, url: str, user: str | None = None, password: str | None = None, *,
                 timeout: float = DEFAULT_TIMEOUT, max_answer_bytes: int = MAX_ANSWER_BYTES
                 ) -> None:
        check_url(url)
        self.base_url = url if url.endswith("/") else url + "/"
        self.max_answer_bytes = max_answer_bytes
        auth = ServerAuth(user, password or "") if user is not None else None
        self._http = httpx.Client(
            auth=auth, timeout=httpx.Timeout(timeout), follow_redirects=False,
            headers={"User-Agent": _USER_AGENT},
            event_hooks={"request": [self._check_request]})

    def __enter__(self) -> DavSession:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def url_for(self, href: str) -> str:
        """The absolute URL of a server path (or of an already absolute URL)."""
        return urljoin(self.base_url, href)

    @staticmethod
    def _check_request(request: httpx.Request) -> None:
        check_url(str(request.url))

    def request(self, method: str, url: str, *, body: bytes | None = None,
                headers: Mapping[str, str] | None = None, expect: tuple[int, ...] = (200,)
                ) -> Answer:
        """Send one request; the answer if its status is in ``expect``, else a typed error."""
        answer = self._send(method, url, body, headers)
        if answer.status not in expect:
            raise error_for(answer, method)
        return answer

    def _send(self, method: str, url: str, body: bytes | None,
              headers: Mapping[str, str] | None) -> Answer:
        """Send, following redirects on the same host with the same method and body
        (httpx would turn a redirected PROPFIND into a GET)."""
        for _hop in range(MAX_REDIRECTS + 1):
            answer = self._send_once(method, url, body, headers)
            location = answer.headers.get("location")
            if answer.status not in _REDIRECTS or not location:
                return answer
            target = urljoin(answer.url, location)
            if urlsplit(target).hostname != urlsplit(answer.url).hostname:
                raise ServerError(answer.url, f"the server sends the client to another "
                                              f"server, {target}: use that address instead")
            check_url(target)
            url = target
        raise ServerError(url, "the server redirects in a loop")

    def _send_once(self, method: str, url: str, body: bytes | None,
                   headers: Mapping[str, str] | None) -> Answer:
        try:
            with self._http.stream(method, url, content=body, headers=headers) as response:
                content = self._read_limited(response, url)
                return Answer(response.status_code, response.headers, content,
                              str(response.url))
        except httpx.TimeoutException:
            raise UnreachableError(url, "the server did not answer in time") from None
        except httpx.TransportError as error:
            raise UnreachableError(url, f"cannot reach the server ({error})") from None

    def _read_limited(self, response: httpx.Response, url: str) -> bytes:
        limit = self.max_answer_bytes
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            raise AnswerTooLargeError(url, f"the answer is larger than {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise AnswerTooLargeError(url, f"the answer is larger than {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)


# Preconditions (RFC 6352 6.3.2.1) by which a server refuses the card itself.
_CARD_CONDITIONS = frozenset({"valid-address-data", "supported-address-data",
                              "supported-address-data-conversion"})
_PLAIN_ERRORS: dict[int, tuple[type[CardDavError], str]] = {
    401: (AuthFailedError, "the server refused the user name or password"),
    403: (AuthFailedError, "the server refuses access"),
    404: (ResourceNotFoundError, "not found on the server"),
    410: (ResourceNotFoundError, "no longer on the server"),
}


def error_for(answer: Answer, method: str) -> CardDavError:
    """The typed error for an answer whose status the request did not expect."""
    status, url = answer.status, answer.url
    condition = davxml.precondition(answer.content, url) if status in (403, 409, 412) else None
    said = f"{method} answered {status}" + (f" ({condition})" if condition else "")
    if condition == "valid-sync-token":
        return SyncTokenInvalidError(url, f"the server no longer knows the sync token ({said})")
    if condition in _CARD_CONDITIONS or (method == "PUT" and status in (400, 415)):
        return CardRejectedError(url, f"the server refuses the card as invalid ({said})",
                                 condition)
    if status == 413 or condition == "max-resource-size":
        return CardTooLargeError(url, f"the server refuses the card as too large ({said})",
                                 None, None)
    if status in (409, 412):
        return ConflictError(url, f"the server's copy changed or conflicts ({said})",
                             status, condition)
    if status in _PLAIN_ERRORS:
        kind, text = _PLAIN_ERRORS[status]
        return kind(url, f"{text} ({said})")
    text = "the server failed" if status >= 500 else "unexpected answer"
    return ServerError(url, f"{text} ({said})", status)
