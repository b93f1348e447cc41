"""Fuzzing the whole import: random and mutated vCards through plan_import + apply_import.

Every input ends with each card imported (new / merged / unchanged), skipped or
rejected with a reason and a line, or the file refused as a whole (a reported
outcome, :attr:`ImportPlan.file_errors`); no exception escapes, and what was
planned as new is in the database afterwards.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkapp.models import Contact
from networkapp.services.importing import (
    MERGE,
    NEW,
    REJECTED,
    SKIPPED,
    UNCHANGED,
    ImportData,
    apply_import,
    plan_import,
)
from tests.services.test_vcard_fuzz import MUTATION, SEEDS, mutate

_FATES = {NEW, MERGE, UNCHANGED, REJECTED, SKIPPED}


def check_import(data: bytes) -> None:
    plan = plan_import([ImportData("fuzz.vcf", data)])
    if plan.file_errors:
        assert not plan.entries and plan.file_errors[0].startswith("fuzz.vcf: ")
        return
    before = Contact.select().count()
    result = apply_import(plan)
    for entry in result.plan.entries:
        assert entry.fate in _FATES and entry.file == "fuzz.vcf" and entry.line >= 1
        if entry.fate == REJECTED:
            assert entry.reason
    assert Contact.select().count() == before + result.plan.count(NEW)


_SETTINGS = settings(max_examples=60, deadline=None, database=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])


@_SETTINGS
@given(st.sampled_from(SEEDS), st.lists(MUTATION, min_size=1, max_size=6))
def test_mutated_cards_import_or_are_rejected(
    db_path: Path, seed: bytes, mutations: list[tuple[str, float, int, bytes]]
) -> None:
    data = seed
    for mutation in mutations:
        data = mutate(data, mutation)
    check_import(data)


@_SETTINGS
@given(st.binary(max_size=600))
def test_random_bytes_import_or_are_refused(db_path: Path, data: bytes) -> None:
    check_import(data)


@_SETTINGS
@given(st.lists(st.sampled_from([b"BEGIN:VCARD", b"END:VCARD", b"FN:A", b"EMAIL:a@b.org",
                                 b"TEL:12345", b" folded", b"", b"N:;;;;", b"UID:x",
                                 b"NOTE;ENCODING=QUOTED-PRINTABLE:a=", b"CATEGORIES:t"]),
                max_size=30))
def test_random_line_sequences_import(db_path: Path, lines: list[bytes]) -> None:
    check_import(b"\r\n".join(lines))
