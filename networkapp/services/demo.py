"""A realistic demo network for trying the app, tests and benchmarks.

Deterministic for a given seed. The contacts, with their e-mails, phones and tags,
are stored by :mod:`~networkapp.services.contact_writer` (the one contact writer: a
stored tag ``Mentor`` is the demo's ``mentor``); their stories (interactions,
exchanges, signals, clarifications, status changes) with raw ``executemany``
(Peewee's ``insert_many`` is ~10x slower at 100,000 rows). All in one transaction,
then the cached columns are rebuilt.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from networkapp.models import db
from networkapp.models.text import fold
from networkapp.services import contact_writer as writer
from networkapp.services.dto import DemoSummary
from networkapp.services.vocabulary import (
    CHANNELS,
    GROWTHS,
    KINDS,
    POSITIVE_CATEGORIES,
    WARNING_CATEGORIES,
)

GIVEN = ("Ada", "Niccolò", "Giulia", "Marco", "Zoë", "José", "Chiara", "Luca", "Francesca",
         "Matteo", "Sofia", "Andrea", "Élodie", "Jürgen", "Ingrid", "Kenji", "Mei", "Amara",
         "Oluwaseun", "Priya", "Søren", "Ana", "Bartłomiej", "Noémie", "Aisha", "Tomás",
         "Hannah", "Dmitri", "Lucía", "Emre")
FAMILY = ("Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco",
          "Müller", "García", "Dubois", "Nakamura", "Wang", "Okafor", "Sharma", "Kowalski",
          "Lindqvist", "Ferreira", "O'Brien", "Ångström", "Conti", "De Luca", "Gallo", "Yılmaz",
          "Novák", "Costa", "Fontana", "Moretti", "Barbieri", "Lombardi")
CJK = (("明", "李"), ("太郎", "山田"), ("美玲", "陈"))
ORGS = ("Studio Aperto", "Cooperativa Lumen", "Fondazione Ponte", "Acme Consulting", "Orbit Labs",
        "Università di Bologna", "Café Müller", "Northwind Traders", "Blue Harbor Media",
        "Nodo Digitale", "Atelier Verde", "Riverside Hub", "Kōbō Design", "Open Circle")
TITLES = ("Designer", "Founder", "Researcher", "Product manager", "Journalist", "Engineer",
          "Editor", "Consultant", "Teacher", "Community manager", "Photographer", "Writer")
DOMAINS = ("example.com", "example.org", "example.net", "mail.example.it")
TAGS = ("conference", "alumni", "mentor", "startup", "writing", "music", "local", "podcast")
SUMMARIES = ("Coffee near the station", "Call about the new project", "Met at the meetup",
             "Lunch after the talk", "Messages about the job opening", "Workshop together",
             "Video call to review the draft", "Dinner with friends in common",
             "Asked for an introduction", "Shared notes from the conference")

_SQL = {
    "interaction": "INSERT INTO interaction (id, contact_id, date, channel, summary, notes, "
                   "created_at) VALUES (?,?,?,?,?,'',?)",
    "exchange": "INSERT INTO exchange (interaction_id, direction, kind, growth, weight, note, "
                "introduced_contact_id) VALUES (?,?,?,?,?,'',?)",
    "signal": "INSERT INTO signal (contact_id, interaction_id, date, polarity, category, weight, "
              "note, resolved_by_id, created_at, state, resolution, resolved_at) "
              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "clarification": "INSERT INTO clarification (id, contact_id, date, channel, "
                     "planned_questions, their_answer, outcome, decision, reason, is_draft, "
                     "draft_step, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "status_change": "INSERT INTO status_change (contact_id, action, from_status, to_status, at, "
                     "reason, clarification_id) VALUES (?,?,?,?,?,?,?)",
}


@dataclass
class _Rows:
    # The contacts by creation time (the writer stamps each batch with one time).
    contacts: dict[str, list[tuple[int, writer.NewContact]]] = field(default_factory=dict)
    status: dict[int, str] = field(default_factory=dict)  # as a clarification left it
    other: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: {k: [] for k in _SQL})


class _Builder:
    """Makes the rows of one demo network."""

    def __init__(self, seed: int, today: dt.date, first_id: int, contacts: int) -> None:
        self.rng = random.Random(seed)
        # Days back each contact was added, oldest first: ids grow with the time of
        # creation, as when adding by hand, and a day's contacts are written together.
        self.added = sorted(self.rng.randint(200, 2000) for _ in range(contacts))
        self.today = today
        self.rows = _Rows()
        self.next_interaction = first_id
        self.next_clarification = first_id
        # Introductions draw from their own generator, so the rest of a seed's network
        # stays what it was before them. Earlier contacts only (ids grow with time): a
        # forest, never a circle; someone who introduced people is likelier to again.
        self.intro_rng = random.Random(seed * 7919 + 1)
        self.earlier: list[int] = []
        self.connectors: list[int] = []
        self.introductions = 0

    def introducer(self) -> int | None:
        rng = self.intro_rng
        if len(self.earlier) < 3 or rng.random() < 0.45:
            return None
        pool = self.connectors if self.connectors and rng.random() < 0.6 else self.earlier
        chosen = rng.choice(pool)
        self.connectors.append(chosen)
        return chosen

    def introduced(self, cid: int, kind: str, direction: str) -> int | None:
        """The contact an introduction I gave names (an earlier one), or None."""
        if kind != "introduction" or direction != "gave" or not self.earlier:
            return None
        chosen = self.intro_rng.choice(self.earlier)
        return None if chosen == cid else chosen

    def day(self, back: int) -> str:
        return (self.today - dt.timedelta(days=back)).isoformat()

    def contact(self, cid: int) -> None:
        rng = self.rng
        given, family = rng.choice(CJK) if rng.random() < 0.03 else (
            rng.choice(GIVEN), rng.choice(FAMILY))
        name = f"{family}{given}" if given in dict(CJK) else f"{given} {family}"
        created = self.day(self.added.pop()) + " 09:00:00"
        birthday = rng.choice((None, None, f"{rng.randint(1960, 2000)}-{rng.randint(1, 12):02d}-"
                               f"{rng.randint(1, 28):02d}", f"--{rng.randint(1, 12):02d}-"
                               f"{rng.randint(1, 28):02d}"))
        cadence = rng.choice((None, None, 30, 60, 90, 180))
        columns = {"given_name": given, "family_name": family, "display_name": name,
                   "organization": rng.choice(ORGS), "title": rng.choice(TITLES),
                   "birthday": birthday, "uid": f"demo-{cid}", "cadence_days": cadence}
        introducer = self.introducer()
        if introducer is not None:
            columns |= {"introduced_by_id": introducer, "introduced_on": created[:10]}
            self.introductions += 1
        local = f"{fold(given)}.{fold(family)}".replace(" ", "").replace("'", "")
        rows = {"emails": [(f"{local}{cid}@{rng.choice(DOMAINS)}", "work")],
                "phones": [(f"+39 3{rng.randint(10, 99)} {cid:07d}", "mobile")]}
        self._story(cid, created, cadence)
        tags = (rng.choice(TAGS),) if rng.random() < 0.3 else ()
        self.rows.contacts.setdefault(created, []).append(
            (cid, writer.NewContact(columns, rows, tags, reason="Demo data")))
        self.earlier.append(cid)

    def _story(self, cid: int, created: str, cadence: int | None) -> None:
        rng = self.rng
        taker = rng.random() < 0.15  # an opportunist: takes, rarely gives back
        # People one keeps in touch with on a cadence are mostly seen on time.
        last_back = rng.randint(0, cadence) if cadence and rng.random() < 0.85 else \
            rng.randint(0, 700)
        count = rng.choice((0, 1, 2, 3, 3, 4, 5, 6))
        dates = sorted([last_back] + [last_back + rng.randint(1, 900) for _ in range(count - 1)],
                       reverse=True) if count else []
        interactions = []
        for back in dates:
            iid = self.next_interaction
            self.next_interaction += 1
            interactions.append(iid)
            self.rows.other["interaction"].append((iid, cid, self.day(back), rng.choice(CHANNELS),
                                                   rng.choice(SUMMARIES), created))
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                direction = "gave" if (taker and rng.random() < 0.85) or (
                    not taker and rng.random() < 0.5) else "received"
                kind = rng.choice(KINDS)
                self.rows.other["exchange"].append((iid, direction, kind, rng.choice(GROWTHS),
                                                    rng.randint(1, 3),
                                                    self.introduced(cid, kind, direction)))
        self._signals(cid, taker, interactions, dates)

    def _signals(self, cid: int, taker: bool, interactions: list[int], dates: list[int]) -> None:
        rng = self.rng
        warnings = rng.randint(1, 4) if taker else (1 if rng.random() < 0.05 else 0)
        for n in range(warnings):
            link = interactions[n % len(interactions)] if interactions else None
            back = dates[n % len(dates)] if dates else rng.randint(0, 300)
            self.rows.other["signal"].append((
                cid, link, self.day(back), "warning", rng.choice(tuple(WARNING_CATEGORIES)),
                rng.randint(1, 2), "", None, self.day(back) + " 18:00:00", "open", None, None))
        if not taker and rng.random() < 0.2:
            self.rows.other["signal"].append((
                cid, interactions[0] if interactions else None, self.day(dates[0] if dates else 10),
                "positive", rng.choice(tuple(POSITIVE_CATEGORIES)), 1, "", None,
                self.day(5) + " 18:00:00", "open", None, None))
        if taker and rng.random() < 0.35:
            self._decision(cid, archive=rng.random() < 0.5)
        elif taker and rng.random() < 0.1:
            self._draft(cid)

    def _decision(self, cid: int, *, archive: bool) -> None:
        clar = self.next_clarification
        self.next_clarification += 1
        when = self.day(self.rng.randint(1, 60))
        decision, reason = ("archive", "Only got in touch when needing something") if archive \
            else ("keep", "We talked it through; giving it another chance")
        self.rows.other["clarification"].append((
            clar, cid, when, "call", "Why do we only hear from you when you need something?",
            "Said they had been overwhelmed lately.", "clarified" if not archive
            else "not_clarified", decision, reason, 0, 3, when + " 10:00:00"))
        sc = self.rows.other["status_change"]
        sc.append((cid, "clarify", "active", "clarifying", when + " 10:00:00",
                   "Clarification started", clar))
        target = "archived" if archive else "active"
        sc.append((cid, decision, "clarifying", target, when + " 10:30:00", reason, clar))
        # The decision closes the open warnings noted before it: keep resolves them, archive
        # closes them with the contact (services.states does the same).
        signals = self.rows.other["signal"]
        for i in range(len(signals) - 1, -1, -1):
            if signals[i][0] != cid:
                break
            # Keep: not the warnings noted later. Archive: none stays open.
            if signals[i][3] == "warning" and (archive or signals[i][2] <= when):
                signals[i] = (*signals[i][:7], clar, signals[i][8], "resolved", decision,
                              when + " 10:30:00")
        self._set_status(cid, target)

    def _draft(self, cid: int) -> None:
        clar = self.next_clarification
        self.next_clarification += 1
        when = self.day(2)
        self.rows.other["clarification"].append((
            clar, cid, None, "", "Ask about the last three requests.", "", None, None, "", 1, 1,
            when + " 09:00:00"))
        self.rows.other["status_change"].append((cid, "clarify", "active", "clarifying",
                                                 when + " 09:00:00", "Clarification started",
                                                 clar))
        self._set_status(cid, "clarifying")

    def _set_status(self, cid: int, status: str) -> None:
        self.rows.status[cid] = status


def _chunks(items: list[tuple[Any, ...]], size: int = 50_000) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _max_id(table: str) -> int:
    return int(db.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


def generate_demo(contacts: int, *, seed: int = 7, today: dt.date | None = None) -> DemoSummary:
    """Add ``contacts`` demo contacts with their stories to the bound database."""
    with db.atomic("IMMEDIATE"):  # the ids chosen below stay free until the commit
        first_contact = _max_id("contact") + 1
        builder = _Builder(seed, today or dt.date.today(),
                           max(_max_id("interaction"), _max_id("clarification")) + 1, contacts)
        ids = range(first_contact, first_contact + contacts)
        for cid in ids:
            builder.contact(cid)
        rows = builder.rows
        for created, batch in rows.contacts.items():
            writer.insert_contacts([c for _, c in batch], ids=[cid for cid, _ in batch],
                                   at=created)
        conn = db.connection()
        # A clarification's outcome, as its status changes (written below) say.
        conn.executemany("UPDATE contact SET status = ? WHERE id = ?",
                         [(status, cid) for cid, status in rows.status.items()])
        order = ("interaction", "exchange", "clarification", "signal", "status_change")
        for table in order:
            for chunk in _chunks(rows.other[table]):
                conn.executemany(_SQL[table], chunk)
        writer.refresh(ids)
    return DemoSummary(
        contacts=contacts, interactions=len(rows.other["interaction"]),
        exchanges=len(rows.other["exchange"]), signals=len(rows.other["signal"]),
        clarifications=len(rows.other["clarification"]),
        archived=sum(1 for status in rows.status.values() if status == "archived"),
        extra={"introductions": builder.introductions})
