"""The check stage: appeal-quality rules run on a resolved case.

Each rule has a stable id (`family.name`), a catalogue number (R01..), a default severity
and a function that yields findings. `RULES` is a plain ordered list; the families live in
one small module each. A rule that raises is reported as an internal error with its id and
the other rules still run.

A project sets a rule's severity in reinstate.yaml (`checks.severity: {tone.blame:
error}`, a family name for all its rules); an info a rule gives on purpose ("cannot
check this") stays an info.

Silencing, narrowest first: an HTML comment `<!-- reinstate: ignore rule.id -->` on the
line of the finding or the line before; `ignore: [rule.id]` in the file's front matter;
`checks.disable` in reinstate.yaml. A family name (`tone`) silences all its rules.

Text rules read `CheckContext.texts` (checks/text.py): the rendered text of bodies and
titles, mapped back to the line and column each phrase was written at.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Hashable, Iterator, Mapping, Sequence
from itertools import chain
from typing import TYPE_CHECKING, cast

from reinstate.checks.rule import CheckContext, Each, Finding, Rule
from reinstate.core.config import Config
from reinstate.core.diagnostics import Location, Reporter, Severity, is_silenced
from reinstate.core.fieldtypes import did_you_mean
from reinstate.core.memo import MISSING, Hashed, Memo
from reinstate.core.model import Case, Item
from reinstate.stages.markdown import comment_spans
from reinstate.stages.resolve import Resolved

if TYPE_CHECKING:
    from reinstate.stages.history import Reading

__all__ = [
    "CheckContext",
    "Each",
    "Finding",
    "Rule",
    "all_rules",
    "check_settings",
    "configured_severity",
    "run_checks",
]


_IGNORE = re.compile(r"reinstate:\s*ignore\s+([^>]*)")
"""The inside of a `<!-- reinstate: ignore rule.id ... -->` comment, stripped."""


def ignored_ids(line: str) -> Iterator[list[str]]:
    """The rule ids of each ignore comment on `line` (in linear time: see `comment_spans`)."""
    for start, end in comment_spans(line):
        match = _IGNORE.fullmatch(line[start + 4 : end - 3].strip())
        if match is not None:
            yield re.split(r"[\s,]+", match.group(1))


def all_rules() -> list[Rule]:
    """The catalogue, in the order the rules run (by catalogue number)."""
    from reinstate.checks import (
        action,
        cause,
        coverage,
        detail,
        evidence,
        length,
        letter,
        markup,
        measure,
        placeholder,
        revision,
        timing,
        tone,
    )

    modules = (
        coverage,
        tone,
        detail,
        action,
        measure,
        cause,
        evidence,
        length,
        revision,
        placeholder,
        letter,
        timing,
        markup,
    )
    rules = (rule for module in modules for rule in module.RULES)
    return sorted(rules, key=lambda r: (not r.code.startswith("R"), r.code))


def run_checks(
    resolved: Resolved,
    config: Config,
    reporter: Reporter,
    today: dt.date,
    rules: Sequence[Rule] | None = None,
    readings: Mapping[str, Reading] | None = None,
    memo: Memo | None = None,
) -> None:
    """Run every enabled rule of `rules` (default: the built-in catalogue) on `resolved`, in
    order, and report what they find (with what `memo` kept of the case's last build)."""
    context = CheckContext(resolved, config, today, readings or {}, memo)
    silencer = Silencer(resolved.case)
    chosen_rules = all_rules() if rules is None else list(rules)
    writing_off = writing_rules_off(resolved, config, reporter, chosen_rules)
    enabled = [
        rule
        for rule in chosen_rules
        if not is_silenced(rule.id, config.checks.disable) and rule.id not in writing_off
    ]
    run = EachRun(enabled, context, memo) if memo is not None else None
    for rule in chosen_rules:
        if is_silenced(rule.id, config.checks.disable) or rule.id in writing_off:
            continue
        chosen = configured_severity(rule, config)
        try:
            findings = list(run.findings(rule, context) if run else rule.check(context))
        except Exception as exc:  # a bug in a rule must not stop the others
            reporter.error(
                resolved.case.origin.key("kind"),
                "internal.rule",
                f"rule {rule.id} failed with {type(exc).__name__}: {exc}",
                f"this is a bug in the extension '{rule.source}'"
                if rule.source
                else "this is a bug in reinstate; please report it",
            )
            continue
        for finding in findings:
            if silencer.silenced(rule.id, finding.location):
                continue
            severity = finding.severity if finding.severity is not None else rule.severity
            if chosen is not None and severity != Severity.INFO:
                severity = chosen
            reporter.report(finding.location, severity, rule.id, finding.message, finding.hint)


NARROW_EACH = 8
"""Up to this many files to read again, a rule's lists are narrowed to each file's words
(`Texts.narrow_each`)."""


_Found = dict[str, "tuple[Finding, ...] | Exception"]
_Entry = tuple["Item | None", Hashable, _Found]
"""What the `Each` rules found in one file: under its item (None for case.md) and the key
of its passages (`Texts.key`)."""

_EACH = ("checks: the Each rules' findings by file",)


class _EachKept:
    """What the `Each` rules found in each file in the last build, with what they read of
    the case, the labels, the owners each kind of rule reads and what each rule found in
    each of them in their order (`pieces`): one memo entry, not one a file."""

    __slots__ = ("entries", "labels", "listed", "pieces", "reads")

    def __init__(
        self,
        reads: Hashed,
        labels: Hashable,
        entries: dict[str, _Entry],
        listed: dict[tuple[tuple[str, ...], bool], list[str]],
    ) -> None:
        self.reads = reads
        self.labels = labels
        self.entries = entries
        self.listed = listed
        self.pieces: dict[str, list[tuple[Finding, ...]]] = {}


class EachRun:
    """The findings of the `Each` rules of one check run, file by file, with the memo:
    what every such rule found in a file is kept while the file's digest and passages
    (`Texts.key`), the case's language and what each rule `reads` are the same. So a save
    reads the saved file again, not three hundred.

    The last build's entries are one memo entry (`_EachKept`), not one a file: an entry is
    used again when its file's item is the very item of the last build (which the load
    stage hands out again while its file is unchanged) and the labels the very description
    of every target's label (`Resolved.labels()`, the last build's object while every
    target is the same), which together fix the file's passages; what the rules `reads` is
    compared once a run. Only a file whose item or the labels are new objects has its
    passages' key built and compared (then the memo is asked, by that key). Each rule's
    findings are the last build's pieces, one a file, with the changed files' replaced."""

    def __init__(self, rules: Sequence[Rule], context: CheckContext, memo: Memo) -> None:
        texts = context.texts
        eaches = [(rule.id, rule.check) for rule in rules if isinstance(rule.check, Each)]
        listed: dict[tuple[tuple[str, ...], bool], list[str]] = {}
        self.owners: dict[str, list[str]] = {}
        for rule_id, each in eaches:
            where = (each.kinds, each.every_page)
            found = listed.get(where)
            if found is None:
                found = listed[where] = [o for o, _kind in texts.owners(*where)]
            self.owners[rule_id] = found
        # Every owner some rule reads, in the order of the first rule that reads it; which
        # rules read an owner is asked only of the files read again.
        every = dict.fromkeys(chain.from_iterable(listed.values()))
        reads = Hashed(
            (
                context.case.language,
                tuple(rule_id for rule_id, _each in eaches),
                tuple(each.reads(context) for _rule_id, each in eaches),
            )
        )
        labels = context.resolved.labels()
        item = context.resolved.item
        last = memo.get(_EACH)
        then: dict[str, _Entry] = {}
        if isinstance(last, _EachKept) and last.reads == reads:
            then = last.entries
        now: dict[str, _Entry] = {}
        self.kept = _EachKept(reads, labels, now, listed)
        memo.put(_EACH, self.kept)
        same_labels = isinstance(last, _EachKept) and last.labels is labels
        self.last_pieces: dict[str, list[tuple[Finding, ...]]] = {}
        if then and isinstance(last, _EachKept) and last.listed == listed:
            self.last_pieces = last.pieces  # in the same order as this run's owners
        self.changed: list[str] = []
        """The owners whose entry is not the last build's (new, read again, or found
        under its passages' key in the memo)."""
        self._sets: dict[tuple[tuple[str, ...], bool], tuple[dict[str, int], set[str]]] = {}
        self.found: dict[str, dict[str, tuple[Finding, ...] | Exception]] = {}
        missing: list[tuple[str, Item | None, Hashable, Hashable]] = []
        for owner in every:
            made = item(owner) if owner else None
            was = then.get(owner)
            if was is not None and same_labels and made is not None and was[0] is made:
                now[owner] = was
                self.found[owner] = was[2]
                continue
            file_key = texts.key(owner)
            if was is not None and was[1] == file_key:
                entry = was[2]
            else:
                self.changed.append(owner)
                key: Hashable = ("findings", file_key, reads)
                kept = memo.get(key)
                if kept is MISSING:
                    missing.append((owner, made, file_key, key))
                    continue
                entry = cast("dict[str, tuple[Finding, ...] | Exception]", kept)
            now[owner] = (made, file_key, entry)
            self.found[owner] = entry
        texts.narrow_each = len(missing) <= NARROW_EACH
        sets = {where: set(owners) for where, owners in listed.items()} if missing else {}
        for owner, made, file_key, key in missing:
            entry = {}
            for rule_id, each in eaches:
                if owner not in sets[(each.kinds, each.every_page)]:
                    continue
                try:
                    entry[rule_id] = tuple(each.find(context, owner))
                except Exception as exc:  # reported as the rule's, where it runs
                    entry[rule_id] = exc
            memo.put(key, entry)
            now[owner] = (made, file_key, entry)
            self.found[owner] = entry

    def findings(self, rule: Rule, context: CheckContext) -> Iterator[Finding]:
        """What `rule` finds: from the entries if it is an `Each`, else by running it. The
        findings in each owner are the last build's list with the changed owners' replaced
        (`pieces`), not gathered again from every file's entry."""
        each = rule.check
        if not isinstance(each, Each) or rule.id not in self.owners:
            yield from rule.check(context)
            return
        owners = self.owners[rule.id]
        last = self.last_pieces.get(rule.id)
        pieces: list[tuple[Finding, ...] | Exception]
        failed: list[tuple[int, Exception]] = []
        if last is not None:  # without an exception (below): only a changed owner's can be
            pieces = list(last)
            where = (each.kinds, each.every_page)
            sets = self._sets.get(where)
            if sets is None:
                at = dict(zip(owners, range(len(owners)), strict=True))
                sets = self._sets[where] = (at, set(owners))
            at, among = sets
            for owner in self.changed:
                if owner in among:
                    found = pieces[at[owner]] = self.found[owner][rule.id]
                    if isinstance(found, Exception):
                        failed.append((at[owner], found))
        else:
            pieces = [self.found[owner][rule.id] for owner in owners]
            failed = [(n, p) for n, p in enumerate(pieces) if isinstance(p, Exception)]
        if failed:  # the first owner's, as running the rule file by file raises it
            raise min(failed, key=lambda f: f[0])[1]
        kept = cast("list[tuple[Finding, ...]]", pieces)
        self.kept.pieces[rule.id] = kept
        yield from chain.from_iterable(kept)
        if each.rest is not None:
            yield from each.rest(context)


WRITING_RULES = (
    "tone",
    "detail.vague",
    "action.not-done",
    "cause.ignorance",
    "cause.restates-notice",
    "evidence.system-claim",
    "measure.incomplete",
)
"""The rules that read the words of the text through word lists of one language."""


def writing_rules_off(
    resolved: Resolved, config: Config, reporter: Reporter, rules: list[Rule]
) -> set[str]:
    """The writing rules, when the case's language has no word lists: they would read its
    text with English lists. Says so once, as an info on case.md's `language`."""
    from reinstate.checks.words import has_word_lists, language_of

    case = resolved.case
    language = language_of(case)
    if has_word_lists(language):
        return set()
    off = {r.id for r in rules if is_silenced(r.id, WRITING_RULES)}
    where = (
        case.origin.value("language")
        if ("language",) in case.origin.marks.keys
        else case.origin.key("kind")
    )
    reporter.report(
        where,
        Severity.INFO,
        "checks.language",
        f"the writing rules are off for language '{language}': reinstate has no word lists "
        f"for it ({', '.join(sorted(off))})",
        "the structure, evidence, date and length rules still run",
    )
    return off


def configured_severity(rule: Rule, config: Config) -> Severity | None:
    """The project's severity for `rule` (its id first, then its family), if any."""
    chosen = config.checks.severity
    name = chosen.get(rule.id) or chosen.get(rule.family)
    return Severity[name.upper()] if name else None


class Silencer:
    """Per-file `ignore:` lists and per-line ignore comments of one case (a file's lines
    split when a finding in it is first asked about, not every file's on every check)."""

    def __init__(self, case: Case) -> None:
        self.by_file: dict[str, tuple[str, ...]] = {case.origin.rel: case.ignore}
        self.texts: dict[str, tuple[int, str]] = {
            case.origin.rel: (case.origin.body_line, case.opening)
        }
        for item in case.items:
            self.by_file[item.origin.rel] = item.ignore
            self.texts[item.origin.rel] = (item.origin.body_line, item.body)
        self.lines: dict[str, tuple[int, list[str]]] = {}

    def silenced(self, rule: str, location: Location) -> bool:
        if is_silenced(rule, self.by_file.get(location.path, ())):
            return True
        found = self.lines.get(location.path)
        if found is None:
            first, text = self.texts.get(location.path, (0, ""))
            found = self.lines[location.path] = (first, text.split("\n") if text else [])
        first, lines = found
        index = location.line - first
        for at in (index - 1, index):  # the line before, or the line itself
            if 0 <= at < len(lines):
                for ids in ignored_ids(lines[at]):
                    if is_silenced(rule, ids):
                        return True
        return False


def check_settings(config: Config, reporter: Reporter, rules: Sequence[Rule] | None = None) -> None:
    """Report rule ids in `checks.disable` and lists in `checks.words` that do not exist."""
    from reinstate.checks.words import list_names

    marks = config.marks
    if marks is None:
        return
    ids = [rule.id for rule in (all_rules() if rules is None else rules)]
    families = {rule.split(".", 1)[0] for rule in ids}
    for n, name in enumerate(config.checks.disable):
        if name not in ids and name not in families:
            where = marks.value(("checks", "disable", n))
            reporter.warning(
                where, "config.rule", f"no check rule '{name}'", did_you_mean(name, ids)
            )
    for name in config.checks.severity:
        if name not in ids and name not in families:
            where = marks.key(("checks", "severity", name))
            reporter.warning(
                where, "config.rule", f"no check rule '{name}'", did_you_mean(name, ids)
            )
    lists = list_names()
    for name, words in config.checks.words.items():
        where = marks.key(("checks", "words", name))
        if name in families and name not in lists:
            if words.add or words.replace:
                own = [n for n in lists if n.startswith(name + ".")]
                reporter.warning(
                    where,
                    "config.words",
                    f"'{name}' is a family: it can only remove phrases from its lists",
                    f"add phrases to one list: {', '.join(own)}" if own else "",
                )
        elif name not in lists:
            reporter.warning(
                where, "config.words", f"no word list '{name}'", did_you_mean(name, lists)
            )
        else:
            _check_patterns(config, name, words.add, reporter)


def _check_patterns(config: Config, name: str, added: tuple[str, ...], reporter: Reporter) -> None:
    """Report added patterns the grammar cannot read (an unknown word class)."""
    from reinstate.checks import grammar
    from reinstate.checks.words import DEFAULT_LANGUAGE

    marks = config.marks
    if not added or marks is None:
        return
    classes = grammar.word_classes(config, DEFAULT_LANGUAGE)
    for n, line in enumerate(added):
        try:
            re.compile(grammar.parse_line(line, classes).regex)
        except (grammar.GrammarError, re.error) as exc:
            reporter.warning(
                marks.value(("checks", "words", name, "add", n)),
                "config.words",
                f"cannot read the pattern '{line}': {exc}",
                "see the pattern syntax in docs/rules.md (Word lists)",
            )
