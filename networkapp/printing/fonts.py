"""Fonts that have glyphs for every name: accents from the Latin family, CJK from a
CJK-capable family when one is installed (Debian: ``fonts-noto-cjk``).

Qt falls back per glyph through fontconfig anyway; naming the families makes
the choice deterministic and lets the tests know whether CJK can print.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")
CJK_WRITING_SYSTEMS = (
    QFontDatabase.WritingSystem.SimplifiedChinese,
    QFontDatabase.WritingSystem.Japanese,
    QFontDatabase.WritingSystem.Korean,
)


@lru_cache(maxsize=1)
def latin_family() -> str:
    """Return the first installed family of :data:`LATIN_FAMILIES` (else Qt's default)."""
    installed = set(QFontDatabase.families())
    for family in LATIN_FAMILIES:
        if family in installed:
            return family
    return QFont().defaultFamily()


@lru_cache(maxsize=1)
def cjk_family() -> str | None:
    """Return an installed family with Chinese/Japanese/Korean glyphs, or None."""
    for system in CJK_WRITING_SYSTEMS:
        families = QFontDatabase.families(system)
        # Prefer the sans "CJK" families (Noto Sans CJK): complete and even in weight.
        ranked = sorted(families, key=lambda f: ("CJK" not in f, "Sans" not in f, f))
        if ranked:
            return ranked[0]
    return None


def document_families() -> list[str]:
    """Return the family list for printed text, Latin first then CJK."""
    families = [latin_family()]
    cjk = cjk_family()
    if cjk and cjk not in families:
        families.append(cjk)
    return families


def document_font(point_size: float = 9.5, *, bold: bool = False) -> QFont:
    """Return the body font of printed documents."""
    font = QFont()
    font.setFamilies(document_families())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
