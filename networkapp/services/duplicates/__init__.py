"""Finding and merging duplicate contacts (no Qt here).

``keys`` normalises names, phones (E.164, ``phonenumberslite``) and e-mails;
``score`` weighs the reasons two contacts look alike; ``find`` gets candidates
from blocking keys and groups them; ``store`` remembers "not duplicates" pairs
and the aliases of merged-away contacts; ``fields`` merges versions of a card field
by field; ``merge`` merges contacts of the file in one transaction.
"""

from __future__ import annotations

from networkapp.services.duplicates.fields import (
    COMBINE,
    FIELD_LABELS,
    MULTI_FIELDS,
    SINGLE_FIELDS,
    base_index,
    differing,
    merged_fields,
    preselect,
)
from networkapp.services.duplicates.find import (
    CandidateIndex,
    DuplicateGroup,
    Member,
    find_duplicates,
    load_profiles,
)
from networkapp.services.duplicates.merge import (
    FieldConflict,
    MergeOutcome,
    MergePlan,
    merge_contacts,
    plan_merge,
    shown_value,
)
from networkapp.services.duplicates.score import (
    CONFIDENCE_TEXT,
    CONFIDENCES,
    HIGH,
    LIKELY,
    REVIEW,
    PairMatch,
    Reason,
)
from networkapp.services.duplicates.store import mark_not_duplicates, not_duplicate_pairs

__all__ = [
    "COMBINE",
    "CONFIDENCES",
    "CONFIDENCE_TEXT",
    "FIELD_LABELS",
    "HIGH",
    "LIKELY",
    "MULTI_FIELDS",
    "REVIEW",
    "SINGLE_FIELDS",
    "CandidateIndex",
    "DuplicateGroup",
    "FieldConflict",
    "Member",
    "MergeOutcome",
    "MergePlan",
    "PairMatch",
    "Reason",
    "base_index",
    "differing",
    "find_duplicates",
    "load_profiles",
    "mark_not_duplicates",
    "merge_contacts",
    "merged_fields",
    "not_duplicate_pairs",
    "plan_merge",
    "preselect",
    "shown_value",
]
