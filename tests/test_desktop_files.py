"""The desktop entry and AppStream file: keys a desktop needs, validators clean."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from networkapp import APP_ID, __version__

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_vcards_with_the_app_icon() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Version"] == "1.4"  # desktop-file-validate 0.26 rejects 1.5
    assert entry["Exec"].split()[-1] == "%F"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"] == "Office;ContactManagement;Qt;"
    assert entry["MimeType"] == "text/vcard;text/x-vcard;"
    assert entry["StartupWMClass"] == "networkapp"  # the WM_CLASS class Qt sets: app name
    assert entry["Terminal"] == "false"
    assert entry["Name"] and entry["GenericName"] and entry["Comment"]


def test_desktop_entry_and_metainfo_speak_italian_too() -> None:
    entry = _entry()
    assert entry["GenericName[it]"] == "Gestione delle relazioni"
    assert "dare-dare" in entry["Comment[it]"] and entry["Keywords[it]"].endswith(";")
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    italian = [e for e in root.iter() if e.get(lang) == "it"]
    assert {e.tag for e in italian} >= {"summary", "p", "li", "keyword"}
    # every English paragraph and list item has its Italian beside it
    for tag in ("p", "li"):
        english = [e for e in root.iter(tag) if e.get(lang) is None]
        assert len(english) == len([e for e in italian if e.tag == tag])
    assert [x.text for x in root.iter("lang")] == ["en", "it"]


def test_metainfo_names_the_desktop_entry_and_media_types() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert {m.text for m in root.iter("mediatype")} == {"text/vcard", "text/x-vcard"}
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_every_icon_size_exists() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(header[16:20], "big") == size, png
    assert (RESOURCES / "networkapp.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (RESOURCES / "networkapp.icns").read_bytes()[:4] == b"icns"


def _run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} not installed (apt-get install desktop-file-utils appstream)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_validate_is_clean() -> None:
    result = _run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_appstreamcli_validate_is_clean() -> None:
    result = _run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout
    # Only "pedantic" remarks (the reverse-DNS id has an upper-case letter, as Flathub's do).
    problems = [line for line in result.stdout.splitlines() if line[:2] in {"E:", "W:", "I:"}]
    assert not problems, result.stdout
