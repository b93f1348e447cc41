"""``networkapp summary`` in a subprocess, with no display and no Qt platform chosen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.printing.conftest import PdfText

REPO = Path(__file__).resolve().parents[2]
NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "NETWORKAPP_DB")


def run(*args: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """Run networkapp as a user would over SSH: no display, no Qt platform set."""
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    env.update({"NETWORKAPP_DATA_DIR": str(folder / "data"), "PYTHONPATH": str(REPO),
                "PYTHONIOENCODING": "utf-8"})
    return subprocess.run([sys.executable, "-m", "networkapp", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 30-contact demo file, made once for this module."""
    path = tmp_path_factory.mktemp("summary") / "demo.sqlite3"
    done = run("--db", str(path), "demo", "--contacts", "30", folder=path.parent)
    assert done.returncode == 0, done.stderr
    return path


def test_one_contact_to_pdf(demo: Path, pdf_text: PdfText) -> None:
    out = demo.parent / "one.pdf"
    done = run("--db", str(demo), "summary", "3", "--pdf", str(out), folder=demo.parent)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("Wrote ") and str(out) in done.stderr
    assert "Reading" in pdf_text(out)


def test_all_is_the_network_report(demo: Path, pdf_text: PdfText) -> None:
    out = demo.parent / "all.pdf"
    done = run("--db", str(demo), "summary", "--all", "--pdf", str(out), folder=demo.parent)
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "Network report" in text and "The whole network: 30 contacts" in text


def test_all_with_contacts_appends_every_summary(demo: Path) -> None:
    out = demo.parent / "every.pdf"
    done = run("--db", str(demo), "summary", "--all", "--with-contacts", "--pdf", str(out),
               folder=demo.parent)
    assert done.returncode == 0, done.stderr
    pages = int(done.stderr.split()[1])
    assert pages >= 31  # the report, then at least a page per contact


@pytest.mark.parametrize(("args", "message"), [
    (("999",), "Contact 999 does not exist"),
    ((), "give one or more contact ids, or --all"),
    (("1", "--all"), "not both"),
    (("1", "--with-contacts"), "--with-contacts goes with --all"),
    (("x",), "invalid int value"),
])
def test_usage_errors_exit_2(demo: Path, args: tuple[str, ...], message: str) -> None:
    out = demo.parent / "never.pdf"
    done = run("--db", str(demo), "summary", *args, "--pdf", str(out), folder=demo.parent)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_unwritable_pdf_exits_4(demo: Path) -> None:
    out = demo.parent / "missing-folder" / "x.pdf"
    done = run("--db", str(demo), "summary", "1", "--pdf", str(out), folder=demo.parent)
    assert done.returncode == 4
    assert "cannot be written" in done.stderr and "Traceback" not in done.stderr


def test_help_explains_what_all_prints(demo: Path) -> None:
    done = run("summary", "--help", folder=demo.parent)
    assert done.returncode == 0
    assert "--all --with-contacts" in done.stdout and "without a display" in done.stdout
