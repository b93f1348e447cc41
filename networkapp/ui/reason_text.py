"""The words, icons and actions of the reasons a contact needs attention, as the window
shows them (the reasons themselves come from :mod:`networkapp.services.reasons`)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from networkapp.resources import resource_path
from networkapp.services.reasons import (
    BIRTHDAY,
    ONE_SIDED,
    OPEN_WARNINGS,
    OVERDUE,
    THRESHOLD,
    UNFINISHED_CLARIFICATION,
    Reason,
    reason_phrase,
)
from networkapp.services.signals import warnings_phrase
from networkapp.translation import format_number, say, tr

# What deals with each reason: the action's key (see ReasonAction) per reason kind.
CLARIFY = "clarify"
FINISH = "finish"
LOG = "log"
ACTION_FOR = {THRESHOLD: CLARIFY, OPEN_WARNINGS: CLARIFY, UNFINISHED_CLARIFICATION: FINISH,
              OVERDUE: LOG, BIRTHDAY: LOG, ONE_SIDED: LOG}
ICON_SIZE = 16


def reason_text(reason: Reason, threshold: int) -> str:
    """Say one reason in words: "Keep-in-touch overdue by 12 days" (services.reasons)."""
    return say(reason_phrase(reason, threshold))


def warnings_text(count: int, weight: int) -> str:
    """Say the open warnings as a count, with their weight only where it differs:
    "4 open warnings, weight 7" (services.signals.warnings_phrase)."""
    return say(warnings_phrase(count, weight))


def warnings_cell(count: int, weight: int) -> str:
    """The Warnings column's cell: the count, and the weight where it differs."""
    if count <= 0:
        return ""
    if weight == count:
        return format_number(count)
    return tr("%1 (weight %2)").replace("%1", format_number(count)).replace(
        "%2", format_number(weight))


def reasons_text(reasons: tuple[Reason, ...], threshold: int) -> str:
    """Say every reason, one a line (the tooltip and the accessible text)."""
    return "\n".join(reason_text(reason, threshold) for reason in reasons)


def action_text(kind: str, resume: bool = False) -> str:
    """Name the action that deals with a reason kind, as on its button."""
    action = ACTION_FOR.get(kind, LOG)
    if action == FINISH or (action == CLARIFY and resume):
        return tr("Finish clarification…")
    if action == CLARIFY:
        return tr("Clarify…")
    return tr("Log interaction…")


def reason_icon(kind: str) -> QIcon:
    """The icon of one reason kind."""
    return QIcon(str(resource_path(f"icons/reason-{kind.replace('_', '-')}.svg")))


def reasons_pixmap(kinds: tuple[str, ...], ratio: float = 1.0) -> QPixmap:
    """The icons of several reasons side by side (the Reason column's cell)."""
    size, gap = ICON_SIZE, 2
    width = max(len(kinds) * (size + gap) - gap, 1)
    pixmap = QPixmap(QSize(round(width * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    for i, kind in enumerate(kinds):
        reason_icon(kind).paint(painter, i * (size + gap), 0, size, size)
    painter.end()
    return pixmap
