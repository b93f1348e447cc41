"""One logical content line split into group, name, parameters and raw value.

``[group.]NAME[;param]*:value`` with the parameter forms of every version:
2.1 bare values (``;WORK;PREF``, ``;QUOTED-PRINTABLE``), 3.0 lists (``TYPE=work,pref``,
repeated ``TYPE=``) and 4.0 quoted values (``TYPE="work,voice"``). The value stays
bytes: its charset is only known once the parameters are read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple


class Params(dict[str, list[str]]):
    """Parameter values by upper-case name (bare 2.1 values under TYPE or ENCODING).

    One object serves every line with the same head (:func:`parse_head` is cached):
    read-only, and what is derived from it is worked out once.
    """

    __slots__ = ("_types",)
    _types: tuple[str, ...]

    def types(self) -> tuple[str, ...]:
        """Return the TYPE values, lower-case."""
        try:
            return self._types
        except AttributeError:
            self._types = tuple(t.lower() for t in self.get("TYPE", ()))
            return self._types


Head = tuple[str, str, Params]
"""(group, NAME, parameters) of a content line."""

_NAME_RE = re.compile(rb"[A-Za-z0-9_-]+\Z")
_GROUP_RE = re.compile(rb"[A-Za-z0-9_.-]*\Z")
_PARAM_NAME_RE = re.compile(r"[A-Za-z0-9_-]+\Z")
# KDE's legacy "X-messaging/xmpp-All:me@example.org" names carry a slash.
_KDE_MESSAGING_RE = re.compile(rb"(?i)x-messaging/([a-z0-9_-]+)-all\Z")
_ENCODING_WORDS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_NO_PARAMS = Params()
MAX_HEAD = 4096
"""Longest name-and-parameters part read (real ones stay under a few hundred bytes)."""


class Property(NamedTuple):
    """A parsed content line (a named tuple: built once per line, so it must be cheap).

    Attributes:
        line: 1-based physical line where it starts.
        group: The group prefix ("item1"), lower-case, or "".
        name: The property name, upper-case.
        params: Parameter values by upper-case name (bare 2.1 values under TYPE or
            ENCODING). Shared between lines with the same head: read-only.
        value: The raw value bytes, unfolded, still encoded.
        oversized: True when the value was larger than the reader's limit and was
            not kept (``value`` is then cut short).
    """

    line: int
    group: str
    name: str
    params: Params
    value: bytes
    oversized: bool = False

    def param(self, key: str) -> str | None:
        """Return the first value of parameter ``key`` (upper-case), if present."""
        values = self.params.get(key)
        return values[0] if values else None

    def types(self) -> tuple[str, ...]:
        """Return the TYPE values, lower-case."""
        return self.params.types()

    @property
    def encoding(self) -> str:
        """Return the ENCODING parameter upper-case, or ""."""
        value = self.param("ENCODING")
        return value.upper() if value else ""


def parse_property(line: int, data: bytes, oversized: bool = False) -> Property | str:
    """Parse one logical line.

    Args:
        line: Its 1-based physical line number.
        data: The unfolded line.
        oversized: Whether the line was cut short for being too large.

    Returns:
        The property, or a message saying why the line was skipped.
    """
    colon = data.find(b":")
    if colon < 0:
        return _why_unreadable(data)
    if data.find(b'"', 0, colon) >= 0:
        colon = _find_colon(data)
    if colon > MAX_HEAD:
        return "line skipped: its name and parameters are too long"
    head = parse_head(data[:colon])
    if isinstance(head, str):
        return head
    return Property(line, head[0], head[1], head[2], data[colon + 1 :], oversized)


@lru_cache(maxsize=1024)
def parse_head(head: bytes) -> Head | str:
    """Parse ``[group.]NAME[;params]`` (cached: real files repeat a few dozen heads).

    Args:
        head: Everything before the value's colon.

    Returns:
        (group, NAME, params), or a message saying why the line is skipped.
    """
    if b";" not in head:
        name_part, params = head, _NO_PARAMS
    else:
        pieces = _split_outside_quotes(head, 59)  # ";"
        name_part, params = pieces[0], _parse_params(pieces[1:])
    group, _, name = name_part.strip().rpartition(b".")
    if not _NAME_RE.match(name) or not _GROUP_RE.match(group):
        return _odd_name(name_part, params)
    return group.decode("ascii").lower(), name.decode("ascii").upper(), params


def _why_unreadable(data: bytes) -> str:
    if data.lstrip().startswith(b"#"):
        return "comment line skipped"
    return "line without ':' skipped"


def _odd_name(name_part: bytes, params: Params) -> Head | str:
    """Accept KDE's X-messaging/<proto>-All names; refuse other odd names."""
    match = _KDE_MESSAGING_RE.match(name_part.strip())
    if match:
        named = Params(params)
        named["X-SERVICE-TYPE"] = [match[1].decode("ascii")]
        return "", "X-KDE-MESSAGING", named
    shown = name_part.decode("utf-8", "replace")[:40]
    if shown.lstrip().startswith("#"):
        return "comment line skipped"
    return f"invalid property name {shown!r}, line skipped"


def _find_colon(data: bytes) -> int:
    """Find the colon ending the name and parameters, skipping quoted parameter values."""
    colon = data.find(b":")
    quoted = False
    for index, byte in enumerate(data):
        if byte == 34:  # '"'
            quoted = not quoted
        elif byte == 58 and not quoted:  # ':'
            return index
    return colon  # unbalanced quote: fall back to the first colon


def _split_outside_quotes(data: bytes, sep: int) -> list[bytes]:
    if b'"' not in data:
        return data.split(bytes((sep,)))
    pieces, start, quoted = [], 0, False
    for index, byte in enumerate(data):
        if byte == 34:
            quoted = not quoted
        elif byte == sep and not quoted:
            pieces.append(data[start:index])
            start = index + 1
    pieces.append(data[start:])
    return pieces


def _parse_params(pieces: list[bytes]) -> Params:
    params = Params()
    for piece in pieces:
        key, equals, raw = piece.partition(b"=")
        if not equals:
            word = _param_text(key).strip()
            if word:
                bucket = "ENCODING" if word.upper() in _ENCODING_WORDS else "TYPE"
                params.setdefault(bucket, []).append(word)
            continue
        name = _param_text(key).strip().upper()
        if _PARAM_NAME_RE.match(name):
            params.setdefault(name, []).extend(_param_values(raw, split=name == "TYPE"))
    return params


def _param_values(raw: bytes, *, split: bool) -> list[str]:
    values: list[str] = []
    for item in _split_outside_quotes(raw, 44):  # ","
        text = _param_text(item).strip()
        if len(text) >= 2 and text[0] == text[-1] == '"':
            text = text[1:-1]
            if split:  # a quoted 4.0 TYPE is itself a list: TYPE="work,voice"
                values.extend(part.strip() for part in text.split(",") if part.strip())
                continue
        if text:
            values.append(text)
    return values


def _param_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")
