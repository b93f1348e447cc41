"""Cleaning a card for storage: e-mail addresses, control characters, size limits."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from networkapp.services.importing.clean import LINE_LIMIT, NOTES_LIMIT, Value, record_of
from networkapp.services.importing.match import clean_email, email_key
from networkapp.services.validation import is_valid_email
from networkapp.services.vcard import read_vcard_bytes
from networkapp.services.vcard.card import Email, ParsedCard

_PARTS = st.sampled_from(["ann", "Ann", "@", ".", "example.org", " ", "\t", "\u00a0", "\u2003",
                          '"', "'", "<", ">", "mailto:", "MAILTO:", "x", "É", "\u0085", ","])


def card(**values: object) -> ParsedCard:
    fields: dict[str, object] = {
        "file": "x.vcf", "line": 1, "version": "3.0", "uid": None, "given_name": "",
        "family_name": "", "display_name": "n", "organization": "", "title": "",
        "birthday": None, "notes": "", "emails": (), "phones": (), "addresses": (),
        "urls": (), "tags": (), "photo": None, "photo_mime": None, "photo_uri": None,
        "warnings": ()}
    return ParsedCard(**(fields | values))  # type: ignore[arg-type]


def _reference(values: list[str]) -> tuple[list[Value], list[str], list[str]]:
    kept, keys, problems = [], [], []
    for value in values:
        address = clean_email(value.translate({9: " ", 10: " ", 13: " "}))
        address = re.sub(r"[\x00-\x1f\x7f-\x9f]", "", address).strip()
        if is_valid_email(address):
            if email_key(address) not in keys:
                kept.append((address, "work"))
                keys.append(email_key(address))
        elif address:
            problems.append(f"EMAIL {value!r} is not an e-mail address: left out")
    return kept, keys, problems


@settings(derandomize=True, max_examples=200)
@example([" ann@example.org", "ann@example.org\u00a0", "'ann@example.org'", "<ann@example.org>",
          "Ann <ann@example.org>", "MAILTO:Ann@Example.org", "", "ann@example.org\t"])
@given(st.lists(st.lists(_PARTS, max_size=8).map("".join) | st.text(max_size=20),
                max_size=4))
def test_emails_clean_as_clean_email_says(values: list[str]) -> None:
    record = record_of(card(emails=tuple(Email(v, "work") for v in values)), "x.vcf")
    assert record.data is not None
    kept, keys, problems = _reference(values)
    assert list(record.data.emails) == kept
    assert list(record.data.keys["emails"]) == keys
    dropped = [w for w in record.warnings if w.endswith("is not an e-mail address: left out")]
    assert dropped == problems


def test_nul_and_control_characters_are_removed_with_a_warning() -> None:
    # A NUL byte in the file's first 4 KB makes it "binary": quoted-printable has them.
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Ann=00 Ex=07ample\r\n"
            b"ORG:Ac\x1bme\tLtd\r\n"
            b"NOTE;ENCODING=QUOTED-PRINTABLE:line one=0Aline=09two=00=7F\r\nEND:VCARD\r\n")
    (parsed,) = read_vcard_bytes(data, name="x.vcf")
    record = record_of(parsed, "x.vcf")
    assert record.data is not None
    scalars = record.data.scalars
    assert scalars["display_name"] == "Ann Example"
    assert scalars["organization"] == "Acme Ltd"  # a tab in a one-line value: a space
    assert scalars["notes"] == "line one\nline\ttwo"  # notes keep tabs and line breaks
    assert "FN: control characters removed" in record.warnings
    assert "ORG: control characters removed" in record.warnings
    assert "NOTE: control characters removed" in record.warnings


def test_over_long_names_and_notes_are_cut_with_a_warning() -> None:
    name, note = "N" * (LINE_LIMIT + 500), "x" * (NOTES_LIMIT + 7)
    record = record_of(card(display_name=name, title="t" * 5000, notes=note), "x.vcf")
    assert record.data is not None
    assert record.data.scalars["display_name"] == "N" * LINE_LIMIT
    assert record.data.scalars["title"] == "t" * LINE_LIMIT
    assert record.data.scalars["notes"] == "x" * NOTES_LIMIT
    assert record.name == "N" * LINE_LIMIT
    assert f"FN: longer than {LINE_LIMIT:,} characters: cut to {LINE_LIMIT:,}" in record.warnings
    assert (f"NOTE: longer than {NOTES_LIMIT:,} characters: cut to {NOTES_LIMIT:,}"
            in record.warnings)
    assert "TITLE: longer than 1,000 characters: cut to 1,000" in record.warnings


def test_short_values_pass_untouched() -> None:
    record = record_of(card(display_name="Ann", notes="a\nb\tc"), "x.vcf")
    assert record.data is not None
    assert record.data.scalars["notes"] == "a\nb\tc"
    assert record.warnings == ()
