"""`reinstate new` without --type: questions on a terminal, refusal without one."""

from __future__ import annotations

import io
import os
import select
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reinstate.cli import make_parser
from reinstate.commands.new import parse_operands, run_new
from reinstate.core.diagnostics import ReinstateError, Reporter
from reinstate.core.frontmatter import VIOLATION_TYPES
from reinstate.stages.read import read_source
from support.common import SRC, TODAY, Run


class Terminal(io.StringIO):
    """Typed answers, standing in for a terminal."""

    def isatty(self) -> bool:
        return True


def ask(project: Path, answers: str, *options: str) -> tuple[int, str]:
    args = parse_operands(make_parser().parse_args(["new", "acme", str(project), *options]))
    out = io.StringIO()
    status = run_new(args, Terminal(answers), out)
    return status, out.getvalue()


def case_meta(project: Path) -> dict[str, Any]:
    source = read_source(project / "content" / "acme" / "case.md", "case.md", Reporter())
    assert source is not None
    return source.meta


def test_asks_for_the_type_and_the_facts(tmp_path: Path) -> None:
    odr = VIOLATION_TYPES.index("odr") + 1
    answers = f"{odr}\nAcme Home Supply LLC\nAcme Home\na1acme00\nops@acme.example\n\n2025-03-04\n"
    status, out = ask(tmp_path, answers, "--today", TODAY)
    assert status == 0, out
    assert "Violation types:" in out
    assert f"  {odr:2}  odr " in out
    assert "Marketplace [amazon.com]: " in out
    assert "Date of Amazon's notice, YYYY-MM-DD (Enter to fill in later): " in out
    meta = case_meta(tmp_path)
    assert meta["violation"] == {**meta["violation"], "type": "odr", "notice_date": "2025-03-04"}
    assert meta["seller"]["legal_name"] == "Acme Home Supply LLC"
    assert meta["seller"]["merchant_token"] == "A1ACME00"
    assert meta["marketplace"] == "amazon.com"
    assert "created content/acme/ from the 'odr' template" in out


def test_asks_again_after_a_wrong_answer(tmp_path: Path) -> None:
    answers = "99\ncopyright\nip_copyright\nfair-use\n\n\n\nnot a token\nA2HLG7EXAMPLE\nnope\n\n"
    answers += "amazon.de\n04/03/2025\n2099-01-01\n2025-03-10\n"
    status, out = ask(tmp_path, answers, "--today", TODAY)
    assert status == 0, out
    assert f"type a number from 1 to {len(VIOLATION_TYPES)}, or one of the names above" in out
    assert "a merchant token is 6 to 20 capital letters and digits" in out
    assert "that is not an e-mail address" in out
    assert "write the date as YYYY-MM-DD" in out
    assert "the notice cannot be dated in the future" in out
    assert "Starting point (number or name) [own-work]: " in out
    assert "type a number from 1 to 3, or one of the names above" in out
    meta = case_meta(tmp_path)
    assert meta["mode"] == "dispute"
    assert meta["seller"]["legal_name"].startswith("[TODO: ")
    assert meta["seller"]["email"] == "todo@example.invalid"
    assert meta["marketplace"] == "amazon.de"


def test_options_are_not_asked_again(tmp_path: Path) -> None:
    status, out = ask(
        tmp_path, "odr\n\n\n\n\n", "--store", "Acme", "--marketplace", "amazon.ca", "--today", TODAY
    )
    assert status == 0, out
    assert "Store name" not in out and "Marketplace" not in out
    assert case_meta(tmp_path)["seller"]["store_name"] == "Acme"


def test_asks_for_the_variant_and_leaves_the_notice_date_to_fill(tmp_path: Path) -> None:
    answers = "ip_trademark\n3\n\n\n\n\n\n\n"
    status, out = ask(tmp_path, answers, "--today", TODAY)
    assert status == 0, out
    assert "Which fits this ip_trademark case?" in out
    assert "   3  used-mark " in out
    assert "created content/acme/ from the 'ip_trademark' template, variant 'used-mark'" in out
    meta = case_meta(tmp_path)
    assert meta["mode"] == "plan_of_action"
    assert meta["violation"]["notice_date"] == "[TODO: the date of Amazon's notice, YYYY-MM-DD]"
    assert (tmp_path / "content" / "acme" / "causes" / "mark-in-listing.md").is_file()
    assert "Fill in violation.notice_date in content/acme/case.md first" in out


def test_a_variant_given_as_an_option_is_not_asked(tmp_path: Path) -> None:
    status, out = ask(tmp_path, "ip_patent\n\n\n\n\n\n\n", "--variant", "apex")
    assert status == 0, out
    assert "Which fits" not in out
    assert "variant 'apex'" in out


def test_end_of_input_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ReinstateError, match="no answer"):
        ask(tmp_path, "odr\nAcme LLC\n")
    assert not (tmp_path / "content" / "acme").exists()


def test_refuses_without_a_terminal(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("new", "acme", tmp_path)
    assert run.status == 2
    assert "no --type given, and there is no terminal to ask on" in run.err
    assert "reinstate new SLUG --type TYPE" in run.err and "inauthentic, ip_trademark" in run.err
    assert not (tmp_path / "content" / "acme").exists()


def read_until(fd: int, wanted: bytes, seen: bytearray, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"no {wanted!r} in {bytes(seen)!r}")
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            chunk = b""
        if not chunk:
            raise AssertionError(f"ended before {wanted!r}: {bytes(seen)!r}")
        seen += chunk


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_on_a_real_pseudo_terminal(tmp_path: Path) -> None:
    main_fd, child_fd = os.openpty()
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "reinstate", "new", "acme", str(tmp_path), "--today", TODAY]
    process = subprocess.Popen(
        command, stdin=child_fd, stdout=child_fd, stderr=child_fd, env=env, close_fds=True
    )
    os.close(child_fd)
    seen = bytearray()
    try:
        for prompt, answer in [
            (b"Violation type (number or name): ", b"restricted_products"),
            (b"Starting point (number or name) [claim]: ", b"restricted"),
            (b"registered business name", b"Acme Home Supply LLC"),
            (b"Store name", b"Acme Home"),
            (b"Merchant token", b"A1ACME00"),
            (b"E-mail address", b"ops@acme.example"),
            (b"Marketplace [amazon.com]: ", b""),
            (b"Date of Amazon's notice", b"2025-03-17"),
        ]:
            read_until(main_fd, prompt, seen)
            os.write(main_fd, answer + b"\n")
        read_until(main_fd, b"places to fill in", seen)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
        os.close(main_fd)
    violation = case_meta(tmp_path)["violation"]
    assert violation["type"] == "restricted_products"
    assert violation["notice_date"] == "2025-03-17"
    assert violation["deadline"] is None  # computed from the notice date when checked
    assert (tmp_path / "content" / "acme" / "causes" / "restricted-product.md").is_file()
