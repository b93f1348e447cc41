"""Shared fixtures: offscreen Qt, a private data folder, a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English in the en_US locale whatever the machine's: dates, numbers and
# words are asserted as a user of that locale sees them (tests/test_translations.py
# switches to Italian and back where it checks the Italian).
os.environ["LANG"] = "en_US.UTF-8"
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("LANGUAGE", None)
os.environ.pop("NETWORKAPP_LANG", None)

import pytest
from hypothesis import settings

# Importing networkapp applies the Qt binding's work-around (networkapp/__init__.py).
from networkapp.models import close_database, open_database

# Property tests draw the same examples on every run (no random seed, no example
# database) and never time out: a test turns red for a change, not by chance or on a
# slow machine.
settings.register_profile("deterministic", derandomize=True, database=None, deadline=None)
settings.load_profile("deterministic")

pytest_plugins = ("tests.capture_fixtures",)

SHARED_VCARDS = Path(__file__).resolve().parents[1].parent / "shared" / "vcards"


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                  ) -> None:
    """Keep every test away from the user's real data and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NETWORKAPP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("NETWORKAPP_DB", raising=False)


@pytest.fixture(autouse=True)
def _english(request: pytest.FixtureRequest) -> None:
    """The app's English catalogue (its %n plural forms) and en_US locale, as at start-up.

    Installed on the Qt application when the test uses one (pytest-qt's ``qapp``), the
    way ``run_gui`` and ``run_command`` install it before any widget or message.
    """
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from networkapp import translation

    app = request.getfixturevalue("qapp")
    if translation.installed_languages() != ["en"]:
        translation.install(app, "en")


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """A fresh networkapp file, opened and bound for the test."""
    path = tmp_path / "test.sqlite3"
    open_database(path)
    yield path
    close_database()


@pytest.fixture
def shared_vcards() -> Path:
    """The shared corpus of real vCards; skip when this checkout has none beside it."""
    if not SHARED_VCARDS.is_dir():
        pytest.skip(f"no vCard corpus at {SHARED_VCARDS} (it sits beside the repo in CI)")
    return SHARED_VCARDS
