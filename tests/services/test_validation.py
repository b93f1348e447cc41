"""The card's pure rules: typed birthdays in each locale's order, normal forms, merging edits."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.services.validation import (
    format_typed_birthday,
    merge_edits,
    normalized_fields,
    parse_typed_birthday,
)


@pytest.mark.parametrize(("typed", "order", "stored"), [
    ("31/12/1980", "DMY", "1980-12-31"),  # it_IT, en_GB
    ("12/31/1980", "MDY", "1980-12-31"),  # en_US
    ("1980-12-31", "DMY", "1980-12-31"),  # ISO in every locale
    ("1980-12-31", "MDY", "1980-12-31"),
    ("1980/12/31", "DMY", "1980-12-31"),  # a four-digit year first is always Y/M/D
    ("19801231", "MDY", "1980-12-31"),
    ("31.12.1980", "DMY", "1980-12-31"),  # de_DE's dots
    (" 3/7/1984 ", "DMY", "1984-07-03"),
    ("3/7/1984", "MDY", "1984-03-07"),
    ("31/12", "DMY", "--12-31"),  # year-less, it_IT
    ("12/31", "MDY", "--12-31"),
    ("12/31", "YMD", "--12-31"),
    ("29/02", "DMY", "--02-29"),  # a year-less 29 February is a birthday
    ("--12-31", "MDY", "--12-31"),
    ("--1231", "DMY", "--12-31"),
    ("31/12/80", "DMY", "1980-12-31"),  # two digits: the latest such year not in the future
    ("1/1/26", "DMY", "2026-01-01"),
    ("1/1/27", "DMY", "1927-01-01"),
    ("", "DMY", None),
    ("  ", "DMY", None),
    (None, "DMY", None),
])
def test_typed_birthdays_are_read_in_the_locale_order(
        typed: str | None, order: str, stored: str | None) -> None:
    assert parse_typed_birthday(typed, order, current_year=2026) == stored


@pytest.mark.parametrize(("typed", "order"), [
    ("12/31/1980", "DMY"),  # no 12th day of a 31st month
    ("31/12/1980", "MDY"),
    ("29/02/2023", "DMY"),
    ("30/02", "DMY"),
    ("31/12/198", "DMY"),
    ("1/2/3/4", "DMY"),
    ("31", "DMY"),
    ("yesterday", "DMY"),
    ("٣١/١٢/١٩٨٠", "DMY"),  # other digits are not read as numbers silently
])
def test_impossible_typed_birthdays_are_refused(typed: str, order: str) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_typed_birthday(typed, order, current_year=2026)


@pytest.mark.parametrize(("stored", "order", "shown"), [
    ("1980-12-31", "DMY", "31/12/1980"),
    ("1980-12-31", "MDY", "12/31/1980"),
    ("1980-12-31", "YMD", "1980-12-31"),
    ("--12-31", "DMY", "31/12"),
    ("--12-31", "MDY", "12/31"),
    ("--12-31", "YMD", "--12-31"),
    (None, "DMY", ""),
])
def test_birthdays_are_shown_as_the_locale_types_them(
        stored: str | None, order: str, shown: str) -> None:
    assert format_typed_birthday(stored, order) == shown
    assert parse_typed_birthday(shown, order) == stored


@settings(derandomize=True, max_examples=200)
@given(day=st.dates(min_value=dt.date(1900, 1, 1)),
       order=st.sampled_from(["DMY", "MDY", "YMD"]), year_less=st.booleans())
def test_every_shown_birthday_reads_back(day: dt.date, order: str, year_less: bool) -> None:
    stored = day.isoformat()
    if year_less:
        stored = "--" + stored[5:]
    assert parse_typed_birthday(format_typed_birthday(stored, order, "."), order) == stored


STORED = ContactFields(
    display_name="Mr. John Doe", given_name="John", family_name="Doe", birthday="1980-03-22",
    notes="line one\nline two", tags=("b", "a"),
    emails=(LabeledValue("john@example.com", "_$!<Other>!$_"),),
    addresses=(AddressData(label="home", extended="Crescent moon drive\n555-asd"),),
)


def test_fields_meaning_the_same_are_equal_in_normal_form() -> None:
    typed = replace(STORED, given_name=" John ", birthday="19800322", tags=("a", " b", ""),
                    notes="line one\r\nline two\n",
                    emails=(*STORED.emails, LabeledValue("  ", "work")),
                    addresses=(*STORED.addresses, AddressData(label="work")))
    assert normalized_fields(typed) == normalized_fields(STORED)
    assert normalized_fields(replace(STORED, emails=(LabeledValue("john@example.com", "work"),))
                             ) != normalized_fields(STORED)  # a label is part of the value


def test_an_untouched_card_saves_exactly_what_is_stored() -> None:
    shown = replace(STORED, tags=("a", "b"), notes="line one\nline two\n")  # as editors give
    assert merge_edits(STORED, shown, shown) == STORED
    assert merge_edits(STORED, shown, replace(shown, given_name="John ")) == STORED


def test_an_edit_changes_only_its_field() -> None:
    shown = replace(STORED, tags=("a", "b"))
    saved = merge_edits(STORED, shown, replace(shown, title="Money Counter"))
    assert saved == replace(STORED, title="Money Counter")
