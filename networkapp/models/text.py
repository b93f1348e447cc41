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


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Return ``text`` lower-cased with accents removed, for matching and sorting."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_EXTRA)


_DOUBLED = re.compile(r"(.)\1+")


def squash(text: str | None) -> str:
    """Return ``text`` with runs of one repeated character reduced to one ("cc" → "c").

    People often type a name with one letter where it has two ("nicolo" for
    "Niccolò"); name search compares squashed names too. Registered in SQLite as
    ``squash()``.
    """
    return _DOUBLED.sub(r"\1", text or "")
