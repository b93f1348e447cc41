"""What the vCard reader makes of each property: photos, birthdays, names, tags, links."""

from __future__ import annotations

import base64

import pytest

from networkapp.services.vcard import (
    PHOTO_MAX_BYTES,
    Address,
    ParsedCard,
    RejectedCard,
    Url,
    read_vcard_bytes,
)

CRLF = b"\r\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(40))
GIF = b"GIF89a" + bytes(range(40))
BMP = b"BM" + bytes(range(40))


def vcard(*lines: str | bytes, version: str = "3.0") -> bytes:
    """Return one card: BEGIN, VERSION, the given lines and END, CRLF-ended."""
    body = [b"BEGIN:VCARD", f"VERSION:{version}".encode()]
    body += [line.encode("utf-8") if isinstance(line, str) else line for line in lines]
    return b"".join(line + CRLF for line in [*body, b"END:VCARD"])


def read_one(data: bytes, **options: int) -> ParsedCard:
    """Read ``data``, which must hold exactly one card that parses."""
    results = list(read_vcard_bytes(data, name="test.vcf", **options))
    assert len(results) == 1, results
    assert isinstance(results[0], ParsedCard), results[0]
    return results[0]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def folded(text: str, width: int = 72, indent: str = " ") -> list[str]:
    return [indent + text[i : i + width] for i in range(0, len(text), width)]


# -- photos ---------------------------------------------------------------------------


def test_photo_21_base64_with_unindented_lines_and_blank_terminator() -> None:
    encoded = b64(JPEG)
    lines = ["PHOTO;ENCODING=BASE64;TYPE=JPEG:" + encoded[:20], encoded[20:40], encoded[40:], ""]
    card = read_one(vcard("FN:X", *lines, "EMAIL:after@photo.org", version="2.1"))
    assert (card.photo, card.photo_mime) == (JPEG, "image/jpeg")
    assert card.emails[0].value == "after@photo.org"


def test_photo_30_encoding_b_folded() -> None:
    card = read_one(vcard("FN:X", "PHOTO;ENCODING=b;TYPE=PNG:", *folded(b64(PNG), 30)))
    assert (card.photo, card.photo_mime) == (PNG, "image/png")


@pytest.mark.parametrize(
    "uri", [f"data:image/gif;base64,{b64(GIF)}", f"data:image/gif\\;base64\\,{b64(GIF)}"]
)
def test_photo_40_data_uri_also_with_escaped_separators(uri: str) -> None:
    card = read_one(vcard("FN:X", f"PHOTO:{uri}", version="4.0"))
    assert (card.photo, card.photo_mime) == (GIF, "image/gif")


def test_photo_bmp_is_recognised_by_its_magic_bytes() -> None:
    assert read_one(vcard("FN:X", f"PHOTO;ENCODING=b:{b64(BMP)}")).photo_mime == "image/bmp"


def test_photo_base64_without_its_encoding_parameter() -> None:
    assert read_one(vcard("FN:X", f"PHOTO;TYPE=JPEG:{b64(JPEG)}", version="2.1")).photo == JPEG


def test_remote_photo_is_kept_as_text_only() -> None:
    card = read_one(vcard("FN:X", "PHOTO;VALUE=uri:https://example.org/me.jpg"))
    assert (card.photo, card.photo_uri) == (None, "https://example.org/me.jpg")


@pytest.mark.parametrize(
    ("photo_line", "message"),
    [
        ("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ:not*base64!", "damaged base64"),
        (f"PHOTO;ENCODING=b:{b64(b'just some text, no image')}", "not a JPEG"),
        ("PHOTO:val\\nue", "neither inline image data nor a URI"),
    ],
)
def test_damaged_photo_drops_the_photo_not_the_card(photo_line: str, message: str) -> None:
    card = read_one(vcard("FN:Kept", photo_line, "TEL:1"))
    assert card.photo is None
    assert card.display_name == "Kept"
    assert card.phones[0].value == "1"
    assert message in card.warnings[0].message
    assert card.warnings[0].line == 4


@pytest.mark.parametrize("size", [PHOTO_MAX_BYTES + 1000, 3 * PHOTO_MAX_BYTES])
def test_photo_over_the_thumbnail_limit_is_dropped(size: int) -> None:
    card = read_one(vcard("FN:X", "PHOTO;ENCODING=b:", *folded(b64(JPEG + bytes(size)))))
    assert card.photo is None
    assert "limit" in card.warnings[0].message


def test_photo_at_the_limit_is_kept() -> None:
    image = JPEG + bytes(PHOTO_MAX_BYTES - len(JPEG))
    assert read_one(vcard("FN:X", "PHOTO;ENCODING=b:", *folded(b64(image)))).photo == image


def test_photo_larger_than_the_chunk_limit_is_skipped_while_streaming() -> None:
    data = vcard("FN:X", "PHOTO;ENCODING=b:", *folded(b64(JPEG + bytes(200_000))), "TEL:1")
    card = read_one(data, chunk_limit=64 * 1024)
    assert card.photo is None
    assert card.phones[0].value == "1"
    assert card.warnings[0].message == "PHOTO skipped: its value is too large"


def test_second_photo_is_used_when_the_first_is_damaged() -> None:
    card = read_one(vcard("FN:X", "PHOTO;ENCODING=b:!!!!", f"PHOTO;ENCODING=b:{b64(PNG)}"))
    assert card.photo == PNG


# -- birthdays ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BDAY:19800412", "1980-04-12"),
        ("BDAY;VALUE=date:1980-04-12", "1980-04-12"),
        ("BDAY:1980-04-12T00:00:00Z", "1980-04-12"),
        ("BDAY:19531015T231000Z", "1953-10-15"),
        ("BDAY:--0412", "--04-12"),
        ("BDAY:--04-12", "--04-12"),
        ("BDAY:--0229", "--02-29"),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12", "--04-12"),
    ],
)
def test_birthday_forms(line: str, expected: str) -> None:
    assert read_one(vcard("FN:X", line)).birthday == expected


@pytest.mark.parametrize("value", ["1980-13-45", "circa 1800", "70-7-14", "--1301"])
def test_invalid_birthday_is_ignored_with_a_warning(value: str) -> None:
    card = read_one(vcard("FN:X", f"BDAY:{value}"))
    assert card.birthday is None
    assert "not a date" in card.warnings[0].message


# -- display name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["FN:  Full Name ", "N:Fam;Giv;;;"], "Full Name"),
        (["FN:", "N:Fam;Giv;Mid;Dr.;"], "Giv Mid Fam"),
        (["N:;;;;", "NICKNAME:Bobby,Rob"], "Bobby"),
        (["ORG:ACME;Sales"], "ACME, Sales"),
        (["EMAIL:only@mail.org", "TEL:1"], "only@mail.org"),
        (["TEL:+49 30 1234"], "+49 30 1234"),
        (["IMPP:xmpp:me@jabber.org"], "xmpp:me@jabber.org"),
    ],
)
def test_display_name_fallbacks(lines: list[str], expected: str) -> None:
    assert read_one(vcard(*lines)).display_name == expected


def test_card_without_any_name_or_contact_is_rejected() -> None:
    [result] = read_vcard_bytes(vcard("BDAY:19800101", "NOTE:who?"), name="x.vcf")
    assert isinstance(result, RejectedCard)
    assert (result.file, result.line) == ("x.vcf", 1)
    assert "no name" in result.reason


def test_zero_is_a_name_not_an_empty_value() -> None:
    card = read_one(vcard("FN:0", "N:0;0;;;", "EMAIL:0"))
    assert (card.display_name, card.given_name, card.family_name) == ("0", "0", "0")


# -- other properties -----------------------------------------------------------------


def test_categories_become_tags() -> None:
    card = read_one(vcard(r"CATEGORIES:Friends, Work\, old ,Friends", "CATEGORIES:Chess", "FN:X"))
    assert card.tags == ("Friends", "Work, old", "Chess")


def test_plain_fields() -> None:
    card = read_one(
        vcard(
            "UID:urn:uuid:1234",
            "FN:X",
            "ORG:ACME Inc.;;",
            "TITLE:Engineer",
            "TITLE:Second title ignored",
            "NOTE:first",
            "NOTE:second",
            "ADR;TYPE=work:PO 1;Floor 2;1 Main St;Springfield;IL;62701;USA",
            "ADR;TYPE=home:;;;;;;",
            "KIND:individual",
        )
    )
    assert card.uid == "urn:uuid:1234"
    assert (card.organization, card.title, card.notes) == ("ACME Inc.", "Engineer", "first\nsecond")
    assert card.addresses == (
        Address("work", "PO 1", "Floor 2", "1 Main St", "Springfield", "IL", "62701", "USA"),
    )
    assert card.kind == "individual"


def test_messaging_and_social_properties_become_urls() -> None:
    card = read_one(
        vcard(
            "FN:X",
            "URL;TYPE=work:https://acme.example",
            "IMPP;X-SERVICE-TYPE=Jabber:xmpp:me@jabber.org",
            "IMPP;TYPE=SKYPE:live:me",
            "IMPP:sip:me@voip.example",
            "X-AIM:me@aol.example",
            "X-JABBER;TYPE=HOME:me2@jabber.org",
            "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/me",
            "X-SOCIALPROFILE;TYPE=linkedin;X-USER=me:",
            "X-messaging/irc-All:me@irc.example",
        )
    )
    assert card.urls == (
        Url("https://acme.example", "work"),
        Url("xmpp:me@jabber.org", "impp:xmpp"),
        Url("live:me", "impp:skype"),
        Url("sip:me@voip.example", "impp:sip"),
        Url("me@aol.example", "impp:aim"),
        Url("me2@jabber.org", "impp:xmpp"),
        Url("https://twitter.com/me", "social:twitter"),
        Url("me", "social:linkedin"),
        Url("me@irc.example", "impp:irc"),
    )


def test_contact_groups_are_marked() -> None:
    assert read_one(vcard("FN:Team", "X-ADDRESSBOOKSERVER-KIND:group")).kind == "group"
    assert read_one(vcard("FN:Team", "KIND:group", version="4.0")).kind == "group"


def test_email_and_tel_uri_prefixes_are_removed() -> None:
    card = read_one(vcard("FN:X", "EMAIL:mailto:a@x.org", "TEL;VALUE=uri:tel:+1-555-0100"))
    assert (card.emails[0].value, card.phones[0].value) == ("a@x.org", "+1-555-0100")
