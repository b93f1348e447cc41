"""The catalogues: in step with the sources, finished, built; plurals, dates and numbers.

A string added to the code without ``make translations`` and its Italian fails
here (docs/translating.md), as does one left unfinished in a catalogue.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import QApplication

from networkapp import translation
from networkapp.models.text import fold
from networkapp.services.dto import ContactFields, LabeledValue
from networkapp.services.validation import contact_problems
from networkapp.translation import format_date, format_number, say, tr

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def italian(qapp: QApplication) -> Iterator[QApplication]:
    """The Italian catalogues and locale, English again afterwards."""
    translation.install(qapp, "it")
    yield qapp
    translation.install(qapp, "en")


def test_every_source_string_is_in_the_catalogues_and_translated() -> None:
    problems = _tool().check()
    assert not problems, "run 'make translations' and translate (docs/translating.md):\n" + (
        "\n".join(problems[:40]))


def test_the_check_catches_a_new_string_and_an_unfinished_one(tmp_path: Path) -> None:
    tool = _tool()
    ts = tmp_path / "networkapp_it.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  '<TS version="2.1" language="it"><context><name></name>'
                  '<message><source>Done</source><translation>Fatto</translation></message>'
                  '<message><source>New</source><translation type="unfinished">'
                  '</translation></message></context></TS>\n', encoding="utf-8")
    assert tool.problems(ts) == ["(global): 'New'"]


def test_built_catalogues_are_not_committed() -> None:
    listed = subprocess.run(["git", "ls-files", "*.qm"], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert listed.returncode != 0 or listed.stdout == ""
    assert (translation.catalogue_folder() / "networkapp_it.qm").is_file(), "run make"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["0 new contacts", "1 new contact", "2 new contacts"]),
    ("it", ["0 nuovi contatti", "1 nuovo contatto", "2 nuovi contatti"]),
])
def test_plurals_for_zero_one_two(qapp: QApplication, language: str,
                                  expected: list[str]) -> None:
    translation.install(qapp, language)
    try:
        got = [QApplication.translate("ImportPreviewDialog", "%Ln new contact(s)", "", n)
               for n in (0, 1, 2)]
    finally:
        translation.install(qapp, "en")
    assert got == expected


def test_italian_reaches_qt_and_the_global_context(italian: QApplication) -> None:
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Annulla"
    assert tr("I gave") == "Ho dato"
    assert tr("every %Ln days", "", 1) == "ogni giorno"
    assert tr("every %Ln days", "", 2) == "ogni 2 giorni"
    bad = contact_problems(ContactFields(display_name="Nico", emails=(LabeledValue("nico"),)))
    assert say(bad["emails"]) == "Non è un indirizzo e-mail: nico."
    assert bad["emails"].english() == "Not an e-mail address: nico."
    long = contact_problems(ContactFields(display_name="x" * 1001))["name"]
    assert say(long) == "Più lungo di 1000 caratteri: accorcialo, per favore."  # 4 digits


@pytest.mark.parametrize(("name", "short", "long", "number"), [
    ("it_IT", "29/11/2026", "29 novembre 2026", "19.530"),
    ("en_US", "11/29/2026", "November 29, 2026", "19,530"),
    ("en_GB", "29/11/2026", "29 November 2026", "19,530"),
])
def test_dates_and_numbers_follow_the_locale(name: str, short: str, long: str,
                                             number: str) -> None:
    locale = QLocale(name)
    day = dt.date(2026, 11, 29)
    assert format_date(day, locale=locale) == short
    assert format_date(day, long=True, locale=locale) == long
    assert format_number(19530, locale=locale) == number  # Italian groups from 5 digits


def test_the_language_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    assert translation.chosen_language("it", {}) == "it"
    assert translation.chosen_language("it", {"NETWORKAPP_LANG": "en"}) == "en"
    assert translation.chosen_language("", {}) == "system"
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    assert translation.locale_for("it").name() == "it_IT"


def test_cli_speaks_italian_with_lang(tmp_path: Path) -> None:
    env = {"LANG": "it_IT.UTF-8", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "NETWORKAPP_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "networkapp", "summary", "--pdf",
                           str(tmp_path / "x.pdf")], env=env, capture_output=True,
                          text=True, check=False, cwd=ROOT)
    assert done.returncode == 2
    assert "indica uno o più id di contatto, oppure --all" in done.stderr


def _tr_inside_fstrings(path: Path) -> list[int]:
    """Lines where tr("literal") is called inside an f-string (lupdate cannot see it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and inner.args and isinstance(
                        inner.args[0], ast.Constant) and (
                        getattr(inner.func, "id", None) in TR_NAMES
                        or getattr(inner.func, "attr", None) in TR_NAMES):
                    found.append(inner.lineno)
    return found


TR_NAMES = ("tr", "translate", "tr_noop", "tr_plural")


def test_no_translated_text_hides_inside_an_f_string(tmp_path: Path) -> None:
    hidden = {str(p.relative_to(ROOT)): lines for p in sorted((ROOT / "networkapp").rglob("*.py"))
              if (lines := _tr_inside_fstrings(p))}
    assert not hidden, f"lupdate skips tr() inside f-strings; build the text outside: {hidden}"
    sample = tmp_path / "x.py"
    sample.write_text('x = f"<h2>{tr(\'Balance\')}</h2>"\n', encoding="utf-8")
    assert _tr_inside_fstrings(sample) == [1]


@pytest.mark.parametrize("name", ["it_IT", "en_US", "en_GB"])
def test_the_name_order_is_the_locale_s_order_for_latin_names(qapp: QApplication,
                                                              name: str) -> None:
    """The one name sort (fold(display_name), services/listing) agrees with QCollator.

    Accents and case are folded away before sorting, which is what Italian and
    English collation do at their first level; QCollator itself costs 1.5 s per sort
    at 100,000 names (0.8 s for the keys), so the table keeps the cached sort_name.
    """
    names = ["Zoe Ricci", "Émile Durand", "De Luca", "Dean", "D'Angelo", "O'Brien", "Obrien",
             "Niccolò Rossi", "Nicola Rossi", "ana", "Ana", "Åsa", "Ángel", "Çelik", "Ünal",
             "Łukasz", "Ørsted", "Mario Rossi", "mario rossini", "Van der Berg", "vanden"]
    collator = QCollator(QLocale(name))
    by_locale = sorted(names, key=collator.sortKey)
    by_fold = sorted(names, key=fold)
    assert [fold(n) for n in by_fold] == [fold(n) for n in by_locale]


def test_cli_names_an_unusable_file_in_italian(tmp_path: Path) -> None:
    bad = tmp_path / "note.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    env = {"LANG": "it_IT.UTF-8", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "NETWORKAPP_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "networkapp", "--db", str(bad), "list"],
                          env=env, capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 3
    assert done.stderr == (f"networkapp: {bad} non è un database di networkapp "
                           "(non è un file SQLite).\n")


def test_fill_puts_each_value_in_once() -> None:
    from networkapp.translation import fill

    # A value as typed may contain "%2": it is never replaced again.
    assert fill("%1 at %2 (%3)", "50%2 off", "home", "x") == "50%2 off at home (x)"
    assert fill("%2, %1", "a") == "%2, a"
