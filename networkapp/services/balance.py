"""The give/receive balance of a relationship."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Literal

from networkapp.i18n import tr_noop
from networkapp.models import Exchange, Interaction
from networkapp.models.rows import tuples
from networkapp.services.dto import Balance, KindBalance
from networkapp.services.vocabulary import GAVE, GROWTHS, KINDS, RECEIVED

# The labels are English keys too, translated where shown (tr_noop marks them).
BALANCED = tr_noop("balanced")
I_GIVE_MORE = tr_noop("I give more")
THEY_GIVE_MORE = tr_noop("they give more")
NO_EXCHANGES = tr_noop("no exchanges yet")


def balance_label(gave: int, received: int) -> str:
    """Name the balance of ``gave`` vs ``received`` exchanges.

    The rule: with no exchange at all, "no exchanges yet". Otherwise the
    relationship is "balanced" when both sides gave and the smaller side is at
    least half the larger (2 vs 1 is balanced, 3 vs 1 is not); else the side that
    gave more names it ("I give more" / "they give more"). Counts, not weights,
    so the label matches the counts shown in the contact list.
    """
    if gave <= 0 and received <= 0:
        return NO_EXCHANGES
    if gave > 0 and received > 0 and 2 * min(gave, received) >= max(gave, received):
        return BALANCED
    return I_GIVE_MORE if gave > received else THEY_GIVE_MORE


def is_one_sided(gave: int, received: int) -> bool:
    """True when at least 3 exchanges happened and one side gave 4 times the other or more.

    This is what puts a relationship in the "Needs attention" view.
    """
    return gave + received >= 3 and 4 * min(gave, received) <= max(gave, received)


def balance_kind(gave: int, received: int) -> str:
    """"none" (nothing exchanged), "two_sided" (both sides gave, not one-sided) or
    "one_sided" (only one side gave, or :func:`is_one_sided`)."""
    if gave <= 0 and received <= 0:
        return "none"
    if gave > 0 and received > 0 and not is_one_sided(gave, received):
        return "two_sided"
    return "one_sided"


def one_sidedness(gave: int, received: int) -> float:
    """Return 0.0 (perfectly balanced or empty) to 1.0 (only one side gives)."""
    total = gave + received
    return abs(gave - received) / total if total else 0.0


def _split(rows: list[tuple[str, str, str, int]], index: Literal[1, 2], keys: tuple[str, ...]
           ) -> tuple[KindBalance, ...]:
    gave: Counter[str] = Counter()
    received: Counter[str] = Counter()
    for row in rows:
        (gave if row[0] == GAVE else received)[row[index]] += 1
    return tuple(KindBalance(key, gave[key], received[key]) for key in keys
                 if gave[key] or received[key])


def compute_balance(
    contact_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> Balance:
    """Return gave vs received (counts and weights, by kind and growth) in ``[start, end]``."""
    query = (Exchange.select(Exchange.direction, Exchange.kind, Exchange.growth, Exchange.weight)
             .join(Interaction).where(Interaction.contact == contact_id))
    if start is not None:
        query = query.where(Interaction.date >= start)
    if end is not None:
        query = query.where(Interaction.date <= end)
    rows = list(tuples(query))
    gave = [r for r in rows if r[0] == GAVE]
    received = [r for r in rows if r[0] == RECEIVED]
    extra_kinds = tuple(sorted({r[1] for r in rows} - set(KINDS)))
    return Balance(
        gave_count=len(gave), received_count=len(received),
        gave_weight=sum(r[3] for r in gave), received_weight=sum(r[3] for r in received),
        by_kind=_split(rows, 1, KINDS + extra_kinds), by_growth=_split(rows, 2, GROWTHS),
        label=balance_label(len(gave), len(received)), start=start, end=end,
    )
