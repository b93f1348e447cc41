"""Benchmark: capturing 20,000 messages' headers from an mbox (``networkapp import-mail``).

A generated mbox of 20,000 messages (folded To lines, encoded names, bodies of a few
hundred bytes to a few KB) between the user and 300 contacts, plus strangers. Timed:
the preview (read + match, nothing written) and the import (read, match, write in one
transaction) into a file holding the 300 contacts, then a re-import (all unchanged).
The issue's goal: 20,000 messages "in a few seconds": the import under 5 s here.

    .venv/bin/python bench/bench_capture_mail.py [--messages 20000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from networkapp.models import close_database, open_database  # noqa: E402
from networkapp.services.capture.plan import MAIL, CaptureJob, capture_files  # noqa: E402
from networkapp.services.contacts import create_contact  # noqa: E402
from networkapp.services.dto import ContactFields, LabeledValue  # noqa: E402
from networkapp.services.settings import set_my_addresses  # noqa: E402

TARGET_SECONDS = 5.0


def _mbox(path: Path, messages: int, contacts: int) -> None:
    rng = random.Random(7)
    with path.open("wb") as out:
        for n in range(messages):
            other = (f"c{rng.randrange(contacts)}@example.com" if rng.random() < 0.7
                     else f"s{rng.randrange(5000)}@strangers.example")
            day = 1 + n * 365 // messages
            month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"][day % 6]
            date = f"{(day % 28) + 1:02d} {month} 2025"
            sent = rng.random() < 0.4
            sender = "Me <me@example.org>" if sent else f"=?UTF-8?Q?Nicol=C3=B2?= <{other}>"
            to = f'"Rossi, Ada" <{other}>,\n c{rng.randrange(contacts)}@example.com' if sent \
                else "me@example.org"
            body = ("Lorem ipsum dolor sit amet. " * rng.randrange(5, 120)).encode()
            out.write(f"From x@example.org Mon Jan  1 00:00:00 2025\nMessage-ID: <m{n}@bench>\n"
                      f"From: {sender}\nTo: {to}\nSubject: Message {n}\n"
                      f"Date: Mon, {date} 10:{n % 60:02d}:00 +0100\n\n".encode() + body + b"\n\n")


def main() -> int:
    """Generate, import, print the figures; exit 1 when over the target."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mbox = Path(tmp) / "mail.mbox"
        _mbox(mbox, args.messages, 300)
        open_database(Path(tmp) / "net.sqlite3")
        set_my_addresses(["me@example.org"])
        for n in range(300):
            create_contact(ContactFields(display_name=f"Contact {n}",
                                         emails=(LabeledValue(f"c{n}@example.com", ""),)))
        job = CaptureJob(MAIL, (str(mbox),))
        size = mbox.stat().st_size / 1e6
        timings = {}
        for name, dry in (("preview", True), ("import", False), ("re-import", False)):
            start = time.perf_counter()
            result = capture_files(job, dry_run=dry)
            timings[name] = time.perf_counter() - start
            logged = sum(1 for e in result.plan.entries if e.fate == "log")
            print(f"{name}: {args.messages} messages ({size:.1f} MB) in {timings[name]:.2f} s, "
                  f"{logged} interactions to log")
        close_database()
    ok = timings["import"] <= TARGET_SECONDS
    print(f"import: {timings['import']:.2f} s (target {TARGET_SECONDS:.0f} s): "
          f"{'ok' if ok else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
