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
)
from networkapp.translation import format_number, tr

# What deals with each reason: the action's key (see ReasonAction) per reason kind.
CLARIFY = "clarify"
FINISH = "finish"
LOG = "log"
ACTION_FOR = {THRESHOLD: CLARIFY, OPEN_WARNINGS: CLARIFY, UNFINISHED_CLARIFICATION: FINISH,
              OVERDUE: LOG, BIRTHDAY: LOG, ONE_SIDED: LOG}
ICON_SIZE = 16


def reason_text(reason: Reason, threshold: int) -> str:  # noqa: PLR0911 (one per reason)
    """Say one reason in words: "Keep-in-touch overdue by 12 days"."""
    kind, amount = reason.kind, reason.amount
    if kind == THRESHOLD:
        text = tr("At the threshold: open warnings weigh %1 (threshold %2)")
        return text.replace("%1", format_number(amount)).replace("%2", format_number(threshold))
    if kind == OPEN_WARNINGS:
        text = tr("Warnings open: weight %1, below the threshold of %2")
        return text.replace("%1", format_number(amount)).replace("%2", format_number(threshold))
    if kind == UNFINISHED_CLARIFICATION:
        return tr("A clarification was started and not finished")
    if kind == OVERDUE:
        return tr("Keep-in-touch overdue by %Ln day(s)", "", amount)
    if kind == BIRTHDAY:
        if amount == 0:
            return tr("Birthday today")
        return tr("Birthday in %Ln day(s)", "", amount)
    return tr("One-sided balance: one side gives four times the other or more")


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
