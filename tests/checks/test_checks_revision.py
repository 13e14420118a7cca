"""R21: a revision compared with the git snapshot of the rejected submission, in a real
temporary repository; without git, a repository or a known revision, one info; without a
snapshot, nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from reinstate.core.diagnostics import Severity
from support.checks_support import BASE, CASE, check, make_case

SUBMISSION = (
    "submissions:\n"
    "  - date: 2025-02-12\n"
    "    outcome: rejected\n"
    "    reply_date: 2025-02-14\n"
    "    snapshot: {snapshot}\n"
    "---\nWe sold"
)


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=root,
        check=True,
        capture_output=True,
        timeout=60,
    )


def rejected(snapshot: str = "v1") -> str:
    return BASE["case.md"].replace("---\nWe sold", SUBMISSION.format(snapshot=snapshot))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The base case committed and tagged v1, with the rejected submission recorded."""
    root = make_case(tmp_path)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "as submitted")
    git(root, "tag", "v1")
    (root / CASE / "case.md").write_text(rejected(), encoding="utf-8")
    return root


def findings(root: Path) -> list[tuple[int, int, Severity, str]]:
    return [
        (d.location.line, d.location.col, d.severity, d.message)
        for d in check(root).diagnostics
        if d.rule == "revision.unchanged"
    ]


def test_unchanged_plan_is_an_error_and_a_near_copy_a_warning(repo: Path) -> None:
    ((line, col, severity, message),) = findings(repo)
    assert (line, col, severity) == (20, 15, Severity.ERROR)
    assert "100% the same as the plan rejected on 2025-02-14 (v1)" in message


def test_small_edit_is_still_too_similar(repo: Path) -> None:
    measure = repo / CASE / "measures" / "vetting.md"
    measure.write_text(BASE["measures/vetting.md"].replace("call the", "phone the"), "utf-8")
    ((_line, _col, severity, message),) = findings(repo)
    assert severity == Severity.WARNING
    assert "9" in message.split("%")[0]


def test_rewritten_plan_passes(repo: Path) -> None:
    rewritten = (
        "---\nkind: measure\ntitle: Every supplier is approved in writing by the owner\n"
        "addresses: [unvetted-supplier]\nstarts: 2025-02-12\nowner: Robin Park, Owner\n"
        "cadence: before each first order\n---\n"
        "Approval needs the brand's written confirmation, a trade licence, a test order of 2\n"
        "units inspected against the brand's photos, and a signed supply agreement. Robin Park\n"
        "keeps each approval with the supplier's invoices for 365 days and reviews the list of\n"
        "approved suppliers on the first Monday of every month.\n"
    )
    (repo / CASE / "measures" / "vetting.md").write_text(rewritten, "utf-8")
    assert findings(repo) == []


def test_threshold_is_tunable(repo: Path) -> None:
    (repo / "reinstate.yaml").write_text("checks:\n  similarity_max: 101\n", "utf-8")
    assert findings(repo) == []


def test_no_snapshot_says_nothing(tmp_path: Path) -> None:
    """Nothing to compare: no advice about git in every build (the docs give it)."""
    root = make_case(tmp_path, {"case.md": rejected().replace("    snapshot: v1\n", "")})
    assert findings(root) == []


def test_not_a_repository_is_one_info(tmp_path: Path) -> None:
    root = make_case(tmp_path, {"case.md": rejected()})
    ((_line, _col, severity, message),) = findings(root)
    assert severity == Severity.INFO
    assert "not in a git repository" in message


def test_unknown_revision_is_one_info(repo: Path) -> None:
    (repo / CASE / "case.md").write_text(rejected("v9"), encoding="utf-8")
    ((_line, _col, severity, message),) = findings(repo)
    assert severity == Severity.INFO
    assert "git does not know the revision 'v9'" in message


def test_option_like_revision_is_refused(repo: Path) -> None:
    (repo / CASE / "case.md").write_text(rejected("--output=x"), encoding="utf-8")
    ((_line, _col, severity, message),) = findings(repo)
    assert severity == Severity.INFO
    assert "not a git revision name" in message
    assert not (repo / "x").exists()


def test_case_folder_missing_at_the_revision(repo: Path) -> None:
    git(repo, "tag", "v0", "HEAD")
    other = repo / "content" / "other"
    other.mkdir()
    (other / "case.md").write_text(rejected("v0"), encoding="utf-8")
    diagnostics = [d for d in check(repo).diagnostics if d.rule == "revision.unchanged"]
    messages = {d.location.path: d.message for d in diagnostics}
    assert "has no case.md at 'v0'" in messages["content/other/case.md"]


def test_without_git_is_one_info(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda _name: None)
    ((_line, _col, severity, message),) = findings(repo)
    assert severity == Severity.INFO
    assert "git is not installed" in message


def test_a_snapshot_over_max_case_bytes_is_not_read(repo: Path) -> None:
    """The case at the revision is held to the case's own limit, from git's sizes alone."""
    page = repo / CASE / "pages/notes.md"
    page.parent.mkdir(exist_ok=True)
    page.write_text("---\nkind: page\ntitle: Notes\n---\n" + "Words. " * 800, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "a long page")
    git(repo, "tag", "v2")
    page.unlink()
    (repo / CASE / "case.md").write_text(rejected("v2"), encoding="utf-8")
    (repo / "reinstate.yaml").write_text("max_case_bytes: 6000\n", encoding="utf-8")
    ((_line, _col, severity, message),) = findings(repo)
    assert severity == Severity.INFO
    assert "at 'v2' come to " in message and "over the limit of 6,000 (`max_case_bytes`)" in message
