"""Benchmark: printing to PDF (issue 6).

Two figures against the issue's targets, each the median of 3 runs:

* a contact with 2,000 interactions to PDF: under 2 s;
* the network report of a 10,000-contact demo file: under 10 s.

Each is measured twice: in-process (load the data, lay out and write the PDF,
with the QGuiApplication already up) and end to end as a user runs it
(``python -m networkapp summary … --pdf``, a fresh process on Qt's offscreen
platform, interpreter and Qt start-up included). The targets apply to the
end-to-end figure.

Usage: ``python bench/bench_summary.py [--contacts N] [--interactions N] [--runs R]
[--keep DIR]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from networkapp.models import close_database, open_database  # noqa: E402
from networkapp.printing import contacts_spec, network_spec, render_pdf  # noqa: E402
from networkapp.printing.headless import ensure_gui_application  # noqa: E402
from tests.printing.factories import busy_contact  # noqa: E402

TARGETS = {"contact": 2.0, "report": 10.0}


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("NETWORKAPP_DB", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["NETWORKAPP_DATA_DIR"] = str(data_dir)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(REPO), env.get("PYTHONPATH"))))
    return env


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "networkapp", "--db", str(db), *args],
                          cwd=REPO, env=_env(db.parent / "data"), capture_output=True,
                          text=True, check=False)


def _median(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _prepare(folder: Path, contacts: int, interactions: int) -> tuple[Path, Path, int]:
    network, busy = folder / "network.sqlite3", folder / "busy.sqlite3"
    for stale in folder.glob("*.sqlite3*"):  # --keep DIR from an earlier run
        stale.unlink()
    start = time.perf_counter()
    done = _cli(network, "demo", "--contacts", str(contacts))
    if done.returncode != 0:
        sys.exit(f"demo failed: {done.stderr}")
    print(f"demo file: {contacts:,} contacts in {time.perf_counter() - start:.1f} s")
    open_database(busy)
    contact_id = busy_contact(interactions)
    close_database()
    return network, busy, contact_id


def _in_process(db: Path, runs: int, make: Callable[[], object], out: Path) -> tuple[float, int]:
    open_database(db)
    pages = 0

    def once() -> None:
        nonlocal pages
        pages = render_pdf(make(), out)  # type: ignore[arg-type]

    try:
        return _median(runs, once), pages
    finally:
        close_database()


def _end_to_end(db: Path, runs: int, *args: str) -> float:
    def once() -> None:
        done = _cli(db, "summary", *args)
        if done.returncode != 0:
            sys.exit(f"summary {' '.join(args)} failed: {done.stderr}")

    return _median(runs, once)


def _report(name: str, label: str, inside: float, outside: float, pages: int) -> bool:
    ok = outside < TARGETS[name]
    print(f"{label}: {pages} pages; in-process {inside:.2f} s, end to end {outside:.2f} s "
          f"(target < {TARGETS[name]:.0f} s) {'OK' if ok else 'OVER TARGET'}")
    return ok


def main() -> int:
    """Build the files, time both documents, print the figures; 1 when over target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--interactions", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    args = parser.parse_args()
    ensure_gui_application()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_summary_"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        network, busy, cid = _prepare(folder, args.contacts, args.interactions)
        out = folder / "out.pdf"
        inside, pages = _in_process(busy, args.runs, lambda: contacts_spec([cid]), out)
        outside = _end_to_end(busy, args.runs, str(cid), "--pdf", str(out))
        ok = _report("contact", f"contact with {args.interactions:,} interactions", inside,
                     outside, pages)
        inside, pages = _in_process(network, args.runs, network_spec, out)
        outside = _end_to_end(network, args.runs, "--all", "--pdf", str(out))
        ok &= _report("report", f"network report of {args.contacts:,} contacts", inside,
                      outside, pages)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
