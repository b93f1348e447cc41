"""The one reader: how it cuts lines, and what it makes of awkward and hostile input.

Every card goes through the same layers and handlers. One cheap check chooses how a
block of lines is cut: a plain block with a few ``bytes`` calls, any other line by line
with every continuation rule. The choice must not change a result, so files are read
both ways (and in tiny pieces) on the corpus, on awkward inputs and on mutated cards,
drawn deterministically. The other tests pin exact results for inputs that once went
wrong.
"""

from __future__ import annotations

import re
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkapp.services.vcard import (
    DEFAULT_CHUNK_LIMIT,
    CardIssue,
    ParsedCard,
    RejectedCard,
    VCardFileError,
    decode,
    lines,
    read_vcard_bytes,
    read_vcards,
    unfold,
)
from networkapp.services.vcard.structure import MAX_CARD_BYTES


def _read(data: bytes, limit: int = DEFAULT_CHUNK_LIMIT) -> list[object] | str:
    """The cards of ``data`` (an error's message stands for an error)."""
    try:
        return list(read_vcard_bytes(data, name="x.vcf", chunk_limit=limit))
    except VCardFileError as exc:
        return str(exc)


@contextmanager
def _line_by_line(piece: int | None = None) -> Iterator[None]:
    """Read with every block cut line by line (and in ``piece``-byte reads)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(unfold, "_is_plain", lambda data, limit: False)
        if piece is not None:
            patch.setattr(lines, "READ_SIZE", piece)
            patch.setattr(lines, "CARRY_LIMIT", piece * 3)
        yield


def assert_cut_either_way(data: bytes, limit: int = DEFAULT_CHUNK_LIMIT) -> list[object] | str:
    """Assert ``data`` reads the same cut plain, line by line, and in small pieces."""
    usual = _read(data, limit)
    with _line_by_line():
        assert _read(data, limit) == usual
    with _line_by_line(piece=7):
        assert _read(data, limit) == usual
    return usual


def test_every_corpus_file_reads_the_same_however_cut(shared_vcards: Path) -> None:
    files = sorted(shared_vcards.rglob("*.vcf"))
    assert files
    for path in files:
        assert_cut_either_way(path.read_bytes())


PLAIN = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nN:Example;Ann;;;\r\n"
         b"EMAIL;TYPE=INTERNET,WORK:ann@example.org\r\nTEL;TYPE=CELL:+39 333 1234567\r\n"
         b"item1.ADR;TYPE=HOME:;;Via Roma 1;Milano;;20100;Italia\r\nitem1.X-ABLabel:casa\r\n"
         b"NOTE:a long note that is folded at seventy-five octets\\, as RFC 2425 says it \r\n"
         b" should be\r\nCATEGORIES:a,b\r\nEND:VCARD\r\n")

AWKWARD = [
    PLAIN * 3,
    PLAIN.replace(b"\r\n", b"\n") * 2,
    PLAIN.replace(b"\r\n", b"\r") * 2,
    PLAIN.replace(b"\r\n", b"\r\r\n") * 2,
    b"junk\r\n" + PLAIN + b"END:VCARD\r\n" + PLAIN,
    PLAIN + b"BEGIN:VCARD\r\nFN:x\r\n" + PLAIN,
    PLAIN.replace(b"CATEGORIES", b"NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\nb\r\nCATEGORIES"),
    PLAIN.replace(b"END:VCARD\r\n", b"END:VCARD\r\n x\r\n") + PLAIN,
    PLAIN.replace(b"VERSION:3.0\r\n", b"VERSION:3.0\r\n\r\nbare line\r\n"),
    b"  \r\n\r\n",
    b"hello\r\n",
    PLAIN.replace(b"CATEGORIES:a,b", b"BDAY:1980-02-31\r\nBDAY:--0412\r\nFN:second"),
    PLAIN.replace(b"CATEGORIES:a,b", b"BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12"),
    PLAIN.replace(b"ann@example.org", b"MAILTO:ann@example.org").replace(b"+39", b"tel:+39"),
    PLAIN.replace(b"FN:Ann Example", b"FN:Ann \xe9xample\r\nORG:A\\;B;;C\r\nTITLE:T"),
    PLAIN.replace(b"FN:Ann Example", b"FN;CHARSET=ISO-8859-1:Ann \xe9xample"),
    PLAIN.replace(b"N:Example;Ann;;;", b"N:;;;;\r\nN:Example;Ann\r\nUID:u1\r\nUID:u2"),
    PLAIN.replace(b"item1.X-ABLabel:casa", b"item1.X-ABLabel:_$!<HomePage>!$_\r\n"
                  b"X-ABLabel:loose\r\nPHOTO;VALUE=uri:https://example.org/p.jpg"),
    PLAIN.replace(b"VERSION:3.0\r\n", b"VERSION:3.0\r\n item\r\n"),
    PLAIN.replace(b"NOTE:", b"NOTE:\r\n\t\r\n \r\nNOTE:"),
    PLAIN.replace(b"CATEGORIES:a,b", b"CATEGORIES:a\\,b, ,c\r\nADR:;;x\r\nADR:;;;;;;;;"),
    PLAIN.replace(b"CATEGORIES:a,b", b"EMAIL:not an address\r\nEMAIL:ANN@example.org\r\n"
                  b"EMAIL:\"Ann\" <ann2@example.org>\r\nTEL:+39 333 1234567\r\nTEL:12\r\n"
                  b"URL:https://a.example\r\nURL:https://a.example\r\nBDAY:1980-02-30"),
    PLAIN.replace(b"FN:Ann Example\r\nN:Example;Ann;;;\r\n", b"")
    .replace(b"CATEGORIES:a,b", b"CATEGORIES: ,x, X"),
    b"BEGIN:VCARD\nVERSION:3.0\nURL: https://only.example \nEND:VCARD\n",
    b"BEGIN:VCARD\nVERSION:3.0\nNOTE:nothing else\nEND:VCARD\n",
    b"BEGIN:VCARD\nVERSION:3.0\nFN:Team\nX-ADDRESSBOOKSERVER-KIND:group\nEND:VCARD\n",
    b"BEGIN:VCARD\nVERSION:4.0\nFN:Team\nKIND:group\nEND:VCARD\n",
    b"BEGIN:VCARD\nVERSION:3.0\nN: Doe ; Jo \nFN: \nORG:Acme;;Lab\nTITLE: t \n"
    b"PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=\nEND:VCARD\n",
    # what decides the cut: base64 followed by a line without a colon, a backslash at a
    # line's end, whitespace-only lines, an indented line after a blank one
    b"BEGIN:VCARD\nFN:A\nPHOTO;ENCODING=b:QUJD\nQUJD\nEND:VCARD\n",
    b"BEGIN:VCARD\nFN:A\nADR:;;a\\\nb;c\nNOTE:x\\\n y\nEND:VCARD\n",
    b"BEGIN:VCARD\nFN:A\n\x0b\n\x0c \nNOTE:x\nEND:VCARD\n",
    b"\n x\nBEGIN:VCARD\nFN:A\n\n\tNOTE:y\nEND:VCARD\n",
]


@pytest.mark.parametrize("data", AWKWARD)
def test_awkward_input_reads_the_same_however_cut(data: bytes) -> None:
    assert_cut_either_way(data)


def test_small_value_limits_read_the_same_however_cut() -> None:
    result = assert_cut_either_way(PLAIN * 40, limit=300)
    assert isinstance(result, list)
    assert len(result) == 40


def _corpus_cards(folder: Path) -> list[bytes]:
    return [path.read_bytes()[:4000] for path in sorted(folder.rglob("*.vcf"))[:60]]


@settings(max_examples=150, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_cards_read_the_same_however_cut(shared_vcards: Path, data: st.DataObject
                                                 ) -> None:
    text = data.draw(st.sampled_from(_corpus_cards(shared_vcards))) + PLAIN
    rows = text.split(b"\n")
    for _ in range(data.draw(st.integers(0, 4))):
        op = data.draw(st.sampled_from(["delete", "duplicate", "swap", "flip", "blank"]))
        i = data.draw(st.integers(0, len(rows) - 1))
        j = data.draw(st.integers(0, len(rows) - 1))
        if op == "delete" and len(rows) > 1:
            del rows[i]
        elif op == "duplicate":
            rows.insert(i, rows[j])
        elif op == "swap":
            rows[i], rows[j] = rows[j], rows[i]
        elif op == "flip" and rows[i]:
            k = data.draw(st.integers(0, len(rows[i]) - 1))
            rows[i] = rows[i][:k] + bytes([rows[i][k] ^ 0x20]) + rows[i][k + 1 :]
        elif op == "blank":
            rows.insert(i, b" " if j % 2 else b"")
    mutated = b"\n".join(rows)
    assert_cut_either_way(mutated[: data.draw(st.integers(len(mutated) // 2, len(mutated)))])


# -- exact results --------------------------------------------------------------------


def test_a_blank_line_inside_a_folded_note_is_reported_at_the_line_it_skips() -> None:
    # A blank line ends the NOTE (only a line starting with a blank continues one), so
    # line 6 starts a line of its own; it has no colon and is skipped. The warning names
    # line 6, where the skipped words are, not the empty line 5 before them.
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nNOTE:first part,\r\n\r\n"
            b" second part\r\nEND:VCARD\r\n")
    [card] = assert_cut_either_way(data)
    assert isinstance(card, ParsedCard)
    assert card.notes == "first part,"
    assert card.warnings == (CardIssue("x.vcf", 6, "line without ':' skipped"),)


def test_end_vcard_after_a_soft_line_break_ends_the_card() -> None:
    # Issue 13 (11): "END:VCARD=" right after a quoted-printable soft break used to
    # continue the NOTE and swallow the next card.
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:One;Ann\r\n"
            b"NOTE;ENCODING=QUOTED-PRINTABLE:first line=\r\nEND:VCARD=\r\n"
            b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Two;Bob\r\nEND:VCARD\r\n")
    ann, bob = assert_cut_either_way(data)
    assert isinstance(ann, ParsedCard)
    assert isinstance(bob, ParsedCard)
    assert (ann.display_name, ann.notes) == ("Ann One", "first line")
    assert ann.warnings == (CardIssue("x.vcf", 5, "END line 'END:VCARD=' read as END:VCARD"),)
    assert (bob.display_name, bob.line, bob.notes) == ("Bob Two", 6, "")


def test_begin_vcard_after_a_soft_line_break_starts_a_card() -> None:
    data = (b"BEGIN:VCARD\r\nN:One;Ann\r\nNOTE;ENCODING=QUOTED-PRINTABLE:cut off=\r\n"
            b"BEGIN:VCARD\r\nN:Two;Bob\r\nEND:VCARD\r\n")
    results = assert_cut_either_way(data)
    assert [(type(r).__name__, r.line) for r in results] == [  # type: ignore[attr-defined]
        ("RejectedCard", 1), ("ParsedCard", 4)]


NOT_CHARSETS = ["zlib", "base64", "hex", "rot13", "bz2", "uu", "quopri", "idna", "punycode",
                "undefined", "unicode_escape"]


@pytest.mark.parametrize("charset", NOT_CHARSETS)
@pytest.mark.parametrize("value", [b"x\x9c\xcb\xc8,\x06", b"plain text"],
                         ids=["bytes", "ascii"])
def test_a_charset_that_is_not_a_text_encoding_skips_the_property(charset: str, value: bytes
                                                                   ) -> None:
    # Issue 13 (6): CHARSET=zlib (and the other non-text codecs) raised a traceback.
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Ann\r\nFN;CHARSET=" + charset.encode()
            + b":" + value + b"\r\nNOTE;CHARSET=" + charset.encode()
            + b";ENCODING=QUOTED-PRINTABLE:=78=9C\r\nTEL:1\r\nEND:VCARD\r\n")
    [card] = assert_cut_either_way(data)
    assert isinstance(card, ParsedCard)
    assert (card.display_name, card.notes, card.phones[0].value) == ("Ann Lee", "", "1")
    assert [(w.line, w.message) for w in card.warnings] == [
        (4, f"FN skipped: CHARSET '{charset}' is not a character set"),
        (5, f"NOTE skipped: CHARSET '{charset}' is not a character set"),
    ]


def test_real_charsets_still_decode() -> None:
    data = (b"BEGIN:VCARD\r\nN;CHARSET=ISO-8859-1:M\xfcller;J\xf6rg\r\n"
            b"NOTE;CHARSET=SHIFT_JIS:\x83e\x83X\x83g\r\nEND:VCARD\r\n")
    [card] = assert_cut_either_way(data)
    assert isinstance(card, ParsedCard)
    assert (card.display_name, card.notes, card.warnings) == ("Jörg Müller", "テスト", ())


def _big_card(path: Path, megabytes: int) -> None:
    """Write a card with ``megabytes`` NOTE lines of 1 MB each, then a small card."""
    note = b"NOTE:" + b"x" * (1024 * 1024) + b"\r\n"
    with path.open("wb") as out:
        out.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge\r\n")
        for _ in range(megabytes):
            out.write(note)
        out.write(b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Next\r\nEND:VCARD\r\n")


def test_a_card_larger_than_10_mb_is_rejected_in_bounded_memory(tmp_path: Path) -> None:
    # Issue 13 (8): one hostile card must not hold the whole file in memory.
    path = tmp_path / "huge.vcf"
    _big_card(path, 32)
    tracemalloc.start()
    try:
        huge, following = read_vcards(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(huge, RejectedCard)
    assert (huge.file, huge.line) == (str(path), 1)
    assert re.fullmatch(r"the card is larger than 10 MB at line 13; none of it was kept",
                        huge.reason)
    assert isinstance(following, ParsedCard)
    assert (following.display_name, following.line) == ("Next", 37)
    assert peak < MAX_CARD_BYTES * 1.5 < path.stat().st_size / 2


def test_a_card_just_under_the_limit_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "large.vcf"
    _big_card(path, 9)
    large, following = read_vcards(path)
    assert isinstance(large, ParsedCard)
    assert len(large.notes) == 9 * (1024 * 1024 + 1) - 1
    assert isinstance(following, ParsedCard)


def _reference_unescape(text: str) -> str:
    escapes = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), text, flags=re.S)


def _reference_split(text: str, sep: str) -> list[str]:
    parts, start = [], 0
    for match in re.finditer(r"\\.|" + re.escape(sep), text, re.S):
        if match.group() == sep:
            parts.append(_reference_unescape(text[start : match.start()]))
            start = match.end()
    return [*parts, _reference_unescape(text[start:])]


@settings(max_examples=2000, derandomize=True)
@given(st.text(alphabet="\\;,nNx:\n ", max_size=12))
def test_unescaping_shortcuts_give_what_the_escape_grammar_gives(text: str) -> None:
    assert decode.unescape(text) == _reference_unescape(text)
    for sep in ";,":
        assert decode.split_escaped(text, sep) == _reference_split(text, sep)


def test_hostile_cards_import_without_a_traceback(db_path: Path, tmp_path: Path) -> None:
    # What a user does: import the file with the issue's inputs; every good card is
    # created, the odd values are named in the warnings.
    from networkapp.services.importing import NEW, import_files

    path = tmp_path / "hostile.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Ann\r\nFN;CHARSET=zlib:x\x9c\xcb\xc8\r\n"
        b"NOTE;CHARSET=zlib;ENCODING=QUOTED-PRINTABLE:=78=9C=CB=C8\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:One;Bob\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:first line=\r\nEND:VCARD=\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Two;Cy\r\nEND:VCARD\r\n")
    result = import_files([path])
    fates = [(e.line, e.name, e.fate) for e in result.plan.entries]
    assert fates == [(1, "Ann Lee", NEW), (7, "Bob One", NEW), (12, "Cy Two", NEW)]
    assert "FN skipped: CHARSET 'zlib' is not a character set" in result.plan.entries[0].warnings
