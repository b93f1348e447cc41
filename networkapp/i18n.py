"""Marking user-visible text in the Qt-free layers (models, services, commands' constants).

``tr_noop("Phone call")`` returns its argument unchanged: it only marks the
string. ``make translations`` runs ``pyside6-lupdate`` with ``-tr-function-alias
QT_TR_NOOP+=tr_noop,tr+=tr_plural``, so lupdate extracts these strings by
name (it parses the source, it never imports it) into the catalogue's global
context, the same one :func:`networkapp.translation.tr` reads. The text is
translated where it is shown (the window, the printed pages, the CLI) with
``tr(text)``; what is stored in SQLite stays the English key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def tr_noop(text: str) -> str:
    """Mark ``text`` for translation and return it unchanged (translated at display)."""
    return text


@dataclass(frozen=True)
class Phrase:
    """A sentence built in a Qt-free layer, translated where it is shown.

    ``text`` is a marked template (:func:`tr_noop`, or :func:`tr_plural` with
    ``%Ln`` for ``n``); ``%1``, ``%2``… take ``args`` in order: a number (shown
    with the locale's separators), a Phrase (translated too), plain text (as is,
    never interpreted) or a tuple of these (joined with ", ").
    :func:`networkapp.translation.say` renders it.
    """

    text: str
    n: int = -1
    args: tuple[Part | tuple[Part, ...], ...] = ()

    def english(self) -> str:
        """The English text without Qt (exception messages, logs); the UI uses ``say``."""
        text = self.text
        if self.n >= 0:
            text = text.replace("(s)", "" if self.n == 1 else "s").replace("%Ln", f"{self.n:,}")
        filled = [_english(arg) for arg in self.args]
        return re.sub(r"%(\d)", lambda m: (filled[int(m.group(1)) - 1]
                                           if 0 < int(m.group(1)) <= len(filled)
                                           else m.group(0)), text)


Part = int | str | Phrase  # what a Phrase's %1, %2... hold; text is shown as is


def _english(part: Part | tuple[Part, ...]) -> str:
    if isinstance(part, tuple):
        return ", ".join(_english(p) for p in part)
    if isinstance(part, Phrase):
        return part.english()
    return f"{part:,}" if isinstance(part, int) else part


def tr_plural(text: str, disambiguation: str, n: int, *args: Part | tuple[Part, ...]) -> Phrase:
    """A ``%Ln`` phrase with its count (lupdate reads the call as ``tr(text, "", n)``)."""
    del disambiguation  # the catalogue's; kept so lupdate sees the tr() shape
    return Phrase(text, n, args)
