"""Everything that imports QtWidgets: the window, dialogs, widgets, item models."""

from __future__ import annotations

from networkapp.qt_compat import keep_none_alive

keep_none_alive()  # before any Qt call: see networkapp.qt_compat
