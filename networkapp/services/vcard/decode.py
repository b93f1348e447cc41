"""Turning a property's raw value bytes into text.

Order matters and is the reason this is byte-based: the reader first undoes the
transfer encoding (quoted-printable or base64) on bytes, then decodes the charset,
and only then splits on ``;``/``,`` and undoes backslash escapes. Doing it the other
way round breaks Shift_JIS, whose second bytes may be ``0x5C`` (a backslash).
"""

from __future__ import annotations

import binascii
import codecs
import re
from functools import lru_cache

# Charset labels that real clients write, mapped to the decoder that reads what they
# actually mean (the WHATWG approach: "ISO-8859-1" files are written by Windows in
# cp1252, "Shift_JIS" phones use Microsoft's cp932 extensions).
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
}
# Python text codecs that are not character sets: they would turn a value into something
# else (or fail in ways a charset does not).
_NOT_CHARSETS = frozenset({"idna", "punycode", "undefined", "unicode-escape",
                           "raw-unicode-escape"})
_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
_ESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)
_TOKEN_RE = {sep: re.compile(r"\\.|" + re.escape(sep), re.DOTALL) for sep in ";,"}
_WHITESPACE = b" \t\n\r\x0b\x0c"  # what rb"\s" matches


def qp_decode(data: bytes) -> bytes:
    """Undo quoted-printable encoding (soft line breaks are already joined).

    Args:
        data: The encoded value; invalid ``=`` sequences are kept as they are.

    Returns:
        The decoded bytes.
    """
    return binascii.a2b_qp(data)


def b64_decode(data: bytes) -> bytes | None:
    """Decode base64 that may contain whitespace and lack its padding.

    Args:
        data: The encoded value.

    Returns:
        The decoded bytes, or None when the text is not base64.
    """
    compact = data.translate(None, _WHITESPACE)
    if len(compact) % 4 == 1:
        return None
    compact += b"=" * (-len(compact) % 4)
    try:
        return binascii.a2b_base64(compact, strict_mode=True)
    except binascii.Error:
        return _b64_decode_lenient(compact)


def _b64_decode_lenient(compact: bytes) -> bytes | None:
    """Retry with extra padding inside removed (some writers pad every line)."""
    stripped = compact.replace(b"=", b"")
    stripped += b"=" * (-len(stripped) % 4)
    try:
        return binascii.a2b_base64(stripped, strict_mode=True)
    except binascii.Error:
        return None


class NotACharsetError(ValueError):
    """A CHARSET parameter names a Python codec that is not a character set (zlib,
    base64, rot13, idna...): decoding with it would not give the value's text."""


@lru_cache(maxsize=256)
def codec_for(charset: str) -> str | None:
    """Return the Python codec for a CHARSET parameter, or None if unknown.

    Raises:
        NotACharsetError: The name is a codec, but not one for text.
    """
    label = charset.strip().strip('"').lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return None
    if not codec._is_text_encoding or codec.name in _NOT_CHARSETS:
        raise NotACharsetError(f"CHARSET {charset[:40]!r} is not a character set")
    return codec.name


def decode_text(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode value bytes to text.

    Args:
        data: Raw bytes after any transfer decoding.
        charset: The property's CHARSET parameter, or None to guess
            (UTF-8, then Windows-1252).

    Returns:
        The text and a warning (or None) when bytes had to be replaced or the
        charset was unknown.

    Raises:
        NotACharsetError: ``charset`` names a codec that is not a character set.
    """
    codec = None if charset is None else codec_for(charset)
    if data.isascii():
        return data.decode("ascii"), None
    warning = None
    if charset is not None:
        if codec is not None:
            try:
                return data.decode(codec), None
            except UnicodeError:
                if codec == "cp1252":  # five bytes are unassigned there, not in Latin-1
                    return data.decode("latin-1"), None
                return data.decode(codec, "replace"), f"text is not valid {charset}"
        warning = f"unknown CHARSET {charset!r}, guessed the encoding"
    return _guess(data), warning


def _guess(data: bytes) -> str:
    """Decode bytes of unknown charset: UTF-8 if valid, else Windows-1252/Latin-1."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def unescape(text: str) -> str:
    r"""Undo vCard backslash escapes: ``\n`` ``\N`` ``\\`` ``\,`` ``\;`` ``\:``.

    Unknown escapes are kept as written, so a stray backslash is not lost.
    """
    if "\\" not in text:
        return text
    if "\\\\" not in text:
        # Without an escaped backslash each backslash starts the pair after it, so
        # replacing pair by pair is the same as the regex, and faster.
        return (text.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",")
                .replace("\\;", ";").replace("\\:", ":"))
    return _ESCAPE_RE.sub(lambda match: _ESCAPES.get(match.group(1), match.group(0)), text)


def split_escaped(text: str, sep: str) -> list[str]:
    r"""Split at ``sep`` (``;`` or ``,``) where it is not escaped, then unescape each part.

    Args:
        text: The decoded value.
        sep: The separator.

    Returns:
        The parts, at least one.
    """
    if "\\" not in text:
        return text.split(sep)
    if "\\" + sep not in text and "\\\\" not in text:
        # Every separator is a real one, and unescaping makes no new one.
        return unescape(text).split(sep)
    parts: list[str] = []
    start = 0
    for match in _TOKEN_RE[sep].finditer(text):
        if match.group() == sep:
            parts.append(unescape(text[start : match.start()]))
            start = match.end()
    parts.append(unescape(text[start:]))
    return parts


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR (quoted-printable ``=0D=0A``) into LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")
