"""How alike two contacts are: the reasons, their weights and the confidence.

Each shared key is a reason with a weight; the weights combine as independent
evidence (``1 - Π(1 - w)``) and the score gives the confidence: *high* (0.9),
*likely* (0.7) or *review* (0.45; below that the pair is not suggested). Rules that
weaken: an e-mail or phone shared by more than two contacts (a family address, a
switchboard) weighs less the more share it, and so does a name many contacts carry;
a similar name counts only together with a shared organisation, e-mail domain or
city; different given names, a different Jr./Sr. or different names altogether
keep a pair at *review* whatever else they share.

Reasons carry their words as marked templates (``%1`` the detail, ``%Ln`` a count),
translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from networkapp.i18n import Phrase, tr_noop
from networkapp.services.duplicates.keys import NameParts, Profile

HIGH, LIKELY, REVIEW = "high", "likely", "review"
CONFIDENCES = (HIGH, LIKELY, REVIEW)
LEVELS = {HIGH: 0.9, LIKELY: 0.7, REVIEW: 0.45}

SAME_EMAIL, SAME_PHONE, SAME_PHONE_REGION = "same_email", "same_phone", "same_phone_region"
SAME_NAME, SIMILAR_NAME = "same_name", "similar_name"
SAME_ORG, SAME_DOMAIN, SAME_CITY = "same_organization", "same_domain", "same_city"
SHARED, COMMON_NAME = "shared", "common_name"
DIFFERENT_GIVEN, SUFFIX, DIFFERENT_NAMES = "different_given", "suffix", "different_names"

REASON_TEXT: dict[str, str] = {
    SAME_EMAIL: tr_noop("same e-mail %1"),
    SAME_PHONE: tr_noop("same phone %1"),
    SAME_PHONE_REGION: tr_noop("same phone %1 (one of them read with the default region)"),
    SAME_NAME: tr_noop("same name"),
    SIMILAR_NAME: tr_noop("similar name"),
    SAME_ORG: tr_noop("same organization %1"),
    SAME_DOMAIN: tr_noop("same e-mail domain %1"),
    SAME_CITY: tr_noop("same city %1"),
    # Said only of three contacts or more: always the plural.
    SHARED: tr_noop("%1 is shared by %Ln contacts, so it counts less"),
    COMMON_NAME: tr_noop("%Ln contacts have this name, so it counts less"),
    DIFFERENT_GIVEN: tr_noop("but different given names: check before merging"),
    SUFFIX: tr_noop("but Jr./Sr. differ: check before merging"),
    DIFFERENT_NAMES: tr_noop("but different names: check before merging"),
}
"""The words of each reason (``%1``: its detail, ``%Ln``: its count), translated where
shown (:meth:`Reason.phrase`)."""

CONFIDENCE_TEXT = {HIGH: tr_noop("very likely the same person"),
                   LIKELY: tr_noop("likely the same person"), REVIEW: tr_noop("worth a look")}

SAME, SIMILAR, UNKNOWN = "same", "similar", "unknown"
_WEIGHTS = {SAME_EMAIL: 0.9, SAME_PHONE: 0.8, SAME_PHONE_REGION: 0.7, SAME_NAME: 0.55,
            SIMILAR_NAME: 0.5, SAME_ORG: 0.45, SAME_DOMAIN: 0.45, SAME_CITY: 0.35}
_CAPS = {DIFFERENT_GIVEN: DIFFERENT_GIVEN, SUFFIX: SUFFIX, DIFFERENT_NAMES: DIFFERENT_NAMES}
_SIMILAR_RATIO = 88.0


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason two contacts look alike (or a note that weakens it).

    Attributes:
        code: A key of :data:`REASON_TEXT`.
        detail: The shared value ("mario@example.com", "+393331234567").
        count: How many contacts share it (for the weakening notes).
    """

    code: str
    detail: str = ""
    count: int = 0

    def phrase(self) -> Phrase:
        """The reason in words, to translate where shown (``translation.say``)."""
        return Phrase(REASON_TEXT[self.code], self.count if self.count else -1,
                      (self.detail,) if self.detail else ())

    def text(self) -> str:
        """The reason in English (JSON, tests)."""
        return self.phrase().english()


@dataclass(frozen=True, slots=True)
class PairMatch:
    """Why two contacts look like one person, and how sure that is.

    ``a`` < ``b`` (contact ids); ``score`` from 0 to 1.
    """

    a: int
    b: int
    score: float
    confidence: str
    reasons: tuple[Reason, ...]

    def phrases(self) -> tuple[Phrase, ...]:
        """All the reasons, to translate where shown (``say`` joins them with commas)."""
        return tuple(r.phrase() for r in self.reasons)

    def text(self) -> str:
        """All the reasons in English, joined by commas (JSON, tests)."""
        return ", ".join(r.text() for r in self.reasons)


def confidence_of(score: float) -> str | None:
    """Return the confidence of a score (None below *review*)."""
    return next((c for c in CONFIDENCES if score >= LEVELS[c] - 1e-9), None)


def _initial_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return len(short[0]) == 1 and long[0][:1] == short[0]


def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when two given names can be one person's: one missing, equal, an initial
    of the other ("M." / "Mario"), or one within the other ("Maria" / "Maria Luisa")."""
    if not a or not b or a[0] == b[0]:
        return True
    return _initial_of(a, b) or _initial_of(b, a) or set(a) <= set(b) or set(b) <= set(a)


def _family_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal, or one within the other ("García" / "García López")."""
    return bool(a and b) and (set(a) <= set(b) or set(b) <= set(a))


def name_relation(a: NameParts, b: NameParts) -> str:
    """Return how two names relate: same, similar, different given names, a different
    suffix, different names, or unknown (one has none)."""
    if a.empty or b.empty:
        return UNKNOWN
    if set(a.forms).intersection(b.forms):
        relation = SAME
    elif _family_compatible(a.family, b.family):
        relation = SIMILAR if given_compatible(a.given, b.given) else DIFFERENT_GIVEN
    elif (fuzz.token_sort_ratio(a.folded, b.folded) >= _SIMILAR_RATIO
          and given_compatible(a.given, b.given)):
        relation = SIMILAR
    else:
        relation = DIFFERENT_NAMES
    if relation in (SAME, SIMILAR) and a.suffix != b.suffix:
        return SUFFIX
    return relation


def _shared_weight(weight: float, count: int) -> float:
    """A key shared by more than two contacts says less the more share it."""
    if count <= 2:
        return weight
    return weight * 0.6 if count <= 5 else 0.2


class Counts:
    """How many contacts share each key: (kind, key), kind "e" e-mail, "p" phone, "n" name
    form. Only keys more than two share are held."""

    def __init__(self, sizes: Mapping[tuple[str, str], int]) -> None:
        """Wrap the sizes of the blocks by (kind, key)."""
        self._sizes = sizes

    def of(self, kind: str, key: str) -> int:
        """Return how many contacts carry ``key`` (2 when unknown: just this pair)."""
        return max(2, self._sizes.get((kind, key), 2))


def score_pair(a: Profile, b: Profile, counts: Counts) -> PairMatch | None:
    """Return why ``a`` and ``b`` look like one person, or None when they do not."""
    reasons: list[Reason] = []
    weights: list[float] = []

    def add(code: str, detail: str = "", weight: float | None = None) -> None:
        reasons.append(Reason(code, detail))
        weights.append(_WEIGHTS[code] if weight is None else weight)

    def shared(kind: str, detail: str, code: str) -> None:
        count = counts.of(kind, detail)
        add(code, detail, _shared_weight(_WEIGHTS[code], count))
        if count > 2:
            reasons.append(Reason(SHARED, detail, count))

    for email in a.emails:
        if email in b.emails:
            shared("e", email, SAME_EMAIL)
    for phone in a.phones:
        other = next((q for q in b.phones if q.e164 == phone.e164), None)
        if other is not None:
            code = SAME_PHONE if phone.explicit and other.explicit else SAME_PHONE_REGION
            shared("p", phone.e164, code)
    relation = name_relation(a.parts, b.parts)
    for reason, weight in _name_reasons(a, b, relation, counts):
        reasons.append(reason)
        if weight is not None:
            weights.append(weight)
    score = 1.0
    for weight in weights:
        score *= 1.0 - weight
    score = 1.0 - score
    if relation in _CAPS:
        if not weights:
            return None
        reasons.append(Reason(_CAPS[relation]))
        score = min(score, LEVELS[LIKELY] - 0.01)
    confidence = confidence_of(score)
    if confidence is None:
        return None
    low, high = sorted((a.id, b.id))
    return PairMatch(low, high, round(score, 3), confidence, tuple(reasons))


def _name_reasons(a: Profile, b: Profile, relation: str, counts: Counts
                  ) -> list[tuple[Reason, float | None]]:
    """Return the name reasons with their weights (None: a note): the same name (weaker
    when common), or a similar one with a shared organisation, e-mail domain or city."""
    if relation not in (SAME, SIMILAR):
        return []
    context: list[tuple[Reason, float | None]] = []
    if a.organization and a.organization == b.organization:
        context.append((Reason(SAME_ORG, a.written(a.organization)), _WEIGHTS[SAME_ORG]))
    # A shared address says its domain already.
    domain = "" if set(a.emails) & set(b.emails) else next(
        (d for d in a.domains if d in b.domains), "")
    if domain:
        context.append((Reason(SAME_DOMAIN, domain), _WEIGHTS[SAME_DOMAIN]))
    city = next((c for c in a.cities if c in b.cities), "")
    if city:
        context.append((Reason(SAME_CITY, a.written(city)), _WEIGHTS[SAME_CITY]))
    if relation == SAME:
        count = counts.of("n", min(set(a.parts.forms).intersection(b.parts.forms)))
        if count <= 3:
            return [(Reason(SAME_NAME), _WEIGHTS[SAME_NAME]), *context]
        return [(Reason(SAME_NAME), 0.35), (Reason(COMMON_NAME, "", count), None), *context]
    if context:
        return [(Reason(SIMILAR_NAME), _WEIGHTS[SIMILAR_NAME]), *context]
    return []
