"""networkapp: a desktop relationship manager for give-give networking.

Identity lives here, once: the name shown to people, the application id used for
the desktop entry, settings and sockets, and the version.

This is also the one place the Qt binding's work-around is applied
(:func:`networkapp.qt_compat.keep_none_alive`): every entry point (the GUI, the
CLI, smoke mode, the bundle's ``__main__``, tools/, bench/, the tests' conftest)
imports something from this package before its first Qt call, and Python runs
this file first.
"""

from __future__ import annotations

from networkapp.qt_compat import keep_none_alive

keep_none_alive()

APP_NAME = "networkapp"
APP_DISPLAY_NAME = "Networkapp"
APP_ID = "io.github.networkapp.Networkapp"
ORG_NAME = "networkapp"
__version__ = "0.1.0"
