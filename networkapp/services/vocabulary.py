"""The words of the domain as stored values, with the labels people read.

Stored values are short English keys; the labels are marked with
:func:`~networkapp.i18n.tr_noop` and translated where they are shown (the window,
the printed pages). A signal category or an exchange kind may also be free text
typed by the user: it is stored as is and shown as is.
"""

from __future__ import annotations

from networkapp.i18n import tr_noop

ACTIVE = "active"
CLARIFYING = "clarifying"
ARCHIVED = "archived"
STATUSES = (ACTIVE, CLARIFYING, ARCHIVED)
STATUS_LABELS = {ACTIVE: tr_noop("Active"), CLARIFYING: tr_noop("Clarifying"),
                 ARCHIVED: tr_noop("Archived")}

GAVE = "gave"
RECEIVED = "received"
DIRECTIONS = (GAVE, RECEIVED)
DIRECTION_LABELS = {GAVE: tr_noop("I gave"), RECEIVED: tr_noop("I received")}

KINDS = (
    "advice",
    "introduction",
    "referral",
    "time",
    "knowledge",
    "opportunity",
    "help",
    "gift",
    "other",
)
GROWTHS = ("cultural", "social", "economic")
CHANNELS = ("meeting", "call", "video call", "message", "email", "event", "other")
KIND_LABELS = {
    "advice": tr_noop("Advice"), "introduction": tr_noop("Introduction"),
    "referral": tr_noop("Referral"), "time": tr_noop("Time"), "knowledge": tr_noop("Knowledge"),
    "opportunity": tr_noop("Opportunity"), "help": tr_noop("Help"), "gift": tr_noop("Gift"),
    "other": tr_noop("Other"),
}
GROWTH_LABELS = {"cultural": tr_noop("Cultural"), "social": tr_noop("Social"),
                 "economic": tr_noop("Economic")}
CHANNEL_LABELS = {
    "meeting": tr_noop("Meeting"), "call": tr_noop("Call"), "video call": tr_noop("Video call"),
    "message": tr_noop("Message"), "email": tr_noop("Email"), "event": tr_noop("Event"),
    "other": tr_noop("Other"),
}

WARNING = "warning"
POSITIVE = "positive"
POLARITIES = (WARNING, POSITIVE)

WARNING_CATEGORIES = {
    "only_when_needing": tr_noop("Only reaches out when needing something"),
    "never_reciprocates": tr_noop("Never reciprocates"),
    "sorts_by_usefulness": tr_noop("Sorts people by usefulness"),
    "ego_first": tr_noop("Puts their ego first"),
    "refuses_compromise": tr_noop("Refuses any compromise"),
    "gut_feeling": tr_noop("Gut feeling: something feels wrong"),
}
POSITIVE_CATEGORIES = {
    "gave_unasked": tr_noop("Gave without being asked"),
    "reciprocated": tr_noop("Reciprocated"),
    "was_honest": tr_noop("Was honest"),
}

# A signal's life: open, then resolved or dismissed (services.signals).
OPEN = "open"
RESOLVED = "resolved"
DISMISSED = "dismissed"
SIGNAL_STATES = (OPEN, RESOLVED, DISMISSED)
SIGNAL_STATE_LABELS = {OPEN: tr_noop("open"), RESOLVED: tr_noop("resolved"),
                       DISMISSED: tr_noop("dismissed")}
# How a signal was closed (signal.resolution).
BY_KEEP = "keep"  # a clarification ended in the decision to keep
BY_ARCHIVE = "archive"  # the decision to archive closed it
BY_HAND = "hand"  # resolved by hand, with a note
BY_DISMISSAL = "dismissed"  # noted wrongly, with a note

OUTCOMES = {
    "clarified": tr_noop("Clarified"),
    "not_clarified": tr_noop("Not clarified"),
    "no_answer": tr_noop("No answer"),
}

KEEP = "keep"
ARCHIVE = "archive"
DECISION_LABELS = {KEEP: tr_noop("Keep the relationship"), ARCHIVE: tr_noop("Archive")}

# Status changes (status_change.action), as the history and the printed summary name them.
ACTION_LABELS = {
    "create": tr_noop("Added to the network"),
    "clarify": tr_noop("Clarification started"),
    "keep": tr_noop("Kept after clarifying"),
    "archive": tr_noop("Archived as a plain entry"),
    "restore": tr_noop("Restored from the archive"),
    "merge": tr_noop("Merged with a duplicate"),
}


def label_of(value: str, labels: dict[str, str]) -> str:
    """The English label of a stored key (to translate for display); free text as typed."""
    return labels.get(value, value)


def category_label(category: str) -> str:
    """Return the readable label of a signal category (free text stays as typed)."""
    return WARNING_CATEGORIES.get(category) or POSITIVE_CATEGORIES.get(category) or category
