"""What the clarification wizard needs: the review, suggested questions, checks, results.

The wizard never writes: it is built from a :class:`ClarifyReview` (and an
optional draft), and hands back a :class:`ClarifyResult` that the caller stores
with :func:`networkapp.services.states.save_draft` or
:func:`networkapp.services.states.finish_clarification`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from networkapp.i18n import Phrase, tr_noop
from networkapp.models import Contact
from networkapp.services.balance import compute_balance
from networkapp.services.dto import (
    Balance,
    ClarificationInput,
    Decision,
    SignalView,
    ThresholdState,
)
from networkapp.services.errors import NotFoundError
from networkapp.services.signals import (
    LEVEL_CLARIFY,
    LEVEL_DECIDE,
    list_signals,
    threshold_state,
    warnings_phrase,
)
from networkapp.services.states import (
    decision_problems,
)
from networkapp.services.vocabulary import (
    ACTIVE,
    ARCHIVED,
    POSITIVE,
    WARNING,
    category_label,
)

FINISH = "finish"
DRAFT = "draft"
GENERIC = ""

# The suggestions are English keys marked for translation; the wizard shows them translated.
_QUESTIONS = {
    "only_when_needing": tr_noop(
        "I've noticed we mostly hear from each other when you need something. "
        "I'd like this to go both ways. How do you see it?"),
    "never_reciprocates": tr_noop(
        "I'm glad to help, and I've given quite a lot lately. I'd like it to go both "
        "ways. Is something making that hard on your side?"),
    "sorts_by_usefulness": tr_noop(
        "Sometimes I get the feeling people matter to you for what they can do for you. "
        "Is that how you see our relationship?"),
    "ego_first": tr_noop(
        "In our last conversations I felt my side wasn't really heard. "
        "Can we make room for both of us?"),
    "refuses_compromise": tr_noop(
        "Last time we got stuck because nobody moved. "
        "Is there a middle ground you could accept?"),
    "gut_feeling": tr_noop(
        "Something has felt off between us lately, and I'd rather say it than let it grow. "
        "Is everything all right on your side?"),
}
_GENERIC_QUESTION = tr_noop(
    "About \u201c%1\u201d: it has been on my mind, and I'd rather ask you directly. "
    "Can we talk about what happened?")
_OPENING_QUESTION = tr_noop(
    "I value what we have, so I'd like to be open with you about something that bothers me. "
    "Do you have a few minutes?")


@dataclass(frozen=True)
class SuggestedQuestion:
    """One thing the user could ask, and the signal category it comes from."""

    category: str
    label: str
    text: Phrase  # translated where shown


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
    reason: tuple[Phrase, ...]  # why clarify now, translated where shown


@dataclass(frozen=True)
class ClarifyResult:
    """What the wizard hands back: a finished clarification or a draft to resume."""

    kind: str  # finish / draft
    data: ClarificationInput
    decision: Decision | None = None


def reason_text(state: ThresholdState) -> tuple[Phrase, ...]:
    """Say in plain words why the app suggests clarifying (or that it does not)."""
    if state.open_warning_count == 0:
        return (Phrase(tr_noop("No open warnings. You can still talk things through whenever "
                               "you like.")),)
    warnings = warnings_phrase(state.open_warning_count, state.open_warning_weight)
    if state.level == LEVEL_DECIDE:
        return (Phrase(tr_noop("%1, your threshold is %2. It is time to talk it through and "
                               "decide."), args=(warnings, state.threshold)),)
    return (Phrase(tr_noop("%1, below your threshold of %2. Talking now keeps small things "
                           "small."), args=(warnings, state.threshold)),)


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
    found = [SuggestedQuestion(GENERIC, "", Phrase(_OPENING_QUESTION))]
    for category in dict.fromkeys(c.strip() for c in categories if c.strip()):
        label = category_label(category)
        known = _QUESTIONS.get(category)
        text = Phrase(known) if known else Phrase(_GENERIC_QUESTION, args=(Phrase(label),))
        found.append(SuggestedQuestion(category, label, text))
    return found


def finish_problems(data: ClarificationInput, decision: Decision | None) -> dict[str, str]:
    """Return what keeps the wizard from finishing (empty when it can).

    The domain's own checks, plus: the conversation needs an outcome, so that
    a decision always rests on a recorded conversation (or its lack of answer).
    """
    problems: dict[str, str] = {}
    if data.outcome is None:
        problems["outcome"] = tr_noop(
            "Say how the conversation went (or that there was no answer).")
    if decision is None:
        problems["decision"] = tr_noop("Choose to keep or to archive.")
        return problems
    problems.update(decision_problems(data, decision))
    return problems


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
