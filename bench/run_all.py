"""Run every ``bench/bench_*.py`` script in turn and print what each reports.

``make bench`` calls this. Each script runs in its own process (this
interpreter), so one benchmark's memory never counts against the next. The exit
code is non-zero when any script failed or missed its targets.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def main() -> int:
    """Run the scripts; return 0 when all of them succeeded."""
    scripts = sorted(BENCH_DIR.glob("bench_*.py"))
    failed = []
    for script in scripts:
        print(f"=== {script.name} ===", flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, str(script)], cwd=BENCH_DIR.parent, check=False)
        print(f"--- {script.name}: exit {done.returncode} after "
              f"{time.perf_counter() - start:.1f} s\n", flush=True)
        if done.returncode != 0:
            failed.append(script.name)
    print(f"{len(scripts)} benchmark(s) run" + (f"; failed or over target: {', '.join(failed)}"
                                                 if failed else "; all within target"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
