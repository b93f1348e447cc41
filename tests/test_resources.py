"""Resource lookup: the same call finds files from source and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from networkapp import resources

REPO = Path(__file__).resolve().parents[1]


def test_from_source_resources_sit_at_the_repository_root() -> None:
    assert resources.resource_path("networkapp.svg") == REPO / "resources" / "networkapp.svg"
    assert resources.app_icon_path().is_file()
    assert all(path.is_file() for path in resources.app_icon_png_paths())


def test_frozen_resources_come_from_the_bundle_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("a/b.png") == tmp_path / "resources" / "a" / "b.png"
    assert resources.app_icon_path() == tmp_path / "resources" / "networkapp.svg"


def test_frozen_flag_without_meipass_falls_back_to_source(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    # Other freezers (cx_Freeze, py2exe) set sys.frozen but not _MEIPASS.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources.resources_root() == REPO / "resources"
