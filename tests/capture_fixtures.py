"""Fixtures of the capture tests (domain and window): Rome's time zone, two contacts
with the fixtures' addresses, the user's own address. A plugin of tests/conftest.py."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from networkapp.services.dto import LabeledValue
from networkapp.services.settings import set_my_addresses
from tests.services.foundation_helpers import new_contact

FILES = Path(__file__).parent / "services" / "capture" / "files"
TODAY = dt.date(2025, 6, 1)


@pytest.fixture
def rome(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Rome's, whatever the machine's zone (dates depend on it)."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def people(db_path: Path) -> dict[str, int]:
    """Ada and Bruno as contacts; me@example.org as the user's own address."""
    set_my_addresses(["me@example.org"])
    return {
        "ada": new_contact("Ada Rossi", emails=(LabeledValue("ada.rossi@example.com", "work"),)),
        "bruno": new_contact("Bruno Neri", emails=(LabeledValue("Bruno@Neri.example", ""),)),
    }
