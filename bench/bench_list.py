"""Benchmark: a 100,000-contact demo file, then ``list --json`` on it.

Runs the real executable (``python -m networkapp``) in subprocesses, as a user
would, and prints the figures against the targets of issue 2: demo creation
under 60 s, ``list --json`` under 2 s (median of 3 runs), peak RSS under 400 MB.

Usage: ``python bench/bench_list.py [--contacts N] [--runs R] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GNU_TIME = Path("/usr/bin/time")
TARGETS = {"demo": 60.0, "list": 2.0, "rss": 400.0}


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NETWORKAPP_DB"}
    env["NETWORKAPP_DATA_DIR"] = str(data_dir)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(REPO), env.get("PYTHONPATH"))))
    return env


def _command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "networkapp", "--db", str(db), *args]


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run ``command``; return (wall s, CPU s, stdout). Exit on failure with its stderr.

    CPU time (user + system) is reported beside wall time because it hardly moves
    when other programs share the machine, while wall time does.
    """
    cpu = _cpu_of_children()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n"
                 f"{done.stderr.decode(errors='replace')}")
    return elapsed, _cpu_of_children() - cpu, done.stdout.decode()


def _peak_rss_mb(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Return the peak RSS (MB) of one run and how it was measured."""
    if GNU_TIME.exists():
        done = subprocess.run([str(GNU_TIME), "-f", "%M", *command], env=env, cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        last = done.stderr.decode(errors="replace").strip().splitlines()[-1:]
        if done.returncode == 0 and last and last[0].isdigit():
            return int(last[0]) / 1024, "/usr/bin/time -f %M"
    # Fallback: the largest child so far; this process starts no bigger one before.
    subprocess.run(command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, check=True)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, "getrusage"


def _row(what: str, value: float, unit: str, target: float, cpu: float | None = None) -> str:
    verdict = "ok" if value < target else "OVER"
    cpu_text = f"{cpu:>6.2f} s" if cpu is not None else " " * 8
    return (f"| {what:<28} | {value:>9.2f} {unit:<2} | {cpu_text} | < {target:>5.0f} {unit:<2} "
            f"| {verdict:<4} |")


def bench(contacts: int, runs: int, folder: Path) -> bool:
    """Build the file, time the commands, print the table; return True when all targets hold."""
    db = folder / "bench.sqlite3"
    env = _env(folder / "data")
    demo_s, demo_cpu, _ = _timed(_command(db, "demo", "--contacts", str(contacts)), env)
    runs_done = [_timed(_command(db, "list", "--json"), env) for _ in range(runs)]
    listed = runs_done[-1][2].count('"id":')
    rss, how = _peak_rss_mb(_command(db, "list", "--json"), env)
    list_s = statistics.median(run[0] for run in runs_done)
    list_cpu = statistics.median(run[1] for run in runs_done)
    size_mb = db.stat().st_size / 1e6
    print(f"bench_list: {contacts:,} demo contacts, file {size_mb:.0f} MB, "
          f"list --json printed {listed:,} contacts (archived excluded)")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f}; peak RSS via {how}")
    print("| measure                      |   wall/value |   CPU    |   target   |      |")
    print("|------------------------------|--------------|----------|------------|------|")
    print(_row("demo --contacts", demo_s, "s", TARGETS["demo"], demo_cpu))
    print(_row(f"list --json (median of {runs})", list_s, "s", TARGETS["list"], list_cpu))
    print(_row("list --json peak RSS", rss, "MB", TARGETS["rss"]))
    print("list --json runs (wall/CPU): "
          + ", ".join(f"{wall:.2f}/{cpu:.2f}" for wall, cpu, _ in runs_done) + " s")
    return demo_s < TARGETS["demo"] and list_s < TARGETS["list"] and rss < TARGETS["rss"]


def main() -> int:
    """Parse the options and run the benchmark in a temporary folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the file in DIR and keep it")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        (args.keep / "bench.sqlite3").unlink(missing_ok=True)
        return 0 if bench(args.contacts, args.runs, args.keep) else 1
    folder = Path(tempfile.mkdtemp(prefix="networkapp-bench-"))
    try:
        return 0 if bench(args.contacts, args.runs, folder) else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
