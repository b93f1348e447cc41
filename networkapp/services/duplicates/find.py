"""Finding duplicates: candidates from blocking keys, scored, grouped.

Contacts are never compared all with all. Each one goes into a few blocks: per
e-mail (``e:``), per phone in E.164 (``p:``), per form of its name (``n:``), per
family name (``s:``; a family name many share is split by the given name's
initial) and per e-mail domain (``d:``, free mail left out). Only contacts
sharing a block are compared; a block of more than :data:`BLOCK_LIMIT` contacts
(a switchboard, a domain of hundreds) is not paired at all: what it shares says
nothing. Pairs the user marked "not duplicates" are left out. Groups are the
connected pairs, strongest first (a maximum spanning forest): a group's
confidence is that of its weakest link.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from networkapp.models import db
from networkapp.services.duplicates.keys import Profile, make_profile, surname_key
from networkapp.services.duplicates.score import (
    CONFIDENCES,
    Counts,
    PairMatch,
    score_pair,
)
from networkapp.services.duplicates.store import not_duplicate_pairs

BLOCK_LIMIT = 60
_CHUNK = 20_000

Progress = Callable[[int, int], None]
"""Called with (done, total) contacts while blocks are compared."""


@dataclass(frozen=True)
class Member:
    """A contact of a group, as the review shows it."""

    id: int
    name: str
    status: str


@dataclass(frozen=True)
class DuplicateGroup:
    """Contacts that look like one person, with the links that say why.

    Attributes:
        members: The contacts, lowest id first.
        links: The pairs that join them (strongest first), each with its reasons.
        confidence: The weakest link's confidence.
        score: The weakest link's score.
    """

    members: tuple[Member, ...]
    links: tuple[PairMatch, ...]
    confidence: str
    score: float

    @property
    def ids(self) -> tuple[int, ...]:
        """The members' ids."""
        return tuple(m.id for m in self.members)


def load_profiles(region: str | None, ids: Iterable[int] | None = None, *,
                  below: int | None = None) -> Iterator[Profile]:
    """Yield the profile of every stored contact (or of ``ids``; or those with an id
    under ``below``), archived ones too."""
    wanted = set(ids) if ids is not None else None
    top = db.execute_sql("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0]
    if below is not None:
        top = min(top, below - 1)
    for start in range(0, top + 1, _CHUNK):
        end = start + _CHUNK
        rows: dict[str, dict[int, list[str]]] = {}
        for table, column in (("contact_email", "value"), ("contact_phone", "value"),
                              ("contact_address", "locality")):
            found = rows[table] = {}
            for cid, value in db.execute_sql(
                    f"SELECT contact_id, {column} FROM {table} WHERE contact_id >= ? AND "
                    f"contact_id < ? ORDER BY contact_id, position, id", (start, end)):
                found.setdefault(cid, []).append(value)
        for cid, *columns in db.execute_sql(
                "SELECT id, display_name, given_name, family_name, organization, status "
                "FROM contact WHERE id >= ? AND id < ? ORDER BY id", (start, min(end, top + 1))):
            if wanted is None or cid in wanted:
                yield make_profile(cid, columns, emails=rows["contact_email"].get(cid, ()),
                                   phones=rows["contact_phone"].get(cid, ()),
                                   cities=rows["contact_address"].get(cid, ()), region=region)


def block_keys(profile: Profile) -> list[tuple[str, str]]:
    """Return the blocks a contact goes into, as (kind, key) (the surname unrefined)."""
    keys = [("e", e) for e in profile.emails]
    keys += [("p", p.e164) for p in profile.phones]
    keys += [("n", form) for form in profile.parts.forms]
    if surname := surname_key(profile.parts):
        keys.append(("s", surname))
    keys += [("d", d) for d in profile.domains]
    return keys


Block = int | list[int]
"""The contacts of a block: one id (most blocks), or a list of them."""


class CandidateIndex:
    """The profiles and their blocks; finds the pairs worth scoring."""

    def __init__(self, profiles: Iterable[Profile]) -> None:
        """Index ``profiles`` by their blocking keys (one dict per kind of key: the keys
        are the profiles' own strings, no copies)."""
        self.profiles: dict[int, Profile] = {}
        self.blocks: dict[str, dict[str, Block]] = {kind: {} for kind in "epnsd"}
        for profile in profiles:
            cid = profile.id
            self.profiles[cid] = profile
            for kind, key in block_keys(profile):
                block = self.blocks[kind]
                found = block.get(key)
                if found is None:
                    block[key] = cid
                elif isinstance(found, int):
                    if found != cid:
                        block[key] = [found, cid]
                elif found[-1] != cid:
                    found.append(cid)
        self.counts = Counts({(kind, key): len(ids) for kind in "epn"
                              for key, ids in self.blocks[kind].items()
                              if isinstance(ids, list) and len(ids) > 2})

    def _initial(self, cid: int) -> str:
        given = self.profiles[cid].parts.given
        return given[0][:1] if given else ""

    def _blocks(self) -> Iterator[list[int]]:
        """Yield each block small enough to pair (large family blocks by given initial)."""
        for kind, blocks in self.blocks.items():
            for ids in blocks.values():
                if isinstance(ids, int):
                    continue
                if kind == "s":  # only given names that can be one person's meet
                    yield from self._by_initial(ids)
                elif len(ids) <= BLOCK_LIMIT:
                    yield ids

    def _by_initial(self, ids: list[int]) -> Iterator[list[int]]:
        parts: dict[str, list[int]] = {}
        for cid in ids:
            parts.setdefault(self._initial(cid), []).append(cid)
        blank = parts.pop("", [])  # no given name: one with each initial's block
        for part in parts.values():
            if 2 <= len(part) + len(blank) <= BLOCK_LIMIT:
                yield part + blank

    def pairs(self, skip: set[tuple[int, int]], progress: Progress | None = None
              ) -> Iterator[PairMatch]:
        """Yield every scored pair of contacts sharing a block (each pair once)."""
        seen: set[int] = set()
        done = 0
        total = len(self.profiles)
        for ids in self._blocks():
            done += 1
            if progress is not None and done % 5000 == 0:
                progress(min(done, total), total)
            for i, first in enumerate(ids):
                for second in ids[i + 1:]:
                    low, high = (first, second) if first < second else (second, first)
                    key = (low << 32) | high
                    if key in seen or (low, high) in skip:
                        continue
                    seen.add(key)
                    found = score_pair(self.profiles[low], self.profiles[high], self.counts)
                    if found is not None:
                        yield found

    def matches_for(self, profile: Profile) -> list[PairMatch]:
        """Score a contact not in the index (a card being imported) against the
        contacts it shares a block with; best first. Its id is 0."""
        found: dict[int, PairMatch] = {}
        for kind, key in block_keys(profile):
            block = self.blocks[kind].get(key)
            ids = [block] if isinstance(block, int) else block or []
            if len(ids) > BLOCK_LIMIT and kind == "s":
                ids = [c for c in ids if self._initial(c) in ("", _first(profile))]
            if len(ids) > BLOCK_LIMIT:
                continue
            for cid in ids:
                if cid not in found and (pair := score_pair(
                        profile, self.profiles[cid], self.counts)) is not None:
                    found[cid] = pair
        return sorted(found.values(), key=lambda p: (-p.score, p.b))


def _first(profile: Profile) -> str:
    return profile.parts.given[0][:1] if profile.parts.given else ""


def find_duplicates(region: str | None, *, progress: Progress | None = None
                    ) -> list[DuplicateGroup]:
    """Return the groups of likely duplicates among all contacts, most certain first."""
    with db.atomic():  # one read snapshot
        index = CandidateIndex(load_profiles(region))
        skip = not_duplicate_pairs()
        links = sorted(index.pairs(skip, progress), key=lambda p: (-p.score, p.a, p.b))
    return group_pairs(links, index.profiles)


def group_pairs(links: Iterable[PairMatch], profiles: dict[int, Profile]
                ) -> list[DuplicateGroup]:
    """Join pairs (strongest first) into groups; return them most certain first."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    tree: dict[int, list[PairMatch]] = {}
    for link in links:
        ra, rb = root(link.a), root(link.b)
        if ra == rb:
            continue  # already joined by stronger links
        parent[rb] = ra
        tree.setdefault(ra, []).extend((link, *tree.pop(rb, ())))
    groups = []
    for chosen in tree.values():
        ids = sorted({i for link in chosen for i in (link.a, link.b)})
        weakest = min(chosen, key=lambda p: p.score)
        members = tuple(Member(i, profiles[i].name, profiles[i].status) for i in ids)
        ordered = tuple(sorted(chosen, key=lambda p: (-p.score, p.a, p.b)))
        groups.append(DuplicateGroup(members, ordered, weakest.confidence, weakest.score))
    rank = {c: n for n, c in enumerate(CONFIDENCES)}
    groups.sort(key=lambda g: (rank[g.confidence], -g.score, g.members[0].name.casefold(),
                               g.ids))
    return groups
