"""The vCard reader on hand-made cards: versions, line ends, folding, encodings, labels."""

from __future__ import annotations

import codecs

import pytest

from networkapp.services.vcard import Email, ParsedCard, Phone, read_vcard_bytes

CRLF = b"\r\n"


def vcard(*lines: str | bytes, version: str = "3.0", eol: bytes = CRLF) -> bytes:
    """Return one card: BEGIN, VERSION, the given lines and END, each ended by ``eol``."""
    body = [b"BEGIN:VCARD", f"VERSION:{version}".encode()]
    body += [line.encode("utf-8") if isinstance(line, str) else line for line in lines]
    body.append(b"END:VCARD")
    return b"".join(line + eol for line in body)


def read_one(data: bytes) -> ParsedCard:
    """Read ``data``, which must hold exactly one card that parses."""
    results = list(read_vcard_bytes(data, name="test.vcf"))
    assert len(results) == 1, results
    assert isinstance(results[0], ParsedCard), results[0]
    return results[0]


# -- versions and parameters ----------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "email_line", "phone"),
    [
        ("2.1", "EMAIL;INTERNET;WORK;PREF:ann@example.com", "TEL;CELL;VOICE:+1 555 0100"),
        (
            "3.0",
            "EMAIL;TYPE=INTERNET,WORK,PREF:ann@example.com",
            "TEL;TYPE=cell;TYPE=voice:+1 555 0100",
        ),
        (
            "4.0",
            'EMAIL;TYPE="work,pref":ann@example.com',
            'TEL;VALUE=uri;TYPE="cell,voice":tel:+1 555 0100',
        ),
    ],
)
def test_each_version_gives_the_same_contact(version: str, email_line: str, phone: str) -> None:
    card = read_one(vcard("FN:Ann Lee", "N:Lee;Ann;;;", email_line, phone, version=version))
    assert card.version == version
    assert (card.display_name, card.given_name, card.family_name) == ("Ann Lee", "Ann", "Lee")
    assert card.emails == (Email("ann@example.com", "work"),)
    assert card.phones == (Phone("+1 555 0100", "mobile"),)


@pytest.mark.parametrize(
    "phone_line",
    ["TEL;WORK;FAX:1", "TEL;TYPE=work;TYPE=fax:1", "TEL;TYPE=WORK,FAX:1", 'TEL;TYPE="work,fax":1'],
)
def test_type_parameters_in_every_form(phone_line: str) -> None:
    assert read_one(vcard("FN:X", phone_line)).phones == (Phone("1", "work fax"),)


def test_quoted_parameter_values_may_hold_colons_and_semicolons() -> None:
    card = read_one(vcard("FN:X", 'IMPP;X-SERVICE-TYPE="Odd; custom: IM":x-apple:me@example.org'))
    assert card.urls[0].value == "x-apple:me@example.org"
    assert card.urls[0].label == "impp:odd; custom: im"


def test_property_and_parameter_names_ignore_case() -> None:
    card = read_one(b"bEGIn:VCaRD\r\nfn:Low Case\r\nemail;type=home:a@b.c\r\nEnD:vcArD\r\n")
    assert card.display_name == "Low Case"
    assert card.emails == (Email("a@b.c", "home"),)


# -- line ends and folding ------------------------------------------------------------


@pytest.mark.parametrize("eol", [b"\r\n", b"\n", b"\r", b"\r\r\n"], ids=["crlf", "lf", "cr", "ios"])
def test_every_line_end_style(eol: bytes) -> None:
    data = vcard("FN:First", "NOTE:one", " two", eol=eol) + vcard("FN:Second", eol=eol)
    first, second = read_vcard_bytes(data, name="t.vcf")
    assert isinstance(first, ParsedCard)
    assert isinstance(second, ParsedCard)
    assert first.notes == "onetwo"
    assert (first.line, second.line) == (1, 7)


def test_mixed_line_ends_in_one_file() -> None:
    card = read_one(b"BEGIN:VCARD\r\nVERSION:3.0\rFN:Mixed\nEMAIL:m@x.org\r\r\nEND:VCARD\n")
    assert card.display_name == "Mixed"
    assert card.emails[0].value == "m@x.org"


def test_fold_inside_a_utf8_sequence_is_joined_before_decoding() -> None:
    # "José" with the fold between the two bytes of "é" (0xC3 0xA9).
    card = read_one(vcard(b"FN:Jos\xc3", b" \xa9 Mart\xc3\xad", b"\tnez"))
    assert card.display_name == "José Martínez"


def test_folding_drops_exactly_one_blank() -> None:
    card = read_one(vcard("NOTE:a", "  b", "\tc", "FN:X"))
    assert card.notes == "a bc"


# -- encodings ------------------------------------------------------------------------


def test_quoted_printable_soft_breaks_with_latin1() -> None:
    card = read_one(
        vcard(
            "FN:X",
            "NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe aus =",
            "M=FCnchen=0D=0A=",
            "# not a comment: this continues the note",
            version="2.1",
        )
    )
    assert card.notes == "Grüße aus München\n# not a comment: this continues the note"
    assert card.warnings == ()


def test_quoted_printable_as_bare_21_parameter_and_indented_continuation() -> None:
    card = read_one(
        vcard("FN:X", "NOTE;QUOTED-PRINTABLE;CHARSET=UTF-8:caf=C3=A9=", " au lait", version="2.1")
    )
    assert card.notes == "café au lait"


def test_quoted_printable_soft_break_does_not_swallow_end() -> None:
    data = vcard("FN:X", "NOTE;ENCODING=QUOTED-PRINTABLE:dangling=", "FN:Y", version="2.1")
    assert read_one(data).notes == "danglingFN:Y"  # a soft break joins whatever follows...
    data = vcard("FN:X", "NOTE;ENCODING=QUOTED-PRINTABLE:dangling=", version="2.1")
    assert read_one(data).notes == "dangling"  # ...but never END:VCARD


@pytest.mark.parametrize(
    ("charset", "text"),
    [
        ("UTF-8", "Łódź"),
        ("ISO-8859-1", "Müller"),
        ("windows-1252", "€ café"),
        ("Shift_JIS", "ソニー表"),
    ],
)
def test_charset_parameter_on_plain_values(charset: str, text: str) -> None:
    raw = text.encode("cp932" if charset == "Shift_JIS" else charset)
    card = read_one(vcard(b"FN;CHARSET=" + charset.encode() + b":" + raw, version="2.1"))
    assert card.display_name == text


def test_shift_jis_backslash_bytes_are_not_escapes() -> None:
    # 表 is 0x95 0x5C in Shift_JIS: the second byte is a backslash in ASCII.
    family, given = "表".encode("cp932"), "ソ".encode("cp932")
    card = read_one(vcard(b"N;CHARSET=SHIFT_JIS:" + family + b";" + given + b";;;", version="2.1"))
    assert (card.family_name, card.given_name) == ("表", "ソ")


def test_undeclared_charset_is_guessed_utf8_then_windows_1252() -> None:
    card = read_one(vcard("FN:Zoë Ågren".encode(), b"NOTE:na\xefve \x80"))
    assert card.display_name == "Zoë Ågren"
    assert card.notes == "naïve €"


def test_unknown_charset_is_guessed_with_a_warning() -> None:
    card = read_one(vcard(b"FN;CHARSET=x-klingon:Qapla\xc3\xa9"))
    assert card.display_name == "Qaplaé"
    assert "x-klingon" in card.warnings[0].message


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_with_a_bom(codec: str) -> None:
    text = vcard("FN:Ünïcode", "N:Code;Üni;;;").decode("utf-8")
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    card = read_one(bom + text.encode(codec))
    assert (card.display_name, card.given_name) == ("Ünïcode", "Üni")


def test_utf16_without_bom_and_utf8_with_bom() -> None:
    text = vcard("FN:Ölaf").decode("utf-8")
    assert read_one(text.encode("utf-16-le")).display_name == "Ölaf"
    assert read_one(codecs.BOM_UTF8 + text.encode("utf-8")).display_name == "Ölaf"


def test_utf16_file_ignores_charset_on_plain_values_but_not_on_qp() -> None:
    text = "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:2.1",
            "FN;CHARSET=ISO-8859-1:Jürgen",
            "NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe",
            "END:VCARD",
            "",
        ]
    )
    card = read_one(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert (card.display_name, card.notes) == ("Jürgen", "Grüße")


# -- escapes --------------------------------------------------------------------------


def test_escapes_in_text_and_compound_values() -> None:
    card = read_one(
        vcard(
            r"FN:Smith\, Jr.",
            r"N:Smith\, Jr.;Ann\;Marie;;;",
            r"NOTE:line one\nline two\Nthree \\ back \q kept",
            r"ADR:;;1 Main St\, Apt 2\nBack door;Town;;;",
            r"URL:http\://example.org/a\,b",
        )
    )
    assert card.display_name == "Smith, Jr."
    assert (card.family_name, card.given_name) == ("Smith, Jr.", "Ann;Marie")
    assert card.notes == "line one\nline two\nthree \\ back \\q kept"
    assert card.addresses[0].street == "1 Main St, Apt 2\nBack door"
    assert card.urls[0].value == "http://example.org/a,b"


def test_backslash_line_continuation_in_old_android_addresses() -> None:
    card = read_one(vcard("FN:X", "ADR;HOME:;;Flat 9\\", "Back house;Town;;1;DE", version="2.1"))
    assert card.addresses[0].street == "Flat 9\nBack house"
    assert card.addresses[0].locality == "Town"


# -- groups and labels ----------------------------------------------------------------


def test_apple_groups_give_labels_also_when_the_label_comes_later() -> None:
    card = read_one(
        vcard(
            "FN:X",
            "item1.EMAIL;type=INTERNET:home@x.org",
            "item2.EMAIL;type=INTERNET:club@x.org",
            "item2.X-ABLabel:Chess club",
            "ITEM1.X-ABLABEL:_$!<Home>!$_",
            "item3.TEL:123",
            "item3.X-ABLabel:_$!<AssistantPhone>!$_",
            "item4.URL:http://x.org",
            "item4.X-ABLabel:Blog",
            "item5.TEL:456",
            "item5.X-ABLabel:_$!<HomeFAX>!$_",
        )
    )
    assert card.emails == (Email("home@x.org", "home"), Email("club@x.org", "Chess club"))
    assert card.phones == (Phone("123", "assistantphone"), Phone("456", "home fax"))
    assert card.urls[0].label == "Blog"


def test_labels_from_types_default_to_other() -> None:
    card = read_one(
        vcard("FN:X", "EMAIL:a@x.org", "EMAIL;TYPE=school:b@x.org", "TEL:1", "TEL;TYPE=pager:2")
    )
    assert [e.label for e in card.emails] == ["other", "school"]
    assert [p.label for p in card.phones] == ["other", "pager"]


def test_repeated_emails_and_phones_are_kept_once() -> None:
    card = read_one(vcard("FN:X", "EMAIL:A@x.org", "EMAIL;TYPE=work:a@X.org", "TEL:1", "TEL:1"))
    assert card.emails == (Email("A@x.org", "other"),)
    assert card.phones == (Phone("1", "other"),)
