r"""The importer's quickest lane: a plain card read straight into its :class:`CardRecord`.

Nearly every card an address book exports holds only the properties the reader's
quick lane decodes inline (FN, N, ORG, TITLE, NOTE, CATEGORIES, UID, BDAY, EMAIL, TEL,
ADR, URL, Apple's X-ABLabel) plus ones the importer skips. For such a card,
:func:`quick_record` does in one pass what :func:`~networkapp.services.vcard.quick.quick_card`
and :func:`record_of_builder` do in two: no :class:`CardBuilder`, no queued items, the
e-mails, phones, addresses and URLs kept per kind as the rows they become.

It also takes an inline base64 PHOTO. Anything else — another property the builder's
handlers decode (a PHOTO URI, NICKNAME, KIND, IMPP…),
a value the usual way would warn about, a card with no name at all — returns None, and
the card goes the reader's usual way; so the record is always the one
``CardRecord.of(card)`` gives for the careful path's card
(tests/services/test_vcard_fastread.py compares them on the corpus, edge cases and
mutated cards).
"""

from __future__ import annotations

from networkapp.services.import_merge import Place, Value, clean_values
from networkapp.services.import_record import CardRecord, make_record
from networkapp.services.vcard import fields
from networkapp.services.vcard.builder import MAX_ITEMS, ReadContext
from networkapp.services.vcard.decode import unescape
from networkapp.services.vcard.photo import photo_from_base64
from networkapp.services.vcard.quick import (
    OP_ADR,
    OP_BDAY,
    OP_CATEGORIES,
    OP_EMAIL,
    OP_FN,
    OP_GENERIC,
    OP_IGNORE,
    OP_LABEL,
    OP_N,
    OP_NOTE,
    OP_ORG,
    OP_TEL,
    OP_TITLE,
    OP_UID,
    OP_URL,
    OPS,
    address_parts,
    head_op,
    item_value,
    organization,
    plain,
    plain_pairs,
    stripped_parts,
    text_of,
)

_VALUED = frozenset({OP_EMAIL, OP_TEL, OP_URL})
_BASE64 = frozenset({"B", "BASE64"})


def _is_base64(params: dict[str, list[str]]) -> bool:
    """Whether a property's ENCODING parameter says inline base64 (``b``, ``BASE64``)."""
    encoding = params.get("ENCODING")
    return bool(encoding) and encoding[0].upper() in _BASE64  # type: ignore[index]


def quick_record(block: bytes, context: ReadContext, first: int  # noqa: PLR0911, PLR0912, PLR0915
                 ) -> CardRecord | None:
    """Return the record of a plain card (LF line ends, BEGIN line to END line), or None
    to read it the reader's usual way.

    One long function on purpose, like ``quick_card``: it runs once per line of every
    card. The values are cleaned by the same helpers as ``quick_card``'s.
    """
    cut = plain_pairs(block)
    if cut is None:
        return None
    full_name = org = title = ""
    name_parts: list[str] = []
    uid = birthday = photo_uri = photo_mime = None
    photo: bytes | None = None
    notes: list[str] = []
    tags: dict[str, None] = {}
    labels: dict[str, str] = {}
    # Per kind, in card order: (value, label, group); addresses (parts, label, group).
    emails: list[tuple[str, str, str]] = []
    phones: list[tuple[str, str, str]] = []
    urls: list[tuple[str, str, str]] = []
    addresses: list[tuple[list[str], str, str]] = []
    items = 0
    ops = OPS
    for head, raw in cut[0]:
        op = ops.get(head) or head_op(head)
        if op is None:
            return None
        code = op[0]
        if code == OP_IGNORE:
            continue
        if code == OP_GENERIC:
            # An inline base64 PHOTO (Apple's, Google's) is read here; any other
            # property the builder's handlers decode sends the card the usual way.
            if op[2] != "PHOTO" or not _is_base64(op[3]):
                return None
            if photo is None and photo_uri is None:
                result = photo_from_base64(raw)
                if result.problem:
                    return None  # the usual way warns about it
                photo, photo_mime, photo_uri = result.data, result.mime, result.uri
            continue
        text = raw.decode("ascii") if raw.isascii() else text_of(raw)
        if code in _VALUED:
            value = item_value(code, text)
            if value:
                if items >= MAX_ITEMS:
                    return None
                items += 1
                (emails if code == OP_EMAIL else phones if code == OP_TEL else urls).append(
                    (value, op[4], op[1]))  # type: ignore[arg-type]
        elif code == OP_ADR:
            parts = address_parts(text)
            if any(parts):
                if items >= MAX_ITEMS:
                    return None
                items += 1
                addresses.append((parts, op[4], op[1]))  # type: ignore[arg-type]
        elif code == OP_FN:
            if not full_name:
                full_name = plain(text)
        elif code == OP_N:
            if not any(name_parts):
                name_parts = stripped_parts(text, ";")
        elif code == OP_ORG:
            if not org:
                org = organization(text)
        elif code == OP_TITLE:
            if not title:
                title = plain(text)
        elif code == OP_NOTE:
            note = plain(text)
            if note:
                if len(notes) >= MAX_ITEMS:
                    return None
                notes.append(note)
        elif code == OP_CATEGORIES:
            for tag in stripped_parts(text, ","):
                if tag:
                    if len(tags) >= MAX_ITEMS:
                        return None
                    tags[tag] = None
        elif code == OP_UID:
            if uid is None:
                uid = plain(text) or None
        elif code == OP_LABEL:
            if op[1]:
                labels[op[1]] = fields.apple_label(unescape(text))
        elif code == OP_BDAY and birthday is None:
            value = plain(text)
            birthday = fields.parse_birthday(value, op[4])
            if birthday is None and value:
                return None  # the usual way warns about it
        # else VERSION, or a BDAY after the first: not kept
    # What CardBuilder.sorted_items gives: the group's label, repeats left out.
    email_rows: dict[str, Value] = {}
    for value, label, group in emails:
        key = value.casefold()
        if key not in email_rows:
            email_rows[key] = Value(value, labels.get(group) or label if labels else label)
    phone_rows: dict[str, Value] = {}
    for value, label, group in phones:
        if value not in phone_rows:
            phone_rows[value] = Value(value, labels.get(group) or label if labels else label)
    url_rows = dict.fromkeys([Value(value, labels.get(group) or label if labels else label)
                              for value, label, group in urls])
    places = dict.fromkeys([Place(labels.get(group) or label if labels else label, *parts)
                            for parts, label, group in addresses])
    # What CardBuilder.display_name gives (NICKNAME is not read here).
    given = name_parts[1] if len(name_parts) > 1 else ""
    family = name_parts[0] if name_parts else ""
    display = full_name or " ".join([p for p in (name_parts[1:3] + name_parts[0:1]) if p])
    if not display:
        display = (org or (emails[0][0] if emails else "")
                   or (phones[0][0] if phones else "") or (urls[0][0] if urls else ""))
        if not display:
            return None  # rejected: the usual way says why
    data = clean_values(
        display_name=display, given_name=given, family_name=family,
        organization=org, title=title, notes="\n".join(notes), birthday=birthday,
        uid=uid, photo_uri=photo_uri, photo=photo, photo_mime=photo_mime,
        emails=tuple(email_rows.values()), phones=tuple(phone_rows.values()),
        urls=tuple(url_rows), addresses=tuple(places), tags=tags,
    )
    return make_record(context.file, first, display, given, family, data=data, warnings=())
