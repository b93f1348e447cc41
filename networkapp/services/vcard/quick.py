r"""The quickest lane: a plain card's common properties decoded inline.

:mod:`.fastread` hands each plain card (LF line ends, no quoted-printable, within the
value limit) here first. The card is unfolded with two ``bytes.replace`` calls, and
each line's head (``item1.EMAIL;TYPE=WORK``) is looked up in a cache that already
knows the property, its group and its label. The properties nearly every card has
(FN, N, EMAIL, TEL, ORG, TITLE, NOTE, CATEGORIES, UID, BDAY, URL, ADR, X-ABLabel,
VERSION) are decoded right here, exactly as their :mod:`.properties` handlers do;
the others go to those handlers.

Whenever the answer could differ from the handlers' one — a line the careful path
would warn about, a blank line, a quoted parameter, a charset or encoding parameter,
a value that is not a date — :func:`quick_card` returns None and the card is read
the usual way, so the result is always the same (tests/services/test_vcard_fastread.py
compares both on the corpus and on mutated cards).
"""

from __future__ import annotations

import re

from networkapp.services.vcard import fields
from networkapp.services.vcard.builder import MAX_ITEMS, CardBuilder, ReadContext, _Item
from networkapp.services.vcard.card import ParsedCard, RejectedCard
from networkapp.services.vcard.decode import decode_text, split_escaped, unescape
from networkapp.services.vcard.properties import HANDLERS
from networkapp.services.vcard.syntax import MAX_HEAD, Property, parse_head

(OP_VERSION, OP_UID, OP_FN, OP_N, OP_ORG, OP_TITLE, OP_NOTE, OP_CATEGORIES, OP_EMAIL,
 OP_TEL, OP_ADR, OP_URL, OP_LABEL, OP_BDAY, OP_GENERIC, OP_IGNORE) = range(16)
"""What :func:`head_op` says to do with a line: decode one of these properties inline,
hand it to its :data:`HANDLERS` entry (OP_GENERIC) or skip it (OP_IGNORE)."""
_CODES = {"VERSION": OP_VERSION, "UID": OP_UID, "FN": OP_FN, "N": OP_N, "ORG": OP_ORG,
          "TITLE": OP_TITLE, "NOTE": OP_NOTE, "CATEGORIES": OP_CATEGORIES, "EMAIL": OP_EMAIL,
          "TEL": OP_TEL, "ADR": OP_ADR, "URL": OP_URL, "X-ABLABEL": OP_LABEL, "BDAY": OP_BDAY}
_BLANKS = (b" ", b"\t")
_LINE_RE = re.compile(rb"\n([^:\n]+):([^\n]*)")
_EMPTY7 = [""] * 7
_VALUED = frozenset({OP_EMAIL, OP_TEL, OP_URL})

Op = tuple[int, str, str, dict[str, list[str]], str | None]
"""(OP_ code, group, NAME, parameters, label or X-APPLE-OMIT-YEAR)."""


OPS: dict[bytes, Op | None] = {}
""":func:`head_op`'s cache (read ``OPS.get(head) or head_op(head)`` in a hot loop)."""
_MAX_OPS = 4096
_UNKNOWN = (-1, "", "", {}, None)


def head_op(head: bytes) -> Op | None:
    """Return what to do with lines of this head, or None if the card needs the usual way.

    Cached in a plain dict (real files repeat a few dozen heads; a bytes key makes
    ``lru_cache`` build a key tuple per call).
    """
    op = OPS.get(head, _UNKNOWN)
    if op is _UNKNOWN:
        if len(OPS) >= _MAX_OPS:
            OPS.clear()
        op = OPS[head] = _head_op(head)
    return op


def _head_op(head: bytes) -> Op | None:
    if b'"' in head or len(head) > MAX_HEAD:
        return None
    parsed = parse_head(head)
    if isinstance(parsed, str):
        return None
    group, name, params = parsed
    if name in ("BEGIN", "END"):
        return None
    if name not in HANDLERS:
        return OP_IGNORE, group, name, params, None
    code = _CODES.get(name, OP_GENERIC)
    if "ENCODING" in params or "CHARSET" in params:
        code = OP_GENERIC
    extra = None
    if code in (OP_EMAIL, OP_ADR, OP_URL):
        extra = fields.plain_label([t.lower() for t in params.get("TYPE", ())])
    elif code == OP_TEL:
        extra = fields.phone_label([t.lower() for t in params.get("TYPE", ())])
    elif code == OP_BDAY:
        omit = params.get("X-APPLE-OMIT-YEAR")
        extra = omit[0] if omit else None
    return code, group, name, params, extra


def text_of(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_text(raw, None)[0]


def plain(text: str) -> str:
    """A single text value as its handler reads it: unescaped and stripped (unescape's
    own test for a backslash made here, without its call)."""
    return (unescape(text) if "\\" in text else text).strip()


def stripped_parts(text: str, sep: str) -> list[str]:
    """The parts of a structured value (``;``) or list (``,``), unescaped and stripped."""
    return [part.strip() for part in (split_escaped(text, sep) if "\\" in text
                                      else text.split(sep))]


def item_value(code: int, text: str) -> str:
    """The value of an EMAIL, TEL or URL line: plain, without a ``mailto:``/``tel:``."""
    value = plain(text)
    if code == OP_EMAIL and value[:7].lower() == "mailto:":
        return value[7:].strip()
    if code == OP_TEL and value[:4].lower() == "tel:":
        return value[4:].strip()
    return value


def address_parts(text: str) -> list[str]:
    """The seven parts of an ADR value (missing ones empty, extra ones dropped)."""
    parts = stripped_parts(text, ";")
    return parts if len(parts) == 7 else (parts + _EMPTY7)[:7]


def organization(text: str) -> str:
    """An ORG value as one line: its non-empty parts joined with ", "."""
    return ", ".join([part for part in stripped_parts(text, ";") if part])


def _line_numbers(block: bytes, first: int) -> list[int]:
    """Return the physical line of each logical line of the card."""
    return [first + i for i, part in enumerate(block.split(b"\n")) if part[:1] not in _BLANKS]


def plain_pairs(block: bytes) -> tuple[list[tuple[bytes, bytes]], bool] | None:
    """Return the (head, value) of every line of a plain card between its BEGIN and END
    lines, unfolded, and whether it was folded; None when a line is not plain (a blank
    line, a continuation of the BEGIN line, a line without a head and a colon)."""
    if b"\n\n" in block:  # a blank line (line ends are LF only here)
        return None
    newline = block.find(b"\n")
    if block[newline + 1 : newline + 2] in _BLANKS:
        return None  # a continuation of the BEGIN line
    folded = b"\n " in block or b"\n\t" in block
    body = block.replace(b"\n ", b"").replace(b"\n\t", b"") if folded else block
    end = body.rfind(b"\n")  # the END line
    # Cut in C; a line without a head and a colon is not matched, so the count tells.
    pairs = _LINE_RE.findall(body, newline, end)
    if len(pairs) != body.count(b"\n", newline, end):
        return None
    return pairs, folded


def quick_card(block: bytes, context: ReadContext, first: int  # noqa: PLR0911, PLR0912, PLR0915
               ) -> ParsedCard | RejectedCard | None:
    """Read a plain card (LF line ends, BEGIN line to END line), or None to read it the
    usual way.

    One long function on purpose: it runs once per line of every card, and a call per
    property costs as much as the decoding it would wrap.
    """
    cut = plain_pairs(block)
    if cut is None:
        return None
    pairs, folded = cut
    card = CardBuilder(context, first)
    numbers: list[int] | None = None
    items = card.items
    ops = OPS
    for k, (head, raw) in enumerate(pairs, 1):
        op = ops.get(head) or head_op(head)
        if op is None:
            return None
        code = op[0]
        if code == OP_IGNORE:
            continue
        if code == OP_GENERIC:
            if numbers is None:
                numbers = _line_numbers(block, first) if folded else None
            line = numbers[k] if numbers is not None else first + k
            HANDLERS[op[2]](card, Property(line, op[1], op[2], op[3], raw))
            continue
        text = raw.decode("ascii") if raw.isascii() else text_of(raw)
        if code in _VALUED:
            value = item_value(code, text)
            if value:
                if len(items) >= MAX_ITEMS:
                    return None
                kind = "email" if code == OP_EMAIL else "tel" if code == OP_TEL else "url"
                items.append(_Item(kind, (value,), op[4], op[1]))  # type: ignore[arg-type]
        elif code == OP_ADR:
            parts = address_parts(text)
            if any(parts):
                if len(items) >= MAX_ITEMS:
                    return None
                items.append(_Item("adr", tuple(parts), op[4], op[1]))  # type: ignore[arg-type]
        elif code == OP_FN:
            if not card.full_name:
                card.full_name = plain(text)
        elif code == OP_N:
            if not any(card.name_parts):
                card.name_parts = stripped_parts(text, ";")
        elif code == OP_ORG:
            if not card.organization:
                card.organization = organization(text)
        elif code == OP_TITLE:
            if not card.title:
                card.title = plain(text)
        elif code == OP_NOTE:
            note = plain(text)
            if note:
                if len(card.notes) >= MAX_ITEMS:
                    return None
                card.notes.append(note)
        elif code == OP_CATEGORIES:
            tags = card.tags
            for tag in stripped_parts(text, ","):
                if tag:
                    if len(tags) >= MAX_ITEMS:
                        return None
                    tags[tag] = None
        elif code == OP_UID:
            if card.uid is None:
                card.uid = plain(text) or None
        elif code == OP_LABEL:
            if op[1]:
                card.labels[op[1]] = fields.apple_label(unescape(text))
        elif code == OP_BDAY:
            if card.birthday is None:
                value = plain(text)
                card.birthday = fields.parse_birthday(value, op[4])
                if card.birthday is None and value:
                    return None  # the usual way warns about it
        else:  # OP_VERSION
            card.version = plain(text)
    finish = context.finish
    return card.build() if finish is None else finish(card)  # type: ignore[return-value]
