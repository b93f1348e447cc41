"""Contacts to print: a rich one, an empty one, one with thousands of interactions.

Written through the services (the big history with bulk inserts, then the
cached columns rebuilt), shared by the printing tests and ``bench/bench_summary.py``.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib

from networkapp.models import Exchange, Interaction, db
from networkapp.models.cache import refresh_cached_columns
from networkapp.services.contacts import create_contact
from networkapp.services.dto import (
    ClarificationInput,
    ContactFields,
    Decision,
    ExchangeInput,
    InteractionInput,
    LabeledValue,
    SignalInput,
)
from networkapp.services.interactions import add_interaction
from networkapp.services.signals import add_signal
from networkapp.services.states import finish_clarification
from networkapp.services.vocabulary import GROWTHS, KINDS

TODAY = dt.date(2026, 3, 15)
HOSTILE_NAME = "<b>x</b>"
HOSTILE_NOTE = '<img src="http://example.com/x.png"> & <script>alert(1)</script>'


def png_bytes(size: int = 48) -> bytes:
    """Return a small PNG (a teal-to-amber gradient) without needing Qt."""
    rows = b"".join(
        b"\x00" + bytes(v for x in range(size) for v in (47 + x * 3, 127, 143 - y)) for y in
        range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def empty_contact(name: str = "Nuova Persona") -> int:
    """A contact just added: nothing logged."""
    return create_contact(ContactFields(display_name=name))


def rich_contact(name: str = "Élodie Ångström-李明", *, photo: bool = True) -> int:
    """A contact with a photo, exchanges, signals, a clarification kept and a new warning."""
    cid = create_contact(ContactFields(
        display_name=name, organization="Kōbō Design", title="Founder",
        emails=(LabeledValue("elodie@example.org", "work"),),
        phones=(LabeledValue("+39 333 1234567", "mobile"),), tags=("mentor", "conference"),
        notes="Met at the Lisbon conference.", cadence_days=30,
        photo=png_bytes() if photo else None, photo_mime="image/png" if photo else None))
    start = TODAY - dt.timedelta(days=600)
    for n in range(14):
        exchanges = [ExchangeInput("gave", KINDS[n % 8], GROWTHS[n % 3], 1 + n % 3)]
        if n % 3 == 0:
            exchanges.append(ExchangeInput("received", KINDS[(n + 2) % 8], "economic",
                                           note="an introduction to 中村"))
        add_interaction(cid, InteractionInput(
            date=start + dt.timedelta(days=40 * n), channel=("meeting", "call", "email")[n % 3],
            summary=f"Coffee #{n + 1} near the station", notes="Talked about the book.\nFollow up.",
            exchanges=tuple(exchanges)))
    add_signal(cid, SignalInput(TODAY - dt.timedelta(days=200), "warning", "only_when_needing",
                                note="Asked for a favour again."))
    finish_clarification(cid, ClarificationInput(
        date=TODAY - dt.timedelta(days=150), channel="call",
        planned_questions="Why do we only talk when you need something?",
        their_answer="Busy months; will do better.", outcome="clarified"),
        Decision("keep", "We talked it through"))
    add_signal(cid, SignalInput(TODAY - dt.timedelta(days=20), "warning", "ego_first", 2,
                                note="Took credit for the shared work."))
    add_signal(cid, SignalInput(TODAY - dt.timedelta(days=10), "positive", "gave_unasked"))
    return cid


def busy_contact(interactions: int = 2000, name: str = "Marco Rossi") -> int:
    """A contact with ``interactions`` interactions (two exchanges each), inserted in bulk."""
    cid = create_contact(ContactFields(display_name=name, organization="Orbit Labs"))
    first = TODAY - dt.timedelta(days=interactions * 2)
    with db.atomic():
        rows = [{"contact": cid, "date": first + dt.timedelta(days=2 * n),
                 "channel": ("meeting", "call", "message")[n % 3],
                 "summary": f"Weekly catch-up {n + 1}", "notes": "Notes " * (n % 4)}
                for n in range(interactions)]
        for start in range(0, len(rows), 500):
            Interaction.insert_many(rows[start:start + 500]).execute()
        ids = [i for (i,) in Interaction.select(Interaction.id)
               .where(Interaction.contact == cid).tuples()]
        exchanges = [{"interaction": iid, "direction": ("gave", "received")[k % 2],
                      "kind": KINDS[(iid + k) % 9], "growth": GROWTHS[iid % 3]}
                     for iid in ids for k in range(2 if iid % 4 else 1)]
        for start in range(0, len(exchanges), 500):
            Exchange.insert_many(exchanges[start:start + 500]).execute()
        refresh_cached_columns([cid])
    return cid
