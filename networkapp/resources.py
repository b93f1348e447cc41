"""Find files shipped in ``resources/``, from a source checkout or a frozen bundle.

From source the folder sits at the repository root, beside the ``networkapp``
package. In a PyInstaller bundle (``sys.frozen``) it is unpacked under
``sys._MEIPASS`` (``dist/networkapp/_internal/resources`` for the one-folder build),
which is where ``build.spec`` puts it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from networkapp import APP_ID

RESOURCES_DIR = "resources"


def resources_root() -> Path:
    """Return the folder holding the shipped resources."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / RESOURCES_DIR
    return Path(__file__).resolve().parent.parent / RESOURCES_DIR


def resource_path(relative: str | Path) -> Path:
    """Return the absolute path of ``relative`` inside the resources folder."""
    return resources_root() / relative


def app_icon_path() -> Path:
    """Return the scalable app icon (SVG; Qt renders it sharp at every size)."""
    return resource_path("networkapp.svg")


def app_icon_png_paths() -> list[Path]:
    """Return the pre-rendered PNG icons, smallest first (hinted small sizes)."""
    sizes = (16, 24, 32, 48, 64, 128, 256, 512)
    return [resource_path(f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png") for n in sizes]
