"""Build speed of reinstate, against Sphinx and against itself, in one run.

1. The demo case, HTML only, cold (fresh output folder), whole process: `reinstate build
   --no-pdf` against `sphinx-build -b html` with myst-parser on the same Markdown files
   (goal: reinstate >= 3x faster), and `reinstate check` against the same sphinx-build
   (goal: >= 4x). Runs alternate (A B A B ...) after a warm-up of each. Also the floor: a
   process that only imports the libraries such a build needs; and sphinx-build's
   incremental rebuild after one file changed. With `--against SRC`, also the four
   reinstate commands of another source tree, in the same rounds: before and after.
2. A no-change rebuild of CASES (1000) generated cases, whole process (goal: < 0.5 s),
   against its peer, GNU Make asked whether the same outputs are up to date from the
   same files (`make -q`: one stat of each input and output, in C), and the floors: the
   floor's imports, and a process that lists every case folder and takes the stat of
   every input and output (the work of any check that trusts the files' stats); and,
   closer to what a no-change build must do, the interpreter alone, its one import
   besides its own code (PyYAML), and a process that lists the case folders and takes
   one stat of every input and of every output the manifest records. With
   `--against SRC`, also the reinstate of another source tree (e.g. the main branch's
   src/) on its own copy of the project, alternating: before and after in one run.
3. A full HTML build, in process, per case at 10, 100 and CASES cases (goal: flat, +-20 %).
4. `-j 2` against `-j 1`, whole process: the PDF build of 20 cases (goal: >= 1.7x on 2
   cores), and the HTML builds of 20 and 200 cases for comparison.

The machine may be shared: compare the ratios, which are measured within one run.
Needs the `bench` extra (sphinx, myst-parser).

    python benchmarks/build.py [--runs 7] [--cases 1000] [--only 1,2,3,4] [--cpu]
                               [--against OTHER/src]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from generate import write_project  # noqa: E402

from reinstate.run.build import BuildOptions, build_project  # noqa: E402

PYTHON = sys.executable
ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPATH": str(ROOT / "src"),
    "NO_COLOR": "1",
}
"""Bytecode caching on, as for an installed package (pip compiles Sphinx's modules too);
without it every run would compile reinstate's own modules from source."""
CONF = """\
project = "demo"
extensions = ["myst_parser"]
myst_enable_extensions = ["colon_fence", "deflist"]
exclude_patterns = ["_build"]
suppress_warnings = ["myst", "ref", "toc"]
html_theme = "alabaster"
"""

FLOOR = "import jinja2, markdown_it, yaml"
"""The floor of an HTML-only build: a process that imports only the template engine and
the readers of Markdown and front matter. Not pypdf: reinstate imports it in an HTML
build only to open a PDF exhibit (to report a damaged one as a full build would), and
that cost is reinstate's."""


CPU = False
"""With --cpu, a command's time is the CPU time (user + system) of the process and its
children, not the wall clock: on a machine so loaded that a process waits most of its
time for a core, the wall clock measures the other jobs."""


_STAT_ALL = """\
import os, sys
def stat_all(top):
    stack = [top]
    while stack:
        folder = stack.pop()
        with os.scandir(folder) as listing:
            for entry in listing:
                if entry.is_dir():
                    stack.append(entry.path)
                else:
                    os.stat(entry.path)
"""
"""Of the floor programs below: list a folder and its subfolders, one stat of every file."""

STATS_FLOOR = (
    _STAT_ALL
    + """\
for top in sys.argv[1:]:
    stat_all(top)
"""
)
"""The stats floor: list the content and output folders, one stat of every file."""

MUST_FLOOR = (
    _STAT_ALL
    + """\
stat_all(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as outputs:
    for line in outputs:
        os.stat(line[:-1])
"""
)
"""The floor of what a no-change build must stat: list the case folders, one stat of
every input, one stat of every output the manifest records (listed in a file, as a
build reads them from its manifest). The stats floor above also lists the output folder
and stats files no build wrote there."""
NO_CHANGE_IMPORTS = "import yaml"
"""What a no-change build imports beyond reinstate and the standard library: the reader
of reinstate.yaml (it needs neither Jinja2 nor markdown-it-py)."""


def run(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> float:
    """Seconds the command took; exit status 1 (problems reported) still counts as a build."""
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env or ENV, check=False, capture_output=True)
    seconds = time.perf_counter() - started
    if CPU:
        after = os.times()
        seconds = (after.children_user - before.children_user) + (
            after.children_system - before.children_system
        )
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr.decode()}")
    return seconds


def makefile(project: Path, out: Path) -> Path:
    """A Makefile for `make -q`: each case's outputs (as the manifest lists them) depend on
    every file of its folder, as in reinstate's fingerprint."""
    from reinstate.output.manifest import load_manifest

    manifest = load_manifest(out)
    lines = [".SUFFIXES:", "all: " + " ".join(sorted(s for s in manifest.cases if s))]
    for slug, entry in sorted(manifest.cases.items()):
        if not slug:
            continue
        inputs = sorted(str(p) for p in (project / "content" / slug).rglob("*") if p.is_file())
        outputs = " ".join(str(out / rel) for rel in sorted(entry.outputs))
        lines.append(f".PHONY: {slug}\n{slug}: {outputs}")
        lines.append(f"{outputs} &: {' '.join(inputs)}\n\t@echo build {slug}")
    path = project / "Makefile"
    path.write_text("\n".join(lines) + "\n")
    return path


def write_outputs(out: Path, into: Path) -> None:
    """The outputs the manifest records, one path a line, for the must-stat floor."""
    from reinstate.output.manifest import load_manifest

    manifest = load_manifest(out)
    paths = sorted(str(out / rel) for entry in manifest.cases.values() for rel in entry.outputs)
    into.write_text("".join(f"{path}\n" for path in paths), encoding="utf-8")


def cold(out: Path, command: list[str], env: dict[str, str] | None = None) -> float:
    """Run `command` after removing its output folder."""
    shutil.rmtree(out, ignore_errors=True)
    return run(command, env=env)


def reinstate(project: Path, *args: str) -> list[str]:
    return [PYTHON, "-m", "reinstate", "build", str(project), *args]


def paired(a: Callable[[], float], b: Callable[[], float], runs: int) -> tuple[list[float], ...]:
    first, second = rounds([a, b], runs)
    return first, second


def show(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} s ({min(values):.3f}-{max(values):.3f})"


def sphinx_project(work: Path) -> Path:
    """The demo's Markdown files as a Sphinx project, with an index listing them all."""
    source = work / "sphinx"
    demo = ROOT / "content/harbor-lane"
    pages = []
    for path in sorted(demo.rglob("*.md")):
        rel = path.relative_to(demo)
        target = source / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        pages.append(rel.with_suffix("").as_posix())
    toctree = "\n".join(pages)
    (source / "index.md").write_text(f"# Demo\n\n```{{toctree}}\n{toctree}\n```\n")
    (source / "conf.py").write_text(CONF)
    return source


def emptied(out: Path, command: list[str], env: dict[str, str] | None = None) -> float:
    """Run `command` after removing everything from its output folder but the caches a
    first build writes there (`.reinstate-cache/`: compiled templates, what the exhibit
    files hold, the parsed and compiled word lists): a new process after the first build
    on a fresh clone."""
    if out.is_dir():
        for path in out.iterdir():
            if path.name != ".reinstate-cache":
                shutil.rmtree(path) if path.is_dir() else path.unlink()
    return run(command, env=env)


def rounds(commands: list[Callable[[], float]], runs: int) -> list[list[float]]:
    """Each command `runs` times, in turn (A B C A B C ...), after a warm-up of each."""
    for command in commands:
        command()  # warm-ups: file caches, .pyc files
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, found in zip(commands, times, strict=True):
            found.append(command())
    return times


def ratio(peer: list[float], ours: list[float]) -> float:
    """The median of the paired ratios peer / ours (runs of the same round)."""
    return statistics.median(t / o for o, t in zip(ours, peer, strict=True))


def demo_commands(work: Path, env: dict[str, str] | None = None) -> list[Callable[[], float]]:
    """reinstate's HTML build and check of the demo on a fresh clone (no output folder at
    all) and in a new process after a first build (its caches kept, its outputs removed),
    in `work`, with the reinstate that `env` finds."""
    project = work / "demo"
    shutil.copytree(ROOT / "content", project / "content")
    if (ROOT / "reinstate.yaml").is_file():
        shutil.copyfile(ROOT / "reinstate.yaml", project / "reinstate.yaml")
    fresh_out, kept_out = work / "out-fresh", work / "out-kept"
    build = reinstate(project, "--no-pdf", "--force", "--out", str(kept_out))
    fresh_build = reinstate(project, "--no-pdf", "--force", "--out", str(fresh_out))
    check = [PYTHON, "-m", "reinstate", "check", str(project)]
    site = project / "site"  # the project's own output folder, which check reads
    run(reinstate(project, "--no-pdf", "-q"), env=env)  # the first build: its caches in site/

    def check_fresh() -> float:
        kept = work / "site-kept"
        site.rename(kept)
        try:
            return run(check, env=env)
        finally:
            kept.rename(site)

    return [
        lambda: cold(fresh_out, fresh_build, env),
        lambda: emptied(kept_out, build, env),
        check_fresh,
        lambda: run(check, env=env),
    ]


def against_sphinx(work: Path, runs: int, against: Path | None) -> None:
    """In one round, alternating: sphinx-build (cold: a fresh output folder), reinstate's
    HTML build and check on a fresh clone (no output folder at all), the same in a new
    process after a first build (its caches kept, its outputs removed), and the floor;
    with `against`, the same four commands of the reinstate in that src/ folder too."""
    source = sphinx_project(work)
    theirs = [PYTHON, "-m", "sphinx", "-b", "html", "-q", str(source), str(work / "out-sphinx")]
    ours = demo_commands(work)
    other: list[Callable[[], float]] = []
    if against is not None:
        other = demo_commands(work / "against", {**ENV, "PYTHONPATH": str(against)})
    sphinx, build_fresh, build_kept, check_first, check_kept, floor, *before = rounds(
        [
            lambda: cold(work / "out-sphinx", theirs),
            *ours,
            lambda: run([PYTHON, "-c", FLOOR]),
            *other,
        ],
        runs,
    )
    files = len(list((ROOT / "content/harbor-lane").rglob("*.md")))
    print(f"1. demo case ({files} Markdown files), HTML only, whole process, {runs} rounds")
    print(f"   sphinx-build -b html (MyST), cold    {show(sphinx)}")
    print(f"   floor: {FLOOR!r}  {show(floor)}")
    rows = [
        ("build --no-pdf, fresh clone", build_fresh, 3),
        ("build --no-pdf, after a first build", build_kept, 3),
        ("check, fresh clone (no build yet)", check_first, 4),
        ("check, after a first build", check_kept, 4),
    ]
    for name, times, goal in rows:
        print(
            f"   reinstate {name:46} {show(times)}  sphinx / this {ratio(sphinx, times):.2f}x "
            f"(goal >= {goal}x), this / floor {statistics.median(times) / statistics.median(floor):.2f}x"
        )
    for (name, times, _goal), then in zip(rows, before, strict=False):
        print(
            f"   reinstate of {against}, {name:36} {show(then)}  sphinx / that "
            f"{ratio(sphinx, then):.2f}x, that / this {ratio(then, times):.2f}x"
        )
    low = statistics.median(floor)
    print(f"   sphinx / floor: {statistics.median(sphinx) / low:.1f}x")
    print(
        "   (after a first build: the output folder holds only .reinstate-cache/, which that "
        "build wrote: the compiled templates, what the exhibit files hold, the parsed and "
        "compiled word lists)"
    )
    edited = source / "case.md"
    run(theirs)
    edits = []
    for n in range(runs):
        edited.write_text(edited.read_text(encoding="utf-8") + f"\nEdit {n}.\n", encoding="utf-8")
        edits.append(run(theirs))
    print(
        f"   sphinx-build after one file changed (incremental, as sphinx-autobuild runs it) "
        f"{show(edits)}; compare reinstate watch's save-to-HTML (benchmarks/watch.py)"
    )


def no_change(big: Path, runs: int, cases: int, against: Path | None) -> None:
    command = reinstate(big, "--no-pdf")
    run([*command, "-j", "2"])
    outputs = big / "outputs.txt"
    write_outputs(big / "site", outputs)
    commands = [
        lambda: run(command),
        lambda: run([PYTHON, "-c", FLOOR]),
        lambda: run([PYTHON, "-c", STATS_FLOOR, str(big / "content"), str(big / "site")]),
        lambda: run([PYTHON, "-c", "pass"]),
        lambda: run([PYTHON, "-c", NO_CHANGE_IMPORTS]),
        lambda: run([PYTHON, "-c", MUST_FLOOR, str(big / "content"), str(outputs)]),
    ]
    make = shutil.which("make")
    if make is not None:
        rules = makefile(big, big / "site")
        asked = subprocess.run([make, "-q", "-f", str(rules)], cwd=big, check=False)
        if asked.returncode != 0:  # after the build, make must find every output up to date
            raise SystemExit(f"make -q finds outputs out of date (status {asked.returncode})")
        commands.append(lambda: run([make, "-q", "-f", str(rules)], cwd=big))
    if against is not None:
        other = big.parent / f"{big.name}-against"
        shutil.copytree(big / "content", other / "content")
        env = {**ENV, "PYTHONPATH": str(against)}
        theirs = reinstate(other, "--no-pdf")
        run([*theirs, "-j", "2"], env=env)
        commands.append(lambda: run(theirs, env=env))
    time.sleep(2.1)  # past the window in which fresh mtimes are not trusted
    run(command)  # records the now trusted stats
    if against is not None:
        run(theirs, env=env)
    times, floor, stats, bare, imports, must, *others = rounds(commands, runs)
    low = statistics.median(floor)
    print(f"2. no-change rebuild of {cases} cases, whole process, {runs} rounds (goal < 0.5 s)")
    print(
        f"   reinstate build --no-pdf               {show(times)}  this / floor "
        f"{statistics.median(times) / low:.2f}x"
    )
    print(f"   floor: {FLOOR!r}  {show(floor)}")
    print(f"   stats floor: list and stat every input and output (Python)  {show(stats)}")
    print(f"   the interpreter alone: 'pass'  {show(bare)}")
    print(
        f"   what a no-change build imports besides its own code: {NO_CHANGE_IMPORTS!r}  {show(imports)}"
    )
    print(
        f"   must-stat floor: list the case folders, stat every input and every recorded "
        f"output  {show(must)}"
    )
    together = [i + m - b for i, m, b in zip(imports, must, bare, strict=True)]
    print(
        f"   one process doing both ({NO_CHANGE_IMPORTS!r} + the must-stat floor, one "
        f"interpreter): {show(together)}  this - that {statistics.median(times) - statistics.median(together):.3f} s"
    )
    if make is not None:
        ran = others.pop(0)
        print(
            f"   peer: make -q over the same inputs and outputs (C)  {show(ran)}  "
            f"make / this {ratio(ran, times):.2f}x"
        )
    if against is not None:
        before = others.pop(0)
        print(
            f"   reinstate of {against} on a copy  {show(before)}  that / this "
            f"{ratio(before, times):.2f}x"
        )
    clock = time.process_time if CPU else time.perf_counter
    started = clock()
    result = build_project(big, BuildOptions(pdf=False))
    inside = clock() - started
    assert result.rebuilt == 0
    print(f"   of which the build itself (in process): {inside * 1000:.0f} ms")


def per_case(work: Path, big: Path, cases: int, repeats: int) -> None:
    clock = time.process_time if CPU else time.perf_counter
    what = "CPU time" if CPU else "wall clock"
    print(f"3. full HTML build, in process, -j 1, median of {repeats}, per case ({what})")
    rows = []
    totals = {}
    sizes = (10, 100, cases)
    warm = write_project(work / "warm-up", 10)
    build_project(warm, BuildOptions(pdf=False, force=True, jobs=1))  # imports, templates
    for size in sizes:
        project = big if size == cases else write_project(work / f"p{size}", size)
        times = []
        for _ in range(repeats):
            started = clock()
            build_project(project, BuildOptions(pdf=False, force=True, jobs=1))
            times.append(clock() - started)
        total = totals[size] = statistics.median(times)
        each = total / size
        rows.append(each)
        print(f"   {size:4d} cases: {total:.2f} s, {each * 1000:.1f} ms per case")
    spread = max(rows) / min(rows) - 1
    print(f"   spread of the per-case times (slowest / fastest - 1): {spread * 100:.0f} %")
    a, b, c = sizes
    low = (totals[b] - totals[a]) / (b - a)
    high = (totals[c] - totals[b]) / (c - b)
    print(
        f"   marginal cost of a case: {low * 1000:.1f} ms ({a} to {b} cases), "
        f"{high * 1000:.1f} ms ({b} to {c} cases): {abs(high / low - 1) * 100:.0f} % apart"
    )


def burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def calibrate() -> float:
    """How much faster two processes run a pure-Python loop than one, right now: on a
    shared machine, the ceiling for any -j 2 speed-up."""
    from concurrent.futures import ProcessPoolExecutor

    work = [2_000_000] * 8
    started = time.perf_counter()
    for n in work:
        burn(n)
    serial = time.perf_counter() - started
    with ProcessPoolExecutor(2) as pool:
        pool.submit(burn, 1).result()
        started = time.perf_counter()
        list(pool.map(burn, work))
        both = time.perf_counter() - started
    return serial / both


def parallel(work: Path, big: Path, runs: int) -> None:
    """Cold (a fresh output folder: every file is created) and forced into the existing
    folder (every case rendered, but unchanged files are not rewritten): the second shows
    how rendering scales, the first adds the file system's cost of creating files."""
    slow = BuildOptions().has_slow_steps
    kind = "PDF" if slow else "HTML"
    extra = [] if slow else ["--no-pdf"]
    project = write_project(work / "p20", 20)
    out = work / "out-j"
    print(f"4. -j 2 vs -j 1, whole process, median of {max(3, runs // 2)}")
    sizes = [("20 cases", project, kind, extra), ("200 cases", big, "HTML", ["--no-pdf"])]
    if slow:  # the HTML build of the 20 cases too, to compare
        sizes.insert(1, ("20 cases", project, "HTML", ["--no-pdf"]))
    for name, folder, what, flags in sizes:
        serial = reinstate(folder, *flags, "--force", "-j", "1", "--out", str(out))
        twice = reinstate(folder, *flags, "--force", "-j", "2", "--out", str(out))
        for how, measure in (("cold", cold), ("forced", lambda _out, command: run(command))):
            one, two = paired(
                lambda m=measure, c=serial: m(out, c),  # type: ignore[misc]
                lambda m=measure, c=twice: m(out, c),  # type: ignore[misc]
                max(3, runs // 2),
            )
            speedup = statistics.median(one) / statistics.median(two)
            print(
                f"   {name:9} {what:4} {how:6}  -j 1 {show(one)}   -j 2 {show(two)}   "
                f"speed-up {speedup:.2f}x"
            )
    print(f"   ceiling now: a pure CPU loop runs {calibrate():.2f}x faster on 2 processes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--only", default="1,2,3,4", help="which parts, e.g. 1,2")
    parser.add_argument("--cpu", action="store_true", help="CPU time instead of wall clock")
    parser.add_argument("--repeats", type=int, default=3, help="part 3: builds of each size")
    parser.add_argument(
        "--against", type=Path, help="parts 1 and 2: also the reinstate of this src/ folder"
    )
    args = parser.parse_args()
    global CPU
    CPU = args.cpu
    only = set(args.only.split(","))
    work = Path(tempfile.mkdtemp(prefix="reinstate-bench-"))
    try:
        big = write_project(work / f"p{args.cases}", args.cases) if only - {"1"} else work
        print(
            f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}"
        )
        if "1" in only:
            against_sphinx(work, args.runs, args.against)
        if "2" in only:
            no_change(big, args.runs, args.cases, args.against)
        if "3" in only:
            per_case(work, big, args.cases, args.repeats)
        if "4" in only:
            parallel(work, big, args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
