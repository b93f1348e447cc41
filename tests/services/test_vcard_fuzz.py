"""Fuzzing the vCard reader: whatever the bytes, every card ends parsed or rejected.

The only exception allowed out is :class:`VCardFileError` for a file that is not
usable as a whole; nothing else may escape, and every result names its file and line.
The examples are drawn deterministically (``derandomize``): the same ones every run.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from networkapp.services.vcard import ParsedCard, RejectedCard, VCardFileError, read_vcard_bytes

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "vcards"
SEEDS = [
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nN:Lee;Ann;;;\r\nEMAIL;TYPE=work:a@x.org\r\n"
    b"item1.TEL:1\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\nNOTE:a\\, b\\nc\r\n folded\r\n"
    b"PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAAN\r\nEND:VCARD\r\n",
    b"BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;=\n"
    b"J=F6rg\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\n /9j/4AAQ\n AAAA\n\nAGENT:\nBEGIN:VCARD\n"
    b"FN:Inner\nEND:VCARD\nTEL;WORK;FAX:1\nEND:VCARD\n",
    b"BEGIN:VCARD\rVERSION:4.0\rFN:Zo\xc3\r \xab\rBDAY:--0412\rPHOTO:data:image/gif;base64,R0lG"
    b"\rCATEGORIES:a,b\\,c\rEND:VCARD\r",
]
if CORPUS.is_dir():
    SEEDS += [p.read_bytes() for p in sorted(CORPUS.rglob("*.vcf"))[::8]]

MUTATION = st.tuples(
    st.sampled_from(["delete", "insert", "duplicate", "flip", "truncate"]),
    st.floats(0, 1),
    st.integers(1, 40),
    st.binary(max_size=12),
)


def mutate(data: bytes, mutation: tuple[str, float, int, bytes]) -> bytes:
    """Apply one mutation at a relative position of ``data``."""
    kind, where, length, noise = mutation
    at = int(where * len(data))
    if kind == "delete":
        return data[:at] + data[at + length :]
    if kind == "insert":
        return data[:at] + noise + data[at:]
    if kind == "duplicate":
        return data[:at] + data[at : at + length] * 2 + data[at + length :]
    if kind == "flip" and at < len(data):
        return data[:at] + bytes([data[at] ^ (length % 255 + 1)]) + data[at + 1 :]
    return data[:at]


def check(data: bytes) -> None:
    try:
        results = list(read_vcard_bytes(data, name="fuzz.vcf", chunk_limit=4096))
    except VCardFileError as exc:
        assert str(exc).startswith("fuzz.vcf: ")
        return
    for result in results:
        assert isinstance(result, ParsedCard | RejectedCard)
        assert result.file == "fuzz.vcf"
        assert result.line >= 1
        if isinstance(result, ParsedCard):
            assert result.display_name
            assert all(w.file == "fuzz.vcf" and w.line >= 1 for w in result.warnings)
        else:
            assert result.reason


@settings(max_examples=150, derandomize=True)
@given(st.sampled_from(SEEDS), st.lists(MUTATION, min_size=1, max_size=6))
def test_mutated_cards_end_parsed_or_rejected(
    seed: bytes, mutations: list[tuple[str, float, int, bytes]]
) -> None:
    data = seed
    for mutation in mutations:
        data = mutate(data, mutation)
    check(data)


@settings(max_examples=100, derandomize=True)
@given(st.binary(max_size=400))
def test_random_bytes_end_parsed_rejected_or_refused(data: bytes) -> None:
    check(data)


@settings(max_examples=120, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            [
                b"BEGIN:VCARD",
                b"END:VCARD",
                b"FN:A",
                b" x",
                b"",
                b"NOTE;ENCODING=QUOTED-PRINTABLE:a=",
                b"PHOTO;ENCODING=BASE64:",
                b"QUJD",
                b"#",
                b"N",
                b"x.BEGIN:VCARD",
                b"BEGIN:VCALENDAR",
                b"TEL:1\\",
                b"item1.X-ABLabel:L",
                b"item1.EMAIL:e@x",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from([b"\r\n", b"\n", b"\r", b"\r\r\n"]),
)
def test_random_line_sequences(lines: list[bytes], eol: bytes) -> None:
    check(eol.join(lines))
