"""The language of the app: translators, the locale, and its dates and numbers (QtCore only).

One place decides the language: ``NETWORKAPP_LANG`` if set (``it``, ``en``,
``pseudo``), else the Preferences choice (the window), else the system locale
(``LANG`` / ``LC_ALL``). :func:`install` loads Qt's own catalogue
(``qtbase_it.qm``: "Annulla", "Salva") and ours (``networkapp_<lang>.qm``, built
by ``make`` from ``resources/i18n/*.ts``), keeps them referenced for the life of
the process, and makes the chosen locale the default one, so every
``QLocale()`` formats dates and numbers the same way. It runs before the first
widget (the window) or the first message (the CLI).

Strings outside classes use :func:`tr` (the catalogue's global context, which is
also where lupdate puts the Qt-free :func:`networkapp.i18n.tr_noop` strings);
classes use ``self.tr``. Plurals only through ``%Ln``: ``tr("%Ln day(s)", "", n)``.
See docs/translating.md.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from networkapp import APP_NAME
from networkapp.i18n import Part, Phrase

ENV_LANG = "NETWORKAPP_LANG"
SYSTEM = "system"
# (setting value, name shown in its own language): Preferences offers these.
CHOICES: tuple[tuple[str, str], ...] = (("en", "English"), ("it", "Italiano"))
PSEUDO = "pseudo"  # strings wrapped in [ ] and 40 % longer: finds untranslated or clipped text
GLOBAL_CONTEXT = ""  # lupdate's context for tr() and tr_noop() outside a class

_installed: list[QTranslator] = []  # translators must outlive every widget that uses them


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` (a literal here, or a :func:`~networkapp.i18n.tr_noop` string)."""
    return QCoreApplication.translate(GLOBAL_CONTEXT, text, disambiguation, n)


def say(phrase: Part | tuple[Part, ...]) -> str:
    """Render a :class:`~networkapp.i18n.Phrase` translated; text as is, numbers localised.

    A tuple is rendered part by part and joined with ", ".
    """
    if isinstance(phrase, tuple):
        return ", ".join(say(part) for part in phrase)
    if isinstance(phrase, int):
        return format_number(phrase)
    if isinstance(phrase, str):
        return phrase  # user text or an already translated one: never looked up
    return fill(tr(phrase.text, None, phrase.n), *(say(a) for a in phrase.args))


def fill(text: str, *values: str) -> str:
    """Put ``values`` in place of ``%1``, ``%2``… of a translated ``text``, in one pass:
    a value that itself contains "%2" (a name as typed) is never replaced again."""
    return re.sub(r"%(\d)", lambda m: (values[int(m.group(1)) - 1]
                                       if 0 < int(m.group(1)) <= len(values) else m.group(0)),
                  text)


def error_text(exc: BaseException) -> str:
    """What an error says, translated: its phrase, its problems, else its own words."""
    phrase = getattr(exc, "phrase", None)
    if isinstance(phrase, Phrase):
        return say(phrase)
    problems = getattr(exc, "problems", None)
    if isinstance(problems, dict) and problems:
        return " ".join(say(p) if isinstance(p, Phrase) else tr(str(p))
                        for p in problems.values())
    return str(exc)


def catalogue_folder() -> Path:
    """The folder of the built ``networkapp_<lang>.qm`` files (source tree or bundle)."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "networkapp" / "translations"
    return Path(__file__).resolve().parent / "translations"


def chosen_language(preference: str = SYSTEM, environ: Mapping[str, str] = os.environ) -> str:
    """The language to use: NETWORKAPP_LANG, else ``preference``; ``system`` if neither."""
    return (environ.get(ENV_LANG) or preference or SYSTEM).strip() or SYSTEM


def locale_for(language: str) -> QLocale:
    """The locale for a language choice: the system's, or the language in the system's country."""
    system = QLocale.system()
    if language in (SYSTEM, PSEUDO):
        return system
    wanted = QLocale(language)
    if wanted.language() == system.language():
        return system  # en_GB stays en_GB when English is chosen
    return QLocale(wanted.language(), system.territory())  # Qt falls back if unknown


class PseudoTranslator(QTranslator):
    """Wrap every string in [ ] and lengthen it by 40 %: text that bypasses tr() stays bare."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        """Return the pseudo translation of ``source`` (``%Ln`` replaced by Qt afterwards)."""
        del context, disambiguation, n
        if not source:
            return source
        pad = "~" * max(1, (len(source) * 2 + 4) // 5)
        return f"[{source}{pad}]"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        """Never empty: Qt skips empty translators."""
        return False


def _load(app: QCoreApplication, locale: QLocale, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(locale, name, "_", folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install(app: QCoreApplication, language: str = SYSTEM) -> QLocale:
    """Install Qt's and networkapp's translators for ``language``; return the locale used.

    Called again (tests), the previous translators are removed first. Without a
    catalogue for the locale's language the English one is used (its ``%Ln``
    plural forms: "1 day", "2 days").
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = locale_for(language)
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, locale, "qtbase", qt_folder)
    ours = str(catalogue_folder())
    if not _load(app, locale, APP_NAME, ours):
        _load(app, QLocale(QLocale.Language.English), APP_NAME, ours)
    if language == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
    return locale


def installed_languages() -> list[str]:
    """The languages whose catalogues are installed now (for tests and the About box)."""
    return [t.language() for t in _installed if t.language()]


def ensure_core_application() -> QCoreApplication:
    """Return the Qt application, creating a QCoreApplication (no display) for the CLI."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([sys.argv[0] if sys.argv else APP_NAME])
        app.setApplicationName(APP_NAME)
    return app


# -- dates and numbers: one format per use, from the default locale ---------------------


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (lists, editors, history)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def long_date_format(locale: QLocale | None = None) -> str:
    """The locale's long date pattern without the weekday (printed pages, headings)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", " dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return pattern.strip(" ,")


def to_qdate(day: dt.date) -> QDate:
    """The QDate of a Python date."""
    return QDate(day.year, day.month, day.day)


def format_date(day: dt.date | None, *, long: bool = False,
                locale: QLocale | None = None) -> str:
    """A date as the locale writes it: short (default) or long; "" for None."""
    if day is None:
        return ""
    locale = locale or QLocale()
    pattern = long_date_format(locale) if long else short_date_format(locale)
    return locale.toString(to_qdate(day), pattern)


def format_datetime(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """A date and time: the short date and the locale's short time."""
    locale = locale or QLocale()
    when = QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))
    return locale.toString(when, f"{short_date_format(locale)} "
                                 f"{locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def format_number(value: int | float, locale: QLocale | None = None) -> str:
    """A number with the locale's separators (1,953 / 1.953); floats with one decimal."""
    locale = locale or QLocale()
    if isinstance(value, float) and not value.is_integer():
        return locale.toString(value, "f", 1)
    return locale.toString(int(value))
