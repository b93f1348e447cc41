"""Help > Keyboard Shortcuts: every shortcut of the window, grouped as the menus are."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from networkapp.ui.actions import editor_shortcuts

# (group, [(command, keys)]): a menu's title and its actions, or where an editor's keys work.
ShortcutGroups = list[tuple[str, list[tuple[str, list[QKeySequence]]]]]


def keys_text(keys: Sequence[QKeySequence]) -> str:
    """The keys as the user reads them (the platform's names), "Return, Enter" for several."""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def action_groups(menus: Sequence[tuple[str, Sequence[QAction]]]) -> ShortcutGroups:
    """The actions that have a shortcut, menu by menu (the menu's "&" taken out)."""
    groups: ShortcutGroups = []
    for title, actions in menus:
        rows = [(action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"),
                 action.shortcuts()) for action in actions if action.shortcuts()]
        if rows:
            groups.append((title.replace("&", ""), rows))
    return groups


def registry_groups(bar: QMenuBar, registry: Sequence[QAction]) -> ShortcutGroups:
    """Every shortcut of the action registry, menu by menu as the bar orders them, then
    the registry's actions found in no menu, then the keys editors handle themselves."""
    titles = bar.actions()
    in_bar = sorted((m for m in bar.findChildren(QMenu) if m.menuAction() in titles),
                    key=lambda m: titles.index(m.menuAction()))
    menus = [(menu.title(), [a for a in menu.actions() if a in registry]) for menu in in_bar]
    in_menus = {a for _title, actions in menus for a in actions}
    others = [a for a in registry if a not in in_menus]
    groups = action_groups(menus) + action_groups(
        [(QCoreApplication.translate("KeyboardShortcutsDialog", "Other"), others)])
    in_editors: dict[str, list[tuple[str, list[QKeySequence]]]] = {}
    for where, what, keys in editor_shortcuts():
        in_editors.setdefault(where, []).append((what, keys))
    return groups + list(in_editors.items())


class KeyboardShortcutsDialog(QDialog):
    """A read-only list: group, then each command with its keys."""

    def __init__(self, groups: ShortcutGroups, parent: QWidget | None = None) -> None:
        """Build the list from ``groups`` (see :func:`action_groups`)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        for group, rows in groups:
            parent_item = QStandardItem(group)
            parent_item.setEditable(False)
            font = parent_item.font()
            font.setBold(True)
            parent_item.setFont(font)
            for command, keys in rows:
                items = [QStandardItem(command), QStandardItem(keys_text(keys))]
                for item in items:
                    item.setEditable(False)
                parent_item.appendRow(items)
            self.model.appendRow([parent_item, QStandardItem()])
        self.view = QTreeView()
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.expandAll()
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """Every line shown: (group, command, keys)."""
        found = []
        for g in range(self.model.rowCount()):
            group = self.model.item(g)
            for r in range(group.rowCount()):
                found.append((group.text(), group.child(r, 0).text(), group.child(r, 1).text()))
        return found

    @classmethod
    def ask(cls, parent: QWidget | None, groups: ShortcutGroups) -> None:
        """Show the list until closed."""
        cls(groups, parent).exec()
