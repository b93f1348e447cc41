"""patch_card: the server's card with only the edited properties rewritten, the rest
byte for byte; read back by the one reader, it holds exactly the edited fields."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from networkapp.services.dto import AddressData, ContactFields, LabeledValue
from networkapp.services.sync.fields import UnreadableCardError, changed_fields, read_card
from networkapp.services.sync.patch import new_card, patch_card, units

CARD = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:keep-me\r\nN:Rossi;Ada;Maria;Dr.;PhD\r\n"
        b"FN:Ada Rossi\r\nORG:Acme;Research\r\nitem1.EMAIL;type=INTERNET:ada@acme.example\r\n"
        b"item1.X-ABLabel:_$!<Other>!$_\r\nitem2.TEL:+39 02 1234\r\nitem2.X-ABLabel:desk\r\n"
        b"EMAIL;TYPE=home:ada@home.example\r\nX-UNKNOWN;X-PARAM=1:stays\r\n"
        b"NOTE:A long note that is folded by the client that wrote it\\, over more than\r\n"
        b"  one physical line of the card\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\r\n"
        b"END:VCARD\r\n")


def _patched(raw: bytes, **values: object) -> tuple[bytes, ContactFields]:
    before = read_card(raw, "card")[0]
    after = replace(before, **values)  # type: ignore[arg-type]
    out = patch_card(raw, before, after)
    assert changed_fields(after, read_card(out, "patched")[0]) == set()
    return out, after


def _lines_but(raw: bytes, *names: str) -> list[bytes]:
    return [u.data for u in units(raw) if u.name not in names and not u.group]


def test_unedited_card_is_returned_unchanged() -> None:
    before = read_card(CARD, "card")[0]
    assert patch_card(CARD, before, before) == CARD


def test_title_added_before_end_and_nothing_else_touched() -> None:
    out, _ = _patched(CARD, title="CTO")
    assert out == CARD.replace(b"END:VCARD", b"TITLE:CTO\r\nEND:VCARD")


def test_name_edit_keeps_middle_names_prefixes_and_suffixes() -> None:
    out, _ = _patched(CARD, given_name="Adele")
    assert b"N:Rossi;Adele;Maria;Dr.;PhD\r\n" in out
    assert _lines_but(out, "N") == _lines_but(CARD, "N")


def test_removed_labelled_email_takes_its_label_and_leaves_other_groups() -> None:
    before = read_card(CARD, "card")[0]
    out, _ = _patched(CARD, emails=before.emails[1:])
    assert b"item1." not in out
    assert b"item2.TEL:+39 02 1234\r\nitem2.X-ABLabel:desk\r\n" in out


def test_new_labelled_phone_gets_a_group_after_the_cards_own() -> None:
    before = read_card(CARD, "card")[0]
    out, _ = _patched(CARD, phones=(*before.phones, LabeledValue("+39 333 1", "boat")))
    assert b"item3.TEL:+39 333 1\r\nitem3.X-ABLabel:boat\r\n" in out


def test_a_folded_note_is_rewritten_only_when_edited() -> None:
    out, _ = _patched(CARD, organization="Other Org")
    assert b"over more than\r\n  one physical line" in out
    out, after = _patched(CARD, notes="Short")
    assert b"NOTE:Short\r\n" in out and b"physical line" not in out
    assert after.notes == "Short"


def test_photo_kept_byte_for_byte_unless_changed() -> None:
    out, _ = _patched(CARD, addresses=(AddressData("work", street="Via Roma 1"),))
    assert b"PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\r\n" in out
    png = b"\x89PNG\r\n\x1a\n" + bytes(40)
    out, _ = _patched(CARD, photo=png, photo_mime="image/png")
    assert b"/9j/4AAQ" not in out and out.count(b"PHOTO") == 1


def test_lf_only_card_stays_lf() -> None:
    raw = CARD.replace(b"\r\n", b"\n")
    out, _ = _patched(raw, title="CTO", emails=(LabeledValue("new@example.org", "work"),))
    assert b"\r" not in out


def test_new_card_reads_back_as_the_contact() -> None:
    fields = ContactFields(display_name="Ada Rossi", given_name="Ada", family_name="Rossi",
                           birthday="--04-12", emails=(LabeledValue("a@example.org", "work"),),
                           tags=("mentor",), uid="u-1")
    back = read_card(new_card(fields), "new")[0]
    assert changed_fields(fields, back) == set() and back.uid == "u-1"


def _corpus_cards(shared: Path) -> list[tuple[str, bytes]]:
    found = []
    for path in sorted(shared.rglob("*.vcf")):
        data = path.read_bytes()
        if data.upper().count(b"BEGIN:VCARD") != 1:
            continue
        try:
            read_card(data, path.name)
        except UnreadableCardError:
            continue
        found.append((str(path.relative_to(shared)), data))
    return found


def test_every_corpus_card_takes_each_edit_and_keeps_the_rest(shared_vcards: Path) -> None:
    cards = _corpus_cards(shared_vcards)
    assert len(cards) > 50
    edits: list[dict[str, object]] = [
        {"title": "Edited"}, {"organization": "New Org"}, {"family_name": "Newname"},
        {"emails": (LabeledValue("added@example.org", "home"),)}, {"tags": ("synced",)},
        {"birthday": "1990-01-02"}, {"notes": "line one\nline two"}]
    for name, raw in cards:
        for edit in edits:
            try:
                out, _ = _patched(raw, **edit)
            except AssertionError as error:
                pytest.fail(f"{name} {edit}: {error}")
            field = next(iter(edit))
            props = {"title": {"TITLE"}, "organization": {"ORG"}, "family_name": {"N"},
                     "emails": {"EMAIL"}, "tags": {"CATEGORIES"}, "birthday": {"BDAY"},
                     "notes": {"NOTE"}}[field]
            if not any(u.name == "FN" and u.prop and u.prop.value.strip() for u in units(raw)):
                props |= {"FN"}  # written with the edit: the name the reader had made
            kept = [u.data for u in units(raw) if u.name not in props and not u.group]
            assert [u.data for u in units(out)
                    if u.name not in props and not u.group] == kept, name


def test_a_vcard_21_base64_photo_is_one_line_with_its_continuations() -> None:
    raw = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Rossi;Ada\r\nFN:Ada Rossi\r\n"
           b"PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQEASABIAAD\r\n"
           b"/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8Q\r\n"
           b"\r\nTITLE:CEO\r\nEND:VCARD\r\n")
    (photo,) = [u for u in units(raw) if u.name == "PHOTO"]
    assert photo.data.count(b"\r\n") == 3  # its continuation and the blank line end
    png = b"\x89PNG\r\n\x1a\n" + bytes(40)
    out, _ = _patched(raw, photo=png, photo_mime="image/png")
    assert b"/2wBDAAMC" not in out and b"TITLE:CEO\r\n" in out


def test_name_edit_keeps_latin1_middle_names_of_a_21_card() -> None:
    card = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:M\xfcller;Ada;J\xf6rg;;\r\n"
            b"FN;CHARSET=ISO-8859-1:Ada M\xfcller\r\nTEL:+49 30 1234\r\nEND:VCARD\r\n")
    out, _ = _patched(card, given_name="Adele")
    name = next(u for u in units(out) if u.name == "N")
    assert "Jörg".encode() in name.data and b"\xef\xbf\xbd" not in name.data
