"""The demo network: a realistic mix of situations, consistent, deterministic per seed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from networkapp.models import bind_memory, close_database, db
from networkapp.models.cache import refresh_cached_columns
from networkapp.services.demo import generate_demo
from tests.services.foundation_helpers import new_contact, row_counts, table_rows

TODAY = dt.date(2024, 6, 30)


def _one(sql: str) -> int:
    return int(db.execute_sql(sql).fetchone()[0])


@pytest.fixture(scope="module")
def demo() -> dict[str, object]:
    """Generate 300 demo contacts once; return the summary, the rows and the counts."""
    bind_memory()
    summary = generate_demo(300, seed=11, today=TODAY)
    facts = {
        "summary": summary,
        "rows": table_rows(),
        "counts": row_counts(),
        "statuses": dict(db.execute_sql(
            "SELECT status, count(*) FROM contact GROUP BY status").fetchall()),
        "resolved": _one("SELECT count(*) FROM signal WHERE resolved_by_id IS NOT NULL"),
        "resolved_later": _one(
            "SELECT count(*) FROM signal s JOIN clarification c ON c.id = s.resolved_by_id "
            "WHERE (s.date > c.date AND c.decision = 'keep') OR s.contact_id != c.contact_id "
            "OR c.decision != s.resolution OR s.state != 'resolved'"),
        "gave": _one("SELECT count(*) FROM exchange WHERE direction = 'gave'"),
        "received": _one("SELECT count(*) FROM exchange WHERE direction = 'received'"),
        "status_vs_history": _one(
            "SELECT count(*) FROM contact c WHERE status != (SELECT to_status FROM status_change "
            "s WHERE s.contact_id = c.id ORDER BY at DESC, id DESC LIMIT 1)"),
        "without_create": _one(
            "SELECT count(*) FROM contact c WHERE NOT EXISTS (SELECT 1 FROM status_change s "
            "WHERE s.contact_id = c.id AND s.action = 'create')"),
        "clarifying_without_draft": _one(
            "SELECT count(*) FROM contact c WHERE status = 'clarifying' AND NOT EXISTS "
            "(SELECT 1 FROM clarification k WHERE k.contact_id = c.id AND k.is_draft)"),
        "future": _one("SELECT count(*) FROM (SELECT date FROM interaction UNION ALL "
                       f"SELECT date FROM signal) WHERE date > '{TODAY}'"),
        "emails": _one("SELECT count(DISTINCT contact_id) FROM contact_email"),
        "one_sided": _one("SELECT count(*) FROM contact WHERE gave_count >= 3 * received_count "
                          "AND gave_count >= 3"),
        "non_ascii": _one("SELECT count(*) FROM contact WHERE display_name != sort_name "
                          "AND lower(display_name) != sort_name"),
    }
    refresh_cached_columns()
    facts["recomputed"] = table_rows()["contact"]
    close_database()
    return facts


def test_has_every_situation(demo: dict) -> None:
    statuses = demo["statuses"]
    assert sum(statuses.values()) == 300
    assert statuses["archived"] > 0
    assert statuses["clarifying"] > 0
    assert statuses["active"] > 250
    assert demo["resolved"] > 0
    assert demo["gave"] > 0 and demo["received"] > 0
    assert demo["one_sided"] > 0  # some opportunists
    assert demo["non_ascii"] > 0  # accented names to search for
    assert demo["emails"] == 300
    assert demo["counts"]["tag"] > 0 and demo["counts"]["contact_tag"] > 0


def test_summary_matches_the_rows(demo: dict) -> None:
    summary, counts = demo["summary"], demo["counts"]
    assert summary.contacts == counts["contact"] == 300
    assert summary.interactions == counts["interaction"]
    assert summary.exchanges == counts["exchange"]
    assert summary.signals == counts["signal"]
    assert summary.clarifications == counts["clarification"]
    assert summary.archived == demo["statuses"]["archived"]


def test_is_consistent(demo: dict) -> None:
    assert demo["status_vs_history"] == 0  # status is the last step of the history
    assert demo["without_create"] == 0
    assert demo["clarifying_without_draft"] == 0
    assert demo["resolved_later"] == 0  # resolved by an earlier "keep" of the same contact
    assert demo["future"] == 0
    assert demo["recomputed"] == demo["rows"]["contact"]  # cached columns are right


def test_is_deterministic_per_seed(demo: dict) -> None:
    bind_memory()
    try:
        generate_demo(300, seed=11, today=TODAY)
        assert table_rows() == demo["rows"]
        bind_memory()
        generate_demo(300, seed=12, today=TODAY)
        assert table_rows()["contact"] != demo["rows"]["contact"]
    finally:
        close_database()


def test_adds_to_an_existing_network(db_path: Path) -> None:
    mine = new_contact("My Own Contact")
    generate_demo(20, seed=1, today=TODAY)
    generate_demo(20, seed=2, today=TODAY)
    assert row_counts()["contact"] == 41
    assert db.execute_sql("SELECT display_name, status FROM contact WHERE id = ?",
                          (mine,)).fetchall() == [("My Own Contact", "active")]
    assert _one("SELECT count(DISTINCT id) FROM contact") == 41
    names = [n for (n,) in db.execute_sql("SELECT name FROM tag").fetchall()]
    assert len(names) == len(set(names))
    before = table_rows()["contact"]
    refresh_cached_columns()
    assert table_rows()["contact"] == before


def test_reuses_a_stored_tag_whatever_its_capitals(db_path: Path) -> None:
    new_contact("Mine", tags=("Mentor",))
    generate_demo(200, seed=3, today=TODAY)
    names = [n for (n,) in db.execute_sql("SELECT name FROM tag").fetchall()]
    assert [n for n in names if n.casefold() == "mentor"] == ["Mentor"]
    assert _one("SELECT count(*) FROM contact_tag JOIN tag ON tag.id = contact_tag.tag_id "
                "WHERE tag.name = 'Mentor'") > 1  # demo contacts carry it too
