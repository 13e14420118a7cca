"""A project's extensions: the ones its reinstate.yaml names under `extensions:`, loaded
into check rules and render steps that join the built-in lists.

A name ending in `.py` is a module of the project (a path inside the project folder); any
other name is an installed extension, found by that name in the entry-point groups
`reinstate.rules` and `reinstate.outputs`. An entry point (or the module's `RULES` and
`OUTPUTS`) gives one `extend.CheckRule` / `extend.OutputStep` or a list of them; they join
the built-in lists in the order reinstate.yaml names the extensions, each extension's in
its own order. A problem (no such extension, a module that fails to import, a rule id
taken) is an error at the name in reinstate.yaml, and the project is not built.

The rules and steps made here are plain values that name their extension, not the
extension's functions: a spawned process (the pool with `-j N`, the watcher's slow-step
worker) loads the extension again when it first runs one of them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import importlib.util
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar

from reinstate.checks import all_rules
from reinstate.checks.rule import CheckContext, Finding, Rule
from reinstate.core.config import CONFIG_FILE, Config
from reinstate.core.diagnostics import Location, ReinstateError, Reporter
from reinstate.core.fieldtypes import did_you_mean
from reinstate.extend import CaseView, CheckRule, OutputStep
from reinstate.output.job import BuildOptions
from reinstate.render.stepdef import Step
from reinstate.render.steps import with_outputs
from reinstate.stages.resolve import Resolved

if TYPE_CHECKING:
    from reinstate.render.step import CaseBuild  # annotations only: check renders nothing

T = TypeVar("T")
RULE_GROUP = "reinstate.rules"
OUTPUT_GROUP = "reinstate.outputs"
RULE_ID = re.compile(r"^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$")
RESERVED_FAMILIES = frozenset({"config", "internal", "extension", "load", "resolve", "pdf"})
"""Families of reinstate's own diagnostics, besides those of its rules."""


class ExtensionError(Exception):
    """An extension that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Provided:
    rules: tuple[CheckRule, ...]
    outputs: tuple[OutputStep, ...]


@dataclass(frozen=True, slots=True)
class Extensions:
    """The rules and steps of a project's extensions, in order."""

    rules: tuple[Rule, ...] = ()
    steps: tuple[Step, ...] = ()

    def apply(self, options: BuildOptions) -> BuildOptions:
        """`options` with the extensions' rules and steps added to its lists."""
        if not self.rules and not self.steps:
            return options
        return dataclasses.replace(
            options,
            steps=with_outputs(options.steps, self.steps),
            added_rules=(*options.added_rules, *self.rules),
        )


def load_extensions(config: Config, reporter: Reporter) -> Extensions:
    """Load the extensions reinstate.yaml names; raises ReinstateError on any problem."""
    if not config.extensions:
        return Extensions()
    before = reporter.errors
    rules: list[Rule] = []
    steps: list[Step] = []
    taken = {rule.id for rule in all_rules()}
    families = {rule.family for rule in all_rules()} | RESERVED_FAMILIES
    for n, name in enumerate(config.extensions):
        where = config.marks.value(("extensions", n)) if config.marks else Location(CONFIG_FILE)
        try:
            provided = provided_by(config.root, name)
            for rule in provided.rules:
                check_rule_id(rule.id, taken, families)
                taken.add(rule.id)
                check = ExtensionCheck(config.root, name, rule.id)
                rules.append(Rule(rule.id, "", rule.severity, rule.summary, check, source=name))
            for output in provided.outputs:
                steps.append(Step(output.name, ExtensionOutput(config.root, name, output.name)))
                steps[-1] = dataclasses.replace(steps[-1], slow=output.slow)
        except ExtensionError as exc:
            reporter.error(where, "config.extension", f"extension '{name}': {exc}", hint(name))
    if reporter.errors > before:
        raise ReinstateError(f"{CONFIG_FILE} has errors", diagnostics=reporter.diagnostics)
    return Extensions(tuple(rules), tuple(steps))


def hint(name: str) -> str:
    if name.endswith(".py"):
        return "a project module is a .py file inside the project folder (docs/extending.md)"
    known = sorted(installed_names())
    close = did_you_mean(name, known)
    if close:
        return close
    return f"installed extensions: {', '.join(known)}" if known else "see docs/extending.md"


def check_rule_id(rule_id: str, taken: set[str], families: set[str]) -> None:
    if not RULE_ID.match(rule_id):
        raise ExtensionError(f"rule id '{rule_id}' is not of the form family.name (lower case)")
    if rule_id in taken:
        raise ExtensionError(f"rule id '{rule_id}' is already taken")
    if rule_id.split(".", 1)[0] in families:
        raise ExtensionError(f"rule '{rule_id}' uses a family of reinstate's own")


def installed_names() -> set[str]:
    import importlib.metadata  # here: only a project that names extensions reads it

    groups = (RULE_GROUP, OUTPUT_GROUP)
    return {ep.name for group in groups for ep in importlib.metadata.entry_points(group=group)}


def provided_by(root: Path, name: str) -> Provided:
    """What extension `name` of the project at `root` provides: loaded once a process, and
    again when a project module's file changes."""
    stamp = None
    if name.endswith(".py"):
        with contextlib.suppress(OSError):
            found = (root / name).stat()
            stamp = (found.st_mtime_ns, found.st_size)
    return _provided(root, name, stamp)


@functools.lru_cache(maxsize=64)
def _provided(root: Path, name: str, stamp: tuple[int, int] | None) -> Provided:
    if name.endswith(".py"):
        module = project_module(root, name)
        return Provided(
            values(getattr(module, "RULES", ()), CheckRule, f"{name}: RULES"),
            values(getattr(module, "OUTPUTS", ()), OutputStep, f"{name}: OUTPUTS"),
        )
    rules = entry_points(RULE_GROUP, name, CheckRule)
    outputs = entry_points(OUTPUT_GROUP, name, OutputStep)
    if rules is None and outputs is None:
        raise ExtensionError(
            f"no installed extension of that name (entry points {RULE_GROUP}, {OUTPUT_GROUP})"
        )
    return Provided(rules or (), outputs or ())


def entry_points(group: str, name: str, kind: type[T]) -> tuple[T, ...] | None:
    """What the entry points `name` of `group` give (None when there is none)."""
    import importlib.metadata

    found: list[T] | None = None
    for entry in importlib.metadata.entry_points(group=group, name=name):
        try:
            loaded = entry.load()
        except Exception as exc:
            raise ExtensionError(f"cannot load {entry.value}: {failure(exc)}") from None
        found = [*(found or []), *values(loaded, kind, entry.value)]
    return tuple(found) if found is not None else None


def values(found: object, kind: type[T], what: str) -> tuple[T, ...]:
    """`found` (one `kind` or a list of them) as a tuple; ExtensionError otherwise."""
    if isinstance(found, kind):
        return (found,)
    if not isinstance(found, list | tuple) or not all(isinstance(i, kind) for i in found):
        raise ExtensionError(f"{what} is not a {kind.__name__} or a list of them")
    return tuple(found)


def project_module(root: Path, name: str) -> ModuleType:
    """The project module `name` (a path relative to the project folder), imported."""
    path = (root / name).resolve()
    if not path.is_relative_to(root.resolve()):
        raise ExtensionError("a project module must be inside the project folder")
    if not path.is_file():
        raise ExtensionError("no such file in the project")
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise ExtensionError(f"cannot be read: {exc.strerror}") from None
    digest = hashlib.sha1(str(path).encode() + source, usedforsecurity=False).hexdigest()[:16]
    module_name = f"reinstate_project_extension_{digest}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ExtensionError("cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        del sys.modules[module_name]
        raise ExtensionError(f"fails to import: {failure(exc)}") from None
    return module


def failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def case_view(resolved: Resolved, config: Config, today: dt.date) -> CaseView:
    case = resolved.case
    labels = {item.id: resolved.label(item.id) for item in case.items}
    return CaseView(case.slug, case.title, case, labels, case.folder, config.root, today)


@dataclass(frozen=True, slots=True)
class ExtensionCheck:
    """A rule's check: runs the extension's function on a view of the case."""

    root: Path
    extension: str
    rule: str

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        rule = next(r for r in provided_by(self.root, self.extension).rules if r.id == self.rule)
        for finding in rule.check(case_view(ctx.resolved, ctx.config, ctx.today)):
            if not isinstance(finding, Finding):
                raise TypeError(f"{finding!r} is not a Finding")
            yield finding


@dataclass(frozen=True, slots=True)
class ExtensionOutput:
    """An output step's render: the extension's files added to the build, each checked."""

    root: Path
    extension: str
    output: str

    def __call__(self, build: CaseBuild) -> None:
        provided = provided_by(self.root, self.extension).outputs
        output = next(o for o in provided if o.name == self.output)
        case = build.resolved.case
        where = case.origin.key("kind")
        what = f"output '{output.name}' of extension '{self.extension}'"
        try:
            files = dict(output.files(case_view(build.resolved, build.config, build.today)))
        except Exception as exc:
            build.reporter.error(
                where,
                "extension.output",
                f"{what} failed with {failure(exc)}",
                "this is a bug in the extension",
            )
            return
        for rel, content in sorted(files.items()):
            problem = bad_output(rel, content, build)
            if problem:
                build.reporter.error(
                    where, "extension.output", f"{what} cannot write '{rel}': {problem}"
                )
                continue
            build.add(rel, content, output.title or None)


def bad_output(rel: object, content: object, build: CaseBuild) -> str:
    """Why an extension may not write `content` at `rel` ('' when it may)."""
    if not isinstance(rel, str) or not rel:
        return "a path must be a non-empty string"
    if not isinstance(content, str | bytes):
        return "the content must be text or bytes"
    path = PurePosixPath(rel)
    if path.is_absolute() or "\\" in rel or any(part in ("", ".", "..") for part in rel.split("/")):
        return "the path must be relative to the case's output folder, without '.' or '..'"
    if rel in build.outputs or rel == "index.html":
        return "another step writes that file"
    return ""
