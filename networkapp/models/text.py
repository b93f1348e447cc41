"""Text folding shared by SQL and Python: case- and accent-insensitive matching.

``fold("Niccolò")`` is ``"niccolo"``. It is registered as the SQLite function
``fold()`` on every connection so the cached ``search_text`` and ``sort_name``
columns and the search box agree exactly.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that do not decompose under NFKD but that people type without the mark.
_EXTRA = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)


class _Marks(dict[int, int | None]):
    """``str.translate`` table dropping combining marks, filled in as characters come
    (the same test as ``unicodedata.combining``, at C speed once a character is known)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _Marks()


def fold(text: str | None) -> str:
    """Return ``text`` lower-cased with accents removed, for matching and sorting."""
    if not text:
        return ""
    if text.isascii():  # casefold is lower(), and nothing decomposes or is a mark
        return text.lower()
    # Names and words repeat and are cached; long text (a contact's whole search text)
    # is unique and would only push them out.
    return _fold_cached(text) if len(text) < 100 else _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return decomposed.translate(_MARKS).translate(_EXTRA)


_fold_cached = lru_cache(maxsize=65536)(_fold)


_DOUBLED = re.compile(r"(.)\1+")


def squash(text: str | None) -> str:
    """Return ``text`` with runs of one repeated character reduced to one ("cc" → "c").

    People often type a name with one letter where it has two ("nicolo" for
    "Niccolò"); name search compares squashed names too. Registered in SQLite as
    ``squash()``.
    """
    return _DOUBLED.sub(r"\1", text or "")
