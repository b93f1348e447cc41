"""Work-arounds for the Qt binding, applied before any Qt call (no Qt import here).

PySide6 6.12.0 on Python 3.11 returns ``None`` from every Qt method that returns
void without taking a reference to it, so each such call lowers None's
reference count by one. In a small process it starts near 5,000: after that
many calls the interpreter aborts with "none_dealloc: deallocating None"
(reproduce: ``QRectF().setWidth(3.0)`` 5,000 times in a loop). Python 3.12 made
None immortal, which hides the bug there. On 3.11 we give None a reference
count no program can exhaust, once, as the first thing the app and the tests do.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED: list[bool] = []


def keep_none_alive() -> None:
    """Pin None's reference count on Python < 3.12 (idempotent)."""
    if sys.version_info >= (3, 12) or _PINNED:
        return
    # True and False too: ``SignalInstance.emit()`` returns a bool the same way
    # (1,000 emits of one signal abort with "bool_dealloc: deallocating True or False").
    for constant in (None, True, False):
        ctypes.c_ssize_t.from_address(id(constant)).value += 1 << 40
    _PINNED.append(True)
