"""The importer's piecewise folding gives exactly what :func:`fold` gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from networkapp.models.text import fold
from networkapp.services.import_write import fast_fold

_PIECES = st.sampled_from(["Jürgen", "ß", "Æ", "e\u0301", "\u0301", " ", ".", "@", "İ", "ǅ",
                           "ﬁ", "ŁÓDŹ", "x" * 120, "é" * 120, "Σσς", "ﾊﾝｶｸ", "a"])


@given(st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=300))
def test_fast_fold_is_fold(text: str) -> None:
    assert fast_fold(text) == fold(text)


def test_addresses_and_long_notes() -> None:
    for text in ("jürgen.1.0@example0.com jürgen.1.1@exämple1.com", "Ünïcödé " * 40,
                 "a.@.b@@c..é", "@", "."):
        assert fast_fold(text) == fold(text)


@given(st.text(max_size=30), st.text(max_size=20), st.text(max_size=20))
def test_name_keys_are_the_folded_names(display: str, given: str, family: str) -> None:
    from networkapp.services.import_match import name_keys

    expected = {" ".join(fold(n).split())
                for n in (display, f"{given} {family}", f"{family} {given}")} - {""}
    assert name_keys(display, given, family) == expected
