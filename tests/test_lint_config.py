"""The lint gate stays a gate: mypy strict over networkapp/, no module exempted from it."""

from __future__ import annotations

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_mypy_is_strict_and_exempts_no_module() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    assert config["files"] == ["networkapp"]
    exempted = [o["module"] for o in config.get("overrides", []) if o.get("ignore_errors")]
    assert exempted == [], "fix the module's types instead of ignoring its errors"
