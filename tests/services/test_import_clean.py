"""Cleaning a card's e-mail addresses: the shortcut for bare addresses changes nothing."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from networkapp.services.import_match import clean_email, email_key
from networkapp.services.import_merge import Value, clean_values
from networkapp.services.validation import is_valid_email

_PARTS = st.sampled_from(["ann", "Ann", "@", ".", "example.org", " ", "\t", "\u00a0", "\u2003",
                          '"', "'", "<", ">", "mailto:", "MAILTO:", "x", "É", "\u0085", ","])


def _reference(values: list[str]) -> tuple[list[Value], list[str], list[str]]:
    kept, keys, problems = [], [], []
    for value in values:
        address = clean_email(value)
        if is_valid_email(address):
            kept.append(Value(address, "work"))
            keys.append(email_key(address))
        else:
            problems.append(f"EMAIL {value!r} is not an e-mail address: left out")
    return kept, keys, problems


@example([" ann@example.org", "ann@example.org\u00a0", "'ann@example.org'", "<ann@example.org>",
          "Ann <ann@example.org>", "MAILTO:Ann@Example.org", "", "ann@example.org\t"])
@given(st.lists(st.lists(_PARTS, max_size=8).map("".join) | st.text(max_size=20),
                max_size=4))
def test_emails_clean_as_clean_email_says(values: list[str]) -> None:
    data = clean_values(
        display_name="n", given_name="", family_name="", organization="", title="", notes="",
        birthday=None, uid=None, photo_uri=None, photo=None, photo_mime=None,
        emails=[Value(v, "work") for v in values], phones=(), urls=(), addresses=(), tags=(),
    )
    kept, keys, problems = _reference(values)
    assert list(data.emails) == kept
    assert list(data.keys.emails) == keys
    assert list(data.problems) == problems
