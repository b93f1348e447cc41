"""Duplicate scoring without a database: name pairs that must and must not match, each
reason and each rule that weakens one."""

from __future__ import annotations

import pytest

from networkapp.services.duplicates.keys import (
    NameParts,
    Profile,
    make_profile,
    name_parts,
    phone_of,
)
from networkapp.services.duplicates.score import (
    COMMON_NAME,
    DIFFERENT_GIVEN,
    DIFFERENT_NAMES,
    HIGH,
    LIKELY,
    REVIEW,
    SAME,
    SAME_CITY,
    SAME_DOMAIN,
    SAME_EMAIL,
    SAME_NAME,
    SAME_ORG,
    SAME_PHONE,
    SAME_PHONE_REGION,
    SHARED,
    SIMILAR,
    SIMILAR_NAME,
    SUFFIX,
    Counts,
    name_relation,
    score_pair,
)

NO_COUNTS = Counts({})


def person(cid: int, display: str = "", given: str = "", family: str = "", *,
           org: str = "", emails: tuple[str, ...] = (), phones: tuple[str, ...] = (),
           cities: tuple[str, ...] = (), region: str | None = "IT") -> Profile:
    return make_profile(cid, (display or f"{given} {family}".strip(), given, family, org,
                              "active"), emails=emails, phones=phones, cities=cities,
                        region=region)


def codes(a: Profile, b: Profile, counts: Counts = NO_COUNTS) -> tuple[str | None, list[str]]:
    found = score_pair(a, b, counts)
    return (found.confidence, [r.code for r in found.reasons]) if found else (None, [])


# (display or "given|family", other, expected relation)
NAME_PAIRS = [
    # Italian: order, comma, accents, doubled letters, initials
    ("Mario Rossi", "Rossi, Mario", SAME),
    ("Niccolò Ferri", "Nicolo Ferri", SAME),
    ("M. Rossi", "Mario Rossi", SIMILAR),
    ("Dott. Mario Rossi", "Mario Rossi", SAME),
    ("Mario Rossi", "Maria Rossi", DIFFERENT_GIVEN),
    ("Giulia Bianchi", "Marco Esposito", DIFFERENT_NAMES),
    # Spanish: two family names, accents
    ("José|García López", "Jose|García", SIMILAR),
    ("María José|Fernández", "Maria Jose Fernandez", SAME),
    ("Lucía Gómez", "Lucas Gómez", DIFFERENT_GIVEN),
    # German: umlaut spellings, ß
    ("Jürgen Müller", "Juergen Mueller", SAME),
    ("Hans Strauß", "Hans Strauss", SAME),
    ("Jürgen Müller", "Jürgen Müller Jr.", SUFFIX),
    # Japanese: family name first, with or without the given/family split
    ("山田太郎", "太郎|山田", SAME),
    ("山田太郎", "山田 太郎", SAME),
    ("山田太郎", "山田花子", DIFFERENT_NAMES),
    # Chinese
    ("王伟", "伟|王", SAME),
    ("王伟", "王芳", DIFFERENT_NAMES),
    ("Wei|Wang", "Fang|Wang", DIFFERENT_GIVEN),
    ("Wang Wei", "Wang Fang", DIFFERENT_NAMES),
    # initials
    ("J. R. Tolkien", "John Tolkien", SIMILAR),
    ("A. Smith", "B. Smith", DIFFERENT_GIVEN),
]


def _parts(text: str) -> NameParts:
    if "|" in text:
        given, family = text.split("|")
        return name_parts(f"{given} {family}" if given.isascii() else f"{family}{given}",
                          given, family)
    return name_parts(text, "", "")


@pytest.mark.parametrize(("first", "second", "relation"), NAME_PAIRS)
def test_name_pairs(first: str, second: str, relation: str) -> None:
    assert name_relation(_parts(first), _parts(second)) == relation
    assert name_relation(_parts(second), _parts(first)) == relation


def test_a_shared_email_is_very_likely_and_case_does_not_matter() -> None:
    a = person(1, "Mario Rossi", emails=("Mario@Example.IT",))
    b = person(2, "Rossi, Mario", emails=("mario@example.it",))
    assert codes(a, b) == (HIGH, [SAME_EMAIL, SAME_NAME])


def test_a_phone_with_plus_weighs_more_than_one_read_through_the_region() -> None:
    explicit = score_pair(person(1, "Ada", phones=("+39 333 123 4567",)),
                          person(2, "Ada", phones=("0039 333 1234567",)), NO_COUNTS)
    regional = score_pair(person(1, "Ada", phones=("+39 333 123 4567",)),
                          person(2, "Ada", phones=("333 1234567",)), NO_COUNTS)
    assert explicit is not None and regional is not None
    assert explicit.reasons[0].code == SAME_PHONE
    assert regional.reasons[0].code == SAME_PHONE_REGION
    assert explicit.score > regional.score


def test_the_default_region_decides_what_a_national_number_is() -> None:
    assert phone_of("333 1234567", "IT").e164 == "+393331234567"  # type: ignore[union-attr]
    assert phone_of("(202) 555-0143", "US").e164 == "+12025550143"  # type: ignore[union-attr]
    assert phone_of("12", "IT") is None


def test_the_same_name_alone_is_worth_a_look_and_a_common_one_counts_less() -> None:
    a, b = person(1, "Aisha Ferreira"), person(2, "Aisha Ferreira")
    assert codes(a, b) == (REVIEW, [SAME_NAME])
    form = min(a.parts.forms)
    common = Counts({("n", form): 6})
    assert codes(a, b, common) == (None, [])
    found = score_pair(a, b, common)
    assert found is None
    c = person(3, "Aisha Ferreira", org="Orbit Labs")
    d = person(4, "Aisha Ferreira", org="Orbit Labs")
    assert codes(c, d, common) == (REVIEW, [SAME_NAME, COMMON_NAME, SAME_ORG])
    assert codes(c, d) == (LIKELY, [SAME_NAME, SAME_ORG])


def test_a_similar_name_counts_only_with_an_organization_domain_or_city() -> None:
    a = person(1, "M. Rossi", org="Acme")
    assert codes(a, person(2, "Mario Rossi")) == (None, [])
    assert codes(a, person(2, "Mario Rossi", org="ACME")) == (LIKELY, [SIMILAR_NAME, SAME_ORG])
    domain = codes(person(1, "M. Rossi", emails=("m@acme.it",)),
                   person(2, "Mario Rossi", emails=("mario@acme.it",)))
    assert domain == (LIKELY, [SIMILAR_NAME, SAME_DOMAIN])
    city = codes(person(1, "Niccolò Ferri", cities=("Bologna",)),
                 person(2, "Nicolo Ferri", cities=("bologna",)))
    assert city == (LIKELY, [SAME_NAME, SAME_CITY])


def test_an_organization_compares_without_its_legal_form() -> None:
    assert codes(person(1, "M. Rossi", org="Acme S.p.A."),
                 person(2, "Mario Rossi", org="ACME spa")) == (LIKELY, [SIMILAR_NAME, SAME_ORG])
    assert codes(person(1, "M. Rossi", org="Acme GmbH"),
                 person(2, "Mario Rossi", org="Acme Labs")) == (None, [])


def test_free_mail_is_not_a_shared_domain() -> None:
    assert codes(person(1, "M. Rossi", emails=("m@gmail.com",)),
                 person(2, "Mario Rossi", emails=("mario@gmail.com",))) == (None, [])


def test_a_phone_shared_by_many_counts_less() -> None:
    a = person(1, "Mario Rossi", phones=("+39 02 1234567",))
    b = person(2, "Mario Rossi", phones=("+39 02 1234567",))
    alone = score_pair(a, b, NO_COUNTS)
    switchboard = score_pair(a, b, Counts({("p", "+39021234567"): 40}))
    assert alone is not None and switchboard is not None
    assert alone.confidence == HIGH and switchboard.score < alone.score
    assert SHARED in [r.code for r in switchboard.reasons]
    assert switchboard.reasons[1].count == 40


def test_a_family_sharing_a_phone_stays_at_review() -> None:
    mother = person(1, given="Anna", family="Bianchi", phones=("+39 051 123456",))
    son = person(2, given="Luca", family="Bianchi", phones=("+39 051 123456",))
    assert codes(mother, son) == (REVIEW, [SAME_PHONE, DIFFERENT_GIVEN])


def test_a_family_email_with_different_names_stays_at_review() -> None:
    a = person(1, "王伟", emails=("family@example.cn",))
    b = person(2, "王芳", emails=("family@example.cn",))
    assert codes(a, b) == (REVIEW, [SAME_EMAIL, DIFFERENT_NAMES])


def test_junior_and_senior_never_go_above_review() -> None:
    a = person(1, "John Smith Sr.", emails=("js@example.com",), org="Smith & Son")
    b = person(2, "John Smith Jr.", emails=("js@example.com",), org="Smith & Son")
    assert codes(a, b) == (REVIEW, [SAME_EMAIL, SUFFIX])


def test_different_people_with_nothing_shared_are_not_suggested() -> None:
    assert codes(person(1, "Mario Rossi"), person(2, "Maria Rossi")) == (None, [])
    assert codes(person(1, "山田太郎"), person(2, "山田花子")) == (None, [])


def test_reasons_read_as_words() -> None:
    found = score_pair(person(1, "Mario Rossi", phones=("+39 333 1234567",)),
                       person(2, "M. Rossi", phones=("+393331234567",)), NO_COUNTS)
    assert found is not None
    assert found.text() == "same phone +393331234567"
