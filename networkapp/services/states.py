"""Relationship states and the changes between them.

::

    active --clarify--> clarifying --keep--> active   (open warnings resolved)
    active | clarifying --archive--> archived         (a plain entry, nothing deleted;
                                                       its open warnings closed with it)
    archived --restore--> active                      (reopening only the warnings
                                                       the user says still stand)

Every change writes a ``StatusChange`` row with its reason; anything else raises
:class:`TransitionError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from networkapp.i18n import tr_noop
from networkapp.models import Clarification, Contact, StatusChange, db
from networkapp.models.cache import refresh_cached_columns
from networkapp.services.contact_writer import mark_pending
from networkapp.services.contacts import contact_status
from networkapp.services.dto import (
    ClarificationInput,
    ClarificationView,
    Decision,
    StatusChangeView,
)
from networkapp.services.errors import NotFoundError, TransitionError, ValidationError
from networkapp.services.signals import close_open_warnings, closed_by_archive, reopen_signals
from networkapp.services.validation import NOTES_LIMIT, stored_text
from networkapp.services.vocabulary import (
    ACTIVE,
    ARCHIVE,
    ARCHIVED,
    BY_ARCHIVE,
    BY_KEEP,
    CLARIFYING,
    KEEP,
    OUTCOMES,
    STATUS_LABELS,
)

CLARIFY = "clarify"
RESTORE = "restore"
MERGE = "merge"  # a step of the story that keeps the status (contacts merged into this one)

TRANSITIONS: dict[tuple[str, str], str] = {
    (ACTIVE, CLARIFY): CLARIFYING,
    (CLARIFYING, KEEP): ACTIVE,
    (ACTIVE, ARCHIVE): ARCHIVED,
    (CLARIFYING, ARCHIVE): ARCHIVED,
    (ARCHIVED, RESTORE): ACTIVE,
}


def next_status(status: str, action: str) -> str:
    """Return the status ``action`` leads to from ``status``.

    Raises:
        TransitionError: the action is not allowed from that status.
    """
    try:
        return TRANSITIONS[(status, action)]
    except KeyError:
        label = STATUS_LABELS.get(status, status).lower()
        raise TransitionError(f"Cannot {action} a contact that is {label}.") from None


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def transition(
    contact_id: int, action: str, reason: str, *, clarification_id: int | None = None,
    at: dt.datetime | None = None,
) -> StatusChangeView:
    """Apply ``action`` to the contact, recording why; return the history row.

    ``at`` is the moment of the step this change belongs to (default: now), so rows
    written together share one time and the story orders them by kind, not by
    whether the clock ticked between two statements. A decision (keep or archive)
    closes the contact's open warnings in the same transaction, at the same moment.
    """
    with db.atomic():
        current = contact_status(contact_id)
        target = next_status(current, action)
        now = at or _now()
        Contact.update(status=target, updated_at=now).where(Contact.id == contact_id).execute()
        row = StatusChange.create(contact=contact_id, action=action, from_status=current,
                                  to_status=target, at=now, reason=_reason(reason),
                                  clarification=clarification_id)
        if action in (KEEP, ARCHIVE):
            close_open_warnings(contact_id, BY_KEEP if action == KEEP else BY_ARCHIVE, at=now,
                                clarification_id=clarification_id)
            refresh_cached_columns([contact_id])
        mark_pending([contact_id])  # an archive may delete the card on the server
    return _change_view(row)


def record_history(contact_id: int, action: str, reason: str, *,
                   at: dt.datetime | None = None) -> StatusChangeView:
    """Note a step of the story that keeps the status (a merge), with why; the contact is
    marked for the next sync. :func:`transition` writes the steps that change it."""
    with db.atomic():
        current = contact_status(contact_id)
        row = StatusChange.create(contact=contact_id, action=action, from_status=current,
                                  to_status=current, at=at or _now(), reason=_reason(reason))
        mark_pending([contact_id])
    return _change_view(row)


def archive_contact(contact_id: int, reason: str) -> StatusChangeView:
    """Archive a contact: kept as a plain entry, with the reason (required)."""
    if not reason.strip():
        raise ValidationError({"reason": "Say why you archive this contact."})
    return transition(contact_id, ARCHIVE, reason)


def restore_contact(contact_id: int, reason: str, still_open: Sequence[int] = ()
                    ) -> StatusChangeView:
    """Bring an archived contact back to active, clean: of the warnings its archive
    closed, only those in ``still_open`` (the user says they still stand) open again.

    Raises:
        ValidationError: ``still_open`` names a signal the archive did not close.
    """
    with db.atomic():
        closed = {s.id for s in closed_by_archive(contact_id)}
        if not set(still_open) <= closed:
            raise ValidationError({"still_open": tr_noop(
                "Only warnings closed by the archive can be opened again.")})
        change = transition(contact_id, RESTORE, reason or "Restored")
        reopen_signals(list(still_open))
    return change


def draft_for(contact_id: int) -> ClarificationView | None:
    """Return the unfinished clarification of a contact, if any."""
    row = (Clarification.select()
           .where((Clarification.contact == contact_id) & Clarification.is_draft)
           .order_by(Clarification.id.desc()).first())
    return _clarification_view(row) if row else None


def save_draft(contact_id: int, data: ClarificationInput) -> ClarificationView:
    """Store what the wizard holds so far; the contact becomes "clarifying"."""
    with db.atomic():
        if contact_status(contact_id) == ARCHIVED:  # only an active contact starts clarifying
            next_status(ARCHIVED, CLARIFY)  # raises TransitionError
        draft = draft_for(contact_id)
        fields = _clarification_columns(data)
        now = _now()  # the draft and "Clarification started" are one moment of the story
        if draft is None:
            row = Clarification.create(contact=contact_id, is_draft=True, created_at=now,
                                       **fields)
            clarification_id = int(row.id)
        else:
            clarification_id = draft.id
            Clarification.update(**fields).where(Clarification.id == clarification_id).execute()
        if contact_status(contact_id) == ACTIVE:
            transition(contact_id, CLARIFY, "Clarification started",
                       clarification_id=clarification_id, at=now)
    view = draft_for(contact_id)
    assert view is not None
    return view


def _reason(text: str) -> str:
    """A reason as stored: the writer's cleaning (no control characters, bounded)."""
    return stored_text(text, lines=True, limit=NOTES_LIMIT)[0].strip()


def _clarification_columns(data: ClarificationInput) -> dict[str, object]:
    # The same cleaning as every stored text (validation.stored_text).
    def long(text: str) -> str:
        return stored_text(text, lines=True, limit=NOTES_LIMIT)[0]

    return {"date": data.date, "channel": stored_text(data.channel)[0],
            "planned_questions": long(data.planned_questions),
            "their_answer": long(data.their_answer),
            "outcome": data.outcome, "draft_step": data.draft_step}


def decision_problems(data: ClarificationInput, decision: Decision) -> dict[str, str]:
    """Return what keeps a clarification from being finished (empty when fine)."""
    problems: dict[str, str] = {}
    if decision.action not in (KEEP, ARCHIVE):
        problems["decision"] = tr_noop("Choose to keep or to archive.")
    if decision.action == ARCHIVE and not decision.reason.strip():
        problems["reason"] = tr_noop("Say why you archive this contact.")
    if data.outcome is not None and data.outcome not in OUTCOMES:
        problems["outcome"] = tr_noop("Unknown outcome.")
    if decision.cadence_days is not None and not 1 <= decision.cadence_days <= 3650:
        problems["cadence_days"] = tr_noop("Keep-in-touch cadence must be between 1 and 3650 days.")
    return problems


def finish_clarification(
    contact_id: int, data: ClarificationInput, decision: Decision
) -> ClarificationView:
    """Record the clarification and the decision, all in one transaction.

    Keep: the open warning signals become resolved by this clarification and the
    contact is active again (optionally with a new cadence). Archive: the
    contact becomes a plain entry, with the reason, its open warnings closed.
    """
    problems = decision_problems(data, decision)
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        view = save_draft(contact_id, data)
        cid = view.id
        Clarification.update(is_draft=False, decision=decision.action,
                             reason=_reason(decision.reason),
                             date=data.date or dt.date.today()).where(
            Clarification.id == cid).execute()
        # (the transition below closes the open warnings, keep or archive)
        if decision.action == KEEP and decision.cadence_days:
            Contact.update(cadence_days=decision.cadence_days).where(
                Contact.id == contact_id).execute()
        transition(contact_id, decision.action,
                   decision.reason or "Kept after clarifying", clarification_id=cid)
        refresh_cached_columns([contact_id])
    return get_clarification(cid)


def get_clarification(clarification_id: int) -> ClarificationView:
    """Return one clarification."""
    row = Clarification.get_or_none(Clarification.id == clarification_id)
    if row is None:
        raise NotFoundError(f"Clarification {clarification_id} does not exist.")
    return _clarification_view(row)


def list_clarifications(contact_id: int) -> list[ClarificationView]:
    """Return the contact's clarifications, oldest first."""
    query = (Clarification.select().where(Clarification.contact == contact_id)
             .order_by(Clarification.created_at, Clarification.id))
    return [_clarification_view(row) for row in query]


def history(contact_id: int) -> list[StatusChangeView]:
    """Return the contact's status changes, oldest first."""
    query = (StatusChange.select().where(StatusChange.contact == contact_id)
             .order_by(StatusChange.at, StatusChange.id))
    return [_change_view(row) for row in query]


def _clarification_view(row: Clarification) -> ClarificationView:
    return ClarificationView(
        id=row.id, contact_id=row.contact_id, date=row.date, channel=row.channel,
        planned_questions=row.planned_questions, their_answer=row.their_answer,
        outcome=row.outcome, decision=row.decision, reason=row.reason,
        is_draft=bool(row.is_draft), draft_step=row.draft_step, created_at=row.created_at)


def _change_view(row: StatusChange) -> StatusChangeView:
    return StatusChangeView(
        id=row.id, contact_id=row.contact_id, action=row.action, from_status=row.from_status,
        to_status=row.to_status, at=row.at, reason=row.reason,
        clarification_id=row.clarification_id)
