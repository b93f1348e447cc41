"""Introductions figures at scale, offscreen: the forest layout, the overview's paint, the
name completer's query.

Usage: ``python bench/bench_introductions.py [--contacts 10000] [--names 100000]``. Builds
demo files once (kept in the temp folder), then prints: the forest layout of the whole
network (median of 5); building the overview's batched paths; one full repaint of the
overview in a 1200x800 view, fitted and zoomed in (median of 10 each; a frame at 60 Hz
is 16.7 ms); one ego map of the busiest introducer; and the completer's query for
typical prefixes at ``--names`` contacts (median per prefix). Exit 1 when the overview
takes more than two frames (33 ms) to paint or a completer query more than 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import networkapp  # noqa: E402,F401 -- the Qt work-around before any Qt import

PREFIXES = ("a", "ma", "mar", "marco", "ros", "giu", "zo", "nakamura", "x", "de l")
FRAMES_TARGET_MS = 33.4
QUERY_TARGET_MS = 50.0


def _demo(path: Path, contacts: int) -> None:
    if not path.exists():
        subprocess.run([sys.executable, "-m", "networkapp", "--db", str(path), "demo",
                        "--contacts", str(contacts)], check=True, cwd=ROOT)


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _overview(path: Path) -> bool:
    from networkapp.models import close_database, open_database
    from networkapp.printing.introduction_map import ForestPicture
    from networkapp.services.introduction_layout import ego_map, forest_layout
    from networkapp.services.introductions import door_openers
    from networkapp.ui.controller import Controller
    from networkapp.ui.gui import make_application
    from networkapp.ui.widgets.introduction_map_widget import IntroductionMapWidget

    app = make_application()
    open_database(path)
    layout = forest_layout()
    print(f"network: {len(layout.people) + layout.unlinked} contacts, {len(layout.links)} "
          f"introductions, {len(layout.trees)} trees, {layout.unlinked} not introduced")
    print(f"forest layout: {_median_ms(forest_layout, 5):.1f} ms (median of 5)")
    print(f"batched paths: {_median_ms(lambda: ForestPicture.build(layout), 5):.1f} ms "
          "(median of 5)")
    view = IntroductionMapWidget(Controller(path))
    view.resize(1200, 800)
    view.show()
    view.show_overview()
    app.processEvents()
    fitted = _median_ms(view.viewport().repaint, 10)
    view.zoom(6.0)
    app.processEvents()
    zoomed = _median_ms(view.viewport().repaint, 10)
    print(f"overview repaint, whole network fitted: {fitted:.1f} ms; zoomed in with names: "
          f"{zoomed:.1f} ms (median of 10; target {FRAMES_TARGET_MS} ms, two frames)")
    busiest = door_openers(1)[0].person.id
    print(f"ego map of the busiest introducer: "
          f"{_median_ms(lambda: ego_map(busiest), 5):.1f} ms; ego view shown: "
          f"{_median_ms(lambda: view.show_ego(busiest), 5):.1f} ms (median of 5)")
    view.close()
    close_database()
    return max(fitted, zoomed) <= FRAMES_TARGET_MS


def _completer(path: Path) -> bool:
    from networkapp.models import close_database, open_database
    from networkapp.services.introductions import names_starting

    open_database(path)
    worst = 0.0
    parts = []
    for prefix in PREFIXES:
        took = _median_ms(lambda p=prefix: names_starting(p), 11)
        worst = max(worst, took)
        parts.append(f"{prefix!r} {took:.1f}")
    count = len(names_starting("a", limit=5))
    close_database()
    print(f"completer query (20 names), median of 11 per prefix: {', '.join(parts)} ms; "
          f"worst {worst:.1f} ms (target {QUERY_TARGET_MS} ms; {count} rows for 'a' at 5)")
    return worst <= QUERY_TARGET_MS


def main() -> int:
    """Build the demo files, print the figures; 1 when a target is missed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--names", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir())
    network = folder / f"networkapp-bench-intro-{args.contacts}.sqlite3"
    names = folder / f"networkapp-bench-intro-{args.names}.sqlite3"
    _demo(network, args.contacts)
    _demo(names, args.names)
    ok = _overview(network)
    ok = _completer(names) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
