"""Render the app icon from its SVG into PNG sizes, a Windows .ico and a macOS .icns.

Run from the repository root (the outputs are committed, so only after editing the SVG)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py

16 and 24 px come from ``resources/networkapp-small.svg`` (the same drawing with bolder
strokes: the thin arrows of the big one blur into the background below 32 px).
ICO and ICNS are written by hand: both are simple containers of PNG images, so no
Pillow is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# networkapp first (needs the path above): importing it applies the Qt work-around.
from networkapp import APP_ID  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

RESOURCES = ROOT / "resources"
SVG = RESOURCES / "networkapp.svg"
SMALL_SVG = RESOURCES / "networkapp-small.svg"
SMALL_SIZES = (16, 24)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (several sizes appear twice:
# once as 1x and once as the @2x of half that size).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(size: int) -> bytes:
    """Return the icon rendered at ``size`` x ``size`` as PNG bytes."""
    renderer = QSvgRenderer(str(SMALL_SVG if size in SMALL_SIZES else SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """Return an ICO file holding the given PNGs (PNG entries: Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """Return an ICNS file: ``icns`` + length, then (type, length, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write every generated icon file; print what was written."""
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (QPainter needs it)
    pngs = {size: render_png(size) for size in {*PNG_SIZES, 1024}}
    for size in PNG_SIZES:
        target = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    (RESOURCES / "networkapp.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (RESOURCES / "networkapp.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, networkapp.ico and networkapp.icns in {RESOURCES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
