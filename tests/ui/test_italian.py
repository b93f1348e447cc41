"""The window, every dialog and the wizard in Italian, and in the pseudo-locale.

The same scenes are built in English and in Italian: a visible string identical in
both (other than the user's data, numbers and a few words both languages share)
was not translated. In the pseudo-locale every translated string is wrapped in
``[…~~]``: a bare string bypassed tr(), and the layout must still hold at 900x600.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QTreeWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from networkapp import translation
from networkapp.models import db
from networkapp.services import clarify, states
from networkapp.services.demo import generate_demo
from networkapp.services.importing import ImportData
from networkapp.ui.controller import Controller
from networkapp.ui.dialogs.about_dialog import AboutDialog
from networkapp.ui.dialogs.archive_dialog import ArchiveDialog
from networkapp.ui.dialogs.clarify_wizard import ClarifyWizard
from networkapp.ui.dialogs.contact_dialog import ContactDialog
from networkapp.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from networkapp.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from networkapp.ui.dialogs.restore_dialog import RestoreDialog
from networkapp.ui.dialogs.shortcuts_dialog import KeyboardShortcutsDialog, registry_groups
from networkapp.ui.dialogs.signal_close_dialog import DismissSignalDialog, ResolveSignalDialog
from networkapp.ui.main_window import MainWindow
from networkapp.ui.settings import UiSettings
from tests.ui.test_layout import clipped

# The same in both languages (docs/glossary.md), compared without '&' and trailing ':'.
SAME_IN_BOTH = {"Email", "E-mail", "Web", "PDF", "vCard", "OK", "Networkapp", "CardDAV",
                "File", "Qt", "Web e social", "E-mail:"}
VCARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nuova Persona\r\nN:Persona;Nuova;;;\r\n"
         "EMAIL:nuova@example.org\r\nEND:VCARD\r\n")

Scene = tuple[str, QWidget]


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """Every string a user can read in ``root``: (where, text), in a stable order."""
    found: list[tuple[str, str]] = [("title", root.windowTitle())]
    for index, widget in enumerate(root.findChildren(QWidget)):
        if not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        where = f"{type(widget).__name__}#{index}"
        found += [(f"{where}.tip", widget.toolTip())]
        found += [(where, text) for text in _own_texts(widget)]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            found += _menu_texts(action.menu(), action.text())
    if isinstance(root, QWizard):
        found += [(f"page{p}", root.page(p).title()) for p in root.pageIds()]
    return [(where, text) for where, text in found if text]


def _menu_texts(menu: QMenu | None, title: str) -> list[tuple[str, str]]:
    found = [(f"menu {title}", title)]
    for action in menu.actions() if menu is not None else []:
        found += [(f"menu {title}/{action.text()}", action.text()),
                  (f"menu {title}/{action.text()}.tip", action.statusTip())]
    return found


def _own_texts(widget: QWidget) -> list[str]:  # noqa: PLR0911 (one return per kind)
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        return [header.text(i) for i in range(header.columnCount())]
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model, horizontal = widget.model(), widget.orientation()
        count = model.columnCount() if horizontal.value == 1 else 0
        return [str(model.headerData(i, horizontal) or "") for i in range(count)]
    return []


@pytest.fixture
def demo(db_path: Path) -> Path:
    """A demo network: contacts at every stage, their interactions, signals, decisions."""
    generate_demo(40, seed=3)
    return db_path


def _data_words() -> set[str]:
    """The user's data (names, notes…), the same in every language: not checked."""
    found: set[str] = set()
    for table, in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'"):
        for column in [c[1] for c in db.execute_sql(f"PRAGMA table_info({table})")]:
            for value, in db.execute_sql(f"SELECT DISTINCT {column} FROM {table}"):
                if isinstance(value, str) and value.strip():
                    found.add(value.strip())
                    found.update(line.strip() for line in value.splitlines() if line.strip())
    return found | {"test.sqlite3", "Networkapp", "Italiano", "English", "mailto", "tel"}


def _contact_at(level: str) -> int:
    query = ("SELECT id FROM contact WHERE status = 'active' ORDER BY open_warning_weight "
             + ("DESC" if level == "decide" else "ASC") + " LIMIT 1")
    return int(db.execute_sql(query).fetchone()[0])


def build_scenes(qtbot: QtBot, controller: Controller, settings: Path,
                 vcf: Path, size: tuple[int, int] = (900, 600)) -> Iterator[Scene]:
    """The window on each tab, then every dialog and the wizard's pages."""
    window = MainWindow(controller, UiSettings(settings))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.load()
    heavy = _contact_at("decide")
    window.select_ids([heavy])
    for tab in range(window.detail.tabs.count()):
        window.detail.tabs.setCurrentIndex(tab)
        yield f"window tab {tab}", window
    for view in ("attention", "archived"):
        getattr(window.acts, f"show_{view}").trigger()
        yield f"window {view}", window
    names = ["Ada Rossi"]
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("preferences", lambda: PreferencesDialog(Preferences(3, 90), settings)),
        ("about", lambda: AboutDialog(settings)),
        ("archive", lambda: ArchiveDialog(names)),
        ("restore", lambda: RestoreDialog(names)),
        ("resolve", lambda: ResolveSignalDialog(names)),
        ("dismiss", lambda: DismissSignalDialog(names)),
        ("new contact", lambda: ContactDialog(controller)),
        ("shortcuts", lambda: KeyboardShortcutsDialog(
            registry_groups(window.menuBar(), window.acts.all()))),
    ]
    for name, make in dialogs:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        yield name, dialog
        dialog.close()
    preview = ImportPreviewDialog([ImportData(str(vcf), vcf.read_bytes())])
    qtbot.addWidget(preview)
    preview.show()
    preview.start()
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=10000)
    yield "import preview", preview
    preview.close()
    review = clarify.review(heavy)
    wizard = ClarifyWizard(review, clarify.suggest_questions(
        s.category for s in review.open_warnings), states.draft_for(heavy))
    qtbot.addWidget(wizard)
    wizard.show()
    for page in wizard.pageIds():
        if wizard.currentId() != page:
            wizard.next()
        yield f"wizard page {page}", wizard
    wizard.close()


def _scenes_in(language: str, qapp: QApplication, qtbot: QtBot, controller: Controller,  # noqa: PLR0917
               tmp_path: Path, cut: list[str] | None = None) -> dict[str, list[tuple[str, str]]]:
    """Each scene's texts in ``language``; what is clipped goes to ``cut``."""
    translation.install(qapp, language)
    vcf = tmp_path / "nuova.vcf"
    vcf.write_text(VCARD, encoding="utf-8")
    found = {}
    try:
        for name, widget in build_scenes(qtbot, controller, tmp_path / f"{language}.ini", vcf):
            found[name] = texts_of(widget)
            if cut is not None:
                root = widget.detail if isinstance(widget, MainWindow) else widget
                cut += [f"{name}: {problem}" for problem in clipped(root)]
    finally:
        translation.install(qapp, "en")
    return found


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def _checked(text: str, data: set[str]) -> bool:
    """Text worth comparing: words that are neither data nor shared by both languages."""
    plain = re.sub(r"<[^>]*>|\u200b", "", _plain(text))  # link markup, break hints
    if not re.search(r"[A-Za-z]{2}", plain) or plain in SAME_IN_BOTH:
        return False
    rest = plain
    for value in sorted(data, key=len, reverse=True):
        if len(value) > 1 and value in rest:
            rest = rest.replace(value, " ")
    return re.search(r"[A-Za-z]{3}", rest) is not None


def test_nothing_visible_stays_in_english(qapp: QApplication, qtbot: QtBot,
                                          controller: Controller, demo: Path,
                                          tmp_path: Path) -> None:
    data = _data_words()
    english = _scenes_in("en", qapp, qtbot, controller, tmp_path)
    cut: list[str] = []
    italian = _scenes_in("it", qapp, qtbot, controller, tmp_path, cut)
    assert english.keys() == italian.keys()
    same = []
    for scene, pairs in english.items():
        shown_in_italian = dict(italian[scene])
        for where, text in pairs:
            if shown_in_italian.get(where) == text and _checked(text, data):
                same.append(f"{scene}: {where}: {text!r}")
    assert not same, "untranslated:\n" + "\n".join(sorted(set(same))[:60])
    assert any("Interazioni" in text for _, text in italian["window tab 1"])
    assert not cut, "clipped in Italian at 900x600:\n" + "\n".join(cut[:30])


def test_every_string_goes_through_tr_and_nothing_clips(qapp: QApplication, qtbot: QtBot,
                                                         controller: Controller, demo: Path,
                                                         tmp_path: Path) -> None:
    data = _data_words()
    translation.install(qapp, translation.PSEUDO)
    vcf = tmp_path / "nuova.vcf"
    vcf.write_text(VCARD, encoding="utf-8")
    bare, cut, scenes = [], [], []
    try:
        for scene, widget in build_scenes(qtbot, controller, tmp_path / "p.ini", vcf,
                                          (1400, 900)):
            scenes.append(scene)
            for where, text in texts_of(widget):
                if _checked(text, data) and "~" not in text and str(tmp_path) not in text:
                    bare.append(f"{scene}: {where}: {text!r}")
            # The dialogs and the wizard hold 40 % longer text. The window's detail tabs
            # do not at 1400 px (the bracketed tab titles alone ask more than the
            # splitter gives): the window is checked in real Italian at 900x600 above.
            if not isinstance(widget, MainWindow):
                cut += [f"{scene}: {problem}" for problem in clipped(widget)]
    finally:
        translation.install(qapp, "en")
    assert not bare, "bypassing tr():\n" + "\n".join(sorted(set(bare))[:60])
    assert not cut, "clipped with 40 % longer strings:\n" + "\n".join(cut[:30])
    assert any(scene.startswith("wizard") for scene in scenes)
