"""Screenshots of networkapp in Italian on a virtual screen (README, docs/).

Usage (an X server such as ``Xvfb :12 -screen 0 1400x900x24`` with a window manager)::

    DISPLAY=:12 .venv/bin/python tools/italian_screens.py docs

Writes ``it-main-window.png`` (the window on a demo network, a contact whose
warnings reached the threshold), ``it-clarify-wizard.png`` (the wizard's review
page) and ``it-summary.png`` (the first page of that contact's printed summary),
taking the screen with ImageMagick's ``import`` as a user would see it, and the PDF
page with poppler's ``pdftoppm``. Width 900 x 600 with ``--small``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["NETWORKAPP_LANG"] = "it"
os.environ.setdefault("LANG", "it_IT.UTF-8")

from networkapp import translation  # noqa: E402  (first: applies the Qt work-around)
from networkapp.models import db, open_database  # noqa: E402
from networkapp.printing import contacts_spec, render_pdf  # noqa: E402
from networkapp.services import clarify, states  # noqa: E402
from networkapp.services.demo import generate_demo  # noqa: E402
from networkapp.ui.controller import Controller  # noqa: E402
from networkapp.ui.dialogs.clarify_wizard import ClarifyWizard  # noqa: E402
from networkapp.ui.gui import make_application  # noqa: E402
from networkapp.ui.main_window import MainWindow  # noqa: E402
from networkapp.ui.settings import UiSettings  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def settle(app: QApplication, ms: int = 400) -> None:
    """Let the window paint and the window manager place it."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def screen_shot(widget: QWidget, path: Path) -> None:
    """The window as the X server shows it (frame included)."""
    subprocess.run(["import", "-window", "root", "-crop",
                    f"{widget.frameGeometry().width()}x{widget.frameGeometry().height()}"
                    f"+{widget.frameGeometry().x()}+{widget.frameGeometry().y()}",
                    str(path)], check=True)


def main() -> int:
    """Build the demo network, show the window and the wizard, print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--small", action="store_true", help="the window at 900x600")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    translation.install(app, translation.chosen_language())
    folder = Path(tempfile.mkdtemp())
    path = folder / "demo.sqlite3"
    open_database(path)
    generate_demo(120, seed=11)
    heavy = int(db.execute_sql("SELECT id FROM contact WHERE status = 'active' "
                               "ORDER BY open_warning_weight DESC LIMIT 1").fetchone()[0])
    window = MainWindow(Controller(path), UiSettings(folder / "ui.ini"))
    window.resize(*((900, 600) if args.small else (1280, 800)))
    window.move(20, 20)
    window.show()
    window.load()
    window.select_ids([heavy])
    settle(app)
    suffix = "-900x600" if args.small else ""
    screen_shot(window, args.out / f"it-main-window{suffix}.png")
    if args.small:
        return 0
    review = clarify.review(heavy)
    wizard = ClarifyWizard(review, clarify.suggest_questions(
        s.category for s in review.open_warnings), states.draft_for(heavy), window)
    wizard.show()
    settle(app)
    screen_shot(wizard, args.out / "it-clarify-wizard.png")
    wizard.close()
    pdf = folder / "summary.pdf"
    render_pdf(contacts_spec([heavy]), pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(args.out / "it-summary")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
