"""Long-lived `python -m reinstate` processes (watch, serve) for end-to-end tests.

Standard error is read line by line on a thread, so that every wait is bounded (a wait
that runs out fails the test with what the process printed, instead of hanging it), and
the process and whatever it started (the PDF worker) are killed when the test ends,
whatever happened.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from support.common import SRC

LAUNCH = (
    "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('reinstate', run_name='__main__', alter_sys=True)"
)
"""`python -m reinstate` with Ctrl-C handled as in a terminal, even when the tests run in
the background: a shell starts a background job with SIGINT ignored, the process inherits
that, and Python then leaves SIGINT ignored, so Ctrl-C (SIGINT) would never reach it."""
WAIT = 120.0
"""Seconds a wait may take before the test fails: generous, for a loaded machine."""


class Child:
    """A running `python -m reinstate ...` and the lines it has printed on standard error."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: list[str] = []
        self.changed = threading.Condition()
        self.ended = False
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self.changed:
                self.lines.append(line)
                self.changed.notify_all()
        with self.changed:
            self.ended = True
            self.changed.notify_all()

    @property
    def output(self) -> str:
        with self.changed:
            return "".join(self.lines)

    def wait_for(self, text: str, count: int = 1, timeout: float = WAIT) -> None:
        """Wait until `count` lines hold `text`; fail if the process ends first or the time
        runs out."""

        def seen() -> bool:
            return sum(text in line for line in self.lines) >= count or self.ended

        with self.changed:
            self.changed.wait_for(seen, timeout)
            found = sum(text in line for line in self.lines)
        assert found >= count, f"waited for {count}× {text!r}:\n{self.output}"

    def stop(self, how: signal.Signals = signal.SIGINT, timeout: float = WAIT) -> int:
        """Send `how` and wait for the process to exit; its exit status. A process that
        does not exit in time is made to print where each of its threads is (faulthandler,
        on SIGABRT), and the test fails with that."""
        masks = signal_masks(self.process.pid)
        self.process.send_signal(how)
        try:
            status = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            masks += "\nnow: " + signal_masks(self.process.pid)
            self.process.send_signal(signal.SIGABRT)
            with suppress(subprocess.TimeoutExpired):
                self.process.wait(30)
            self.reader.join(30)
            raise AssertionError(
                f"still running {timeout:.0f} s after {how.name} ({masks}):\n{self.output}"
            ) from None
        self.reader.join(timeout)
        return status


def signal_masks(pid: int) -> str:
    """The signals a process ignores, blocks and has pending (Linux), for a failure message."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return "?"
    return " ".join(line for line in status.splitlines() if line.startswith("Sig"))


@contextmanager
def reinstate_process(*args: str | Path, cwd: Path | None = None) -> Iterator[Child]:
    """Start `python -m reinstate ARGS` in a process group of its own; at the end, kill
    what is left of the group."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1", "PYTHONFAULTHANDLER": "1"}
    process = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, *map(str, args)],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    child = Child(process)
    try:
        yield child
    finally:
        with suppress(ProcessLookupError):  # the group is gone: all ended by themselves
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(30)
        child.reader.join(30)
        if process.stderr is not None:
            process.stderr.close()
