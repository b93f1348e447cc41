"""What the clarification wizard needs: the review, suggested questions, checks, results.

The wizard never writes: it is built from a :class:`ClarifyReview` (and an
optional draft), and hands back a :class:`ClarifyResult` that the caller stores
with :func:`networkapp.services.states.save_draft` or
:func:`apply_decision`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from networkapp.models import Clarification, Contact, Signal, StatusChange, db
from networkapp.models.cache import refresh_cached_columns
from networkapp.models.rows import dicts, tuples
from networkapp.services.balance import compute_balance
from networkapp.services.dto import (
    Balance,
    ClarificationInput,
    Decision,
    SignalView,
    ThresholdState,
)
from networkapp.services.errors import NotFoundError, TransitionError
from networkapp.services.signals import LEVEL_CLARIFY, LEVEL_DECIDE, list_signals, threshold_state
from networkapp.services.states import (
    CLARIFY,
    decision_problems,
    draft_for,
    finish_clarification,
)
from networkapp.services.vocabulary import (
    ACTIVE,
    ARCHIVE,
    ARCHIVED,
    CLARIFYING,
    POSITIVE,
    WARNING,
    category_label,
)

Row = tuple[tuple[str, Any], ...]

FINISH = "finish"
DRAFT = "draft"
GENERIC = ""

_QUESTIONS = {
    "only_when_needing": (
        "I've noticed we mostly hear from each other when you need something. "
        "I'd like this to go both ways. How do you see it?"),
    "never_reciprocates": (
        "I'm glad to help, and I've given quite a lot lately. I'd like it to go both "
        "ways. Is something making that hard on your side?"),
    "sorts_by_usefulness": (
        "Sometimes I get the feeling people matter to you for what they can do for you. "
        "Is that how you see our relationship?"),
    "ego_first": (
        "In our last conversations I felt my side wasn't really heard. "
        "Can we make room for both of us?"),
    "refuses_compromise": (
        "Last time we got stuck because nobody moved. "
        "Is there a middle ground you could accept?"),
    "gut_feeling": (
        "Something has felt off between us lately, and I'd rather say it than let it grow. "
        "Is everything all right on your side?"),
}
_GENERIC_QUESTION = (
    "About \u201c{label}\u201d: it has been on my mind, and I'd rather ask you directly. "
    "Can we talk about what happened?")
_OPENING_QUESTION = (
    "I value what we have, so I'd like to be open with you about something that bothers me. "
    "Do you have a few minutes?")


@dataclass(frozen=True)
class SuggestedQuestion:
    """One thing the user could ask, and the signal category it comes from."""

    category: str
    label: str
    text: str


@dataclass(frozen=True)
class ClarifyReview:
    """Everything the review page shows about one contact, read once."""

    contact_id: int
    display_name: str
    status: str
    cadence_days: int | None
    open_warnings: tuple[SignalView, ...]
    positives: tuple[SignalView, ...]
    balance: Balance
    last_interaction: dt.date | None
    days_since: int | None
    threshold: ThresholdState
    reason: str


@dataclass(frozen=True)
class ClarifyResult:
    """What the wizard hands back: a finished clarification or a draft to resume."""

    kind: str  # finish / draft
    data: ClarificationInput
    decision: Decision | None = None


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def reason_text(state: ThresholdState) -> str:
    """Say in plain words why the app suggests clarifying (or that it does not)."""
    if state.open_warning_count == 0:
        return "No open warnings. You can still talk things through whenever you like."
    warnings = _plural(state.open_warning_count, "open warning")
    if state.open_warning_weight != state.open_warning_count:
        warnings += f" (weighing {state.open_warning_weight})"
    if state.level == LEVEL_DECIDE:
        return (f"{warnings}, your threshold is {state.threshold}. "
                "It is time to talk it through and decide.")
    return (f"{warnings}, below your threshold of {state.threshold}. "
            "Talking now keeps small things small.")


def review(contact_id: int, today: dt.date | None = None) -> ClarifyReview:
    """Return what the review page shows for a contact.

    Raises:
        NotFoundError: no such contact.
    """
    row = (Contact.select(Contact.display_name, Contact.status, Contact.cadence_days,
                          Contact.last_interaction_on)
           .where(Contact.id == contact_id).tuples().first())
    if row is None:
        raise NotFoundError(f"Contact {contact_id} does not exist.")
    name, status, cadence, last = row
    today = today or dt.date.today()
    signals = list_signals(contact_id)
    state = threshold_state(contact_id)
    return ClarifyReview(
        contact_id=contact_id, display_name=name, status=status, cadence_days=cadence,
        open_warnings=tuple(s for s in signals if s.polarity == WARNING and s.is_open),
        positives=tuple(s for s in signals if s.polarity == POSITIVE),
        balance=compute_balance(contact_id), last_interaction=last,
        days_since=(today - last).days if last else None, threshold=state,
        reason=reason_text(state))


def suggest_questions(categories: Iterable[str]) -> list[SuggestedQuestion]:
    """Return one suggested question per distinct category, after a gentle opening.

    Known warning categories get their own question; free-text categories get a
    generic one naming the behaviour as the user wrote it.
    """
    found = [SuggestedQuestion(GENERIC, "", _OPENING_QUESTION)]
    for category in dict.fromkeys(c.strip() for c in categories if c.strip()):
        label = category_label(category)
        text = _QUESTIONS.get(category) or _GENERIC_QUESTION.format(label=label)
        found.append(SuggestedQuestion(category, label, text))
    return found


def finish_problems(data: ClarificationInput, decision: Decision | None) -> dict[str, str]:
    """Return what keeps the wizard from finishing (empty when it can).

    The domain's own checks, plus: the conversation needs an outcome, so that
    a decision always rests on a recorded conversation (or its lack of answer).
    """
    problems: dict[str, str] = {}
    if data.outcome is None:
        problems["outcome"] = "Say how the conversation went (or that there was no answer)."
    if decision is None:
        problems["decision"] = "Choose to keep or to archive."
        return problems
    problems.update(decision_problems(data, decision))
    return problems


# --- Deciding, undoing, redoing -------------------------------------------------------

_CONTACT_STATE = (Contact.status, Contact.cadence_days, Contact.updated_at)


@dataclass(frozen=True)
class DecisionUndo:
    """Every row a decision changed, before and after, so that undo and redo are exact.

    Built by :func:`apply_decision`; the main window keeps it in one undo command.
    """

    contact_id: int
    display_name: str
    action: str  # keep / archive
    clarification_id: int
    draft_before: Row | None  # the draft the clarification came from, if any
    clarification_after: Row
    contact_before: Row  # status, cadence_days, updated_at
    contact_after: Row
    status_changes: tuple[Row, ...]  # the history rows the decision wrote
    resolved_signal_ids: tuple[int, ...]

    @property
    def text(self) -> str:
        """Name the decision for an undo menu: "Keep Ada Rossi", "Archive Ada Rossi"."""
        verb = "Archive" if self.action == ARCHIVE else "Keep"
        return f"{verb} {self.display_name}"


def _freeze(row: dict[str, Any]) -> Row:
    return tuple(row.items())


def _contact_state(contact_id: int) -> Row:
    row = Contact.select(*_CONTACT_STATE).where(Contact.id == contact_id).dicts().first()
    if row is None:
        raise NotFoundError(f"Contact {contact_id} does not exist.")
    return _freeze(row)


def _clarification_row(clarification_id: int) -> dict[str, Any] | None:
    query = Clarification.select().where(Clarification.id == clarification_id)
    found: dict[str, Any] | None = query.dicts().first()
    return found


def _change_ids(contact_id: int) -> set[int]:
    query = StatusChange.select(StatusChange.id).where(StatusChange.contact == contact_id)
    return {change_id for (change_id,) in tuples(query)}


def apply_decision(
    contact_id: int, data: ClarificationInput, decision: Decision
) -> DecisionUndo:
    """Finish the clarification with the decision (one transaction); return how to undo it.

    Raises:
        ValidationError: the decision is incomplete (nothing written).
        TransitionError: the contact cannot take this decision (e.g. it is archived).
    """
    with db.atomic():
        before = _contact_state(contact_id)
        draft = draft_for(contact_id)
        draft_row = _clarification_row(draft.id) if draft else None
        known = _change_ids(contact_id)
        view = finish_clarification(contact_id, data, decision)
        changes = dicts(StatusChange.select().where((StatusChange.contact == contact_id)
                        & StatusChange.id.not_in(known)).order_by(StatusChange.id))
        resolved = tuples(Signal.select(Signal.id).where(Signal.resolved_by == view.id))
        name = Contact.get_by_id(contact_id).display_name
        after = _clarification_row(view.id)
        assert after is not None
        return DecisionUndo(
            contact_id=contact_id, display_name=name, action=decision.action,
            clarification_id=view.id, draft_before=_freeze(draft_row) if draft_row else None,
            clarification_after=_freeze(after), contact_before=before,
            contact_after=_contact_state(contact_id),
            status_changes=tuple(_freeze(row) for row in changes),
            resolved_signal_ids=tuple(signal_id for (signal_id,) in resolved))


def _status_is(undo: DecisionUndo, state: Row, doing: str) -> None:
    current = dict(_contact_state(undo.contact_id))["status"]
    if current != dict(state)["status"]:
        raise TransitionError(
            f"{undo.display_name} changed since; the decision cannot be {doing} any more.")


def undo_decision(undo: DecisionUndo) -> None:
    """Put back every row as it was before :func:`apply_decision`.

    Raises:
        NotFoundError: the contact was deleted since.
        TransitionError: its status changed since, so undoing would lose that change.
    """
    cid = undo.clarification_id
    with db.atomic():
        _status_is(undo, undo.contact_after, "undone")
        Signal.update(resolved_by=None).where(
            Signal.id.in_(undo.resolved_signal_ids) & (Signal.resolved_by == cid)).execute()
        ids = [dict(row)["id"] for row in undo.status_changes]
        StatusChange.delete().where(StatusChange.id.in_(ids)).execute()
        if undo.draft_before is None:
            Clarification.delete().where(Clarification.id == cid).execute()
        else:
            Clarification.update(**dict(undo.draft_before)).where(
                Clarification.id == cid).execute()
        Contact.update(**dict(undo.contact_before)).where(
            Contact.id == undo.contact_id).execute()
        refresh_cached_columns([undo.contact_id])


def redo_decision(undo: DecisionUndo) -> None:
    """Write the decision again, with the same ids, after :func:`undo_decision`.

    Raises:
        NotFoundError: the contact was deleted since.
        TransitionError: its status or its draft changed since.
    """
    cid = undo.clarification_id
    with db.atomic():
        _status_is(undo, undo.contact_before, "redone")
        current = _clarification_row(cid)
        if (current is None) != (undo.draft_before is None):
            raise TransitionError(
                f"The clarification of {undo.display_name} changed since; "
                "the decision cannot be redone any more.")
        if current is None:
            Clarification.insert(**dict(undo.clarification_after)).execute()
        else:
            Clarification.update(**dict(undo.clarification_after)).where(
                Clarification.id == cid).execute()
        StatusChange.insert_many([dict(row) for row in undo.status_changes]).execute()
        Signal.update(resolved_by=cid).where(Signal.id.in_(undo.resolved_signal_ids)).execute()
        Contact.update(**dict(undo.contact_after)).where(
            Contact.id == undo.contact_id).execute()
        refresh_cached_columns([undo.contact_id])


def discard_draft(contact_id: int) -> bool:
    """Throw away the unfinished clarification, as if it had never been started.

    The "clarification started" history row goes with it and a contact that was
    put in "clarifying" by the draft is active again. Return False when there
    was no draft.
    """
    with db.atomic():
        draft = draft_for(contact_id)
        if draft is None:
            return False
        started = StatusChange.delete().where(
            (StatusChange.clarification == draft.id) & (StatusChange.action == CLARIFY))
        started.execute()
        Clarification.delete().where(Clarification.id == draft.id).execute()
        if dict(_contact_state(contact_id))["status"] == CLARIFYING:
            Contact.update(status=ACTIVE).where(Contact.id == contact_id).execute()
    return True


# --- The prompt: once per crossing -----------------------------------------------------

PROMPT_NONE = "none"
PROMPT_HINT = "hint"  # quiet "talk now"
PROMPT_DECIDE = "decide"  # the banner offering the wizard


def crossed_into_decide(previous_level: str | None, new_level: str) -> bool:
    """True when the level reaches "decide" from below (or is first seen there)."""
    return new_level == LEVEL_DECIDE and previous_level != LEVEL_DECIDE


class PromptGate:
    """Decide which prompt the detail area shows, so the banner appears once per crossing.

    The decide banner shows when a contact reaches the decide level (or is first
    seen there) and stays until dismissed; further edits at that level don't
    bring it back; dropping below the threshold and crossing again does. The
    clarify level gets the quiet hint. Archived contacts get no prompt at all.
    """

    def __init__(self) -> None:
        """Start with no contact seen."""
        self._levels: dict[int, str] = {}
        self._dismissed: set[int] = set()

    def update(self, contact_id: int, level: str, status: str = ACTIVE) -> str:
        """Record the contact's current level; return the prompt to show."""
        previous = self._levels.get(contact_id)
        self._levels[contact_id] = level
        if crossed_into_decide(previous, level):
            self._dismissed.discard(contact_id)
        if status == ARCHIVED:
            return PROMPT_NONE
        if level == LEVEL_DECIDE:
            return PROMPT_NONE if contact_id in self._dismissed else PROMPT_DECIDE
        return PROMPT_HINT if level == LEVEL_CLARIFY else PROMPT_NONE

    def dismiss(self, contact_id: int) -> None:
        """The user closed the banner: keep it closed until the next crossing."""
        self._dismissed.add(contact_id)
