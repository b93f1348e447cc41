"""networkapp: a desktop relationship manager for give-give networking.

Identity lives here, once: the name shown to people, the application id used for
the desktop entry, settings and sockets, and the version.
"""

from __future__ import annotations

APP_NAME = "networkapp"
APP_DISPLAY_NAME = "Networkapp"
APP_ID = "io.github.networkapp.Networkapp"
ORG_NAME = "networkapp"
__version__ = "0.1.0"
