"""The capture domain tests run in Rome's time zone (tests/capture_fixtures.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _in_rome(rome: None) -> None:
    """Local dates of events and messages are Rome's, whatever the machine's zone."""
