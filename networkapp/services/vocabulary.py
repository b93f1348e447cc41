"""The words of the domain as stored values, with the labels people read.

Stored values are short English keys; labels go through the UI's translation.
A signal category may also be free text typed by the user: it is stored as is
and shown as is.
"""

from __future__ import annotations

ACTIVE = "active"
CLARIFYING = "clarifying"
ARCHIVED = "archived"
STATUSES = (ACTIVE, CLARIFYING, ARCHIVED)
STATUS_LABELS = {ACTIVE: "Active", CLARIFYING: "Clarifying", ARCHIVED: "Archived"}

GAVE = "gave"
RECEIVED = "received"
DIRECTIONS = (GAVE, RECEIVED)
DIRECTION_LABELS = {GAVE: "I gave", RECEIVED: "I received"}

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

WARNING = "warning"
POSITIVE = "positive"
POLARITIES = (WARNING, POSITIVE)

WARNING_CATEGORIES = {
    "only_when_needing": "Only reaches out when needing something",
    "never_reciprocates": "Never reciprocates",
    "sorts_by_usefulness": "Sorts people by usefulness",
    "ego_first": "Puts their ego first",
    "refuses_compromise": "Refuses any compromise",
    "gut_feeling": "Gut feeling: something feels wrong",
}
POSITIVE_CATEGORIES = {
    "gave_unasked": "Gave without being asked",
    "reciprocated": "Reciprocated",
    "was_honest": "Was honest",
}

OUTCOMES = {
    "clarified": "Clarified",
    "not_clarified": "Not clarified",
    "no_answer": "No answer",
}

KEEP = "keep"
ARCHIVE = "archive"


def category_label(category: str) -> str:
    """Return the readable label of a signal category (free text stays as typed)."""
    return WARNING_CATEGORIES.get(category) or POSITIVE_CATEGORIES.get(category) or category
