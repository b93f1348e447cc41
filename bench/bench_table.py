"""Contact table figures at scale, offscreen: start, search, sort, memory.

Usage: ``python bench/bench_table.py [--contacts 100000] [--db FILE]``. Builds a demo
file once (kept in the temp folder), then prints: process start to the window shown
with the table filled; search keystroke to updated table (median of 20, the
debounce excluded); sorting each column; peak RSS.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_START_SCRIPT = """
import sys, time
t0 = time.perf_counter()
from pathlib import Path
from networkapp.ui.gui import make_application
from networkapp.models import open_database
app = make_application()
open_database(sys.argv[1])
from networkapp.ui.controller import Controller
from networkapp.ui.main_window import MainWindow
from networkapp.ui.settings import UiSettings
w = MainWindow(Controller(Path(sys.argv[1])), UiSettings(Path(sys.argv[2])))
w.show(); w.load(); w.repaint(); app.processEvents()
print(w.model.rowCount(), flush=True)
import os
os._exit(0)
"""
WORDS = ("a", "ad", "ada", "ada r", "ros", "rossi", "nicolo", "studio", "mentor", "gi",
         "giu", "giul", "marco", "conf", "zoë", "ma", "mar", "x", "lu", "luca")


def _demo(path: Path, contacts: int) -> None:
    if path.exists():
        return
    subprocess.run([sys.executable, "-m", "networkapp", "--db", str(path), "demo",
                    "--contacts", str(contacts)], check=True, cwd=ROOT)


def _start_time(path: Path, ini: Path) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(3):
        start = time.perf_counter()
        with subprocess.Popen([sys.executable, "-c", _START_SCRIPT, str(path), str(ini)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                              cwd=ROOT) as child:
            assert child.stdout is not None
            rows = int(child.stdout.readline())
            times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / f"networkapp-bench-{args.contacts}.sqlite3"
    _demo(path, args.contacts)
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    start, rows = _start_time(path, ini)
    print(f"contacts: {args.contacts:,}  file: {path}")
    print(f"process start to window shown with {rows:,} rows: {start:.2f} s (median of 3)")

    from PySide6.QtCore import Qt

    from networkapp.models import open_database
    from networkapp.ui.controller import Controller
    from networkapp.ui.gui import make_application
    from networkapp.ui.item_models.contact_table_model import ContactColumn
    from networkapp.ui.main_window import MainWindow
    from networkapp.ui.settings import UiSettings

    app = make_application()
    open_database(path)
    window = MainWindow(Controller(path), UiSettings(ini))
    window.show()
    window.load()
    app.processEvents()
    t = time.perf_counter()
    window.model.prepare_search()  # what the window does once idle after the first paint
    print(f"search texts read when idle after start: {(time.perf_counter() - t) * 1000:.0f} ms")
    searches = []
    for word in WORDS:
        t = time.perf_counter()
        window.model.set_search(word)
        window.table.viewport().repaint()
        searches.append(time.perf_counter() - t)
    window.model.set_search("")
    print(f"search keystroke to updated table: median {statistics.median(searches) * 1000:.0f}"
          f" ms, max {max(searches) * 1000:.0f} ms (20 words, debounce of 200 ms not counted)")
    for column in ContactColumn:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t = time.perf_counter()
            window.table.sortByColumn(column, order)
            window.table.viewport().repaint()
            elapsed = (time.perf_counter() - t) * 1000
            print(f"sort {column.name.lower():<17} {order.name[:-5].lower():<10} {elapsed:5.0f} ms")
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
