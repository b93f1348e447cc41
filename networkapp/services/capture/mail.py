"""Reading mail headers from an mbox file or a Maildir folder, never the bodies.

Only ``From``, ``To``, ``Cc``, ``Date`` and ``Message-ID`` of each message are read,
with the standard library (:mod:`email`), and only the header part of each message
is parsed: an mbox is streamed line by line (a body's lines are passed over), a
Maildir message is read up to its first blank line. A message becomes a
:class:`~.core.Sighting` of the day it was sent (local time); its Message-ID (or,
without one, a digest of those headers) is its key. Sightings of one day are one
"email" interaction per contact, counting the messages each way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection, Iterable, Iterator
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from networkapp.i18n import Phrase, tr_noop
from networkapp.services.capture.core import CaptureFileError, Person, Sighting, Skip
from networkapp.services.capture.plan import SourceFile
from networkapp.services.importing.match import email_key

_HEADERS = ("from", "to", "cc", "date", "message-id")
_CHUNK = 8192
_LINE = 65536
_HEADER_LIMIT = 256 * 1024


def open_mail(path: str, *, since: dt.date | None = None, mine: Collection[str] = ()
              ) -> SourceFile:
    """Return the reader for ``path``: a Maildir folder or an mbox file. ``mine``: the
    user's own addresses (e-mail keys): only their messages' recipients are read."""
    if Path(path).is_dir():
        return MaildirFolder(path, since=since, mine=mine)
    return MboxFile(path, since=since, mine=mine)


class _MailSource(SourceFile):
    def __init__(self, path: str, *, since: dt.date | None, mine: Collection[str]) -> None:
        super().__init__(path)
        self.since, self.mine = since, mine
        self._hash = hashlib.blake2b(digest_size=16)

    def _message(self, header: bytes, where: str, line: int) -> Sighting | Skip | None:
        """Return what one message's header block says (None: before ``since``)."""
        self._hash.update(header)
        fields = _fields(header)
        date = _date(next(iter(fields.get("date", ())), None))
        sender = _people(fields.get("from", ()))
        if date is None:
            return Skip(where, line, "", Phrase(tr_noop(
                "a message without a readable Date header: left out")), rejected=True)
        if not sender:
            return Skip(where, line, "", Phrase(tr_noop(
                "a message without a sender (From): left out")), rejected=True)
        if self.since is not None and date < self.since:
            return None
        # Whom a message went to matters only when the user sent it.
        recipients = _people([*fields.get("to", ()), *fields.get("cc", ())]) \
            if email_key(sender[0].email) in self.mine else ()
        message_id = fields.get("message-id")
        return Sighting(where, line, "mail:" + _key(message_id[0] if message_id else None,
                                                    header), date,
                        "email", "E-mail", recipients, sender=sender[0],
                        group=f"mail-day:{date.isoformat()}")


class MboxFile(_MailSource):
    """The messages of one mbox file, streamed (lines read at most 64 KB at a time)."""

    def size(self) -> int:
        """Return the file's size (it must be a regular file that begins like an mbox)."""
        size = self.file_size()
        try:
            with Path(self.path).open("rb") as stream:
                head = stream.read(5)
        except OSError as exc:
            raise self.failed(exc) from exc
        if head != b"From ":
            raise CaptureFileError(self.path, f"{self.path}:1: not an mbox file (it does not "
                                   'begin with a "From " line)')
        return size

    def items(self) -> Iterator[Sighting | Skip]:
        """Yield one item per message, parsing only the header blocks."""
        try:
            with Path(self.path).open("rb") as stream:
                yield from self._read(stream)
        except OSError as exc:
            raise self.failed(exc) from exc
        self.digest = self._hash.digest()

    def _read(self, stream: BinaryIO) -> Iterator[Sighting | Skip]:
        header: list[bytes] | None = None  # None: in a body
        size = start = number = 0
        whole = True  # the previous piece ended a line
        while line := stream.readline(_LINE):
            self.done += len(line)
            starts = whole
            whole = line.endswith(b"\n")
            number += starts
            if starts and line.startswith(b"From "):
                if header is not None:
                    yield from self._ended(header, start)
                header, start, size = [], number, 0
            elif header is not None:
                if starts and line in (b"\n", b"\r\n"):
                    yield from self._ended(header, start)
                    header = None  # the body: passed over up to the next "From " line
                elif size + len(line) > _HEADER_LIMIT:
                    yield Skip(self.path, start, "", Phrase(tr_noop(
                        "a header over 256 KB: not a mail message, left out")),
                        rejected=True)
                    header = None
                else:
                    header.append(line)
                    size += len(line)
        if header is not None:
            yield from self._ended(header, start)

    def _ended(self, header: list[bytes], start: int) -> Iterator[Sighting | Skip]:
        item = self._message(b"".join(header), self.path, start)
        if item is not None:
            yield item


class MaildirFolder(_MailSource):
    """The messages of a Maildir (its ``cur`` and ``new`` folders)."""

    def _files(self) -> list[Path]:
        folder = Path(self.path)
        parts = [folder / "cur", folder / "new"]
        if not any(p.is_dir() for p in parts):
            raise CaptureFileError(self.path, f"{self.path}: not a Maildir (it has no cur or "
                                   "new folder) and not an mbox file")
        return sorted(f for p in parts if p.is_dir() for f in p.iterdir()
                      if f.is_file() and not f.name.startswith("."))

    def size(self) -> int:
        """Return the number of messages (progress counts messages here)."""
        try:
            return len(self._files())
        except OSError as exc:
            raise self.failed(exc) from exc

    def items(self) -> Iterator[Sighting | Skip]:
        """Yield one item per message file, reading up to its first blank line."""
        for file in self._files():
            try:
                header = _head(file)
            except OSError as exc:
                raise CaptureFileError(str(file), f"{file}: {exc.strerror or exc}") from exc
            self.done += 1
            self._hash.update(file.name.encode(errors="surrogateescape"))
            item = self._message(header, str(file), 1)
            if item is not None:
                yield item
        self.digest = self._hash.digest()


def _head(file: Path) -> bytes:
    """Return a message file's header block (up to the first blank line)."""
    data = b""
    with file.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            data += chunk
            end = min((i for i in (data.find(b"\n\n"), data.find(b"\r\n\r\n")) if i >= 0),
                      default=-1)
            if end >= 0:
                return data[:end + 1]
            if len(data) > _HEADER_LIMIT:  # no blank line in sight: not a message
                break
    return data[:_HEADER_LIMIT]


def _fields(header: bytes) -> dict[str, list[str]]:
    """Return the values of the header fields read (unfolded), by lower-case name."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in header.splitlines():
        line = raw.decode("utf-8", "replace")
        if line[:1] in (" ", "\t"):
            if current is not None:
                current[-1] += line
            continue
        name, colon, value = line.partition(":")
        name = name.strip().lower()
        current = found.setdefault(name, []) if colon and name in _HEADERS else None
        if current is not None:
            current.append(value.strip())
    return found


def _text(value: object) -> str:
    """Return a header's text with its encoded words (=?utf-8?...?=) decoded."""
    text = str(value)
    if "=?" not in text:
        return text
    try:
        return str(make_header(decode_header(text)))
    except (ValueError, LookupError, UnicodeError):
        return text


def _people(values: Iterable[str]) -> tuple[Person, ...]:
    """Return the people of address headers, their names' encoded words decoded."""
    return tuple(person for value in values for person in _parsed(value))


@lru_cache(maxsize=8192)
def _parsed(value: str) -> tuple[Person, ...]:
    """One header's people (:func:`email.utils.getaddresses`), remembered: a mailbox
    repeats the same From and To lines thousands of times."""
    return tuple(Person(address, _text(name).strip())
                 for name, address in getaddresses([value]) if "@" in address)


def _date(value: object) -> dt.date | None:
    if value is None:
        return None
    try:
        moment = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return (moment.astimezone() if moment.tzinfo else moment).date()


def _key(message_id: object, header: bytes) -> str:
    if message_id is not None and (text := str(message_id).strip().strip("<>").strip()):
        return text
    return "~" + hashlib.blake2b(header, digest_size=12).hexdigest()


