"""What gets packaged: the license, the docs in the wheel, an sdist that carries what its
tests read, addresses that exist, the bug-report line, and the pre-commit hooks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from reinstate import __version__
from reinstate.cli import bug_report
from reinstate.commands import build as build_command
from reinstate.core.frontmatter import EXHIBIT_SUFFIXES
from support.common import REPO, Run

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
LEFT_OUT = {".ci/run", ".gitignore"}
"""Files of the repository that the sdist leaves out on purpose: CI's own script (it
installs system packages as root) and git's ignore list."""
SDIST_SUITE = [
    "tests/test_docs.py",
    "tests/test_checks_cli.py",
    "tests/test_first_hour.py",
    "tests/test_getting_started.py",
    "tests/test_golden.py",
    "tests/test_packaging.py",
    "tests/test_quality.py::test_ruff",
]
"""The tests run from the unpacked sdist: those that read files outside src/ and tests/
(the demo, the docs, the hook definitions, the benchmarks), and the golden outputs."""
KNOWN_HOSTS = re.compile(
    r"(127\.0\.0\.1|\{host\}|host|json-schema\.org|pre-commit\.com|[\w.-]+\.(example|invalid)"
    r"|sellercentral[\w-]*\.amazon\.[a-z.]+)"
    r"([:/]|$)"
)


def build(target: str, out: Path) -> Path:
    done = subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", target, "-d", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.iterdir()
    return built


def tracked() -> set[str] | None:
    done = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, timeout=60, check=False
    )
    if done.returncode != 0:
        return None  # run from an unpacked sdist: nothing to compare with
    return set(done.stdout.decode().split("\0")) - {""}


def test_the_license_is_mit_and_shipped() -> None:
    text = (REPO / "LICENSE").read_text("utf-8")
    assert text.startswith("MIT License") and "without restriction" in text
    assert PYPROJECT["project"]["license"] == "MIT"


def test_the_sdist_carries_every_file_of_the_repository(tmp_path: Path) -> None:
    files = tracked()
    if files is None:
        pytest.skip("not a git checkout")
    sdist = build("sdist", tmp_path)
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    missing = sorted(f for f in files - LEFT_OUT if f not in names)
    assert not missing, f"the sdist lacks {missing[:10]}; add them or to LEFT_OUT, saying why"
    assert "PKG-INFO" in names and "LICENSE" in names


def test_the_wheel_carries_the_manual_and_the_theme(tmp_path: Path) -> None:
    wheel = build("wheel", tmp_path / "dist")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    for rel in ["README.md", "SECURITY.md", "LICENSE", "docs/cli.md", "docs/getting-started.md"]:
        assert f"reinstate/manual/{rel}" in names, rel
    assert "reinstate/themes/default/templates/base.html" in names
    assert wheel.name == f"reinstate-{__version__}-py3-none-any.whl"
    # Installed from the wheel, the bug-report line names the README inside the package.
    done = subprocess.run(
        [sys.executable, "-c", "from reinstate.cli import bug_report; print(bug_report())"],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"({tmp_path / 'site/reinstate/manual/README.md'})" in done.stdout


def test_a_bug_asks_for_a_report_at_places_that_exist(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, make_project: Callable[[str], Path]
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(build_command, "build_project", broken)
    done = cli("build", make_project("minimal"), "--no-pdf")
    assert done.status == 3
    assert "Traceback" in done.err and "RuntimeError: a bug" in done.err
    assert bug_report() in done.err
    readme = re.search(r"README \((.+?)\)", bug_report())
    assert readme, bug_report()
    text = Path(readme.group(1)).read_text("utf-8")
    assert "\n## Reporting problems\n" in text
    security = re.search(r"as (\S+SECURITY\.md) says", bug_report())
    assert security, bug_report()
    assert "\n## Reporting a problem\n" in Path(security.group(1)).read_text("utf-8")
    assert "http" not in bug_report()


def test_project_urls_agree_with_the_bug_report_line() -> None:
    """No public home exists yet; once urls are added, the bug-report line must use them."""
    for label, url in PYPROJECT["project"].get("urls", {}).items():
        assert url in bug_report(), f"project.urls {label} is not where bugs are reported"


def shipped_texts() -> list[Path]:
    return [
        REPO / "README.md",
        REPO / "SECURITY.md",
        REPO / "pyproject.toml",
        REPO / ".pre-commit-hooks.yaml",
        REPO / ".pre-commit-config.yaml",
        *sorted((REPO / "docs").glob("*.md")),
        *sorted((REPO / "src").rglob("*.py")),
    ]


CITATIONS = {REPO / "docs" / "violations.md", REPO / "docs" / "rules.md"}
"""The docs that cite public sources (Amazon's help pages, consultants) for what the
templates and the rules say: those addresses are someone else's, quoted as found."""


def test_every_address_in_what_ships_exists() -> None:
    """An invented address (a repository that does not exist) sends users nowhere: every
    address the project gives as its own, or as an example, is one that exists."""
    unknown = [
        f"{path.relative_to(REPO)}: {url}"
        for path in shipped_texts()
        if path not in CITATIONS
        for url in re.findall(r"https?://([^\s)>\"'`]+)", path.read_text("utf-8"))
        if not KNOWN_HOSTS.match(url)
    ]
    assert not unknown, unknown


# pre-commit ---------------------------------------------------------------------------


def test_the_appeal_hook_runs_when_an_exhibit_changes() -> None:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert {"id", "name", "entry", "language"} <= set(hook)
    files = re.compile(hook["files"])
    for suffix in EXHIBIT_SUFFIXES:
        for name in (f"files/invoice{suffix}", f"files/INVOICE{suffix.upper()}"):
            assert files.search(f"content/acme/{name}"), name
    for name in ("content/acme/case.md", "reinstate.yaml", "content/acme/x.markdown"):
        assert files.search(name), name
    assert not files.search("notes/todo.txt")
    assert "github.com" not in (REPO / ".pre-commit-hooks.yaml").read_text("utf-8")


def test_the_repository_hooks_run_what_the_quality_tests_run() -> None:
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text("utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert hooks["ruff"]["entry"].startswith("ruff check")
    assert hooks["ruff-format"]["entry"].startswith("ruff format --check")
    assert hooks["mypy"]["entry"] == "mypy" and hooks["mypy"]["pass_filenames"] is False
    for hook in hooks.values():
        tool = Path(sys.executable).with_name(hook["entry"].split()[0])
        assert tool.exists(), f"{tool.name} is not in the test environment"
    quality = (REPO / "tests/project/test_quality.py").read_text("utf-8")
    assert '"check", "src"' in quality and '"format", "--check"' in quality
    assert 'run(tool("mypy"))' in quality


# The suite from the sdist -------------------------------------------------------------


@pytest.mark.slow
def test_the_suite_runs_from_the_unpacked_sdist(tmp_path: Path) -> None:
    """A part of the suite (SDIST_SUITE), from the sdist, with this environment's
    dependencies: what those tests read must be in the archive."""
    if tracked() is None:
        pytest.skip("already running from an unpacked sdist")
    sdist = build("sdist", tmp_path / "dist")
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path, filter="data")
    root = tmp_path / sdist.name.removesuffix(".tar.gz")
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    where = subprocess.run(
        [sys.executable, "-c", "import reinstate; print(reinstate.__file__)"],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert where.stdout.startswith(str(root)), where.stdout + where.stderr
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SDIST_SUITE],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
