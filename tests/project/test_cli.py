"""End to end through the command line: options, exit status, diagnostics, safety of writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from support.common import SRC, TODAY, Run, run_process, write

Cli = Callable[..., Run]
Project = Callable[[str], Path]


def snapshot(root: Path, skip: str = "site") -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.relative_to(root).as_posix().startswith(skip + "/")
    }


def test_help_explains_every_option(cli: Cli) -> None:
    with pytest.raises(SystemExit) as stop:
        cli("--help")
    assert stop.value.code == 0
    with pytest.raises(SystemExit):
        cli("build", "--help")


def test_build_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    from reinstate.cli import main

    with pytest.raises(SystemExit):
        main(["build", "--help"])
    text = capsys.readouterr().out
    for option in ("--strict", "-j N", "--case SLUG", "--no-pdf", "--out DIR", "PROJECT"):
        assert option in text


def test_python_dash_m_builds_the_current_folder(make_project: Project) -> None:
    project = make_project("minimal")
    result = run_process("build", "--no-pdf", "--today", TODAY, cwd=project)
    assert result.status == 0, result.err
    assert "acme: 0 errors, 0 warnings" in result.err
    assert (project / "site/acme/plan-of-action.html").is_file()
    assert (project / "site/index.html").is_file()


def test_usage_errors_exit_2(cli: Cli, tmp_path: Path, make_project: Project) -> None:
    with pytest.raises(SystemExit) as stop:
        cli("build", "--no-such-option")
    assert stop.value.code == 2
    missing = cli("build", tmp_path / "nowhere")
    assert missing.status == 2 and "does not exist" in missing.err
    project = make_project("minimal")
    unknown = cli("build", project, "--case", "acmee", "--no-pdf")
    assert unknown.status == 2 and "no case 'acmee'" in unknown.err


def test_bad_settings_are_located_and_exit_2(cli: Cli, make_project: Project) -> None:
    project = make_project("minimal")
    write(project / "reinstate.yaml", "paper: a4\nstrickt: true\n")
    result = cli("build", project, "--no-pdf")
    assert result.status == 2
    assert result.lines[0] == (
        "reinstate.yaml:2:1: error: unknown key 'strickt'; did you mean 'strict'? [field.unknown]"
    )
    write(project / "reinstate.yaml", "paper: [a4\n")
    broken = cli("build", project, "--no-pdf")
    assert broken.status == 2
    assert broken.lines == [
        "reinstate.yaml:2:1: error: invalid YAML: did not find expected ',' or ']' while "
        "parsing a flow sequence that starts at line 1, column 8 [config.yaml]",
        "reinstate: error: reinstate.yaml has errors",
    ]
    write(project / "reinstate.yaml", "strict: false\npaper: letter\na")  # no final newline
    ended = cli("build", project, "--no-pdf")
    assert ended.status == 2
    assert ended.lines[0].startswith("reinstate.yaml:3:2: error: invalid YAML: could not find")


def test_warnings_fail_only_under_strict(cli: Cli, make_project: Project) -> None:
    project = make_project("minimal")
    cause = project / "content/acme/causes/unvetted-supplier.md"
    cause.write_text(cause.read_text() + "\nSee {ref}`vetingg`.\n")
    relaxed = cli("build", project, "--no-pdf", "--today", TODAY)
    assert relaxed.status == 0
    assert (
        "content/acme/causes/unvetted-supplier.md:10:5: warning: unknown target 'vetingg';"
        " did you mean 'vetting'? [ref.unknown]"
    ) in relaxed.lines
    strict = cli("build", project, "--no-pdf", "--strict", "--today", TODAY)
    assert strict.status == 1
    assert any(
        line.startswith("content/acme/causes/unvetted-supplier.md:10:5: error:")
        for line in strict.lines
    )
    write(project / "reinstate.yaml", "strict: true\n")
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 1


def test_a_broken_case_keeps_its_last_good_outputs(cli: Cli, make_project: Project) -> None:
    project = make_project("minimal")
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 0
    plan = project / "site/acme/plan-of-action.html"
    before = plan.read_bytes()
    cause = project / "content/acme/causes/unvetted-supplier.md"
    good = cause.read_text()
    cause.write_text(good.replace("title: We bought 30 kettles", "title: We bought 31 kettles"))
    (project / "content/acme/actions/removed-stock.md").write_text(
        "---\nkind: action\ntitle: [\n---\n"
    )
    result = cli("build", project, "--no-pdf", "--today", TODAY)
    assert result.status == 1
    assert "Traceback" not in result.err
    assert "content/acme/actions/removed-stock.md:4:1: error: invalid YAML" in result.err
    assert "not built: the last good outputs were kept" in result.err
    assert plan.read_bytes() == before
    index = (project / "site/index.html").read_text()
    assert "Build failed" in index and 'href="acme/index.html"' in index


def test_diagnostics_are_sorted_and_printed_once(cli: Cli, make_project: Project) -> None:
    project = make_project("minimal")
    for name in ("measures/vetting.md", "causes/unvetted-supplier.md", "actions/removed-stock.md"):
        path = project / "content/acme" / name
        path.write_text(path.read_text() + "\n{ref}`nowhere` and {ref}`nowhere2`\n")
    result = cli("check", project, "--today", TODAY)
    lines = [line for line in result.lines if ": warning: " in line]
    assert len(lines) == 6
    assert lines == sorted(
        lines, key=lambda s: (s.split(":")[0], int(s.split(":")[1]), int(s.split(":")[2]))
    )
    assert len(set(lines)) == 6


def test_check_json(cli: Cli, make_project: Project) -> None:
    project = make_project("minimal")
    cause = project / "content/acme/causes/unvetted-supplier.md"
    cause.write_text(cause.read_text() + "\n{ref}`nowhere`\n")
    result = cli("check", project, "--format", "json", "--today", TODAY)
    assert result.status == 0
    found = [d for d in json.loads(result.out) if d["severity"] != "info"]
    assert found == [
        {
            "path": "content/acme/causes/unvetted-supplier.md",
            "line": 10,
            "col": 1,
            "severity": "warning",
            "rule": "ref.unknown",
            "message": "unknown target 'nowhere'",
        }
    ]


def test_a_closed_pipe_ends_quietly(make_project: Project) -> None:
    """`reinstate check --format json | head`: when the reader has gone, no traceback and
    no bug report, just exit status 141 (as a shell reports a closed pipe)."""
    project = make_project("minimal")
    read, write_end = os.pipe()
    os.close(read)  # the reader is gone before anything is written
    try:
        done = subprocess.run(
            [sys.executable, "-m", "reinstate", "check", str(project), "--format", "json"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(SRC)},
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 141, done.stderr
    assert done.stderr == ""


@pytest.mark.parametrize(
    ("settings", "out"),
    [
        ("output: content\n", None),
        ("output: .\n", None),
        ("output: content/acme/site\n", None),
        ("", "content"),
        ("", ".."),
        ("output: themes/site\n", None),
    ],
)
def test_output_folder_may_not_overlap_sources(
    cli: Cli, make_project: Project, settings: str, out: str | None
) -> None:
    project = make_project("minimal")
    write(project / "reinstate.yaml", settings)
    before = snapshot(project, skip="\0")
    args = ["build", project, "--no-pdf"] + (["--out", project / out] if out else [])
    result = cli(*args)
    assert result.status == 2
    assert "output folder" in result.err
    assert snapshot(project, skip="\0") == before


def test_nothing_outside_the_output_folder_is_written(cli: Cli, make_project: Project) -> None:
    project = make_project("minimal")
    before = snapshot(project.parent, skip="minimal/site")
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 0
    assert snapshot(project.parent, skip="minimal/site") == before


def test_outputs_no_longer_produced_are_removed(cli: Cli, make_project: Project) -> None:
    project = make_project("minimal")
    page = write(project / "content/acme/notes.md", "---\nkind: page\ntitle: Notes\n---\nText.\n")
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 0
    assert (project / "site/acme/pages/notes.html").is_file()
    (project / "site/acme/mine.txt").write_text("the author's own file")
    page.unlink()
    result = cli("build", project, "--no-pdf", "--today", TODAY)
    assert "1 removed" in result.err
    assert not (project / "site/acme/pages").exists()
    assert (project / "site/acme/mine.txt").read_text() == "the author's own file"


def test_a_removed_case_disappears_from_the_site(cli: Cli, make_project: Project) -> None:
    project = make_project("minimal")
    import shutil

    shutil.copytree(project / "content/acme", project / "content/beta")
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 0
    assert "beta/index.html" in (project / "site/index.html").read_text()
    shutil.rmtree(project / "content/beta")
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 0
    assert "beta/" not in (project / "site/index.html").read_text()
    assert not (project / "site/beta").exists()


def test_only_some_cases(cli: Cli, make_project: Project) -> None:
    project = make_project("minimal")
    import shutil

    shutil.copytree(project / "content/acme", project / "content/beta")
    result = cli("build", project, "--no-pdf", "--case", "beta", "--today", TODAY)
    assert result.status == 0
    assert (project / "site/beta/index.html").is_file()
    assert not (project / "site/acme").exists()


def test_writes_are_refused_through_links_in_the_output(
    cli: Cli, make_project: Project, tmp_path: Path
) -> None:
    project = make_project("minimal")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (project / "site").mkdir()
    os.symlink(elsewhere, project / "site/acme")
    result = cli("build", project, "--no-pdf", "--today", TODAY)
    assert result.status == 2
    assert "refusing to write through a link" in result.err
    assert list(elsewhere.iterdir()) == []


def test_unusual_case_folder_names_build(cli: Cli, make_project: Project) -> None:
    project = make_project("minimal")
    (project / "content/acme").rename(project / "content/--help café 2")
    result = cli("build", project, "--no-pdf", "--today", TODAY)
    assert result.status == 0, result.err
    assert (project / "site/--help café 2/plan-of-action.html").is_file()
    assert 'href="--help%20caf%C3%A9%202/index.html"' in (project / "site/index.html").read_text()


MISTAKES = [
    (
        "causes/broken.md",
        "---\nkind: cause\ntitle: [unclosed\n---\n",
        "content/acme/causes/broken.md:4:1: error: invalid YAML: did not find expected ',' or ']'"
        " while parsing a flow sequence that starts at line 3, column 8"
        " [front-matter.yaml]",
    ),
    (
        "causes/open.md",
        "---\nkind: cause\ntitle: T\n",
        "content/acme/causes/open.md:1:1: error: front matter is not closed;"
        " add a line '---' after the last field [front-matter.unclosed]",
    ),
    (
        "causes/typed.md",
        "---\nkind: cause\ntitle: T\nkey: sometimes\n---\n",
        "content/acme/causes/typed.md:4:6: error: 'key' must be true or false, not text [field.invalid]",
    ),
    (
        "actions/dated.md",
        "---\nkind: action\ntitle: T\naddresses: [unvetted-supplier]\ndate: 2025-02-29\n---\n",
        "content/acme/actions/dated.md:5:7: error: '2025-02-29' in 'date' is not a real calendar date"
        " [field.invalid]",
    ),
    (
        "actions/twice.md",
        "---\nkind: action\nid: removed-stock\ntitle: T\naddresses: [unvetted-supplier]\ndate: 2025-02-11\n---\n",
        "content/acme/actions/twice.md:3:5: error: id 'removed-stock' is already used by"
        " content/acme/actions/removed-stock.md; ids must be unique within the case; set a different"
        " `id:` [id.duplicate]",
    ),
    (
        "exhibits/lost.md",
        "---\nkind: exhibit\ntitle: T\nfile: files/invoice-88.png\n---\n",
        "content/acme/exhibits/lost.md:4:7: error: exhibit file 'files/invoice-88.png' does not exist;"
        " did you mean 'files/invoice-881.png'? [exhibit.missing]",
    ),
    (
        "exhibits/escape.md",
        "---\nkind: exhibit\ntitle: T\nfile: ../../secret.pdf\n---\n",
        "content/acme/exhibits/escape.md:4:7: error: '../../secret.pdf' leads outside the case folder"
        " [file.outside]",
    ),
    (
        "measures/typo.md",
        "---\nkind: measure\ntitle: T\naddresses: [unvetted-supplier]\nstarts: 2025-02-12\n"
        "owner: R\ncadance: weekly\n---\n",
        "content/acme/measures/typo.md:7:1: error: unknown key 'cadance'; did you mean 'cadence'?"
        " [field.unknown]",
    ),
]


@pytest.mark.parametrize(("name", "text", "line"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_mistake_gets_a_located_message(
    cli: Cli, make_project: Project, name: str, text: str, line: str
) -> None:
    project = make_project("minimal")
    write(project / "content/acme" / name, text)
    result = cli("check", project, "--today", TODAY)
    assert result.status == 1
    assert line in result.lines, result.err
    assert "Traceback" not in result.err
