"""Benchmark: is the window responsive while the preview reads and imports 50,000 cards?

A 10 ms timer runs on the GUI thread while the import dialog plans and then
applies a generated file in its worker thread; the longest gap between two
ticks is how long the UI was frozen. Prints the phase times and the worst gaps.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_import_ui.py [--cards 50000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QTimer

from bench.bench_import import generate_photos as generate
from networkapp.models import open_database
from networkapp.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from networkapp.ui.gui import make_application


class GapMeter:
    """Largest interval between ticks of a 10 ms timer, per phase."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.worst: dict[str, int] = {}
        self.phase = "reading"
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.elapsed()
        gap = now - self.last
        self.last = now
        self.worst[self.phase] = max(self.worst.get(self.phase, 0), gap)


def main() -> int:
    """Plan and apply through the dialog; print how long each took and the worst UI gaps."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=50_000)
    args = parser.parse_args()
    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        vcf = Path(tmp) / "cards.vcf"
        generate(vcf, args.cards)
        open_database(Path(tmp) / "net.sqlite3")
        dialog = ImportPreviewDialog([str(vcf)])
        dialog.show()
        meter = GapMeter()
        start = time.perf_counter()
        times: dict[str, float] = {}

        def on_done(_value: object) -> None:
            if dialog.plan is not None and "plan" not in times:
                times["plan"] = time.perf_counter() - start
                meter.phase = "table shown"
                QTimer.singleShot(300, start_apply)

        def start_apply() -> None:
            meter.phase = "writing"
            times["apply_start"] = time.perf_counter()
            dialog.import_button.click()

        dialog.accepted.connect(lambda: (times.__setitem__(
            "apply", time.perf_counter() - times["apply_start"]), app.quit()))
        dialog.start()
        dialog._thread.succeeded.connect(on_done)  # type: ignore[union-attr]
        app.exec()
        dialog.wait_idle()
        print(f"{args.cards:,} cards: plan {times['plan']:.1f} s, apply {times['apply']:.1f} s "
              "(in the worker thread)")
        print("worst GUI-thread gap per phase (ms): "
              + ", ".join(f"{k} {v}" for k, v in meter.worst.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
