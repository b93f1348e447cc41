"""The PySide6 6.12 / Python 3.11 None leak: the app survives many void Qt calls."""

from __future__ import annotations

import subprocess
import sys

LOOP = """
import sys
{pin}
from PySide6.QtCore import QRectF
rect = QRectF()
for _ in range(20000):
    rect.setWidth(3.0)
print("survived")
"""


def _run(pin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", LOOP.format(pin=pin)], capture_output=True,
                          text=True, timeout=120, check=False)


def test_many_void_qt_calls_do_not_abort_the_app() -> None:
    done = _run("from networkapp.app import main  # noqa: F401  (pins None on import)\n"
                "from networkapp.qt_compat import keep_none_alive; keep_none_alive()")
    assert done.returncode == 0, done.stderr
    assert "survived" in done.stdout


def test_importing_the_ui_package_is_enough() -> None:
    done = _run("import networkapp.ui  # noqa: F401")
    assert done.returncode == 0, done.stderr
