"""The watcher's background jobs, proven with a stand-in slow step (tests/support/slowsteps.py).

The PDF bundle will be a slow step; these tests register another one so the machinery is
proven on its own: a warm worker warms up once, a newer save supersedes or cancels the
running job, a crash of the worker is survived, and results land atomically.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.output.manifest import load_manifest
from reinstate.render.steps import BUILTIN_STEPS
from support.slowsteps import END, FAKE_BUNDLE_STEP, STAMP, STAMP_STEP
from support.watching import FAST_STEPS, Running, Start, watching

__all__ = ["watching"]
CAUSE = "content/acme/causes/unvetted-supplier.md"
WITH_STAMP = (*FAST_STEPS, STAMP_STEP)


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., Path]:
    """Set the stamp step's timings (the tests pass `WITH_STAMP` as the watcher's steps);
    returns the warm-up log, one line per warm-up."""
    log = tmp_path / "warm.log"
    log.touch()

    def setup(render: float = 0.0, warm: float = 0.0) -> Path:
        monkeypatch.setenv("REINSTATE_TEST_SLOW", str(render))
        monkeypatch.setenv("REINSTATE_TEST_WARM", str(warm))
        monkeypatch.setenv("REINSTATE_TEST_LOG", str(log))
        return log

    return setup


def stamp(running: Running) -> str:
    return (running.site / "acme" / STAMP).read_text()


def job_started(running: Running) -> None:
    """Wait until the worker is busy with a job made after the watcher started."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        worker = running.watcher.live.worker
        job = worker.running if worker is not None else None
        if job is not None and job.id > 1:
            return
        time.sleep(0.01)
    raise AssertionError(running.log.getvalue())


def warm_ups(log: Path) -> list[str]:
    return log.read_text().splitlines()


def test_fast_pass_first_then_slow_step_in_a_warm_worker(
    watching: Start, slow: Callable[..., Path]
) -> None:
    log = slow()
    running = watching(steps=WITH_STAMP)
    assert stamp(running).endswith(END)
    assert [line.split()[0] for line in warm_ups(log)] == ["warm"]
    assert int(warm_ups(log)[0].split()[1]) != os.getpid()
    dashboard = (running.site / "acme/index.html").read_text()
    assert 'href="stamp.txt"' in dashboard
    for n in range(3):
        cause = running.root / CAUSE
        cause.write_text(cause.read_text().replace("kettles", f"kettles {n}", 1))
        running.settle()
        assert f"kettles {n}" in stamp(running)
        assert f"kettles {n}" in running.plan()
    assert len(warm_ups(log)) == 1  # one warm-up for the watcher's lifetime
    lines = running.lines()
    assert sum("acme: stamp → 2 written in" in line for line in lines) == 4, lines
    entry = load_manifest(running.site).cases["acme"]
    assert entry.complete
    assert "acme/stamp.txt" in entry.slow


def test_newer_save_supersedes_a_short_running_job(
    watching: Start, slow: Callable[..., Path]
) -> None:
    """Finishing a short render beats restarting a worker with a costly warm-up."""
    log = slow(render=0.8, warm=1.5)
    running = watching(steps=WITH_STAMP)
    cause = running.root / CAUSE
    text = cause.read_text()
    cause.write_text(text.replace("30 kettles", "31 kettles"))
    job_started(running)
    cause.write_text(text.replace("30 kettles", "32 kettles"))
    running.settle()
    assert "32 kettles" in stamp(running)
    assert len(warm_ups(log)) == 1
    stamped = [line for line in running.lines() if "stamp → " in line]
    assert len(stamped) == 2, running.lines()  # the start, then the newest save only


def test_newer_save_cancels_a_long_running_job(watching: Start, slow: Callable[..., Path]) -> None:
    """A long render is not worth finishing when a fresh worker is quicker."""
    log = slow(render=3.0)
    running = watching(steps=WITH_STAMP)
    cause = running.root / CAUSE
    text = cause.read_text()
    cause.write_text(text.replace("30 kettles", "31 kettles"))
    job_started(running)
    cause.write_text(text.replace("30 kettles", "32 kettles"))
    running.settle()
    assert "32 kettles" in stamp(running)
    assert len(warm_ups(log)) == 2  # the cancelled worker was replaced
    assert "31 kettles" not in "".join(running.lines())


def test_worker_crash_is_survived(watching: Start, slow: Callable[..., Path]) -> None:
    slow()
    running = watching(steps=WITH_STAMP)
    crash = running.root / "content/acme/CRASH"
    crash.write_text("")
    running.settle()
    assert any("stopped unexpectedly" in line for line in running.lines())
    assert any("gave up on the slow steps after two crashes" in line for line in running.lines())
    crash.unlink()
    cause = running.root / CAUSE
    cause.write_text(cause.read_text().replace("30 kettles", "34 kettles"))
    running.settle()
    assert "34 kettles" in stamp(running)


def test_no_pdf_means_no_worker(watching: Start, slow: Callable[..., Path]) -> None:
    log = slow()
    running = watching(steps=WITH_STAMP, pdf=False)
    assert running.watcher.live.worker is None
    assert not (running.site / "acme" / STAMP).exists()
    assert warm_ups(log) == []


def test_the_real_bundle_follows_a_save(watching: Start, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = next(step for step in BUILTIN_STEPS if step.name == "pdf")
    steps = list(FAST_STEPS)  # the watchers' steps without the PDF step; put it back
    at = next(n for n, step in enumerate(steps) if step.name == "email")
    steps.insert(at, pdf)
    running = watching(steps=tuple(steps))
    cause = running.root / CAUSE
    cause.write_text(cause.read_text().replace("kettles", "kettles and lids", 1))
    bundle = running.site / "acme/acme-bundle.pdf"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and b"kettles and lids" not in pdf_text(bundle):
        time.sleep(0.2)
        running.settle()
    assert b"kettles and lids" in pdf_text(bundle), running.log.getvalue()


def pdf_text(path: Path) -> bytes:
    if not path.exists():
        return b""
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(path).pages).encode()


def test_the_email_attaches_the_bundle_of_the_same_background_build(
    watching: Start, make_project: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast pass leaves the e-mail alone; the background job writes the bundle and the
    e-mail that attaches it, so the two always come from one build."""
    from email import policy
    from email.parser import BytesParser

    real = {step.name: step for step in BUILTIN_STEPS}
    steps = list(FAST_STEPS)  # the watchers' steps without the slow ones; put the e-mail's back
    at = next(n for n, step in enumerate(steps) if step.name == "email")
    steps[at:at] = [FAKE_BUNDLE_STEP, real["email-bundle"]]
    running = watching(make_project("letter"), steps=tuple(steps))
    site = running.site / "directives"
    letter = running.root / "content/directives/letter.md"
    letter.write_text(letter.read_text().replace("date: 2025-03-03", "date: 2025-03-04"))
    deadline = time.monotonic() + 60
    eml = site / "escalation-letter.eml"
    while time.monotonic() < deadline:
        running.settle()
        if (
            eml.exists()
            and b"letter of 2025-03-04" in (site / "directives-bundle.pdf").read_bytes()
        ):
            break
    message = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    assert "Tue, 04 Mar 2025" in str(message["Date"]), running.log.getvalue()
    _letter, attachment = message.iter_parts()
    assert attachment.get_content() == (site / "directives-bundle.pdf").read_bytes()
