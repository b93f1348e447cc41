"""What a sync did: counts here and on the server, conflicts, cards not synced, and
how it ended (finished, failed, cancelled)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from networkapp.i18n import Phrase
from networkapp.services.carddav import CardDavError
from networkapp.services.dto import ContactFields
from networkapp.services.sync.fields import Conflict
from networkapp.services.sync.store import Account


class SyncCancelledError(Exception):
    """The user stopped the sync; what was done is kept, the rest waits for next time.
    ``report`` says what was done."""

    def __init__(self, report: SyncReport | None = None) -> None:
        super().__init__("cancelled")
        self.report = report or SyncReport()


class SyncFailedError(Exception):
    """The sync could not go on (server unreachable, login refused, a server error);
    ``report`` says what was done before. Nothing is lost: the next sync goes on."""

    def __init__(self, error: CardDavError, report: SyncReport) -> None:
        super().__init__(str(error))
        self.error = error
        self.report = report


@dataclass(frozen=True)
class CardProblem:
    """A card that could not be synced this time; the others were."""

    where: str  # the card's href or the contact's name
    message: str


@dataclass(frozen=True)
class ConflictReport:
    """A field changed on both sides: the server's value was kept, ours noted."""

    contact_id: int
    name: str
    conflict: Conflict


@dataclass
class SyncReport:
    """What one sync did, on this machine ("here") and on the server ("there")."""

    created_here: int = 0
    updated_here: int = 0
    archived_here: int = 0
    created_there: int = 0
    updated_there: int = 0
    deleted_there: int = 0
    full_resync: bool = False
    conflicts: list[ConflictReport] = field(default_factory=list)
    errors: list[CardProblem] = field(default_factory=list)
    changed_contacts: set[int] = field(default_factory=set)
    conflicted: dict[int, tuple[ContactFields, ContactFields]] = field(default_factory=dict)
    """Per contact with conflicts: its card with our values for the conflicting fields
    and with the server's (as stored, before our values were noted), for a merge
    dialog to choose from; everything else is the same in both."""

    def as_dict(self) -> dict[str, Any]:
        """The counts, conflicts and errors as the CLI's JSON prints them."""
        return {
            "created": self.created_here + self.created_there,
            "updated": self.updated_here + self.updated_there,
            "archived": self.archived_here, "deleted_on_server": self.deleted_there,
            "created_here": self.created_here, "created_on_server": self.created_there,
            "updated_here": self.updated_here, "updated_on_server": self.updated_there,
            "full_resync": self.full_resync,
            "conflicts": [{"contact": c.name, "field": c.conflict.field,
                           "kept": c.conflict.server, "local": c.conflict.local}
                          for c in self.conflicts],
            "errors": [{"card": e.where, "error": e.message} for e in self.errors],
        }


@dataclass(frozen=True)
class SyncOutcome:
    """How a sync of one account ended: its report, and why it stopped early (None
    when it finished)."""

    account: Account
    report: SyncReport
    failure: str | None
    cancelled: bool = False


@dataclass(frozen=True)
class Speech:
    """How the sync words what it writes into a contact (a conflict noted in its
    notes): the edge's translation of a phrase and its date format (the CLI and the
    window pass ``translation.say`` and ``format_date``; English and ISO without them)."""

    say: Callable[[Phrase], str] = Phrase.english
    date: Callable[[dt.date], str] = dt.date.isoformat
