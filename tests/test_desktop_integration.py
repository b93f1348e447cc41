"""``make install-desktop`` / ``uninstall-desktop``: entry and icons for the current user."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from networkapp import APP_ID

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "tools" / "desktop_integration.py"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("desktop_integration", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private XDG data home (and config home, for mimeapps.list)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "data"


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=60, check=False)


def test_install_writes_entry_with_absolute_exec_and_icons(xdg: Path, tmp_path: Path) -> None:
    program = tmp_path / "My Apps" / "networkapp"
    result = _run("install", "--exec", str(program))
    assert result.returncode == 0, result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(xdg / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == f'"{program}" %F'  # quoted: the path has a space
    assert entry["Desktop Entry"]["TryExec"] == str(program)
    assert entry["Desktop Entry"]["MimeType"] == "text/vcard;text/x-vcard;"
    for size in (16, 48, 512):
        assert (xdg / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (xdg / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()


@pytest.mark.skipif(shutil.which("update-desktop-database") is None,
                    reason="update-desktop-database not installed (desktop-file-utils)")
def test_install_registers_the_entry_for_vcards(xdg: Path, tmp_path: Path) -> None:
    assert _run("install", "--exec", str(tmp_path / "networkapp")).returncode == 0
    cache = (xdg / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"text/vcard={APP_ID}.desktop;" in cache


def test_uninstall_leaves_nothing(xdg: Path, tmp_path: Path) -> None:
    assert _run("install", "--exec", str(tmp_path / "networkapp")).returncode == 0
    assert len(_files(xdg)) >= 11
    result = _run("uninstall")
    assert result.returncode == 0, result.stderr
    assert _files(xdg) == []


def test_uninstall_keeps_other_applications(xdg: Path, tmp_path: Path) -> None:
    other = xdg / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    assert _run("install", "--exec", str(tmp_path / "networkapp")).returncode == 0
    assert _run("uninstall").returncode == 0
    assert other.is_file()


def test_uninstall_takes_back_the_default_only(xdg: Path, tmp_path: Path) -> None:
    mimeapps = tmp_path / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text(f"[Default Applications]\ntext/vcard={APP_ID}.desktop;\n"
                        "text/x-vcard=a.desktop;" + f"{APP_ID}.desktop;\n"
                        "text/plain=gedit.desktop;\n")
    tool.uninstall()
    assert mimeapps.read_text() == ("[Default Applications]\ntext/x-vcard=a.desktop;\n"
                                    "text/plain=gedit.desktop;\n")


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    assert tool.quote_exec(Path("/opt/networkapp/networkapp")) == "/opt/networkapp/networkapp"
    assert tool.quote_exec(Path("/a b/$x")) == '"/a b/\\\\$x"'


def test_default_exec_prefers_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    bundle = tmp_path / "dist" / "networkapp" / "networkapp"
    bundle.parent.mkdir(parents=True)
    bundle.write_text("#!/bin/sh\n")
    bundle.chmod(0o755)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    assert tool.default_exec() == bundle
    bundle.unlink()
    assert tool.default_exec() != bundle
