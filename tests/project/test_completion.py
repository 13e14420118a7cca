"""`reinstate completion SHELL`: the scripts complete in real bash, fish and zsh.

bash is driven through its completion function (COMP_WORDS in, COMPREPLY out), fish
through `complete -C`, and zsh, whose completion system runs only inside its line
editor, by typing into an interactive zsh in a tmux pane.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.cli import make_parser, subcommands
from reinstate.commands.shells import SHELLS, script
from reinstate.core.frontmatter import VIOLATION_TYPES
from support.clients import require
from support.common import Run

Cli = Callable[..., Run]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with two cases and an output folder, to complete in."""
    for slug in ("acme", "beta-goods"):
        (tmp_path / "content" / slug).mkdir(parents=True)
    (tmp_path / "content" / "_draft").mkdir()
    (tmp_path / "site").mkdir()
    (tmp_path / "notes.txt").write_text("not a folder\n")
    return tmp_path


def saved(project: Path, shell: str) -> Path:
    path = project.parent / f"reinstate.{shell}"
    path.write_text(script(make_parser(), shell), "utf-8")
    return path


def test_the_command_prints_each_script(cli: Cli) -> None:
    for shell in SHELLS:
        done = cli("completion", shell)
        assert done.status == 0 and done.out == script(make_parser(), shell)
    with pytest.raises(SystemExit) as stop:
        cli("completion", "powershell")
    assert stop.value.code == 2


@pytest.mark.parametrize("shell", SHELLS)
def test_every_command_and_option_is_in_the_script(shell: str) -> None:
    text = script(make_parser(), shell)
    for name, command in subcommands(make_parser()).items():
        assert name in text
        for option in (o for a in command._actions for o in a.option_strings):
            wanted = option.lstrip("-") if shell == "fish" else option
            assert wanted in text, f"{option} of {name} is missing from the {shell} script"


def bash_complete(project: Path, *words: str) -> list[str]:
    require(shutil.which("bash"), "bash")
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    program = (
        f"source '{saved(project, 'bash')}'\n"
        f"COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}; COMPREPLY=()\n"
        '_reinstate; printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(
        ["bash", "--norc", "-c", program], cwd=project, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return sorted(line for line in done.stdout.splitlines() if line)


def test_bash(project: Path) -> None:
    assert bash_complete(project, "reinstate", "bu") == ["build"]
    assert "completion" in bash_complete(project, "reinstate", "")
    assert bash_complete(project, "reinstate", "-q", "che") == ["check"]
    assert bash_complete(project, "reinstate", "build", "--c") == ["--case"]
    assert bash_complete(project, "reinstate", "build", "--case", "") == ["acme", "beta-goods"]
    assert bash_complete(project, "reinstate", "check", "--format", "") == ["json", "text"]
    assert bash_complete(project, "reinstate", "new", "x", "--type", "inau") == ["inauthentic"]
    assert bash_complete(project, "reinstate", "build", "--out", "s") == ["site"]
    assert bash_complete(project, "reinstate", "build", "") == ["content", "site"]
    assert bash_complete(project, "reinstate", "build", "--today", "") == []
    assert bash_complete(project, "reinstate", "completion", "") == ["bash", "fish", "zsh"]
    assert bash_complete(project, "reinstate", "di") == ["diff"]
    assert bash_complete(project, "reinstate", "diff", "--ag") == ["--against"]
    assert bash_complete(project, "reinstate", "diff", "--case", "") == ["acme", "beta-goods"]


def fish_complete(project: Path, line: str) -> list[str]:
    require(shutil.which("fish"), "fish")
    program = f"source '{saved(project, 'fish')}'; complete -C '{line}'"
    done = subprocess.run(
        ["fish", "--no-config", "-c", program],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HOME": str(project.parent)},
    )
    assert done.returncode == 0, done.stderr
    return sorted(entry.split("\t")[0] for entry in done.stdout.splitlines() if entry)


def test_fish(project: Path) -> None:
    assert fish_complete(project, "reinstate bu") == ["build"]
    assert fish_complete(project, "reinstate build --case ") == ["acme", "beta-goods"]
    assert fish_complete(project, "reinstate check --format ") == ["json", "text"]
    assert fish_complete(project, "reinstate new x --type inau") == ["inauthentic"]
    assert fish_complete(project, "reinstate build --out ") == ["content/", "site/"]
    assert fish_complete(project, "reinstate serve --op") == ["--open"]
    assert fish_complete(project, "reinstate completion ") == ["bash", "fish", "zsh"]
    assert len(fish_complete(project, "reinstate new x --type ")) == len(VIOLATION_TYPES)


class Pane:
    """An interactive zsh in a detached tmux pane, on a server of its own."""

    def __init__(self, project: Path, fpath: Path) -> None:
        self.socket = f"reinstate-test-{os.getpid()}-{time.monotonic_ns()}"
        home = project.parent / "home"
        home.mkdir()
        env = f"env -i HOME={home} TERM=xterm PATH={os.environ.get('PATH', '/usr/bin:/bin')}"
        self.tmux("new-session", "-d", "-x", "200", "-y", "50", "-c", str(project), f"{env} zsh -f")
        self.type(f"fpath=({fpath} $fpath); autoload -U compinit; compinit -u; PS1='> '", "Enter")
        self.type("clear", "Enter")
        self.wait(lambda screen: screen.strip() == ">")

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def type(self, *keys: str) -> None:
        self.tmux("send-keys", *keys)

    def wait(self, ready: Callable[[str], bool], timeout: float = 30) -> str:
        """The screen once `ready` holds for it (polled: the shell answers in its time)."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.tmux("capture-pane", "-p", "-N")  # -N: keep the trailing space
            if ready(screen):
                return screen
            assert time.monotonic() < deadline, f"the screen never got ready:\n{screen}"
            time.sleep(0.05)

    def complete(self, line: str, expected: str) -> str:
        """Type `line`, press Tab, and wait for the prompt line to read `expected`."""
        self.type("C-u", line, "Tab")
        return self.wait(lambda screen: expected in screen)

    def close(self) -> None:
        self.tmux("kill-server")


def test_zsh(project: Path) -> None:
    require(shutil.which("zsh"), "zsh")
    require(shutil.which("tmux"), "tmux")
    fpath = project.parent / "zfunc"
    fpath.mkdir()
    (fpath / "_reinstate").write_text(script(make_parser(), "zsh"), "utf-8")
    pane = Pane(project, fpath)
    try:
        pane.complete("reinstate bu", "> reinstate build ")
        pane.complete("reinstate build --ca", "> reinstate build --case ")
        pane.complete("reinstate build --case a", "> reinstate build --case acme ")
        pane.complete("reinstate new x --type inau", "> reinstate new x --type inauthentic ")
        pane.complete("reinstate check --format j", "> reinstate check --format json ")
        pane.complete("reinstate build --out s", "> reinstate build --out site/")
        screen = pane.complete("reinstate serve --", "--open")
        assert "open the site in the default web browser" in screen
    finally:
        pane.close()
