"""Extensions end to end: the example package (tests/extension_example, installed with the
test requirements) and a project module add a rule and an output to check, build and
watch; a bad extension is a located error."""

from __future__ import annotations

import importlib.metadata
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from support.common import TODAY, Run, write
from support.watching import Start, watching

__all__ = ["watching"]
Cli = Callable[..., Run]
CAUSE = "content/acme/causes/unvetted-supplier.md"
MEASURE = "content/acme/measures/vetting.md"
SHORT = (
    "content/acme/measures/vetting.md:3:1: warning: Preventive Measure 1 is titled 'Vetting "
    "suppliers': 2 word(s), the house style asks for at least 3"
)
PROJECT_MODULE = """
from reinstate.extend import CheckRule, Finding, OutputStep, Severity


def no_measures(view):
    if not view.case.measures:
        yield Finding(view.where(), "no preventive measure", "add one")


def counts(view):
    return {"counts.txt": f"{len(view.case.causes)} causes, {len(view.case.measures)} measures\\n"}


RULES = [CheckRule("agency.no-measures", Severity.ERROR, "A case has a measure.", no_measures)]
OUTPUTS = [OutputStep("counts", counts, slow=SLOW, title="Counts")]
"""


@pytest.fixture(autouse=True)
def example_installed() -> None:
    names = {ep.name for ep in importlib.metadata.entry_points(group="reinstate.rules")}
    assert "house" in names, (
        "the example extension is not installed: pip install -e tests/extension_example "
        "(the README's test command does)"
    )


def project(make_project: Callable[[str], Path], *extensions: str, slow: bool = False) -> Path:
    root = make_project("minimal")
    listed = ", ".join(extensions)
    write(root / "reinstate.yaml", f"extensions: [{listed}]\n")
    module = PROJECT_MODULE.replace("SLOW", str(slow))
    write(root / "agency.py", module)
    measure = root / MEASURE
    text = measure.read_text()
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    write(measure, text.replace(title, "title: Vetting suppliers"))
    return root


def shown(done: Run, start: str) -> bool:
    """A diagnostic line starting with `start` and ending with the rule's id."""
    return any(
        line.startswith(start) and line.endswith("[house.short-title]") for line in done.lines
    )


def test_check_runs_the_extension_rule(make_project: Callable[[str], Path], cli: Cli) -> None:
    root = project(make_project, "house")
    done = cli("check", root, "--today", TODAY)
    assert done.status == 0, done.err
    assert shown(done, SHORT)


def test_list_rules_shows_the_project_extension_rules(
    make_project: Callable[[str], Path], cli: Cli
) -> None:
    root = project(make_project, "house", "agency.py")
    done = cli("check", root, "--list-rules")
    lines = done.out.splitlines()
    assert any(
        line.startswith("-    house.short-title")
        and "A cause, action or measure title has at least three words. (extension house)" in line
        for line in lines
    ), done.out
    listed = json.loads(cli("check", root, "--list-rules", "--format", "json").out)
    assert listed[-2:] == [
        {
            "id": "house.short-title",
            "code": "",
            "severity": "warning",
            "summary": "A cause, action or measure title has at least three words.",
            "extension": "house",
        },
        {
            "id": "agency.no-measures",
            "code": "",
            "severity": "error",
            "summary": "A case has a measure.",
            "extension": "agency.py",
        },
    ]
    builtin = json.loads(cli("check", "--list-rules", "--format", "json").out)
    assert listed[: len(builtin)] == builtin


def test_build_writes_the_extension_outputs(make_project: Callable[[str], Path], cli: Cli) -> None:
    root = project(make_project, "house", "agency.py")
    done = cli("build", root, "--today", TODAY, "--no-pdf")
    assert done.status == 0, done.err
    assert shown(done, SHORT)
    summary = json.loads((root / "site/acme/summary.json").read_text())
    assert summary["case"] == "acme"
    assert [item["label"] for item in summary["items"]] == [
        "Root Cause 1",
        "Corrective Action 1",
        "Preventive Measure 1",
    ]
    assert (root / "site/acme/counts.txt").read_text() == "1 causes, 1 measures\n"
    dashboard = (root / "site/acme/index.html").read_text()
    assert 'href="summary.json"' in dashboard and "Summary (JSON)" in dashboard
    # The project module is an input: editing it rebuilds the case.
    module = root / "agency.py"
    write(module, module.read_text().replace("causes,", "cause(s),"))
    again = cli("build", root, "--today", TODAY, "--no-pdf")
    assert "1 rebuilt" in again.err, again.err
    assert (root / "site/acme/counts.txt").read_text() == "1 cause(s), 1 measures\n"


def test_an_extension_rule_can_be_disabled_and_silenced(
    make_project: Callable[[str], Path], cli: Cli
) -> None:
    root = project(make_project, "house")
    write(root / "reinstate.yaml", "extensions: [house]\nchecks:\n  severity:\n    house: error\n")
    done = cli("check", root, "--today", TODAY)
    assert done.status == 1
    assert shown(done, SHORT.replace("warning:", "error:"))
    write(root / "reinstate.yaml", "extensions: [house]\nchecks:\n  disable: [house.short-title]\n")
    done = cli("check", root, "--today", TODAY)
    assert done.status == 0 and not [line for line in done.lines if "house." in line]


def test_the_watcher_runs_extension_rules_and_outputs(
    make_project: Callable[[str], Path], watching: Start
) -> None:
    """A slow output of a project module runs in the watcher's spawned worker, which loads
    the module again."""
    root = project(make_project, "house", "agency.py", slow=True)
    running = watching(root)
    counts = running.site / "acme/counts.txt"
    assert counts.read_text() == "1 causes, 1 measures\n"
    state = running.updates[-1].cases["acme"]
    assert any(d.rule == "house.short-title" for d in state.diagnostics)
    cause = root / CAUSE
    text = cause.read_text()
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    cause.write_text(text.replace(title, "title: Unvetted"))
    running.settle()
    summary = json.loads((running.site / "acme/summary.json").read_text())
    assert summary["items"][0]["title"] == "Unvetted"
    found = [d for d in running.updates[-1].cases["acme"].diagnostics if d.rule.startswith("house")]
    assert [str(d.location) for d in found] == [
        "content/acme/causes/unvetted-supplier.md:3:1",
        "content/acme/measures/vetting.md:3:1",
    ]
    assert counts.read_text() == "1 causes, 1 measures\n"


def test_an_installed_theme_is_found_by_name(make_project: Callable[[str], Path], cli: Cli) -> None:
    root = make_project("minimal")
    write(root / "reinstate.yaml", "theme: house\n")
    done = cli("build", root, "--today", TODAY, "--no-pdf")
    assert done.status == 0, done.err
    assert "#1d4e89" in (root / "site/_static/house.css").read_text()


@pytest.mark.parametrize(
    ("listed", "module", "message"),
    [
        ("nonesuch", "", "extension 'nonesuch': no installed extension of that name"),
        ("../outside.py", "", "extension '../outside.py': a project module must be inside"),
        ("agency.py", "raise ValueError('boom')", "fails to import: ValueError: boom"),
        (
            "agency.py",
            "from reinstate.extend import CheckRule, Severity\n"
            "RULES = [CheckRule('tone.mine', Severity.ERROR, 'x', lambda view: [])]",
            "rule 'tone.mine' uses a family of reinstate's own",
        ),
        ("agency.py", "RULES = [1]", "agency.py: RULES is not a CheckRule or a list of them"),
    ],
)
def test_a_bad_extension_is_a_located_error(
    make_project: Callable[[str], Path], cli: Cli, listed: str, module: str, message: str
) -> None:
    root = make_project("minimal")
    write(root / "reinstate.yaml", f"strict: false\nextensions: [{listed}]\n")
    write(root / "agency.py", module + "\n")
    for command in ("check", "build"):
        done = cli(command, root, "--today", TODAY, *(["--no-pdf"] if command == "build" else []))
        assert done.status == 2, done.err
        assert "Traceback" not in done.err
        errors = [line for line in done.lines if "[config.extension]" in line]
        assert len(errors) == 1 and errors[0].startswith("reinstate.yaml:2:14: error: "), done.err
        assert message in errors[0]


def test_an_output_may_not_write_outside_its_case_folder(
    make_project: Callable[[str], Path], cli: Cli
) -> None:
    root = make_project("minimal")
    write(root / "reinstate.yaml", "extensions: [agency.py]\n")
    write(
        root / "agency.py",
        "from reinstate.extend import OutputStep\n"
        "OUTPUTS = [OutputStep('bad', lambda view: {'../escape.txt': 'x', 'plan-of-action.html': 'y',"
        " 'ok.txt': 'fine'})]\n",
    )
    done = cli("build", root, "--today", TODAY, "--no-pdf")
    assert done.status == 1
    assert not (root / "site/escape.txt").exists()
    assert (root / "site/acme/ok.txt").read_text() == "fine"
    assert "without '.' or '..'" in done.err and "another step writes that file" in done.err
