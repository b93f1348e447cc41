"""A tiny scripted HTTP server on 127.0.0.1 for the answers real servers never give:
bad XML, huge or truncated answers, dropped connections, silence, Digest challenges."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx


@dataclass
class Reply:
    """One scripted answer. ``cut``: promise more body than is sent, then hang up.
    ``hang``: never answer (until the server stops)."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    cut: bool = False
    hang: bool = False


@dataclass
class Seen:
    """A request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Route = Reply | Callable[[Seen], Reply]
_HOP_HEADERS = ("content-length", "transfer-encoding", "connection", "content-encoding",
                "keep-alive")


class FakeDavServer:
    """Answers each (method, path) with its scripted replies, in order (the last one
    repeats); anything else gets 404, or with ``upstream`` (a real server's URL) is
    passed on to it: a proxy whose ``fault`` hook may answer a request itself (a 500,
    silence, bad XML) instead. With ``digest`` set to (user, password), every
    request must carry a valid HTTP Digest answer to its challenge."""

    def __init__(self, digest: tuple[str, str] | None = None, upstream: str | None = None
                 ) -> None:
        self.upstream = upstream
        self.fault: Callable[[Seen], Reply | None] | None = None
        self.routes: dict[tuple[str, str], list[Route]] = {}
        self.seen: list[Seen] = []
        self.digest = digest
        self._release = threading.Event()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._http.daemon_threads = True
        self._thread = threading.Thread(target=self._http.serve_forever, args=(0.02,),
                                        daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}/"

    def answer(self, method: str, path: str, *replies: Route) -> None:
        """Script the replies to ``method`` on ``path``."""
        self.routes[(method, path)] = list(replies)

    def reply_for(self, seen: Seen) -> Reply:
        """The next scripted reply for a request."""
        self.seen.append(seen)
        if self.fault is not None and (faulty := self.fault(seen)) is not None:
            return faulty
        replies = self.routes.get((seen.method, seen.path))
        if not replies and self.upstream:
            return self._forward(seen)
        if not replies:
            return Reply(404, b"not here")
        route = replies.pop(0) if len(replies) > 1 else replies[0]
        return route(seen) if callable(route) else route

    def _forward(self, seen: Seen) -> Reply:
        assert self.upstream is not None
        headers = {k: v for k, v in seen.headers.items()
                   if k.lower() not in ("host", "content-length", "connection")}
        answer = httpx.request(seen.method, self.upstream.rstrip("/") + seen.path,
                               headers=headers, content=seen.body, timeout=30)
        kept = {k: v for k, v in answer.headers.items() if k.lower() not in _HOP_HEADERS}
        return Reply(answer.status_code, answer.content, kept)

    def wait_released(self) -> None:
        """Block a hanging answer until the server stops."""
        self._release.wait()

    def stop(self) -> None:
        """Stop serving, release hanging answers, close the socket."""
        self._release.set()
        self._http.shutdown()
        self._http.server_close()
        self._thread.join()


def _handler_for(server: FakeDavServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the tests read ``server.seen`` instead."""

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            seen = Seen(self.command, self.path, dict(self.headers.items()),
                        self.rfile.read(length))
            if server.digest and not _digest_ok(self.headers.get("Authorization"),
                                                self.command, server.digest):
                self._send(Reply(401, b"login", {"WWW-Authenticate": _CHALLENGE}))
                return
            self._send(server.reply_for(seen))

        def _send(self, reply: Reply) -> None:
            if reply.hang:
                server.wait_released()
                return
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            size = len(reply.body) + (1000 if reply.cut else 0)
            self.send_header("Content-Length", str(size))
            self.end_headers()
            self.wfile.write(reply.body)
            if reply.cut:
                self.close_connection = True

        # http.server looks the handlers up by these names
        do_GET = do_PUT = do_DELETE = do_OPTIONS = _serve  # noqa: N815
        do_PROPFIND = do_REPORT = do_MKCOL = _serve  # noqa: N815

    return Handler


_REALM, _NONCE = "fake", "0123456789abcdef"
_CHALLENGE = f'Digest realm="{_REALM}", nonce="{_NONCE}", qop="auth", algorithm=MD5'


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()  # RFC 2617 Digest is MD5


def _digest_ok(header: str | None, method: str, login: tuple[str, str]) -> bool:
    if not header or not header.startswith("Digest "):
        return False
    fields = dict(part.strip().split("=", 1) for part in header[7:].split(","))
    values = {k: v.strip('"') for k, v in fields.items()}
    user, password = login
    if values.get("username") != user:
        return False
    ha1 = _md5(f"{user}:{_REALM}:{password}")
    ha2 = _md5(f"{method}:{values.get('uri')}")
    expected = _md5(f"{ha1}:{_NONCE}:{values.get('nc')}:{values.get('cnonce')}:auth:{ha2}")
    return values.get("response") == expected
