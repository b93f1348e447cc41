"""A realistic demo network for trying the app, tests and benchmarks.

Deterministic for a given seed. Rows are written with raw ``executemany`` in one
transaction (Peewee's ``insert_many`` is ~10x slower at 100,000 rows), then the
cached columns are rebuilt in SQL.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from networkapp.models import db
from networkapp.models.cache import refresh_cached_columns
from networkapp.models.text import fold
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

_CONTACT_SQL = (
    "INSERT INTO contact (id, given_name, family_name, display_name, organization, title, "
    "birthday, notes, photo, photo_mime, photo_uri, uid, status, cadence_days, created_at, "
    "updated_at, sort_name, last_interaction_on, gave_count, received_count, "
    "open_warning_weight, search_text) VALUES "
    "(?,?,?,?,?,?,?,?,NULL,NULL,NULL,?,?,?,?,?,'',NULL,0,0,0,'')")
_SQL = {
    "email": "INSERT INTO contact_email (contact_id, value, label, position) VALUES (?,?,?,0)",
    "phone": "INSERT INTO contact_phone (contact_id, value, label, position) VALUES (?,?,?,0)",
    "interaction": "INSERT INTO interaction (id, contact_id, date, channel, summary, notes, "
                   "created_at) VALUES (?,?,?,?,?,'',?)",
    "exchange": "INSERT INTO exchange (interaction_id, direction, kind, growth, weight, note) "
                "VALUES (?,?,?,?,?,'')",
    "signal": "INSERT INTO signal (contact_id, interaction_id, date, polarity, category, weight, "
              "note, resolved_by_id, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
    "clarification": "INSERT INTO clarification (id, contact_id, date, channel, "
                     "planned_questions, their_answer, outcome, decision, reason, is_draft, "
                     "draft_step, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "status_change": "INSERT INTO status_change (contact_id, action, from_status, to_status, at, "
                     "reason, clarification_id) VALUES (?,?,?,?,?,?,?)",
    "tag": "INSERT INTO tag (id, name) VALUES (?,?)",
    "contact_tag": "INSERT INTO contact_tag (contact_id, tag_id) VALUES (?,?)",
}


@dataclass
class _Rows:
    contact: list[tuple[Any, ...]] = field(default_factory=list)
    other: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: {k: [] for k in _SQL})


class _Builder:
    """Makes the rows of one demo network."""

    def __init__(self, seed: int, today: dt.date, first_id: int) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.rows = _Rows()
        self.next_interaction = first_id
        self.next_clarification = first_id

    def day(self, back: int) -> str:
        return (self.today - dt.timedelta(days=back)).isoformat()

    def contact(self, cid: int) -> None:
        rng = self.rng
        given, family = rng.choice(CJK) if rng.random() < 0.03 else (
            rng.choice(GIVEN), rng.choice(FAMILY))
        name = f"{family}{given}" if given in dict(CJK) else f"{given} {family}"
        created = self.day(rng.randint(200, 2000)) + " 09:00:00"
        birthday = rng.choice((None, None, f"{rng.randint(1960, 2000)}-{rng.randint(1, 12):02d}-"
                               f"{rng.randint(1, 28):02d}", f"--{rng.randint(1, 12):02d}-"
                               f"{rng.randint(1, 28):02d}"))
        cadence = rng.choice((None, None, 30, 60, 90, 180))
        self.rows.contact.append((cid, given, family, name, rng.choice(ORGS), rng.choice(TITLES),
                                  birthday, "", f"demo-{cid}", "active", cadence, created,
                                  created))
        local = f"{fold(given)}.{fold(family)}".replace(" ", "").replace("'", "")
        self.rows.other["email"].append((cid, f"{local}{cid}@{rng.choice(DOMAINS)}", "work"))
        self.rows.other["phone"].append((cid, f"+39 3{rng.randint(10, 99)} {cid:07d}", "mobile"))
        self.rows.other["status_change"].append((cid, "create", None, "active", created,
                                                 "Demo data", None))
        self._story(cid, created, cadence)

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
                self.rows.other["exchange"].append((iid, direction, rng.choice(KINDS),
                                                    rng.choice(GROWTHS), rng.randint(1, 3)))
        self._signals(cid, taker, interactions, dates)

    def _signals(self, cid: int, taker: bool, interactions: list[int], dates: list[int]) -> None:
        rng = self.rng
        warnings = rng.randint(1, 4) if taker else (1 if rng.random() < 0.05 else 0)
        for n in range(warnings):
            link = interactions[n % len(interactions)] if interactions else None
            back = dates[n % len(dates)] if dates else rng.randint(0, 300)
            self.rows.other["signal"].append((
                cid, link, self.day(back), "warning", rng.choice(tuple(WARNING_CATEGORIES)),
                rng.randint(1, 2), "", None, self.day(back) + " 18:00:00"))
        if not taker and rng.random() < 0.2:
            self.rows.other["signal"].append((
                cid, interactions[0] if interactions else None, self.day(dates[0] if dates else 10),
                "positive", rng.choice(tuple(POSITIVE_CATEGORIES)), 1, "", None,
                self.day(5) + " 18:00:00"))
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
        if not archive:  # keep: the open warnings are resolved by this clarification
            signals = self.rows.other["signal"]
            for i in range(len(signals) - 1, -1, -1):
                if signals[i][0] != cid:
                    break
                if signals[i][3] == "warning" and signals[i][2] <= when:  # not later ones
                    signals[i] = (*signals[i][:7], clar, signals[i][8])
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
        for i in range(len(self.rows.contact) - 1, -1, -1):
            if self.rows.contact[i][0] == cid:
                self.rows.contact[i] = (*self.rows.contact[i][:9], status,
                                        *self.rows.contact[i][10:])
                return


def _chunks(items: list[tuple[Any, ...]], size: int = 50_000) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _max_id(table: str) -> int:
    return int(db.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


def generate_demo(contacts: int, *, seed: int = 7, today: dt.date | None = None) -> DemoSummary:
    """Add ``contacts`` demo contacts with their stories to the bound database."""
    first_contact = _max_id("contact") + 1
    builder = _Builder(seed, today or dt.date.today(),
                       max(_max_id("interaction"), _max_id("clarification")) + 1)
    tag_base = _max_id("tag") + 1
    existing = {name for (name,) in db.execute_sql("SELECT name FROM tag").fetchall()}
    tag_ids = [(tag_base + i, f"{name}") for i, name in enumerate(t for t in TAGS
                                                                  if t not in existing)]
    conn = db.connection()
    with db.atomic():
        for cid in range(first_contact, first_contact + contacts):
            builder.contact(cid)
            if builder.rng.random() < 0.3 and tag_ids:
                builder.rows.other["contact_tag"].append((cid, builder.rng.choice(tag_ids)[0]))
        builder.rows.other["tag"] = tag_ids
        conn.executemany(_CONTACT_SQL, builder.rows.contact)
        order = ("tag", "email", "phone", "interaction", "exchange", "clarification", "signal",
                 "status_change", "contact_tag")
        for table in order:
            for chunk in _chunks(builder.rows.other[table]):
                conn.executemany(_SQL[table], chunk)
        refresh_cached_columns(range(first_contact, first_contact + contacts)
                               if first_contact > 1 else None)
    rows = builder.rows
    return DemoSummary(
        contacts=contacts, interactions=len(rows.other["interaction"]),
        exchanges=len(rows.other["exchange"]), signals=len(rows.other["signal"]),
        clarifications=len(rows.other["clarification"]),
        archived=sum(1 for c in rows.contact if c[9] == "archived"))
