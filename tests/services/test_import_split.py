"""A large file read on two cores gives exactly the records a single read gives.

The threshold is lowered so that small files split; ``can_fork`` is forced on (the
test process has Qt loaded, where the importer never forks).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from networkapp.services import import_split, offload
from networkapp.services import vcard_import as importing
from networkapp.services.import_record import CardRecord
from networkapp.services.vcard.lines import EOL_RE
from tests.services.test_vcard_fastread import _comparable


def _card(i: int, eol: bytes = b"\r\n") -> bytes:
    lines = [b"BEGIN:VCARD", b"VERSION:3.0", f"N:Rossi{i};Anna;;;".encode(),
             f"FN:Anna Rossi{i}".encode(), f"EMAIL;TYPE=WORK:anna{i}@example.org".encode(),
             f"TEL;TYPE=CELL:+39 333 {i:07d}".encode(),
             b"NOTE:a note long enough to be folded at seventy-five octets\\, as RFC 2425\r\n"
             b"  says it should be", b"END:VCARD"]
    return b"".join(line.replace(b"\r\n", eol) + eol for line in lines)


def _serial(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    with monkeypatch.context() as patch:
        patch.setattr(import_split, "SPLIT_MIN_BYTES", 10**12)
        records, errors = importing._read_all([path], None, None)
    assert not errors
    return [_comparable(r) for r in records]


def _split(path: Path) -> list[object]:
    records, errors = importing._read_all([path], None, None)
    assert not errors
    return [_comparable(r) for r in records]


class Forks(list[int]):
    """The children's pids, and how many files were read again whole."""

    again = 0


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> Forks:
    """Split every file; return the children's pids as they fork."""
    monkeypatch.setattr(import_split, "SPLIT_MIN_BYTES", 1)
    monkeypatch.setattr(offload, "can_fork", lambda: True)
    forks = Forks()
    real_fork, real_records = os.fork, importing._records

    def fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    def records(*args: object, split: bool = True) -> object:
        forks.again += not split
        return real_records(*args, split=split)  # type: ignore[arg-type]

    monkeypatch.setattr(offload.os, "fork", fork)
    monkeypatch.setattr(importing, "_records", records)
    return forks


def _no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def _cut(path: Path) -> int | None:
    with path.open("rb") as stream:
        return import_split.split_point(stream, path.stat().st_size)


def test_split_read_gives_the_single_reads_records(tmp_path: Path, forking: Forks,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # The first part mixes CR-only, LF and iOS line ends (the child counts them to
    # number its lines); the middle is plain CRLF so that the file can be cut there.
    data = (b"".join(_card(i, b"\r") for i in range(30))
            + b"".join(_card(i, b"\r\r\n") for i in range(30, 40))
            + b"".join(_card(i, b"\n") for i in range(40, 60))
            + b"".join(_card(i) for i in range(60, 300))
            + b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nothing that names it\r\nEND:VCARD\r\n"
            + _card(300) + b"BEGIN:VCARD\r\nFN:never ends\r\n")
    path = tmp_path / "big.vcf"
    path.write_bytes(data)
    assert _cut(path) is not None
    split = _split(path)
    assert forking, "the file was not split"
    assert forking.again == 0
    assert split == _serial(path, monkeypatch)
    assert len(split) == 303
    assert split[-1][0].reason  # the unfinished card at the end, rejected # type: ignore[index]
    assert _no_children_left()


def test_a_careful_first_part_reads_the_file_again_whole(
        tmp_path: Path, forking: Forks, monkeypatch: pytest.MonkeyPatch) -> None:
    # A card without END in the first part: a single read's careful path goes on
    # into the second part, so the split result is dropped and the file read again.
    data = (b"".join(_card(i) for i in range(50)) + b"BEGIN:VCARD\r\nFN:no end\r\n"
            + b"".join(_card(i) for i in range(50, 200)))
    path = tmp_path / "broken.vcf"
    path.write_bytes(data)
    split = _split(path)
    assert forking
    assert forking.again == 1
    assert split == _serial(path, monkeypatch)
    assert _no_children_left()


def test_a_failing_child_reads_the_file_again_whole(
        tmp_path: Path, forking: Forks, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(b"".join(_card(i) for i in range(200)))

    def broken(record: CardRecord) -> tuple[object, ...]:
        raise RuntimeError("the child breaks")

    monkeypatch.setattr(import_split, "_flat", broken)
    split = _split(path)
    assert forking
    assert forking.again == 1
    assert split == _serial(path, monkeypatch)
    assert len(split) == 200
    assert _no_children_left()


def test_cancelling_stops_the_child(tmp_path: Path, forking: Forks) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(b"".join(_card(i) for i in range(2000)))
    with pytest.raises(importing.ImportCancelled):
        importing._read_all([path], None, lambda: True)
    assert forking
    assert _no_children_left()


def test_a_whole_import_through_a_split_read(tmp_path: Path, forking: Forks,
                                            db_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(b"".join(_card(i) for i in range(400)))
    plan = importing.plan_import([path])
    result = importing.apply_import(plan)
    assert forking
    assert forking.again == 0
    assert len(result.created_ids) == 400
    assert [e.line for e in plan.entries][:3] == [1, 10, 19]
    assert plan.entries[-1].line == 1 + 9 * 399


def test_no_fork_where_a_qt_application_runs(qapp: object) -> None:
    assert not offload.can_fork()


def test_no_fork_with_another_thread_running() -> None:
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not offload.can_fork()
    finally:
        stop.set()
        other.join()


def test_only_plain_files_with_a_clean_boundary_are_cut(tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(b"".join(_card(i) for i in range(50)))
    cut = _cut(path)
    assert cut is not None
    assert path.read_bytes()[cut - 11 : cut + 11] == b"END:VCARD\r\nBEGIN:VCARD"
    path.write_bytes(("".join(_card(i).decode() for i in range(50))).encode("utf-16"))
    assert _cut(path) is None
    path.write_bytes(b"junk\r\n" + b"".join(_card(i) for i in range(50)))
    assert _cut(path) is None
    path.write_bytes(b"".join(_card(i, b"\r") for i in range(50)))  # CR-only: no boundary
    assert _cut(path) is None


@pytest.mark.parametrize("block", [1, 2, 3, 1024])
@pytest.mark.parametrize("text", [b"a\r\nb\nc\rd\r\r\ne", b"\r\r\r\n\r", b"x" * 10, b"\n\n",
                                  b"\r", b"\r\r\n\r\r\n"])
def test_line_ends_are_counted_as_the_reader_counts_them(
        tmp_path: Path, text: bytes, block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_split, "_BLOCK", block)
    path = tmp_path / "lines"
    path.write_bytes(text + b"rest")
    expected = len(EOL_RE.findall(text))
    with path.open("rb") as stream:
        assert import_split.count_line_ends(stream, len(text)) == expected


_ORPHAN_SCRIPT = r"""
import os, sys, time
from pathlib import Path
from networkapp.services import import_split, vcard_import
import_split.SPLIT_MIN_BYTES = 1
from networkapp.services import offload
offload.can_fork = lambda: True
real_fork, real_flat = os.fork, import_split._flat
def fork():
    pid = real_fork()
    if pid:
        Path(sys.argv[2]).write_text(str(pid))
    return pid
def slow_flat(record):
    time.sleep(0.05)
    return real_flat(record)
offload.os.fork = fork
import_split._flat = slow_flat
vcard_import._read_all([Path(sys.argv[1])], None, None)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; splits on Linux")
def test_the_child_dies_with_a_killed_parent(tmp_path: Path) -> None:

    cards = tmp_path / "cards.vcf"
    cards.write_bytes(b"".join(_card(i) for i in range(400)))
    pid_file = tmp_path / "child.pid"
    parent = subprocess.Popen([sys.executable, "-c", _ORPHAN_SCRIPT, str(cards),
                               str(pid_file)], cwd=Path(__file__).resolve().parents[2])
    try:
        deadline = time.monotonic() + 20
        while not pid_file.exists() or not pid_file.read_text():
            assert time.monotonic() < deadline, "the child never started"
            time.sleep(0.02)
        child = int(pid_file.read_text())
        os.kill(parent.pid, signal.SIGKILL)  # the child has ~10 s of (slowed) work left
        parent.wait()
        deadline = time.monotonic() + 5
        while Path(f"/proc/{child}").exists() and "Z" not in _state(child):
            assert time.monotonic() < deadline, "the child outlived its parent"
            time.sleep(0.02)
    finally:
        parent.kill()
        parent.wait()


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return "Z"


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts /proc/self/fd")
def test_a_failing_fork_reads_the_usual_way(tmp_path: Path, forking: Forks,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(b"".join(_card(i) for i in range(200)))
    expected = _serial(path, monkeypatch)

    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    before = _open_fds()
    assert _split(path) == expected
    assert forking.again == 1
    assert _open_fds() == before  # the pipe is closed again


def test_the_child_reads_the_file_the_parent_opened(tmp_path: Path, forking: Forks,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # Replaced (written anew, renamed over) once the reading has begun: both parts
    # still come from the file as it was opened, not half from each.
    path = tmp_path / "cards.vcf"
    path.write_bytes(b"".join(_card(i) for i in range(200)))
    expected = _serial(path, monkeypatch)
    new = tmp_path / "new.vcf"
    new.write_bytes(b"".join(_card(i + 1000) for i in range(300)))

    def records(stream: object, first_line: int, report: object) -> object:
        return importing._stream_records(stream, str(path), first_line, report)  # type: ignore[arg-type]

    parts = import_split.read_split(path, records, lambda stream: None)  # type: ignore[arg-type]
    assert parts is not None
    new.replace(path)
    assert [_comparable(r) for r in parts] == expected
    assert forking
