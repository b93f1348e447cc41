"""The vCard 4.0 writer: escaping, folding, and round trips through the reader."""

from __future__ import annotations

import warnings
from typing import Any

import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from networkapp.services.vcard import Address, Email, ParsedCard, Phone, Url, read_vcard_bytes
from networkapp.services.vcard.writer import MAX_LINE_OCTETS, escape, fold, format_vcard

PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)
EMPTY: dict[str, Any] = {
    "uid": None,
    "given_name": "",
    "family_name": "",
    "display_name": "Nobody",
    "organization": "",
    "title": "",
    "birthday": None,
    "notes": "",
    "emails": (),
    "phones": (),
    "addresses": (),
    "urls": (),
    "tags": (),
    "photo": None,
    "photo_mime": None,
}


def read_back(text: str) -> ParsedCard:
    [card] = read_vcard_bytes(text.encode("utf-8"), name="written.vcf")
    assert isinstance(card, ParsedCard), card
    return card


# -- examples -------------------------------------------------------------------------


def test_writes_crlf_vcard_40() -> None:
    text = format_vcard(**{**EMPTY, "display_name": "Ann", "emails": [Email("a@x.org", "work")]})
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert text.endswith("END:VCARD\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "EMAIL;TYPE=work:a@x.org\r\n" in text


def test_escape() -> None:
    assert escape("a\\b,c;d\ne\r\nf") == "a\\\\b\\,c\\;d\\ne\\nf"


def test_fold_keeps_lines_short_and_utf8_sequences_whole() -> None:
    line = "NOTE:" + "é€😀x" * 40
    folded = fold(line)
    physical = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= MAX_LINE_OCTETS for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert "".join([physical[0], *(p[1:] for p in physical[1:])]) == line


def test_custom_labels_use_apple_groups() -> None:
    text = format_vcard(**{**EMPTY, "phones": [Phone("1", "Boat"), Phone("2", "mobile")]})
    assert "item1.TEL:1\r\nitem1.X-ABLabel:Boat\r\n" in text
    assert "TEL;TYPE=cell:2\r\n" in text


def test_birthdays_and_photo() -> None:
    text = format_vcard(**{**EMPTY, "birthday": "--04-12", "photo": PNG, "photo_mime": "image/png"})
    assert "BDAY:--0412\r\n" in text
    card = read_back(text)
    assert (card.birthday, card.photo, card.photo_mime) == ("--04-12", PNG, "image/png")
    assert read_back(format_vcard(**{**EMPTY, "birthday": "1980-04-12"})).birthday == "1980-04-12"
    assert "BDAY" not in format_vcard(**{**EMPTY, "birthday": "sometime"})


# -- round trips ----------------------------------------------------------------------

_CHARS = st.characters(blacklist_categories=("Cs", "Cc"))
TEXT = st.text(_CHARS, max_size=25).map(str.strip)
WORD = TEXT.filter(bool)
MULTILINE = st.text(st.one_of(_CHARS, st.just("\n")), max_size=80).map(str.strip)


def _custom(reserved: set[str]) -> st.SearchStrategy[str]:
    return WORD.filter(lambda s: s not in reserved and ":" not in s and not s.startswith("_$!<"))


def _labels(canonical: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(canonical), _custom(set(canonical)))


PHONE_LABELS = ["mobile", "fax", "home fax", "work fax", "pager", "main", "home", "work", "other"]
PLACE_LABELS = ["home", "work", "other"]
URL_LABELS = st.one_of(
    _labels(PLACE_LABELS),
    st.sampled_from(["xmpp", "skype", "sip", "icq", "irc"]).map("impp:{}".format),
    st.sampled_from(["twitter", "linkedin", "mastodon"]).map("social:{}".format),
)
EMAILS = st.lists(
    st.builds(
        Email, WORD.filter(lambda s: not s.lower().startswith("mailto:")), _labels(PLACE_LABELS)
    ),
    max_size=3,
    unique_by=lambda e: e.value.casefold(),
)
PHONES = st.lists(
    st.builds(
        Phone, WORD.filter(lambda s: not s.lower().startswith("tel:")), _labels(PHONE_LABELS)
    ),
    max_size=3,
    unique_by=lambda p: p.value,
)
ADDRESSES = st.lists(
    st.builds(Address, _labels(PLACE_LABELS), *[TEXT] * 6, WORD), max_size=2, unique=True
)
URLS = st.lists(st.builds(Url, WORD, URL_LABELS), max_size=3, unique=True)
BIRTHDAYS = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.strftime("--%m-%d")),
)
CARDS = st.fixed_dictionaries(
    {
        "uid": st.one_of(st.none(), WORD),
        "given_name": TEXT,
        "family_name": TEXT,
        "display_name": WORD,
        "organization": TEXT,
        "title": TEXT,
        "birthday": BIRTHDAYS,
        "notes": MULTILINE,
        "emails": EMAILS,
        "phones": PHONES,
        "addresses": ADDRESSES,
        "urls": URLS,
        "tags": st.lists(WORD, max_size=4, unique=True),
        "photo": st.sampled_from([None, PNG]),
        "photo_mime": st.just("image/png"),
    }
)


@settings(max_examples=100, deadline=None, database=None)
@given(CARDS)
def test_reader_reads_what_the_writer_writes(fields: dict[str, Any]) -> None:
    card = read_back(format_vcard(**fields))
    assert card.warnings == ()
    for name, value in fields.items():
        if name == "photo_mime":
            assert card.photo_mime == (value if fields["photo"] else None)
        elif isinstance(value, list):
            assert getattr(card, name) == tuple(value), name
        else:
            assert getattr(card, name) == value, name


@settings(max_examples=40, deadline=None, database=None)
@given(CARDS)
def test_vobject_reads_the_names_we_write(fields: dict[str, Any]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = vobject.readOne(format_vcard(**fields))
    assert parsed.fn.value == fields["display_name"]
    assert (parsed.n.value.given, parsed.n.value.family) == (
        fields["given_name"],
        fields["family_name"],
    )
    assert [e.value for e in parsed.contents.get("email", [])] == [
        e.value for e in fields["emails"]
    ]


# -- a vCard 2.1 writer of our own: quoted-printable with soft line breaks ------------


def _qp(text: str, charset: str) -> list[str]:
    """Quoted-printable lines of at most 76 characters, soft breaks between escapes."""
    raw = text.replace("\n", "\r\n").encode(charset)
    tokens = [chr(b) if 33 <= b <= 126 and b != 61 else f"={b:02X}" for b in raw]  # 61: "="
    lines, current = [], ""
    for token in tokens:
        if len(current) + len(token) > 75:
            lines.append(current + "=")
            current = ""
        current += token
    return [*lines, current]


def _escape21(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;")


def card21(given: str, family: str, display: str, notes: str) -> bytes:
    charset = (
        "ISO-8859-1" if all(ord(c) < 256 for c in given + family + display + notes) else "UTF-8"
    )
    qp = f";CHARSET={charset};ENCODING=QUOTED-PRINTABLE:"
    name = _qp(f"{_escape21(family)};{_escape21(given)};;;", charset)
    lines = ["BEGIN:VCARD", "VERSION:2.1", "N" + qp + name[0], *name[1:]]
    for prop, text in (("FN", _escape21(display)), ("NOTE", _escape21(notes))):
        encoded = _qp(text, charset)
        lines += [prop + qp + encoded[0], *encoded[1:]]
    return ("\r\n".join([*lines, "END:VCARD"]) + "\r\n").encode("ascii")


@settings(max_examples=100, deadline=None, database=None)
@given(TEXT, TEXT, WORD, MULTILINE)
def test_quoted_printable_21_cards_round_trip(
    given_name: str, family: str, display: str, notes: str
) -> None:
    [card] = read_vcard_bytes(card21(given_name, family, display, notes))
    assert isinstance(card, ParsedCard)
    assert (card.given_name, card.family_name) == (given_name, family)
    assert (card.display_name, card.notes) == (display, notes)
    assert card.warnings == ()
