"""What the file remembers about duplicates: pairs that are not, and merged-away names.

"Not duplicates" is stored per pair of contacts (lower id first) in
``not_duplicate``; deleting or merging either contact drops the pair with it
(a foreign-key cascade). Every write runs inside the caller's transaction, so the
window records it for undo like any edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from networkapp.models import db
from networkapp.services.contact_writer import now
from networkapp.services.errors import NotFoundError


def not_duplicate_pairs() -> set[tuple[int, int]]:
    """Return every pair marked "not duplicates", as (lower id, higher id)."""
    return {(a, b) for a, b in db.execute_sql(
        "SELECT contact_a_id, contact_b_id FROM not_duplicate")}


def mark_not_duplicates(contact_ids: Iterable[int], *, apart: Iterable[int] = ()) -> int:
    """Remember that these contacts are different people; return how many new pairs.

    Without ``apart``: every pair among ``contact_ids``. With it: each of ``apart``
    paired with each of ``contact_ids`` (a contact taken out of a group).

    Raises:
        NotFoundError: one of the contacts does not exist (nothing is written).
    """
    ids = sorted(set(contact_ids))
    out = sorted(set(apart))
    pairs = ({tuple(sorted((a, b))) for a in out for b in ids if a != b} if out
             else set(combinations(ids, 2)))
    everyone = sorted({*ids, *out})
    with db.atomic():
        marks = ",".join("?" * len(everyone))
        known = db.execute_sql(f"SELECT count(*) FROM contact WHERE id IN ({marks})",
                               everyone).fetchone()[0] if everyone else 0
        if known != len(everyone):
            raise NotFoundError("A contact of the group does not exist any more.")
        before = db.execute_sql("SELECT count(*) FROM not_duplicate").fetchone()[0]
        db.cursor().executemany(
            "INSERT OR IGNORE INTO not_duplicate (contact_a_id, contact_b_id, created_at) "
            "VALUES (?, ?, ?)", [(a, b, now()) for a, b in sorted(pairs)])
        after = db.execute_sql("SELECT count(*) FROM not_duplicate").fetchone()[0]
    return int(after - before)


def add_aliases(target: int, merged: Iterable[tuple[str | None, str, str, str]],
                at: str) -> None:
    """Remember what merged-away contacts were known by: (uid, display, given, family)."""
    db.cursor().executemany(
        "INSERT INTO contact_alias (contact_id, uid, display_name, given_name, family_name, "
        "merged_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(target, uid, display, given, family, at) for uid, display, given, family in merged])
