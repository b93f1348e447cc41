"""Card structure and whole files: broken cards, skipped lines, unusable files, streaming."""

from __future__ import annotations

import io
import re
import tracemalloc
from pathlib import Path

import pytest

from networkapp.services.vcard import (
    CardIssue,
    ParsedCard,
    RejectedCard,
    VCardFileError,
    read_vcard_bytes,
    read_vcard_stream,
    read_vcards,
)

CRLF = b"\r\n"


def lines(*text: str) -> bytes:
    """Join lines with CRLF (and end the last one)."""
    return "".join(line + "\r\n" for line in text).encode("utf-8")


def card(name: str) -> list[str]:
    return ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", "END:VCARD"]


def summary(data: bytes) -> list[tuple[str, int, str]]:
    """(kind, line, name or reason) for each card."""
    out = []
    for result in read_vcard_bytes(data, name="f.vcf"):
        if isinstance(result, ParsedCard):
            out.append(("card", result.line, result.display_name))
        else:
            out.append(("rejected", result.line, result.reason))
    return out


# -- broken structure -----------------------------------------------------------------


def test_card_missing_its_end_between_two_good_cards() -> None:
    data = lines(*card("One"), "BEGIN:VCARD", "FN:Broken", *card("Three"))
    assert summary(data) == [
        ("card", 1, "One"),
        ("rejected", 5, "BEGIN:VCARD without END:VCARD"),
        ("card", 7, "Three"),
    ]


def test_bad_begin_between_two_good_cards() -> None:
    data = lines(*card("One"), "BEGIN:VCARDinvalid", "FN:Bad", "END:VCARD", *card("Three"))
    assert summary(data) == [
        ("card", 1, "One"),
        ("rejected", 5, "invalid BEGIN line 'BEGIN:VCARDinvalid' (expected BEGIN:VCARD)"),
        ("card", 8, "Three"),
    ]


def test_end_without_begin_between_two_good_cards() -> None:
    data = lines(*card("One"), "VERSION:3.0", "FN:Headless", "END:VCARD", *card("Three"))
    assert summary(data) == [
        ("card", 1, "One"),
        ("rejected", 5, "END:VCARD at line 7 without BEGIN:VCARD"),
        ("card", 8, "Three"),
    ]


def test_missing_end_at_the_end_of_the_file() -> None:
    assert summary(lines(*card("One"), "BEGIN:VCARD", "FN:Cut off")) == [
        ("card", 1, "One"),
        ("rejected", 5, "BEGIN:VCARD without END:VCARD"),
    ]


def test_embedded_agent_card_does_not_derail_the_outer_card() -> None:
    data = lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Outer",
        "AGENT:",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Agent",
        "END:VCARD",
        "TEL:1",
        "END:VCARD",
        *card("Next"),
    )
    first, second = read_vcard_bytes(data, name="f.vcf")
    assert isinstance(first, ParsedCard)
    assert (first.display_name, first.phones[0].value) == ("Outer", "1")
    assert first.warnings == (CardIssue("f.vcf", 5, "embedded vCard (AGENT) ignored"),)
    assert isinstance(second, ParsedCard)
    assert (second.display_name, second.line) == ("Next", 11)


def test_embedded_card_right_before_the_outer_end() -> None:
    data = lines("BEGIN:VCARD", "FN:Outer", *card("Inner"), "END:VCARD")
    assert summary(data) == [("card", 1, "Outer")]


def test_many_cards_after_a_missing_end_all_come_out() -> None:
    data = lines("BEGIN:VCARD", "FN:Broken", *[x for i in range(20) for x in card(f"C{i}")])
    results = summary(data)
    assert results[0] == ("rejected", 1, "BEGIN:VCARD without END:VCARD")
    assert [name for _, _, name in results[1:]] == [f"C{i}" for i in range(20)]


# -- skipped lines --------------------------------------------------------------------


def test_odd_lines_are_skipped_with_a_warning_and_the_card_kept() -> None:
    data = lines(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "# a comment",
        "FN:Kept",
        "NOTE",
        "X-GOOGLE TALK:me",
        "X-FOO/BAR:x",
        "EMAIL:kept@x.org",
        "END:VCARD",
    )
    [result] = read_vcard_bytes(data, name="f.vcf")
    assert isinstance(result, ParsedCard)
    assert (result.display_name, result.emails[0].value) == ("Kept", "kept@x.org")
    assert [(w.file, w.line) for w in result.warnings] == [("f.vcf", n) for n in (3, 5, 6, 7)]
    assert result.warnings[0].message == "comment line skipped"
    assert result.warnings[1].message == "line without ':' skipped"
    assert "X-GOOGLE TALK" in result.warnings[2].message
    assert "X-FOO/BAR" in result.warnings[3].message


def test_hostile_lines_are_skipped() -> None:
    # How fast: bench/bench_vcard.py (hostile lines), no timing here.
    data = lines(
        "BEGIN:VCARD",
        "FN:Kept",
        "x-messaging/" + "-" * 100_000 + ":x",
        "NOTE;" + "a;" * 100_000 + ":x",
        "PHOTO:" + " " * 100_000 + "!",
        "END:VCARD",
    )
    [result] = read_vcard_bytes(data, name="f.vcf")
    assert isinstance(result, ParsedCard)
    assert [w.line for w in result.warnings] == [3, 4, 5]


def test_one_card_with_endless_values_stays_bounded() -> None:
    data = lines("BEGIN:VCARD", "FN:Spam", *[f"EMAIL:{i}@x.org" for i in range(6000)])
    data += lines(*["X Y:bad"] * 300, "END:VCARD")
    [result] = read_vcard_bytes(data, name="f.vcf")
    assert isinstance(result, ParsedCard)
    assert len(result.emails) == 5000
    assert len(result.warnings) == 201
    assert "more than 5000" in result.warnings[0].message
    assert result.warnings[-1].message == "more problems not listed"


def test_text_before_the_first_card_is_noted_on_it() -> None:
    [result] = read_vcard_bytes(lines("Hello, here is my card:", *card("Me")), name="f.vcf")
    assert isinstance(result, ParsedCard)
    assert result.warnings[0].line == 1
    assert "outside any vCard" in result.warnings[0].message


def test_grouped_and_indented_begin_lines() -> None:
    data = lines(" BEGIN:VCARD", "FN:A", "END:VCARD", "x.BEGIN:VCARD", "x.FN:B", "x.END:VCARD")
    assert summary(data) == [("card", 1, "A"), ("card", 4, "B")]


# -- unusable files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"\r\n  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), "binary"),
        (b"Dear Ann,\nthanks for the lovely dinner.\n", "not a vCard"),
    ],
)
def test_unusable_data_raises_naming_the_file(data: bytes, problem: str) -> None:
    with pytest.raises(VCardFileError, match=rf"^dropped\.bin: .*{problem}"):
        list(read_vcard_bytes(data, name="dropped.bin"))


def test_missing_file_and_directory_raise_naming_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "gone.vcf"
    with pytest.raises(VCardFileError, match=r"gone\.vcf: cannot be opened"):
        list(read_vcards(missing))
    with pytest.raises(VCardFileError, match=re.escape(str(tmp_path))):
        list(read_vcards(tmp_path))


def test_read_error_in_the_middle_raises_naming_the_file() -> None:
    class Failing(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            if self.tell() > 0:
                raise OSError(5, "Input/output error")
            return super().read(size)

    with pytest.raises(VCardFileError, match=r"usb\.vcf: cannot be read: Input/output error"):
        list(read_vcard_stream(Failing(lines(*card("A")) * 3000), name="usb.vcf"))


# -- streaming and memory -------------------------------------------------------------


def test_file_and_bytes_give_the_same_cards(tmp_path: Path) -> None:
    data = lines(*card("A"), *card("B"))
    path = tmp_path / "two.vcf"
    path.write_bytes(data)
    from_file = [(c.display_name, c.line) for c in read_vcards(path) if isinstance(c, ParsedCard)]
    assert from_file == [("A", 1), ("B", 5)]


class Trickle(io.BytesIO):
    """A stream that hands out at most three bytes per read, like a slow pipe."""

    def read(self, size: int | None = -1) -> bytes:
        return super().read(3 if size is None or size < 0 else min(size, 3))


@pytest.mark.parametrize("eol", [b"\r\n", b"\n", b"\r", b"\r\r\n"], ids=["crlf", "lf", "cr", "ios"])
@pytest.mark.parametrize("bom", [b"", "\ufeff".encode("utf-16-le")], ids=["utf8", "utf16"])
def test_short_reads_split_nothing_wrongly(eol: bytes, bom: bytes) -> None:
    text = lines("BEGIN:VCARD", "FN:Zoë", "NOTE:a", " b", "END:VCARD", "", *card("Two"))
    data = text.replace(CRLF, eol)
    if bom:
        data = bom + data.decode("utf-8").encode("utf-16-le")
    results = list(read_vcard_stream(Trickle(data), name="pipe"))
    assert [(c.line, c.display_name, c.notes) for c in results if isinstance(c, ParsedCard)] == [
        (1, "Zoë", "ab"),
        (7, "Two", ""),
    ]


def test_cards_come_out_before_the_whole_stream_is_read() -> None:
    stream = io.BytesIO(lines(*card("First")) + lines(*card("More")) * 200_000)
    first = next(read_vcard_stream(stream, name="big.vcf"))
    assert isinstance(first, ParsedCard)
    assert stream.tell() < 2_000_000 < len(stream.getvalue())


def _photo_card(path: Path, photo_bytes: int, *, folded: bool) -> None:
    """Write a card whose PHOTO has ``photo_bytes`` of base64, without holding it whole."""
    with path.open("wb") as out:
        out.write(lines("BEGIN:VCARD", "VERSION:3.0", "FN:Big"))
        out.write(b"PHOTO;ENCODING=b;TYPE=JPEG:/9j/")
        row = b"A" * 76
        for _ in range(photo_bytes // len(row)):
            out.write(CRLF + b" " + row if folded else row)
        out.write(CRLF + lines("EMAIL:after@photo.org", "END:VCARD", *card("Next")))


@pytest.mark.parametrize("folded", [True, False], ids=["folded", "one-line"])
def test_huge_photo_is_skipped_in_bounded_memory(tmp_path: Path, folded: bool) -> None:
    path = tmp_path / "huge.vcf"
    _photo_card(path, 3_000_000, folded=folded)
    tracemalloc.start()
    try:
        results = list(read_vcards(path, chunk_limit=256 * 1024))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    first, second = results
    assert isinstance(first, ParsedCard)
    assert isinstance(second, ParsedCard)
    assert first.photo is None
    assert first.emails[0].value == "after@photo.org"
    assert first.warnings[0].message == "PHOTO skipped: its value is too large"
    assert peak < 1_500_000, f"peak {peak} bytes for a 3 MB photo"


def test_many_cards_stream_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "many.vcf"
    note = "NOTE:" + "x" * 2500
    block = b"".join(lines("BEGIN:VCARD", f"FN:Person {i}", note, "END:VCARD") for i in range(100))
    with path.open("wb") as out:
        for _ in range(10):
            out.write(block)
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_vcards(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 1000
    size = path.stat().st_size
    assert peak < 600_000 < size / 4, f"peak {peak} bytes for a {size} byte file"


def test_rejected_and_parsed_cards_print_as_file_and_line() -> None:
    assert str(RejectedCard("a.vcf", 3, "why")) == "a.vcf:3: why"
    assert str(CardIssue("a.vcf", 4, "what")) == "a.vcf:4: what"
