"""Work done in a forked child process, its results received here, in order.

An import is pure Python for most of its time, and Python runs on one core. Where a
piece of work does not depend on what the process does meanwhile (reading the second
half of a file, building the rows of the contacts to insert), :class:`Child` forks a
process that does it and sends each result back through a pipe (pickled), while this
process does something else: reads the first half, or has SQLite write the rows it
already got.

A child never touches the database or Qt, and leaves with ``os._exit`` (no clean-up
handlers of this process run twice). It dies with this process (``PR_SET_PDEATHSIG``)
and is killed when no longer wanted, so no orphan goes on working. If it fails in any
way, :meth:`Child.items` raises :class:`ChildFailed` after the results it did send:
the caller then does the rest itself, so the outcome never depends on the child.

Forking is only done where it is safe (:func:`can_fork`): on Linux, in a process with
no other thread at all and no Qt application. That is the command line; the window
imports in a worker thread and does everything in its own process.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pickle
import queue
import signal
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from typing import BinaryIO

_LENGTH = struct.Struct("<q")
_PR_SET_PDEATHSIG = 1
_QUEUED = 32
"""Items a child keeps ready (pickled) while the parent is not taking them."""


class ChildFailed(Exception):  # noqa: N818 -- a signal to do the rest here
    """The child stopped before sending everything it was to send."""


def can_fork() -> bool:
    """Whether forking a child is safe here (see the module's docstring)."""
    # Linux only: on macOS system frameworks may be loaded, which fork() leaves broken
    # in the child (why multiprocessing spawns there); Windows has no fork().
    if not (sys.platform.startswith("linux") and len(os.sched_getaffinity(0)) > 1
            and threading.current_thread() is threading.main_thread()
            and threading.active_count() == 1):
        return False
    # No other thread at all, Python's or not (a lock one holds would stay locked in
    # the child), and no Qt application: the frozen app has the PySide6 package
    # loaded from the start, which alone changes nothing.
    try:
        if len(os.listdir("/proc/self/task")) != 1:
            return False
    except OSError:
        return False
    qt_core = sys.modules.get("PySide6.QtCore")
    return qt_core is None or qt_core.QCoreApplication.instance() is None


class Child:
    """A forked process running ``produce()`` and sending each item it yields.

    Use as a context manager: leaving it stops the child if it is still running.
    """

    def __init__(self, produce: Callable[[], Iterator[object]]) -> None:
        """Fork now; the child starts producing at once.

        Raises:
            ChildFailed: No child could be made (no pipe, or fork failed: too many
                processes, no memory); the caller does the work itself.
        """
        try:
            readable, writable = os.pipe()
        except OSError as exc:
            raise ChildFailed(f"no pipe for a child process: {exc}") from exc
        parent = os.getpid()
        # Ctrl+C is held back until the child ignores it: arriving in between, it
        # would unwind this process's stack (its transaction, its clean-ups) in the
        # child too.
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            pid = os.fork()
        except OSError as exc:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            os.close(readable)
            os.close(writable)
            raise ChildFailed(f"no child process: {exc}") from exc
        if pid == 0:  # the child: never returns, whatever happens
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent's to handle
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)
                os.close(readable)
                _run_child(produce, writable, parent)
            finally:
                os._exit(1)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        os.close(writable)
        self._pid: int | None = pid
        self._pipe: BinaryIO = os.fdopen(readable, "rb")
        self._done = False

    def __enter__(self) -> Child:
        """Return the child."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop the child (killed unless everything was received) and reap it."""
        self.stop()

    def items(self) -> Iterator[object]:
        """Yield the child's items in order, as it sends them.

        Raises:
            ChildFailed: It stopped early (after yielding the items it sent).
        """
        pipe = self._pipe
        while True:
            header = pipe.read(_LENGTH.size)
            if len(header) != _LENGTH.size:
                break
            (length,) = _LENGTH.unpack(header)
            if length == 0:  # the end: everything was sent
                self._done = True
                break
            blob = pipe.read(length)
            if len(blob) != length:
                break
            yield pickle.loads(blob)
        if not self._done or self.stop() != 0:
            raise ChildFailed("the child process stopped early")

    def stop(self) -> int | None:
        """Kill the child unless it sent everything, reap it; return its exit code."""
        pid = self._pid
        if pid is None:
            return None
        self._pipe.close()
        if not self._done:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        self._pid = None  # only once reaped (an interrupted wait is tried again on exit)
        return os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1


def _run_child(produce: Callable[[], Iterator[object]], writable: int, parent: int) -> None:
    """Send what ``produce()`` yields, then the end mark; exit (0 when all went well).

    The items are written by a thread, so that producing goes on while the parent is
    not reading yet (a full pipe would block the writer, not the producer).
    """
    code = 1
    try:
        _die_with(parent)
        with os.fdopen(writable, "wb") as pipe:
            # Bounded: a parent slow to take them costs the child a pause, not memory.
            blobs: queue.Queue[bytes | None] = queue.Queue(maxsize=_QUEUED)
            writer = threading.Thread(target=_write_blobs, args=(pipe, blobs))
            writer.start()
            try:
                for item in produce():
                    data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
                    blobs.put(_LENGTH.pack(len(data)) + data)
                blobs.put(_LENGTH.pack(0))
            finally:
                blobs.put(None)
                writer.join()
        code = 0
    except BaseException:  # the parent sees the exit code and does the work itself
        code = 1
    finally:
        os._exit(code)


def _die_with(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (killed mid-import, the
    child would otherwise go on working for nothing)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before that
        os._exit(1)


def _write_blobs(pipe: BinaryIO, blobs: queue.Queue[bytes | None]) -> None:
    """Write the queued blobs until None comes (a broken pipe ends it quietly: the
    parent has gone, or no longer wants them)."""
    broken = False
    while (blob := blobs.get()) is not None:
        if not broken:
            try:
                pipe.write(blob)
                pipe.flush()
            except OSError:
                broken = True
