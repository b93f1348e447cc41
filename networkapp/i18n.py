"""Marking user-visible text in the Qt-free layers (models, services, commands' constants).

``tr_noop("Phone call")`` returns its argument unchanged: it only marks the
string. ``make translations`` runs ``pyside6-lupdate`` with ``-tr-function-alias
QT_TR_NOOP+=tr_noop,QT_TR_N_NOOP+=tr_n_noop``, so lupdate extracts these strings by
name (it parses the source, it never imports it) into the catalogue's global
context, the same one :func:`networkapp.translation.tr` reads. The text is
translated where it is shown (the window, the printed pages, the CLI) with
``tr(text)``; what is stored in SQLite stays the English key.
"""

from __future__ import annotations


def tr_noop(text: str) -> str:
    """Mark ``text`` for translation and return it unchanged (translated at display)."""
    return text


def tr_n_noop(text: str) -> str:
    """Mark a ``%Ln`` plural text (translated with its count: ``tr(text, "", n)``)."""
    return text
