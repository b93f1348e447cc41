"""Introductions: who introduced whom to the user, and the people around one contact.

A contact has at most one introducer (``contact.introduced_by_id``, with the date in
``introduced_on``), so the introductions form a forest: :func:`introducer_problem`
refuses a link that would make a circle (A introduced by B introduced by A). An
"introduction" exchange may name the contact introduced: in my interaction with Anna,
"I gave an introduction: Marco" means I introduced Marco to Anna; "I received an
introduction: Luca" means Anna introduced Luca to me, and Luca's introducer becomes Anna
when he had none (:func:`link_received`).

Deleting an introducer empties the link (``ON DELETE SET NULL``); an archived one stays
in the map, marked. Everything here returns frozen dataclasses and imports no Qt; the
layouts are in :mod:`networkapp.services.introduction_layout`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from networkapp.i18n import Phrase, tr_noop
from networkapp.models import db
from networkapp.models.text import fold
from networkapp.services import contact_writer as writer
from networkapp.services.balance import balance_kind
from networkapp.services.vocabulary import ARCHIVED, GAVE, RECEIVED

INTRODUCTION = "introduction"
"""The exchange kind that can name the contact introduced."""
_CHAIN_LIMIT = 100_000  # a guard: a forest has no longer chain than it has contacts


@dataclass(frozen=True)
class Person:
    """A contact as the map and the lists show it (one query for many)."""

    id: int
    name: str
    status: str
    gave: int
    received: int
    open_warnings: int
    has_photo: bool

    @property
    def initials(self) -> str:
        """Up to two letters: the first of the first and of the last word of the name."""
        words = [w for w in self.name.split() if w[:1].isalnum()]
        if not words:
            return self.name[:1].upper() or "?"
        first, last = words[0][0], words[-1][0] if len(words) > 1 else ""
        return (first + last).upper()

    @property
    def archived(self) -> bool:
        """True for an archived contact (kept as a plain entry)."""
        return self.status == ARCHIVED

    @property
    def balance(self) -> str:
        """"none" (nothing exchanged), "one_sided" or "two_sided" (both sides gave)."""
        return balance_kind(self.gave, self.received)


_PERSON_SQL = ("SELECT id, display_name, status, gave_count, received_count, "
               "open_warning_count, photo IS NOT NULL OR photo_uri IS NOT NULL FROM contact")


def people(contact_ids: Iterable[int]) -> dict[int, Person]:
    """Return the contacts by id (the ones that exist), a few queries per 5,000."""
    ids = list(dict.fromkeys(contact_ids))
    found: dict[int, Person] = {}
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        marks = ",".join("?" * len(chunk))
        for row in db.execute_sql(f"{_PERSON_SQL} WHERE id IN ({marks})", chunk):
            found[row[0]] = Person(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]))
    return found


def all_people() -> dict[int, Person]:
    """Return every contact by id (the overview)."""
    return {row[0]: Person(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]))
            for row in db.execute_sql(f"{_PERSON_SQL} ORDER BY id")}


def introducer_chain(contact_id: int) -> list[int]:
    """Return the contact's introducer, the introducer's introducer... up to the first."""
    rows = db.execute_sql(
        "WITH RECURSIVE up(id, depth) AS (SELECT introduced_by_id, 1 FROM contact WHERE id = ? "
        "UNION ALL SELECT c.introduced_by_id, up.depth + 1 FROM contact c JOIN up ON c.id = up.id "
        "WHERE up.depth < ?) SELECT id FROM up WHERE id IS NOT NULL ORDER BY depth",
        (contact_id, _CHAIN_LIMIT))
    chain: list[int] = []
    for (cid,) in rows:
        if cid == contact_id or cid in chain:  # a circle stored by another program
            break
        chain.append(cid)
    return chain


def _name(contact_id: int) -> str | None:
    row = db.execute_sql("SELECT display_name FROM contact WHERE id = ?",
                         (contact_id,)).fetchone()
    return None if row is None else str(row[0])


def introducer_problem(contact_id: int | None, introducer_id: int) -> Phrase | None:
    """Return why ``introducer_id`` cannot be the introducer of ``contact_id`` (None for
    a new contact), or None when it can.

    A contact cannot introduce themselves, and a link that would make a circle (Anna
    introduced by Marco, who was introduced by Anna) is refused, naming the circle.
    """
    introducer = _name(introducer_id)
    if introducer is None:
        return Phrase(tr_noop("The introducer is not in your contacts any more."))
    if contact_id is None:
        return None
    if introducer_id == contact_id:
        return Phrase(tr_noop("%1 cannot have introduced themselves."), args=(introducer,))
    chain = introducer_chain(introducer_id)
    if contact_id not in chain:
        return None
    name = _name(contact_id) or ""
    circle = [introducer, *[_name(c) or "" for c in chain[: chain.index(contact_id)]], name]
    return Phrase(tr_noop("%1 cannot have introduced %2: %2 is who introduced %1 (%3), and "
                          "introductions cannot go round in a circle."),
                  args=(introducer, name, " ← ".join(circle)))


def link_received(interaction_contact: int, exchanges: Sequence[tuple[str, str, int | None]],
                  on: dt.date) -> None:
    """Make each contact named by a received introduction (direction, kind, introduced)
    one the interaction's contact introduced, if it had no introducer yet and the link
    makes no circle; through the contact writer, inside the caller's transaction."""
    for direction, kind, introduced in exchanges:
        if direction != RECEIVED or kind != INTRODUCTION or introduced is None:
            continue
        row = db.execute_sql("SELECT introduced_by_id FROM contact WHERE id = ?",
                             (introduced,)).fetchone()
        if row is None or row[0] is not None:
            continue
        if introducer_problem(introduced, interaction_contact) is None:
            writer.update_columns(introduced, {"introduced_by_id": interaction_contact,
                                               "introduced_on": on.isoformat()})


@dataclass(frozen=True)
class ContactIntroductions:
    """One contact's introductions, for its card, its map and its printed summary.

    Attributes:
        introducer: Who introduced them to me, and when (``introduced_on``).
        introduced: The people they introduced to me (their children in the forest).
        mine_to_them: The people I introduced to them (my "introduction" exchanges with
            them that name someone).
        mine_to_whom: The people I introduced them to (exchanges with others naming them).
    """

    contact: Person
    introducer: Person | None
    introduced_on: dt.date | None
    chain: tuple[Person, ...]
    introduced: tuple[Person, ...]
    mine_to_them: tuple[Person, ...]
    mine_to_whom: tuple[Person, ...]

    @property
    def empty(self) -> bool:
        """True when the contact has no introduction at all."""
        return not (self.introducer or self.introduced or self.mine_to_them
                    or self.mine_to_whom)


def _sorted(found: dict[int, Person], ids: Iterable[int]) -> tuple[Person, ...]:
    return tuple(sorted((found[i] for i in dict.fromkeys(ids) if i in found),
                        key=lambda p: (fold(p.name), p.id)))


def introductions_of(contact_id: int) -> ContactIntroductions | None:
    """Return the contact's introductions (None when the contact does not exist)."""
    row = db.execute_sql("SELECT introduced_by_id, introduced_on FROM contact WHERE id = ?",
                         (contact_id,)).fetchone()
    if row is None:
        return None
    chain = introducer_chain(contact_id)
    children = [c for (c,) in db.execute_sql(
        "SELECT id FROM contact WHERE introduced_by_id = ?", (contact_id,))]
    exchange = ("SELECT {0} FROM exchange e JOIN interaction i ON i.id = e.interaction_id "
                "WHERE e.kind = ? AND e.direction = ? AND {1} = ? "
                "AND e.introduced_contact_id IS NOT NULL ORDER BY e.id")
    to_them = [c for (c,) in db.execute_sql(
        exchange.format("e.introduced_contact_id", "i.contact_id"),
        (INTRODUCTION, GAVE, contact_id))]
    to_whom = [c for (c,) in db.execute_sql(
        exchange.format("i.contact_id", "e.introduced_contact_id"),
        (INTRODUCTION, GAVE, contact_id))]
    found = people([contact_id, *chain, *children, *to_them, *to_whom])
    on = row[1]
    return ContactIntroductions(
        contact=found[contact_id], introducer=found.get(row[0]) if row[0] else None,
        introduced_on=dt.date.fromisoformat(on) if isinstance(on, str) else on,
        chain=tuple(found[c] for c in chain if c in found),
        introduced=_sorted(found, children), mine_to_them=_sorted(found, to_them),
        mine_to_whom=_sorted(found, to_whom))


def forest_links() -> dict[int, int]:
    """Return every stored link: contact id -> the id of who introduced them."""
    return dict(db.execute_sql(
        "SELECT id, introduced_by_id FROM contact WHERE introduced_by_id IS NOT NULL"
    ).fetchall())


@dataclass(frozen=True)
class DoorOpener:
    """How many doors a contact opened for me, and I for them.

    Attributes:
        to_me: The people they introduced to me (the contacts they are the introducer
            of), plus the introductions I received from them that name nobody.
        by_me: The introductions I gave them (I introduced someone to them).
    """

    person: Person
    to_me: int
    by_me: int

    @property
    def total(self) -> int:
        """Both ways together."""
        return self.to_me + self.by_me


def door_openers(limit: int | None = None) -> list[DoorOpener]:
    """Return the contacts who opened most doors, both ways: most introductions first,
    then by name; only contacts with at least one."""
    to_me: dict[int, int] = {}
    for cid, count in db.execute_sql(
            "SELECT introduced_by_id, count(*) FROM contact WHERE introduced_by_id IS NOT NULL "
            "GROUP BY introduced_by_id"):
        to_me[cid] = count
    by_me: dict[int, int] = {}
    for cid, direction, count in db.execute_sql(
            "SELECT i.contact_id, e.direction, count(*) FROM exchange e JOIN interaction i "
            "ON i.id = e.interaction_id WHERE e.kind = ? AND (e.direction = ? OR "
            "e.introduced_contact_id IS NULL) GROUP BY i.contact_id, e.direction",
            (INTRODUCTION, GAVE)):
        target = by_me if direction == GAVE else to_me
        target[cid] = target.get(cid, 0) + count
    found = people([*to_me, *by_me])
    openers = [DoorOpener(found[cid], to_me.get(cid, 0), by_me.get(cid, 0))
               for cid in found]
    openers.sort(key=lambda o: (-o.total, -o.to_me, fold(o.person.name), o.person.id))
    return openers[:limit] if limit is not None else openers


@dataclass(frozen=True)
class NameMatch:
    """A contact offered by a name completer."""

    id: int
    name: str
    status: str
    organization: str


def names_starting(text: str, *, limit: int = 20, exclude: int | None = None
                   ) -> list[NameMatch]:
    """Return contacts whose name (or one of its words) starts with ``text``, ignoring case
    and accents: whole-name matches first (an index range), then word matches, by name.

    Fast at 100,000 contacts: the first part reads the ``sort_name`` index, the second
    stops at ``limit`` rows in name order.
    """
    key = fold(text.strip())
    if not key:
        return []
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    columns = "SELECT id, display_name, status, organization FROM contact"
    rows = list(db.execute_sql(
        f"{columns} WHERE sort_name >= ? AND sort_name < ? AND id IS NOT ? "
        "ORDER BY sort_name, id LIMIT ?", (key, key + "\U0010ffff", exclude, limit)))
    if len(rows) < limit:
        seen = {r[0] for r in rows}
        rows += [r for r in db.execute_sql(
            f"{columns} WHERE sort_name LIKE ? ESCAPE '\\' AND id IS NOT ? "
            "ORDER BY sort_name, id LIMIT ?", (f"% {escaped}%", exclude, limit))
            if r[0] not in seen][: limit - len(rows)]
    return [NameMatch(*row) for row in rows]


def name_of(contact_id: int | None) -> str:
    """Return a contact's name ("" when there is none)."""
    return (_name(contact_id) or "") if contact_id else ""


def photo_of(contact_id: int) -> bytes | None:
    """Return a contact's inline photo, if any (the map shows it in the node)."""
    row = db.execute_sql("SELECT photo FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return bytes(row[0]) if row and row[0] else None


def uid_of(contact_id: int | None) -> str | None:
    """Return a contact's UID (what an exported card names its introducer by)."""
    if not contact_id:
        return None
    row = db.execute_sql("SELECT uid FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return row[0] if row and row[0] else None
