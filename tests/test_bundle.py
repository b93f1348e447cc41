"""Smoke check of the PyInstaller bundle (``make bundle``): it runs, lists, opens a window.

Skipped when ``dist/networkapp/networkapp`` has not been built.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from networkapp import APP_ID, __version__

REPO = Path(__file__).resolve().parents[1]
BUNDLE = REPO / "dist" / "networkapp"
EXECUTABLE = BUNDLE / ("networkapp.exe" if sys.platform == "win32" else "networkapp")

pytestmark = pytest.mark.skipif(not EXECUTABLE.exists(),
                                reason="bundle not built; run make bundle")


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([str(EXECUTABLE), *args], capture_output=True, text=True,
                          timeout=60, env=environment, check=False)


def test_bundle_prints_its_version() -> None:
    result = _run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"networkapp {__version__}")


def test_bundle_lists_a_fresh_file_as_json(tmp_path: Path) -> None:
    result = _run("--db", str(tmp_path / "fresh.sqlite3"), "list", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert (tmp_path / "fresh.sqlite3").is_file()


def test_bundle_finds_duplicates_with_phonenumbers_and_rapidfuzz(tmp_path: Path) -> None:
    """``duplicates --json`` loads both packages (phone parsing, name similarity)."""
    cards = tmp_path / "two.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mario Rossi\r\nORG:Acme\r\n"
                     "TEL:+39 333 1234567\r\nEND:VCARD\r\n"
                     "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rossi\\, M.\r\nORG:Acme\r\n"
                     "END:VCARD\r\n", encoding="utf-8")
    db = str(tmp_path / "dupes.sqlite3")
    assert _run("--db", db, "import", str(cards)).returncode == 0
    result = _run("--db", db, "duplicates", "--json")
    assert result.returncode == 0, result.stderr
    (group,) = json.loads(result.stdout)
    assert [c["id"] for c in group["contacts"]] == [1, 2]
    assert group["links"][0]["text"] == "similar name, same organization Acme"


def test_bundle_opens_its_main_window_and_exits_cleanly(tmp_path: Path) -> None:
    try:
        result = _run("--db", str(tmp_path / "fresh.sqlite3"), env={"NETWORKAPP_SMOKE": "1"})
    except subprocess.TimeoutExpired:
        pytest.fail("the window did not quit: does run_gui() call ui.smoke.arm_smoke_exit()?")
    assert result.returncode == 0, result.stderr
    assert "smoke: first paint" in result.stderr
    assert "Traceback" not in result.stderr


def test_bundle_carries_its_resources_and_not_the_filtered_qt_parts() -> None:
    internal = BUNDLE / "_internal"
    assert (internal / "resources" / "networkapp.svg").is_file()
    assert (internal / "resources" / f"{APP_ID}.desktop").is_file()
    qt = internal / "PySide6" / "Qt"
    leftovers = [p.name for pattern in ("plugins/tls/*", "plugins/platforms/*vnc*",
                                        "plugins/imageformats/*pdf*", "lib/*Qt6Pdf*",
                                        "lib/*Qt6Qml*", "lib/*Qt6Quick*", "translations/*_de.qm")
                 for p in qt.glob(pattern)]
    assert leftovers == []


def test_bundle_speaks_italian_with_an_italian_locale(tmp_path: Path) -> None:
    """Both languages ship: ours and Qt's own Italian catalogue ("Annulla", "Salva")."""
    result = _run("--db", str(tmp_path / "fresh.sqlite3"), "list",
                  env={"LANG": "it_IT.UTF-8", "LC_ALL": "it_IT.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 contatti"
    english = _run("--db", str(tmp_path / "fresh.sqlite3"), "list", env={"LANG": "en_US.UTF-8"})
    assert english.stdout.splitlines()[-1] == "0 contacts"
    internal = BUNDLE / "_internal"
    assert (internal / "networkapp" / "translations" / "networkapp_it.qm").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_it.qm").is_file()
