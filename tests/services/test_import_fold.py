"""fold() (the one function behind search, sort and import matching) and the name keys."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from networkapp.models.text import _EXTRA, fold
from networkapp.services.importing.match import name_keys

_PIECES = st.sampled_from(["Jürgen", "ß", "Æ", "e\u0301", "\u0301", " ", ".", "@", "İ", "ǅ",
                           "ﬁ", "ŁÓDŹ", "x" * 120, "é" * 120, "Σσς", "ﾊﾝｶｸ", "a", "\u05b8",
                           "A", "Z", "\x00", "\u0e48"])


def reference(text: str) -> str:
    """fold() as first written: character by character."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_EXTRA)


@settings(derandomize=True, max_examples=300)
@given(st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=300))
def test_fold_is_the_character_by_character_definition(text: str) -> None:
    assert fold(text) == reference(text)


@settings(derandomize=True, max_examples=200)
@given(st.text(max_size=30), st.text(max_size=20), st.text(max_size=20))
def test_name_keys_are_the_folded_names(display: str, given: str, family: str) -> None:
    expected = {" ".join(fold(n).split())
                for n in (display, f"{given} {family}", f"{family} {given}")} - {""}
    keys = name_keys(display, given, family)
    assert set(keys) == expected
    assert len(keys) == len(expected)
