"""What an import keeps of each card: a :class:`CardRecord`, made two ways.

:meth:`CardRecord.of` turns a card the reader finished (a :class:`ParsedCard` or a
:class:`RejectedCard`) into a record. :func:`record_of_builder` makes the same
record straight from the reader's :class:`CardBuilder` for the cards its quick lane
reads (nearly all of them), skipping the :class:`ParsedCard` and its e-mail, phone,
address and URL objects, which the record would drop at once.
tests/services/test_vcard_records.py checks both give equal records on the corpus,
the edge cases and mutated cards.
"""

from __future__ import annotations

from dataclasses import dataclass

from networkapp.services.import_match import name_keys
from networkapp.services.import_merge import CardData, Place, Value, card_data, clean_values
from networkapp.services.vcard import CardResult, RejectedCard
from networkapp.services.vcard.builder import CardBuilder
from networkapp.services.vcard.card import KIND_INDIVIDUAL


@dataclass(frozen=True, slots=True)
class CardRecord:
    """What an import keeps of one card between the preview and the writing.

    Attributes:
        file: The file (or data name) the card is in.
        line: The line of its BEGIN:VCARD (or where a broken card starts).
        name: Its display name ("" when rejected).
        data: Its values cleaned for storage, with their matching keys; None for a
            rejected card or a contact group.
        names: Its folded name forms (:func:`name_keys`, without repeats).
        warnings: What the reader and the cleaning left out.
        reason: Why it was rejected, "" otherwise.
    """

    file: str
    line: int
    name: str
    data: CardData | None
    names: tuple[str, ...]
    warnings: tuple[str, ...]
    reason: str = ""

    @classmethod
    def of(cls, card: CardResult) -> CardRecord:
        """Return the record of a parsed or rejected card."""
        if isinstance(card, RejectedCard):
            return cls(card.file, card.line, "", None, (), (), card.reason)
        warnings = tuple(issue.message for issue in card.warnings)
        if card.kind == "group":
            return cls(card.file, card.line, card.display_name, None, (), warnings)
        data = card_data(card)
        return make_record(card.file, card.line, card.display_name, card.given_name,
                       card.family_name, data=data, warnings=warnings)


def make_record(file: str, line: int, display: str, given: str, family: str, *,
                data: CardData, warnings: tuple[str, ...]) -> CardRecord:
    """Return the record of a card with this name and these cleaned values."""
    names = tuple(name_keys(display, given, family))
    name = data.scalars["display_name"]
    if name != display:
        name = display  # else the record's name shares the stored display name
    return CardRecord(file, line, name, data, names, warnings + data.problems)  # type: ignore[arg-type]


def record_of_builder(card: CardBuilder) -> CardRecord:
    """Return the record of a card the reader's quick lane collected: the same as
    ``CardRecord.of(card.build())``, without building the :class:`ParsedCard`."""
    if card.bad_begin is not None or card.kind != KIND_INDIVIDUAL:
        return CardRecord.of(card.build())
    email_rows, phone_rows, addresses, urls = card.sorted_items(Value, Value, Place, Value)
    display = card.display_name(email_rows, phone_rows, card.items)
    if not display:
        return CardRecord.of(card.build())  # rejected
    parts = card.name_parts
    given = parts[1] if len(parts) > 1 else ""
    family = parts[0] if parts else ""
    data = clean_values(
        display_name=display, given_name=given, family_name=family,
        organization=card.organization, title=card.title, notes="\n".join(card.notes),
        birthday=card.birthday, uid=card.uid, photo_uri=card.photo_uri, photo=card.photo,
        photo_mime=card.photo_mime, emails=email_rows, phones=phone_rows, urls=urls,
        addresses=tuple(addresses), tags=card.tags,
    )
    warnings = tuple(issue.message for issue in card.warnings)
    return make_record(card.context.file, card.line, display, given, family, data=data,
                   warnings=warnings)
