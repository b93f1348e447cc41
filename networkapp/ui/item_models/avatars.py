"""Small round avatars: a contact's photo, or their initials on a colour of their own."""

from __future__ import annotations

import zlib
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

_HUES = (4, 28, 48, 140, 170, 200, 222, 260, 290, 330)


def initials(name: str) -> str:
    """Return up to two initials of ``name`` ("Ada Rossi" → "AR")."""
    words = [word for word in name.split() if word[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


@lru_cache(maxsize=2048)
def _initials_pixmap(letters: str, hue: int, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromHsl(hue, 110, 150))
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(max(8, int(size * 0.42)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return pixmap


def initials_avatar(name: str, size: int) -> QPixmap:
    """Return a round avatar with the initials of ``name`` (cached)."""
    letters = initials(name)
    hue = _HUES[zlib.crc32(name.encode("utf-8")) % len(_HUES)]
    return _initials_pixmap(letters, hue, size)


def photo_avatar(data: bytes, size: int, name: str) -> QPixmap:
    """Return the photo cropped to a circle of ``size`` pixels; the initials of ``name``
    when the photo cannot be read (a damaged JPEG from an import)."""
    image = QImage.fromData(data)
    if image.isNull():
        return initials_avatar(name or "?", size)
    result = QPixmap(size, size)
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addEllipse(0, 0, size, size)
    painter.setClipPath(path)
    scaled = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                          Qt.TransformationMode.SmoothTransformation)
    painter.drawImage((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    painter.end()
    return result
