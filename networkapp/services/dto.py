"""Frozen dataclasses the services return and accept.

Views (``*View``, ``ContactRow``, ``ContactDetail``) are snapshots: holding one
never fires a query. Inputs (``*Fields``, ``*Input``) are what a form or an
importer hands to a service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LabeledValue:
    """An e-mail, phone or URL with its label ("work", "home", "mobile"...)."""

    value: str
    label: str = ""


@dataclass(frozen=True)
class AddressData:
    """A postal address, in the vCard ADR parts."""

    label: str = ""
    po_box: str = ""
    extended: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""


@dataclass(frozen=True)
class ContactFields:
    """Every editable field of a contact (the contact card, an imported vCard)."""

    display_name: str = ""
    given_name: str = ""
    family_name: str = ""
    organization: str = ""
    title: str = ""
    birthday: str | None = None
    notes: str = ""
    emails: tuple[LabeledValue, ...] = ()
    phones: tuple[LabeledValue, ...] = ()
    addresses: tuple[AddressData, ...] = ()
    urls: tuple[LabeledValue, ...] = ()
    tags: tuple[str, ...] = ()
    photo: bytes | None = None
    photo_mime: str | None = None
    photo_uri: str | None = None
    uid: str | None = None
    cadence_days: int | None = None
    introduced_by: int | None = None
    """The contact who introduced this one to the user (services.introductions)."""
    introduced_on: dt.date | None = None


@dataclass(frozen=True)
class ContactDetail:
    """A whole contact as stored, with its child rows."""

    id: int
    status: str
    fields: ContactFields
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def display_name(self) -> str:
        """The name shown everywhere."""
        return self.fields.display_name


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list (from the cached columns, one query for all)."""

    id: int
    name: str
    organization: str
    status: str
    gave: int
    received: int
    open_warnings: int
    last_interaction: dt.date | None
    cadence_days: int | None = None
    has_photo: bool = False
    open_warning_count: int = 0  # how many open warnings (``open_warnings`` is their weight)


@dataclass(frozen=True)
class ExchangeInput:
    """One thing given inside an interaction."""

    direction: str
    kind: str
    growth: str = "social"
    weight: int = 1
    note: str = ""
    introduced: int | None = None
    """An "introduction": the contact introduced (to the interaction's contact when I
    gave it, to me when I received it)."""


@dataclass(frozen=True)
class ExchangeView(ExchangeInput):
    """A stored exchange."""

    id: int = 0


@dataclass(frozen=True)
class InteractionInput:
    """What the interaction editor hands over."""

    date: dt.date
    channel: str = "meeting"
    summary: str = ""
    notes: str = ""
    exchanges: tuple[ExchangeInput, ...] = ()


@dataclass(frozen=True)
class InteractionView:
    """A stored interaction with its exchanges."""

    id: int
    contact_id: int
    date: dt.date
    channel: str
    summary: str
    notes: str
    exchanges: tuple[ExchangeView, ...] = ()


@dataclass(frozen=True)
class SignalInput:
    """A signal as noted by the user."""

    date: dt.date
    polarity: str
    category: str
    weight: int = 1
    note: str = ""
    interaction_id: int | None = None


@dataclass(frozen=True)
class SignalView:
    """A stored signal and its life: ``state`` open, resolved or dismissed; how it was
    closed (``resolution``: keep, archive, hand, dismissed), when, with which note, and
    ``resolved_by``, the clarification whose decision closed it (if one did)."""

    id: int
    contact_id: int
    date: dt.date
    polarity: str
    category: str
    category_label: str
    weight: int
    note: str
    interaction_id: int | None
    interaction_summary: str | None
    resolved_by: int | None
    state: str = "open"
    resolution: str | None = None
    resolved_at: dt.datetime | None = None
    resolution_note: str = ""

    @property
    def is_open(self) -> bool:
        """True while it is neither resolved nor dismissed."""
        return self.state == "open"


@dataclass(frozen=True)
class KindBalance:
    """Gave vs received for one kind or growth."""

    key: str
    gave: int
    received: int


@dataclass(frozen=True)
class Balance:
    """What I gave vs what I received with one contact over a date range."""

    gave_count: int
    received_count: int
    gave_weight: int
    received_weight: int
    by_kind: tuple[KindBalance, ...]
    by_growth: tuple[KindBalance, ...]
    label: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class ThresholdState:
    """Open warnings against the user's threshold, and the resulting level."""

    open_warning_weight: int
    open_warning_count: int
    positive_count: int
    threshold: int
    level: str  # none / clarify / decide


@dataclass(frozen=True)
class KeepInTouch:
    """When we last talked and whether a new contact is due."""

    last_interaction: dt.date | None
    days_since: int | None
    cadence_days: int | None
    due_on: dt.date | None
    overdue: bool
    days_overdue: int = 0


@dataclass(frozen=True)
class ClarificationInput:
    """What the clarification wizard collects."""

    date: dt.date | None = None
    channel: str = ""
    planned_questions: str = ""
    their_answer: str = ""
    outcome: str | None = None
    draft_step: int = 0


@dataclass(frozen=True)
class ClarificationView:
    """A stored clarification (draft or finished)."""

    id: int
    contact_id: int
    date: dt.date | None
    channel: str
    planned_questions: str
    their_answer: str
    outcome: str | None
    decision: str | None
    reason: str
    is_draft: bool
    draft_step: int
    created_at: dt.datetime


@dataclass(frozen=True)
class StatusChangeView:
    """One step of the relationship's history."""

    id: int
    contact_id: int
    action: str
    from_status: str | None
    to_status: str
    at: dt.datetime
    reason: str
    clarification_id: int | None


@dataclass(frozen=True)
class Decision:
    """The end of a clarification: keep (with an optional new cadence) or archive."""

    action: str  # keep / archive
    reason: str = ""
    cadence_days: int | None = None


@dataclass(frozen=True)
class DemoSummary:
    """What the demo generator wrote."""

    contacts: int
    interactions: int
    exchanges: int
    signals: int
    clarifications: int
    archived: int
    extra: dict[str, int] = field(default_factory=dict)
