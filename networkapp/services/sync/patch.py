"""What is sent to the server: a new card, or the server's own card with only the
properties the app edits changed (:func:`patch_card`, the one function over a raw card).

Everything else of the server's card stays byte for byte: its UID, its line ends and
folding, unknown X- properties, groups and labels, the photo, and the order of the
lines. An edited scalar (FN, N, ORG, TITLE, BDAY, NOTE, PHOTO) is rewritten where it
stood; an edited list (EMAIL, TEL, ADR, URL/IMPP/X-SOCIALPROFILE, CATEGORIES) keeps
each line whose items are all still wanted and gains lines for the new items before
END. New lines come from the one vCard writer, in the card's version; each line is
read back by the one reader to learn which items it carries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from networkapp.services.contact_writer import tag_key
from networkapp.services.dto import ContactFields
from networkapp.services.sync.fields import LISTS, read_card, value_of
from networkapp.services.vcard.decode import (
    NotACharsetError,
    decode_text,
    qp_decode,
    split_escaped,
)
from networkapp.services.vcard.fields import IM_PROPERTIES
from networkapp.services.vcard.lines import EOL_RE
from networkapp.services.vcard.syntax import Property, parse_property
from networkapp.services.vcard.unfold import Unfolder
from networkapp.services.vcard.writer import escape
from networkapp.services.vcard_export import contact_vcard

NEW_CARD_VERSION = "3.0"  # what every CardDAV client reads (iOS, Android, Thunderbird)

PROPERTIES: dict[str, frozenset[str]] = {
    "display_name": frozenset({"FN"}),
    "name": frozenset({"N"}),
    "organization": frozenset({"ORG"}),
    "title": frozenset({"TITLE"}),
    "birthday": frozenset({"BDAY"}),
    "notes": frozenset({"NOTE"}),
    "photo": frozenset({"PHOTO"}),
    "emails": frozenset({"EMAIL"}),
    "phones": frozenset({"TEL"}),
    "addresses": frozenset({"ADR"}),
    "urls": frozenset({"URL", "IMPP", "X-SOCIALPROFILE", "X-KDE-MESSAGING", *IM_PROPERTIES}),
    "tags": frozenset({"CATEGORIES"}),
}
"""The properties that carry each field (given and family names share N)."""
_GROUP_NUMBER = re.compile(rb"(?i)^item(\d+)\.")
_PHYSICAL = re.compile(rb"[^\r\n]*(?:\r\r\n|\r\n|\n|\r)|[^\r\n]+\Z")


@dataclass
class _Unit:
    """One logical line of the card: its bytes as they are (folds and line end kept)
    and, as the one Unfolder joined them, its unfolded bytes."""

    data: bytes
    logical: bytes = b""
    group: str = ""
    name: str = ""

    @property
    def prop(self) -> Property | None:
        parsed = parse_property(1, self.logical or self.data.rstrip(b"\r\n"))
        return parsed if isinstance(parsed, Property) else None


def new_card(fields: ContactFields) -> bytes:
    """A new card for a contact that is not on the server yet (vCard 3.0)."""
    return contact_vcard(fields, NEW_CARD_VERSION).encode("utf-8")


def units(raw: bytes) -> list[_Unit]:
    """The card's logical lines as the vCard reader's Unfolder finds them (RFC folding,
    quoted-printable soft breaks, vCard 2.1 base64 continuation lines...), each with
    the raw bytes of its physical lines."""
    physical = [m.group() for m in _PHYSICAL.finditer(raw) if m.group()]
    data = b"\n".join(EOL_RE.sub(b"", line) for line in physical)
    unfolder = Unfolder(len(raw) + 1)
    logical = unfolder.feed((1, data, False)) + unfolder.finish()
    starts = [lineno for lineno, _data, _cut in logical]
    found: list[_Unit] = []
    for n, (lineno, text, _cut) in enumerate(logical):
        begin = 0 if n == 0 else lineno - 1  # blank lines before the first go with it
        end = starts[n + 1] - 1 if n + 1 < len(starts) else len(physical)
        unit = _Unit(b"".join(physical[begin:end]), text)
        prop = unit.prop
        if prop is not None:
            unit.group, unit.name = prop.group, prop.name
        found.append(unit)
    return found


def patch_card(raw: bytes, before: ContactFields, after: ContactFields) -> bytes:
    """The server's card ``raw`` (read as ``before``) with the fields that differ in
    ``after`` rewritten, and nothing else changed."""
    card = units(raw)
    version = next((u.prop.value.decode("ascii", "replace").strip() for u in card
                    if u.name == "VERSION" and u.prop is not None), NEW_CARD_VERSION)
    version = "4.0" if version.startswith("4") else "3.0"
    eol = b"\r\n" if b"\r\n" in raw else b"\n"
    edited = _edited(before, after)
    if edited and "display_name" not in edited and after.display_name and \
            not any(u.name == "FN" and u.prop and u.prop.value.strip() for u in card):
        # No FN: the reader made the name from N, ORG or an address, which may change.
        edited.append("display_name")
    for field in edited:
        card = _patch_field(card, field, after, version, eol)
    return b"".join(unit.data for unit in card)


def _edited(before: ContactFields, after: ContactFields) -> list[str]:
    names = [n for n in ("display_name", "organization", "title", "birthday", "notes",
                         "photo", *LISTS) if value_of(before, n) != value_of(after, n)]
    if (before.given_name, before.family_name) != (after.given_name, after.family_name):
        names.append("name")
    return names


def _patch_field(card: list[_Unit], field: str, after: ContactFields, version: str,
                 eol: bytes) -> list[_Unit]:
    names = PROPERTIES[field]
    if field in LISTS:
        kept, wanted = _kept_lines(card, field, after)
    else:
        kept, wanted = [], [after]
    fresh = _written(field, wanted, after, version=version, eol=eol, card=card)
    out: list[_Unit] = []
    placed = False
    emptied: set[str] = set()
    for unit in card:
        if unit.name in names and not any(unit is k for k in kept):
            if not placed and field not in LISTS:
                out += fresh
                placed = True
            emptied.add(unit.group)
            continue
        if unit.name == "END" and not placed:
            out += fresh
            placed = True
        out.append(unit)
    return _without_orphan_labels(out, emptied - {""})


def _kept_lines(card: list[_Unit], field: str, after: ContactFields
                ) -> tuple[list[_Unit], list[ContactFields]]:
    """The lines of a list field whose items are all still wanted, and (as one-field
    contacts) the wanted items no kept line carries."""
    key = _item_key(field)
    wanted = {key(item): item for item in getattr(after, field)}
    kept: list[_Unit] = []
    for unit in card:
        if unit.name not in PROPERTIES[field]:
            continue
        items = {key(item) for item in _items_of(unit, card, field)}
        if items and items <= wanted.keys():
            kept.append(unit)
            for k in items:
                wanted.pop(k, None)
    missing = tuple(wanted.values())
    return kept, [_with(field, missing)] if missing else []


def _item_key(field: str) -> Callable[[Any], object]:
    return tag_key if field == "tags" else _same


def _same(item: object) -> object:
    return item


def _items_of(unit: _Unit, card: list[_Unit], field: str) -> tuple[object, ...]:
    """The items one line carries, read by the vCard reader (with its group's label)."""
    labels = [u.data for u in card if unit.group and u.group == unit.group and u is not unit
              and u.name.startswith("X-AB")]
    mini = b"".join((b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\n", _ended(unit.data),
                     *map(_ended, labels), b"END:VCARD\r\n"))
    try:
        fields, _warnings = read_card(mini, "line")
    except Exception:
        return ()
    return tuple(getattr(fields, field))


def _ended(data: bytes) -> bytes:
    return data if data.endswith((b"\n", b"\r")) else data + b"\r\n"


def _written(field: str, wanted: Iterable[ContactFields], after: ContactFields, *,
             version: str, eol: bytes, card: list[_Unit]) -> list[_Unit]:
    """The writer's lines for ``field`` (its groups numbered after the card's own)."""
    names = PROPERTIES[field]
    first_group = 1 + max((int(m.group(1)) for u in card
                           if (m := _GROUP_NUMBER.match(u.data))), default=0)
    lines: list[_Unit] = []
    for fields in wanted:
        text = contact_vcard(_only(field, fields if field in LISTS else after), version)
        made = units(text.encode("utf-8"))
        groups = {u.group for u in made if u.name in names and u.group}
        for unit in made:
            if unit.name in names or (unit.group in groups and unit.name.startswith("X-AB")):
                lines.append(_Unit(_renumbered(unit.data, first_group).replace(b"\r\n", eol),
                                   group=unit.group, name=unit.name))
    if field == "name":
        lines = [_with_old_name_parts(u, card) for u in lines]
    return lines


def _only(field: str, fields: ContactFields) -> ContactFields:
    """A contact with only ``field`` (FN and N as the writer always writes them)."""
    if field == "name":
        return ContactFields(given_name=fields.given_name, family_name=fields.family_name)
    if field == "photo":
        return ContactFields(photo=fields.photo, photo_mime=fields.photo_mime,
                             photo_uri=fields.photo_uri)
    return _with(field, getattr(fields, field))


def _with(field: str, value: Any) -> ContactFields:
    """A contact with only ``field`` set."""
    values: dict[str, Any] = {field: value}
    return ContactFields(**values)


def _renumbered(data: bytes, first: int) -> bytes:
    return _GROUP_NUMBER.sub(lambda m: b"item%d." % (int(m.group(1)) + first - 1), data)


def _with_old_name_parts(unit: _Unit, card: list[_Unit]) -> _Unit:
    """N with the new family and given names and the old card's other parts (middle
    names, prefixes, suffixes), which the app does not edit."""
    old = next((u.prop for u in card if u.name == "N" and u.prop is not None), None)
    new = unit.prop
    if old is None or new is None:
        return unit
    old_parts = _parts(old)
    if not any(old_parts[2:]):
        return unit
    parts = _parts(new)[:2] + old_parts[2:]
    eol = b"\r\n" if unit.data.endswith(b"\r\n") else b"\n"
    return _Unit(b"N:" + ";".join(escape(p) for p in parts).encode("utf-8") + eol, name="N")


def _parts(prop: Property) -> list[str]:
    """The ``;``-separated parts of a structured value, unescaped, its quoted-printable
    and CHARSET undone as the reader does (a vCard 2.1 N in ISO-8859-1 keeps its letters)."""
    raw = qp_decode(prop.value) if prop.encoding == "QUOTED-PRINTABLE" else prop.value
    try:
        text = decode_text(raw, prop.param("CHARSET"))[0]
    except NotACharsetError:
        text = decode_text(raw, None)[0]
    return split_escaped(text, ";")


def _without_orphan_labels(card: list[_Unit], emptied: set[str]) -> list[_Unit]:
    """Drop the X-AB... labels of the groups ``emptied`` lost their property from
    (other groups, even of X-AB properties alone, stay as they are)."""
    used = {u.group for u in card if u.group in emptied and not u.name.startswith("X-AB")}
    gone = emptied - used
    return [u for u in card if not (u.group in gone and u.name.startswith("X-AB"))]
