"""One pass of an import: cards matched to contacts batch by batch, and (when
writing) each batch written before the next is read.

The same code previews and imports: :class:`Run` with ``writing=False`` keeps the
contacts a preview creates in memory (their photos as digests only); with
``writing=True`` it runs inside the import's transaction, writes every batch through
:mod:`networkapp.services.contact_writer` and forgets it, so memory stays bounded
(photos go from the card to the database). Contacts new in the import get their ids
when a card creates them (the writer holds the write lock), so a later card finds
them by the same keys, written or not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from networkapp.i18n import Part
from networkapp.models import db
from networkapp.services import contact_writer as writer
from networkapp.services.duplicates.find import CandidateIndex, load_profiles
from networkapp.services.duplicates.keys import make_profile
from networkapp.services.duplicates.score import HIGH, LIKELY, PairMatch
from networkapp.services.duplicates.store import add_aliases
from networkapp.services.importing.clean import ROW_KINDS, CardData, Record
from networkapp.services.importing.match import MatchIndex
from networkapp.services.importing.merge import ContactState, load_states
from networkapp.services.introductions import introducer_problem
from networkapp.services.settings import get_default_cadence, get_phone_region
from networkapp.services.vocabulary import ARCHIVED

NEW, MERGE, UNCHANGED, REJECTED, SKIPPED = "new", "merge", "unchanged", "rejected", "skipped"
LOG = "log"  # a capture (calendar, mail, LinkedIn) logs an interaction with the target

Cancelled = Callable[[], bool]
CardPlace = tuple[str, int]
"""Where a card starts: (file, line), as its :class:`CardFate` says."""


class ImportCancelled(Exception):  # noqa: N818 -- a request, not an error
    """The user cancelled; nothing was written."""


@dataclass(frozen=True, slots=True)
class CardFate:
    """What an import does with one card.

    Attributes:
        file: The file (or data name) the card is in.
        line: The line of its BEGIN:VCARD (or where a broken card starts).
        name: The card's name ("" for a rejected card).
        fate: "new", "merge", "unchanged", "rejected" or "skipped" (contact groups).
        target_id: The stored contact it merges into (None for new, rejected, skipped
            and merges into a contact new in this import).
        target_name: The name of the contact it merges into or matches.
        reason: Why it was rejected or skipped; a note for archived contacts.
        conflicts: Values kept where the card says otherwise.
        warnings: Lines skipped or values dropped while reading the card.
        choice: For an entry the user may leave out (a capture's new contact), the key
            the preview's box gives back; "" for the rest.
        needs: The ``choice`` an entry depends on (an interaction with someone to
            create: logged only if they are); "" for the rest.
        phrase: The reason as the window shows it, translated (``reason`` is its
            English, for the command line and the notes); None: ``reason`` as is.
        look_alike: For a new card, the stored contact it likely duplicates (its id is
            ``look_alike.b``) and why; the preview offers to merge the card into it.
        look_alike_name: That contact's name.
    """

    file: str
    line: int
    name: str
    fate: str
    target_id: int | None = None
    target_name: str = ""
    reason: str = ""
    conflicts: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    choice: str = ""
    needs: str = ""
    phrase: Part | tuple[Part, ...] | None = None
    look_alike: PairMatch | None = None
    look_alike_name: str = ""

    @property
    def place(self) -> CardPlace:
        """(file, line): what :func:`apply_import`'s ``merge_into`` is keyed by."""
        return (self.file, self.line)

    @property
    def where(self) -> str:
        """``file:line`` (the file alone for line 0: about the whole file)."""
        return f"{self.file}:{self.line}" if self.line else self.file


class Run:
    """Matches cards, batch by batch, and writes them when ``writing``."""

    def __init__(self, *, writing: bool, is_cancelled: Cancelled | None = None,
                 merge_into: Mapping[CardPlace, int] | None = None) -> None:
        """Read the index of the stored contacts (inside the caller's transaction).

        ``merge_into``: cards (by place) the user chose to merge into a stored contact
        (a look-alike) instead of creating one.
        """
        self.writing, self.is_cancelled = writing, is_cancelled
        self.merge_into = dict(merge_into or {})
        self.look_alikes: CandidateIndex | None = None  # built for the first new card
        self.region = get_phone_region()
        self.aliases: list[tuple[int, str | None, str, str, str]] = []
        self.index = MatchIndex.from_database()
        self.first_new = self.next_id = 1 + (db.execute_sql(
            "SELECT max(id) FROM contact").fetchone()[0] or 0)
        self.loadable = self.first_new  # ids below this are in the database
        self.first_tag = 1 + (db.execute_sql("SELECT max(id) FROM tag").fetchone()[0] or 0)
        self.states: dict[int, ContactState] = {}
        self.entries: list[CardFate] = []
        self.created: list[int] = []
        self.merged: dict[int, None] = {}
        self.cadence = get_default_cadence() if writing else None
        self.introductions: dict[int, tuple[str, str | None]] = {}
        self.at = writer.now()

    @property
    def created_tags(self) -> tuple[int, ...]:
        """The tags the import created (writing only)."""
        return tuple(tid for (tid,) in db.execute_sql(
            "SELECT id FROM tag WHERE id >= ? ORDER BY id", (self.first_tag,)))

    def feed(self, records: Sequence[Record]) -> None:
        """Match a batch of cards (and write it when writing)."""
        if self.is_cancelled is not None and self.is_cancelled():
            raise ImportCancelled
        # The stored contacts the batch's cards can reach, loaded together: a card finds
        # one by its keys, or (nothing but a name) among the same-name contacts. Keys
        # the batch's own cards add point at contacts new in it or found here already.
        wanted: set[int] = set()
        index = self.index
        for record in records:
            data = record.data
            if data is None:
                continue
            uid, emails, phones = data.scalars["uid"], data.keys["emails"], data.keys["phones"]
            # data.keys is typed tuple[object, ...] for every kind; e-mail and phone keys are str.
            found = index.find(uid, emails, phones, data.names)  # type: ignore[arg-type]
            found = self.merge_into.get((record.file, record.line), found)
            if found is not None:
                wanted.add(found)
            elif not (uid or emails or phones):
                wanted.update(index.same_name(data.names))
        self._load(wanted)
        self.entries += [self._fate(record) for record in records]
        if self.writing:
            self._write()
            self.states.clear()  # all in the database now
            self.loadable = self.next_id

    def _load(self, ids: Iterable[int]) -> None:
        """Load the stored contacts among ``ids`` that are not loaded yet."""
        self.states.update(load_states(sorted(
            cid for cid in ids if cid < self.loadable and cid not in self.states)))

    def _new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def _fate(self, record: Record) -> CardFate:
        """Find the card's contact and merge the card into it; say what that does.

        A card belongs to the contact sharing its UID, an e-mail address, or a phone
        number and the name; a card with nothing but a name to the same-name contact
        that holds all of it; else it is a new contact (ids in card order).
        """
        if record.reason:
            return CardFate(record.file, record.line, "", REJECTED, reason=record.reason)
        data = record.data
        if data is None:
            return CardFate(record.file, record.line, record.name, SKIPPED,
                            warnings=record.warnings,
                            reason="a contact group (a list of members), not a person: skipped")
        uid, emails, phones = data.scalars["uid"], data.keys["emails"], data.keys["phones"]
        forced = self._forced(record)
        if forced is not None or uid or emails or phones:
            # As above: e-mail and phone keys are str (data.keys is typed tuple[object, ...]).
            found = forced if forced is not None else self.index.find(
                uid, emails, phones, data.names)  # type: ignore[arg-type]
            cid = found if found is not None else self._new_id()
            self.index.add(cid, uid, emails, phones, data.names)  # type: ignore[arg-type]
        else:
            cid = self._name_only(record)
        if cid < self.loadable and cid not in self.states:
            self._load((cid,))  # not foreseen by feed(): never seen to happen
        if data.introduced is not None:
            self.introductions.setdefault(cid, data.introduced)
        state = self.states.get(cid)
        if state is None:
            state = self.states[cid] = ContactState.new(cid, data, record.file)
            if not self.writing:
                state.photo = None  # a preview keeps the digest only
            alike = None if self.writing else self._look_alike(data)
            return CardFate(record.file, record.line, record.name, NEW, warnings=record.warnings,
                            look_alike=alike[0] if alike else None,
                            look_alike_name=alike[1] if alike else "")
        changed, conflicts = state.merge(data)
        if forced is not None and self.writing:  # the card's UID and name find it again
            names = data.scalars  # a UID the contact took (it had none) is its own now
            self.aliases.append((cid, uid if uid != state.scalars.get("uid") else None,
                                 names.get("display_name") or "",
                                 names.get("given_name") or "", names.get("family_name") or ""))
            changed = True
        if not self.writing:
            state.photo = None
        note = ""
        if state.status == ARCHIVED and changed:
            note = f"{state.name} is archived: its card data is updated, it stays archived"
        return CardFate(record.file, record.line, record.name, MERGE if changed else UNCHANGED,
                        target_id=cid if cid < self.first_new else None,
                        target_name=state.name, reason=note, conflicts=tuple(conflicts),
                        warnings=record.warnings)

    def _forced(self, record: Record) -> int | None:
        """The stored contact the user chose for this card, if it still exists."""
        cid = self.merge_into.get((record.file, record.line))
        if cid is None or cid >= self.loadable:
            return None
        self._load((cid,))
        return cid if cid in self.states else None

    def _look_alike(self, data: CardData) -> tuple[PairMatch, str] | None:
        """The stored contact a new card likely duplicates (high or likely), and its name.

        The index of the stored contacts is built for the first new card only."""
        if self.look_alikes is None:
            self.look_alikes = CandidateIndex(load_profiles(self.region, below=self.loadable))
        scalars = data.scalars
        profile = make_profile(
            0, (scalars.get("display_name") or "", scalars.get("given_name") or "",
                scalars.get("family_name") or "", scalars.get("organization") or "", ""),
            emails=[v for v, _ in data.emails], phones=[v for v, _ in data.phones],
            cities=[place[_LOCALITY] for place in data.addresses], region=self.region)
        for match in self.look_alikes.matches_for(profile):
            if match.confidence in (HIGH, LIKELY):
                return match, self.look_alikes.profiles[match.b].name
        return None

    def _name_only(self, record: Record) -> int:
        """A card with no UID, e-mail or phone is a contact already there only if the
        same-name contact holds all of it (so re-importing it changes nothing)."""
        data = record.data
        assert data is not None
        for cid in self.index.same_name(data.names):
            state = self.states.get(cid)
            if state is not None and state.covers(data):
                return cid
        cid = self._new_id()
        self.index.add_name(cid, data.names)
        return cid

    def _write(self) -> None:
        """Write the batch's new contacts and the changes to stored ones."""
        new = sorted((s for s in self.states.values() if not s.stored), key=lambda s: s.id)
        dirty = [s for s in self.states.values() if s.stored and s.dirty]
        writer.insert_contacts([self._new_contact(s) for s in new], ids=[s.id for s in new],
                               at=self.at)
        for state in dirty:
            columns: dict[str, object] = {name: state.scalars.get(name)
                                          for name in state.changed if name != "photo"}
            if "photo" in state.changed:
                columns |= {"photo": state.photo, "photo_mime": state.photo_mime}
            writer.update_columns(state.id, columns, at=self.at)
            if state.id < self.first_new:
                self.merged[state.id] = None
        writer.add_rows({s.id: _rows(s) for s in dirty}, after={s.id: s.existing for s in dirty})
        writer.link_tags({s.id: _tags(s) for s in dirty if s.added.get("tags")})
        if self.aliases:
            for cid, uid, display, given, family in self.aliases:
                add_aliases(cid, [(uid, display, given, family)], self.at)
                self.merged[cid] = None
            self.aliases.clear()
        writer.refresh([s.id for s in new] + [s.id for s in dirty])
        self.created += [s.id for s in new]

    def link_introductions(self) -> None:
        """Give the imported contacts the introducer their card names by UID (stored, or
        new in this import), through the writer. A contact that has one keeps it; a link
        that would make a circle is left out."""
        for cid, (uid, on) in self.introductions.items():
            # The one UID lookup of the import: stored contacts, merged-away ones'
            # aliases, and the cards of this import (matched or new).
            introducer = self.index.uids.get(uid.strip())
            row = db.execute_sql("SELECT introduced_by_id FROM contact WHERE id = ?",
                                 (cid,)).fetchone()
            if introducer is None or row is None or row[0] is not None \
                    or introducer_problem(cid, introducer) is not None:
                continue
            writer.update_columns(cid, {"introduced_by_id": introducer, "introduced_on": on},
                                  at=self.at)
            if cid < self.first_new:
                self.merged[cid] = None

    def _new_contact(self, state: ContactState) -> writer.NewContact:
        columns: dict[str, object] = {**state.scalars, "photo": state.photo,
                                       "photo_mime": state.photo_mime,
                                       "cadence_days": self.cadence}
        return writer.NewContact(columns, _rows(state), _tags(state),
                                 reason=f"Imported from {Path(state.origin).name}")


_LOCALITY = 4  # an address tuple: label, po_box, extended, street, locality, ...


def _rows(state: ContactState) -> dict[str, Sequence[tuple[str, ...]]]:
    # The added rows are (value, label) and address tuples of strings (clean.py).
    return {kind: cast("Sequence[tuple[str, ...]]", state.added[kind])
            for kind in ROW_KINDS[:-1] if state.added.get(kind)}


def _tags(state: ContactState) -> Sequence[str]:
    return cast("Sequence[str]", state.added.get("tags", ()))
