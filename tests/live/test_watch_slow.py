"""The watcher's background jobs, proven with a stand-in slow step (support/slowsteps.py).

The PDF bundle is the real slow step; these tests register another one so the machinery is
proven on its own: a warm worker warms up once, a newer save supersedes or cancels the
running job, a crash of the worker is survived, and results land atomically.

Nothing here depends on how fast the machine is: a test that needs a job still running
holds it at a gate (`Gate`) until the watcher has handled the newer save, and the timings
the watcher weighs to cancel a job or let it finish (the case's last render, the worker's
warm-up, both measured as it runs) are set by the test (`timings`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.live.pdfworker import Job
from reinstate.output.manifest import load_manifest
from reinstate.render.steps import BUILTIN_STEPS
from support.slowsteps import END, FAKE_BUNDLE_STEP, STAMP, STAMP_STEP, Gate
from support.watching import FAST_STEPS, Running, Start, save, watching

__all__ = ["watching"]
CAUSE = "content/acme/causes/unvetted-supplier.md"
WITH_STAMP = (*FAST_STEPS, STAMP_STEP)


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[], tuple[Path, Gate]]:
    """Set up the stamp step (the tests pass `WITH_STAMP` as the watcher's steps): returns
    the warm-up log, one line per warm-up, and the gate its renders wait at (open)."""
    log = tmp_path / "warm.log"
    log.touch()
    gate = Gate(tmp_path / "gate")

    def setup() -> tuple[Path, Gate]:
        monkeypatch.setenv("REINSTATE_TEST_GATE", str(gate.folder))
        monkeypatch.setenv("REINSTATE_TEST_LOG", str(log))
        return log, gate

    return setup


def stamp(running: Running) -> str:
    return (running.site / "acme" / STAMP).read_text()


def running_job(running: Running) -> Job | None:
    worker = running.watcher.live.worker
    return worker.running if worker is not None else None


def job_started(running: Running) -> Job:
    """Wait until the worker is busy with a job made after the watcher started."""
    running.until(lambda: (job := running_job(running)) is not None and job.id > 1)
    job = running_job(running)
    assert job is not None
    return job


def timings(running: Running, render: float, warm_up: float) -> None:
    """Set what the watcher measured: the case's last render and the worker's warm-up."""
    worker = running.watcher.live.worker
    assert worker is not None
    running.watcher.live.slow.durations["acme"] = render
    worker.warm_up = warm_up


def newest_job(running: Running) -> int:
    return running.watcher.live.slow.newest.get("acme", 0)


def warm_ups(log: Path) -> list[str]:
    return log.read_text().splitlines()


def test_fast_pass_first_then_slow_step_in_a_warm_worker(
    watching: Start, slow: Callable[[], tuple[Path, Gate]]
) -> None:
    log, _gate = slow()
    running = watching(steps=WITH_STAMP)
    assert stamp(running).endswith(END)
    assert [line.split()[0] for line in warm_ups(log)] == ["warm"]
    assert int(warm_ups(log)[0].split()[1]) != os.getpid()
    dashboard = (running.site / "acme/index.html").read_text()
    assert 'href="stamp.txt"' in dashboard
    for n in range(3):
        cause = running.root / CAUSE
        save(cause, cause.read_text().replace("kettles", f"kettles {n}", 1))
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
    watching: Start, slow: Callable[[], tuple[Path, Gate]]
) -> None:
    """Finishing a short render beats restarting a worker with a costly warm-up."""
    log, gate = slow()
    running = watching(steps=WITH_STAMP)
    cause = running.root / CAUSE
    text = cause.read_text()
    gate.close()
    save(cause, text.replace("30 kettles", "31 kettles"))
    first = job_started(running)
    timings(running, render=1.0, warm_up=60.0)  # at most a second left, against a minute
    save(cause, text.replace("30 kettles", "32 kettles"))
    running.until(lambda: newest_job(running) > first.id)  # the newer save is handled
    assert running_job(running) is first  # ... and the running job goes on
    gate.open()
    running.settle()
    assert "32 kettles" in stamp(running)
    assert len(warm_ups(log)) == 1
    stamped = [line for line in running.lines() if "stamp → " in line]
    assert len(stamped) == 2, running.lines()  # the start, then the newest save only


def test_newer_save_cancels_a_long_running_job(
    watching: Start, slow: Callable[[], tuple[Path, Gate]]
) -> None:
    """A long render is not worth finishing when a fresh worker is quicker."""
    log, gate = slow()
    running = watching(steps=WITH_STAMP)
    cause = running.root / CAUSE
    text = cause.read_text()
    gate.close()
    save(cause, text.replace("30 kettles", "31 kettles"))
    job_started(running)
    worker = running.watcher.live.worker
    timings(running, render=3600.0, warm_up=0.5)  # an hour left, against half a second
    save(cause, text.replace("30 kettles", "32 kettles"))
    running.until(lambda: running.watcher.live.worker is not worker)  # cancelled: replaced
    gate.open()
    running.settle()
    assert "32 kettles" in stamp(running)
    assert len(warm_ups(log)) == 2  # the cancelled worker was replaced
    stamped = [line for line in running.lines() if "stamp → " in line]
    assert len(stamped) == 2, running.lines()  # the start, then the newest save only


def test_worker_crash_is_survived(watching: Start, slow: Callable[[], tuple[Path, Gate]]) -> None:
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


def test_no_pdf_means_no_worker(watching: Start, slow: Callable[[], tuple[Path, Gate]]) -> None:
    log, _gate = slow()
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
    running.until(lambda: b"kettles and lids" in pdf_text(bundle))


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
    eml = site / "escalation-letter.eml"
    running.until(
        lambda: (
            eml.exists()
            and b"letter of 2025-03-04" in (site / "directives-bundle.pdf").read_bytes()
        )
    )
    running.settle()
    message = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    assert "Tue, 04 Mar 2025" in str(message["Date"]), running.log.getvalue()
    _letter, attachment = message.iter_parts()
    assert attachment.get_content() == (site / "directives-bundle.pdf").read_bytes()
