"""The reader's fast lane gives exactly what the careful, layered path gives.

Every corpus file and random mutations of corpus cards are read both ways: through
:func:`read_vcard_bytes` (fast lane, falling back where it must) and through the
layered path alone (:class:`Structure` over :func:`logical_lines`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkapp.services.vcard import DEFAULT_CHUNK_LIMIT, VCardFileError, read_vcard_bytes
from networkapp.services.vcard.builder import ReadContext
from networkapp.services.vcard.lines import LineSource
from networkapp.services.vcard.structure import Structure
from networkapp.services.vcard.unfold import logical_lines


def careful(data: bytes, limit: int = DEFAULT_CHUNK_LIMIT) -> list[object]:
    """Read ``data`` with the layered path only."""
    import io

    source = LineSource(io.BytesIO(data), "x.vcf", limit)
    machine = Structure(ReadContext("x.vcf", source.transcoded))
    for lineno, line, oversized in logical_lines(source, limit):
        machine.feed(lineno, line, oversized)
    machine.finish()
    return machine.out


def both(data: bytes, limit: int = DEFAULT_CHUNK_LIMIT) -> tuple[object, object]:
    """Return (fast result, careful result), an error message standing for an error."""
    try:
        fast: object = list(read_vcard_bytes(data, name="x.vcf", chunk_limit=limit))
    except VCardFileError as exc:
        fast = str(exc)
    try:
        slow: object = careful(data, limit)
    except VCardFileError as exc:
        slow = str(exc)
    return fast, slow


def test_every_corpus_file_reads_the_same(shared_vcards: Path) -> None:
    files = sorted(shared_vcards.rglob("*.vcf"))
    assert files
    for path in files:
        fast, slow = both(path.read_bytes())
        assert fast == slow, path.name


PLAIN = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nN:Example;Ann;;;\r\n"
         b"EMAIL;TYPE=INTERNET,WORK:ann@example.org\r\nTEL;TYPE=CELL:+39 333 1234567\r\n"
         b"item1.ADR;TYPE=HOME:;;Via Roma 1;Milano;;20100;Italia\r\nitem1.X-ABLabel:casa\r\n"
         b"NOTE:a long note that is folded at seventy-five octets\\, as RFC 2425 says it \r\n"
         b" should be\r\nCATEGORIES:a,b\r\nEND:VCARD\r\n")


@pytest.mark.parametrize("data", [
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
    # the quick lane's inline properties, and what sends a card back to the usual way
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
    # what the records clean: bad e-mails and dates, repeats, groups, nameless cards
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
])
def test_edge_cases_read_the_same(data: bytes) -> None:
    fast, slow = both(data)
    assert fast == slow


def test_small_pieces_and_limits_read_the_same() -> None:
    data = PLAIN * 40
    fast, slow = both(data, limit=300)
    assert fast == slow


def _corpus_cards(folder: Path) -> list[bytes]:
    cards = []
    for path in sorted(folder.rglob("*.vcf"))[:60]:
        cards.append(path.read_bytes()[:4000])
    return cards


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_cards_read_the_same(shared_vcards: Path, data: st.DataObject) -> None:
    cards = _corpus_cards(shared_vcards)
    text = data.draw(st.sampled_from(cards)) + PLAIN
    lines = text.split(b"\n")
    for _ in range(data.draw(st.integers(0, 4))):
        op = data.draw(st.sampled_from(["delete", "duplicate", "swap", "flip", "blank"]))
        i = data.draw(st.integers(0, len(lines) - 1))
        j = data.draw(st.integers(0, len(lines) - 1))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[j])
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "flip" and lines[i]:
            k = data.draw(st.integers(0, len(lines[i]) - 1))
            lines[i] = lines[i][:k] + bytes([lines[i][k] ^ 0x20]) + lines[i][k + 1 :]
        elif op == "blank":
            lines.insert(i, b" " if j % 2 else b"")
    mutated = b"\n".join(lines)
    cut = data.draw(st.integers(len(mutated) // 2, len(mutated)))
    fast, slow = both(mutated[:cut])
    assert fast == slow
