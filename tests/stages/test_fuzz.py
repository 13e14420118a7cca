"""Fuzzing the front matter, the bodies and the settings: never a traceback, every message
inside its file, and the exit status the spec gives.

Front matter starts from a valid case, generated from the same values the schema accepts,
and is then mutated: wrong types, missing and extra keys, odd Unicode, huge values, deep
nesting, duplicate keys, tabs, byte order marks, CRLF line ends and invalid UTF-8. Bodies get
random roles, targets and directives. reinstate.yaml is mutated the same way (its folder
settings only ever name places inside the project, or the refused ones: it is trusted, and
the fuzzer must not make a build write elsewhere on the machine).

`reinstate check` and `reinstate build` then run on the result (in this process, through
`reinstate.cli.main`): the status must be 0, or 1 exactly when an error was printed, or 2
for settings that cannot be used, with every line of standard error a diagnostic inside
the file it names or one of the command's own summary lines.

The quick suite runs 60 examples of each property (5 to 10 s of CPU); for a long run:

    REINSTATE_FUZZ_EXAMPLES=10000 python -m pytest tests/stages/test_fuzz.py -p no:randomly
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import json
import os
import re
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from reinstate.cli import main
from reinstate.core.config import Config, load_config
from reinstate.core.diagnostics import Reporter
from reinstate.render.theme import Theme, load_theme
from reinstate.run.build import BuildOptions, build_case
from reinstate.stages.discover import discover

EXAMPLES = int(os.environ.get("REINSTATE_FUZZ_EXAMPLES", "60"))
TODAY = dt.date(2025, 3, 18)
PNG = (Path(__file__).parents[1] / "roots/minimal/content/acme/files/invoice-881.png").read_bytes()

CASE = {
    "kind": "case",
    "seller": {
        "legal_name": "Acme LLC",
        "store_name": "Acme",
        "merchant_token": "A1ACMEHOME00",
        "email": "a@acme.example",
    },
    "marketplace": "amazon.com",
    "violation": {"type": "inauthentic", "notice_date": "2025-02-10", "asins": ["B01ACME001"]},
    "submissions": [{"date": "2025-02-12", "outcome": "rejected"}],
}
ITEMS = {
    "causes/c1.md": {"kind": "cause", "title": "Cause one", "evidence": ["e1"]},
    "actions/a1.md": {
        "kind": "action",
        "title": "Action",
        "addresses": ["c1"],
        "date": "2025-02-11",
    },
    "measures/m1.md": {
        "kind": "measure",
        "title": "Measure",
        "addresses": ["c1"],
        "starts": "2025-02-12",
        "owner": "Robin",
        "cadence": "weekly",
    },
    "exhibits/e1.md": {"kind": "exhibit", "title": "Invoice", "file": "files/e1.png"},
    "letter.md": {
        "kind": "letter",
        "to": "ESR",
        "date": "2025-03-17",
        "missed": [{"ref": "e1", "note": "Missed."}],
    },
    "pages/p.md": {"kind": "page", "title": "Notes"},
}

ODD_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "\t",
            "\u202e",
            "\x00",
            "\ud7ff",
            "ß" * 3,
            "👍",
            "{{ 7*7 }}",
            "<script>",
            "'",
            '"',
            ": x",
        ]
    ),
    st.just("x" * 20000),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True),
    ODD_TEXT,
    st.sampled_from(["2025-02-30", "2025-13-01", "2999-01-01", "B0XXXXXXXX", "c1", "e1", "nope"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += paths(item, (*prefix, i))
    return found


@st.composite
def mutated(draw: st.DrawFn, original: dict[str, Any]) -> dict[str, Any]:
    data: Any = copy.deepcopy(original)
    for _ in range(draw(st.integers(0, 3))):
        options = paths(data)
        if not options:
            break
        path = draw(st.sampled_from(options))
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "delete", "add", "nest"]))
        if action == "replace":
            parent[path[-1]] = draw(VALUES)
        elif action == "delete":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=12))] = draw(VALUES)
        elif action == "nest":
            deep: Any = draw(SCALARS)
            for _ in range(draw(st.integers(1, 80))):
                deep = [deep]
            parent[path[-1]] = deep
    return dict(data) if isinstance(data, dict) else {"kind": data}


BODY_PIECES = st.sampled_from(
    [
        "{ref}`c1`",
        "{ref}`text <a1>`",
        "{exhibit}`e1`",
        "{exhibit}`c1`",
        "{ref}`nope`",
        "{ref}``",
        "{unknown}`x`",
        "(label)=\n# Heading",
        "(label)=",
        "(bad label)=",
        ":::{key-points}\n:::",
        ":::{note}\n{ref}`c1`\n:::",
        ":::{nte}\n:::",
        ":::",
        "[x](#c1)",
        "[x](#)",
        "![img](x.png)",
        "<b onclick=x>",
        "> quoted {ref}`x`",
        "```\n{ref}`in code`\n```",
        "- list {ref}`m1`",
        "| a | b |\n|---|---|\n| {ref}`c1` | x |",
        "\t\ttabbed",
        "\r\n",
        "{{ config }}",
        "> :::{note}\n> ",
        "> % comment\n> ",
    ]
)
BODIES = st.lists(st.one_of(BODY_PIECES, st.text(max_size=30)), max_size=8).map("\n\n".join)


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    kind = draw(
        st.sampled_from(["none", "bom", "crlf", "tabs", "invalid", "duplicate", "truncate"])
    )
    if kind == "bom":
        return b"\xef\xbb\xbf" + data
    if kind == "crlf":
        return data.replace(b"\n", b"\r\n")
    if kind == "tabs":
        return data.replace(b"  ", b"\t")
    if kind == "invalid":
        at = draw(st.integers(0, len(data)))
        return (
            data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xe9", b"\x80\x80"])) + data[at:]
        )
    if kind == "duplicate":
        return data.replace(b"\ntitle:", b"\ntitle: first\ntitle:", 1)
    if kind == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    return data


def front_matter(meta: dict[str, Any], body: str) -> bytes:
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{text}---\n{body}\n".encode("utf-8", "surrogatepass")


FILES = {"case.md": (CASE, "Opening {ref}`c1`.")} | {k: (v, "") for k, v in ITEMS.items()}


@cache
def unchanged(name: str) -> bytes:
    """The valid file `name` (written once: most files of an example are left as they are)."""
    meta, body = FILES[name]
    return front_matter(meta, body)


@st.composite
def case_folders(draw: st.DrawFn) -> dict[str, bytes]:
    chosen = draw(st.sets(st.sampled_from(sorted(FILES)), min_size=1, max_size=3))
    result = {}
    for name, (meta, _body) in FILES.items():
        if name in chosen:
            data = front_matter(draw(mutated(meta)), draw(BODIES))
            data = draw(byte_mutation(data))
        else:
            data = unchanged(name)
        result[name] = data
    return result


def write_case(folder: Path, files: dict[str, bytes]) -> None:
    """The generated files, and the one exhibit file they may name."""
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / "files").mkdir()
    (folder / "files/e1.png").write_bytes(PNG)


THEMES: dict[Theme, Theme] = {}
"""Each theme loaded once and kept, as a build of many cases loads it once: its templates
are compiled for the first example, not again for every one."""


def theme_of(config: Config) -> Theme:
    theme = load_theme(config)
    return THEMES.setdefault(theme, theme)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case_folders())
def test_any_case_folder_gives_located_diagnostics(files: dict[str, bytes]) -> None:
    root = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        write_case(root / "content" / "acme", files)
        reporter = Reporter()
        config = load_config(root, reporter)
        [case_dir] = discover(config, reporter).cases
        result = build_case(
            config, theme_of(config), case_dir, BuildOptions(pdf=False, today=TODAY)
        )
        lines = {
            f"content/acme/{name}": data.count(b"\n") + data.count(b"\r") + 1
            for name, data in files.items()
        }
        for diagnostic in result.diagnostics:
            loc = diagnostic.location
            assert loc.path in lines, diagnostic
            assert 1 <= loc.line <= lines[loc.path], diagnostic
            assert loc.col >= 1, diagnostic
    finally:
        shutil.rmtree(root)


SETTINGS = {
    "strict": False,
    "paper": "letter",
    "allow_html": False,
    "max_file_bytes": 4194304,
    "checks": {
        "disable": ["tone.blame"],
        "poa_max_words": 600,
        "letter_max_words": 300,
        "followup_business_days": 5,
        "words": {"tone.blame": {"add": ["oops"], "remove": [], "replace": False}},
    },
    "pdf": {"max_mb": 10, "image_max_dpi": 150},
    "email": {"to": {"escalation_email": "esr@amazon.example"}, "attach_bundle": True},
}
FOLDER_KEYS = {
    # Only places inside the project, or those the settings check must refuse (the content
    # folder is only read, but one outside the project would make the test read the machine).
    "content": ["content", "content/", "site", ".", "content/acme", "", "missing"],
    "output": ["site", "out/put", "content", "content/acme", ".", "..", "/", "themes/x", ""],
    "theme": ["default", "mine", "../x", "/", ""],
    "templates": ["templates", "content", "site", "/", ""],
}


@st.composite
def settings_files(draw: st.DrawFn) -> bytes | None:
    """A reinstate.yaml: none, the valid one, or a mutated one."""
    choice = draw(st.sampled_from(["none", "valid", "mutated", "mutated"]))
    if choice == "none":
        return None
    data = draw(mutated(SETTINGS)) if choice == "mutated" else dict(SETTINGS)
    for key, places in FOLDER_KEYS.items():
        if isinstance(data.get(key), str) or draw(st.integers(0, 9)) == 0:
            data[key] = draw(st.sampled_from(places))
    return draw(byte_mutation(front_matter(data, "").split(b"---\n")[1]))


DIAGNOSTIC = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info): "
)
SUMMARY = re.compile(
    r"^(\[\d+/\d+\] acme( \(failed\))?"  # progress
    r"|acme: \d+ errors?, \d+ warnings?( \(up to date\))?"  # a case's counts
    r"|  .*"  # notes under a case
    r"|built \d+ cases? into .*"
    r"|build failed \(--strict\): .*"  # a strict build whose warnings withheld the case
    r"|reinstate: (.+: )?error: .*)$"  # settings or output folder that cannot be used
)


def line_counts(root: Path) -> dict[str, int]:
    """The lines of every file a diagnostic may name (a folder: its line 1)."""
    counts = {".": 1}
    for path in root.rglob("*"):
        rel = path.relative_to(root).as_posix()
        if path.is_dir():
            counts[rel] = 1
        elif path.suffix in (".md", ".yaml"):
            data = path.read_bytes()
            counts[rel] = data.count(b"\n") + data.count(b"\r") + 1
    return counts


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],  # no slow "explain"
)
@given(
    case_folders(),
    settings_files(),
    st.sampled_from(["check", "check-json", "build", "build"]),
    st.booleans(),
    st.integers(0, 19),
)
def test_exit_status_follows_the_diagnostics(
    files: dict[str, bytes], yaml_file: bytes | None, command: str, strict: bool, pdf: int
) -> None:
    home = Path(tempfile.mkdtemp(prefix="fuzz-cli-"))
    root = home / "project"
    try:
        write_case(root / "content" / "acme", files)
        if yaml_file is not None:
            (root / "reinstate.yaml").write_bytes(yaml_file)
        lines = line_counts(root)
        args = [command.split("-")[0], str(root), "--today", TODAY.isoformat()]
        args += ["--strict"] if strict else []
        args += ["--format", "json"] if command == "check-json" else []
        args += ["--no-pdf"] if command == "build" and pdf else []
        status, out, err = run_cli(*args)
        assert status in (0, 1, 2), err
        assert "Traceback" not in err
        errors = 0
        for line in err.splitlines():
            match = DIAGNOSTIC.match(line)
            if match is None:
                assert SUMMARY.match(line), f"not a diagnostic nor a summary line: {line!r}"
                continue
            errors += match["sev"] == "error"
            path, number = match["path"], int(match["line"])
            assert path in lines, line
            assert 0 <= number <= lines[path], line
            assert int(match["col"]) >= 1, line
        if command == "check-json" and status != 2:
            found = json.loads(out)
            errors += sum(1 for d in found if d["severity"] == "error")
            for d in found:
                assert d["path"] in lines and 0 <= d["line"] <= lines[d["path"]], d
        if status == 2:
            assert "reinstate: " in err, err
        else:
            assert status == (1 if errors else 0), err
        assert [p.name for p in home.iterdir()] == ["project"]  # nothing written next to it
    finally:
        shutil.rmtree(home)
