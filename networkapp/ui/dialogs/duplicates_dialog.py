"""Contact > Find Duplicates…: the groups of likely duplicates, one at a time.

Each group shows its contacts (archived ones marked) and, in words, why they look
like one person. The user merges the group (the side-by-side merge dialog), says
the contacts are not duplicates (remembered: the group is never suggested again),
takes one contact out of the group (remembered as not the same person as the
others), or moves on. Every write goes through the callbacks the caller gives
(:class:`ReviewActions`), which make it undoable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networkapp.services.duplicates import CONFIDENCE_TEXT, DuplicateGroup, PairMatch
from networkapp.translation import say, tr


@dataclass(frozen=True)
class ReviewActions:
    """What the review dialog asks of its caller.

    Attributes:
        merge: Merge these contacts (asks how); return the id kept, None when cancelled.
        not_duplicates: Remember that these contacts are different people.
        take_out: Remember that the contact (second) is none of the others (first).
        describe: One line about a contact ("Acme · mario@acme.it").
    """

    merge: Callable[[list[int]], int | None]
    not_duplicates: Callable[[list[int]], None]
    take_out: Callable[[list[int], int], None]
    describe: Callable[[int], str]


def reason_text(link: PairMatch) -> str:
    """The reasons of a link, translated."""
    return say(link.phrases())


class DuplicatesDialog(QDialog):
    """Review groups of likely duplicates one at a time."""

    def __init__(self, groups: Sequence[DuplicateGroup], actions: ReviewActions,
                 parent: QWidget | None = None) -> None:
        """Build the dialog on ``groups`` (most certain first)."""
        super().__init__(parent)
        self.review_actions = actions
        self.groups = list(groups)
        self.members: list[list[int]] = [list(g.ids) for g in self.groups]
        self.settled: list[bool] = [False] * len(self.groups)
        self.gone: set[int] = set()  # merged away: out of every later group
        self.index = 0
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.resize(720, 460)
        self._build()
        self._show()

    def _build(self) -> None:
        self.header = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.header.setStyleSheet("font-weight: bold")
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reasons = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.not_button = QPushButton(self.tr("&Not Duplicates"))
        self.take_out_button = QPushButton(self.tr("&Take Out"))
        self.take_out_button.setToolTip(self.tr("The selected contact is not the same person "
                                                "as the others: take it out of this group"))
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.next_button = QPushButton(self.tr("Ne&xt"))
        row = QHBoxLayout()
        for button in (self.merge_button, self.not_button, self.take_out_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.not_button.clicked.connect(self._on_not_button_clicked)
        self.take_out_button.clicked.connect(self._on_take_out_button_clicked)
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reasons)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    # -- showing ----------------------------------------------------------------------

    def current_ids(self) -> list[int]:
        """The contacts of the group shown, as they stand now."""
        if not self.groups:
            return []
        return [i for i in self.members[self.index] if i not in self.gone]

    def _open(self, index: int) -> bool:
        return not self.settled[index] and len(
            [i for i in self.members[index] if i not in self.gone]) >= 2

    def _show(self) -> None:
        self.list.clear()
        remaining = sum(self._open(i) for i in range(len(self.groups)))
        if not self.groups or not self._open(self.index):
            self.header.setText(self.tr("No duplicates found.") if not self.groups else
                                self.tr("Every group is reviewed."))
            self.reasons.setText("")
            self._update_buttons()
            return
        group = self.groups[self.index]
        confidence = tr(CONFIDENCE_TEXT[group.confidence])
        self.header.setText(
            self.tr("Group %1 of %2: %3 (%Ln group(s) left to review)", "", remaining)
            .replace("%1", str(self.index + 1)).replace("%2", str(len(self.groups)))
            .replace("%3", confidence))
        names = {m.id: m for m in group.members}
        for cid in self.current_ids():
            member = names[cid]
            text = member.name
            if member.status == "archived":
                text += " " + self.tr("(archived)")
            detail = self.review_actions.describe(cid)
            item = QListWidgetItem(f"{text} — {detail}" if detail else text)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        ids = set(self.current_ids())
        self.reasons.setText("\n".join(
            self.tr("%1 and %2: %3").replace("%1", names[link.a].name)
            .replace("%2", names[link.b].name).replace("%3", reason_text(link))
            for link in group.links if link.a in ids and link.b in ids))
        self._update_buttons()

    def _update_buttons(self) -> None:
        open_ = bool(self.groups) and self._open(self.index)
        for button in (self.merge_button, self.not_button):
            button.setEnabled(open_)
        self.take_out_button.setEnabled(open_ and self.list.currentRow() >= 0)
        others = [i for i in range(len(self.groups)) if i != self.index and self._open(i)]
        self.previous_button.setEnabled(any(i < self.index for i in others))
        self.next_button.setEnabled(any(i > self.index for i in others))

    def _move(self, step: int) -> None:
        """Show the next (or previous) group still open."""
        index = self.index + step
        while 0 <= index < len(self.groups) and not self._open(index):
            index += step
        if 0 <= index < len(self.groups):
            self.index = index
            self._show()

    def _finish_group(self) -> None:
        """The group is settled: on to the next open one (else the previous)."""
        self.settled[self.index] = True
        after = next((i for i in range(self.index + 1, len(self.groups)) if self._open(i)), None)
        before = next((i for i in range(self.index - 1, -1, -1) if self._open(i)), None)
        self.index = after if after is not None else before if before is not None \
            else self.index
        self._show()

    # -- acting -----------------------------------------------------------------------

    def _on_merge_button_clicked(self) -> None:
        ids = self.current_ids()
        kept = self.review_actions.merge(ids) if len(ids) >= 2 else None
        if kept is not None:
            self.gone |= set(ids) - {kept}
            self._finish_group()

    def _on_not_button_clicked(self) -> None:
        ids = self.current_ids()
        if len(ids) >= 2:
            self.review_actions.not_duplicates(ids)
            self._finish_group()

    def _on_take_out_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        out = int(item.data(Qt.ItemDataRole.UserRole))
        rest = [i for i in self.current_ids() if i != out]
        self.review_actions.take_out(rest, out)
        self.members[self.index] = rest
        if len(rest) < 2:
            self._finish_group()
        else:
            self._show()

    @classmethod
    def review(cls, parent: QWidget | None, groups: Sequence[DuplicateGroup],
               actions: ReviewActions) -> None:
        """Run the review until the user closes it."""
        cls(groups, actions, parent).exec()
