"""Upgrading a file made before signals had a life (the version before
``SIGNAL_LIFE_VERSION``): resolved signals keep being resolved, by the keep decision of
their clarification, the rest are open, and the cached open-warning count is computed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from networkapp.models import SCHEMA_VERSION, close_database, db, migrations, open_database
from networkapp.models.backup import latest_backup
from networkapp.services import states
from networkapp.services.dto import ClarificationInput, Decision
from networkapp.services.signals import list_signals, threshold_state
from tests.models.test_migration import make_version_3
from tests.services.foundation_helpers import new_contact, praise, warn


def _older_file(path: Path) -> dict[str, int]:
    """A file as the version before signal life wrote it, with resolved and open signals."""
    open_database(path)
    kept, open_one = new_contact("Kept Kim"), new_contact("Open Olga")
    ids = {"kept": kept, "olga": open_one,
           "resolved": warn(kept, weight=2, on=dt.date(2024, 1, 2)),
           "open": warn(open_one, weight=3), "also_open": warn(open_one, weight=1),
           "positive": praise(open_one)}
    states.finish_clarification(kept, ClarificationInput(date=dt.date(2024, 2, 3)),
                                Decision("keep"))
    ids["later"] = warn(kept, weight=1, on=dt.date(2024, 3, 1))
    close_database()
    conn = sqlite3.connect(path)
    make_version_3(conn)
    assert migrations.SIGNAL_LIFE_VERSION - 1 == 3
    conn.close()
    return ids


def test_signals_get_their_state_and_the_cache_its_count(tmp_path: Path) -> None:
    path = tmp_path / "older.sqlite3"
    ids = _older_file(path)
    open_database(path)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        by_id = {s.id: s for cid in (ids["kept"], ids["olga"]) for s in list_signals(cid)}
        resolved = by_id[ids["resolved"]]
        assert (resolved.state, resolved.resolution) == ("resolved", "keep")
        assert resolved.resolved_at == dt.datetime(2024, 2, 3)  # the clarification's day
        for key in ("open", "also_open", "positive", "later"):
            assert by_id[ids[key]].state == "open" and by_id[ids[key]].resolved_at is None
        counts = dict(db.execute_sql(
            "SELECT id, open_warning_count FROM contact").fetchall())
        assert counts == {ids["kept"]: 1, ids["olga"]: 2}
        assert threshold_state(ids["olga"]).open_warning_weight == 4
    finally:
        close_database()
    backup = latest_backup(path)
    assert backup is not None
    assert f".v{migrations.SIGNAL_LIFE_VERSION - 1}." in backup.name
