"""Root cause rules: a cause carries data (R11), explains why, not only what (R25), and
does not give not knowing the policy as the reason (R31).

Both read the cause's title and body with references left out ("Root Cause 1" is not
data). A cause still holding a `[TODO: ...]` marker is not judged yet; the marker itself
is reported by placeholder.unfilled.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator
from functools import cache, lru_cache

from reinstate.checks.placeholder import TODO
from reinstate.checks.rule import CheckContext, Each, Finding, Rule
from reinstate.checks.text import PLAN, Passage, blank
from reinstate.checks.tone import phrase_rule
from reinstate.checks.words import language_of, pattern
from reinstate.core.diagnostics import Severity
from reinstate.core.model import Cause, Metric

_NUMBER_WORDS = {
    "en": "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty hundred hundreds thousand thousands dozen dozens half once twice",
    # Not the articles that are also "one" (ein, un, une, una, uno in Italian): every
    # sentence has one.
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig "
    "fünfzig hundert hunderte tausend tausende dutzend dutzende hälfte einmal zweimal",
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante "
    "cinquante cent cents mille douzaine douzaines moitié fois",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta "
    "cincuenta cien ciento cientos mil docena docenas mitad vez veces",
    "it": "due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta "
    "quaranta cinquanta cento mille mila dozzina dozzine metà volta volte",
}
"""Counts written as words, by language (digits count in every language)."""
_KANJI_NUMERALS = "一二三四五六七八九十百千万"


@cache
def _data(language: str) -> re.Pattern[str]:
    """A date, count or metric: a digit (any script's), a number word of `language`, or a
    numeral in a language written in kanji."""
    words = "|".join(_NUMBER_WORDS.get(language, _NUMBER_WORDS["en"]).split())
    kanji = f"|[{_KANJI_NUMERALS}]" if language == "ja" else ""
    return re.compile(rf"\d{kanji}|\b(?:{words})\b", re.IGNORECASE)


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_COPIED_RUN = 8
"""Words in a row shared with the notice that count as repeating it."""


def cause_texts(ctx: CheckContext, cause: Cause) -> list[Passage]:
    return [p for p in ctx.texts.of(cause.id) if p.part in ("title", "body")]


def unwritten(passages: list[Passage]) -> bool:
    return any(TODO.search(p.text) for p in passages)


def no_data(ctx: CheckContext, owner: str) -> Iterator[Finding]:
    """R11 in one cause (an `Each`: its findings are kept with the file's, checks/rule.py)."""
    cause = ctx.resolved.item(owner)
    assert isinstance(cause, Cause)
    data = _data(language_of(ctx.case))
    passages = cause_texts(ctx, cause)
    if unwritten(passages) or any(_has_data(data, p.text, p.refs) for p in passages):
        return
    yield Finding(
        cause.origin.value("title"),
        f"{ctx.resolved.label(cause.id)} gives no data: no date, count or metric",
        "say when it happened and how many orders, units or messages it affected "
        "(e.g. 'between 2025-01-10 and 2025-02-20, 3 buyer messages')",
    )


def _cause_labels(ctx: CheckContext) -> Hashable:
    """What R11 reads of the case besides a cause's own text: the causes' labels."""
    return tuple(map(ctx.resolved.label, (cause.id for cause in ctx.case.causes)))


@lru_cache(maxsize=8192)
def _has_data(data: re.Pattern[str], text: str, refs: tuple[tuple[int, int], ...]) -> bool:
    """Whether a passage's text, its references blanked, gives data (kept by text: a save
    changes one file's)."""
    return data.search(blank(text, refs)) is not None


def _metrics_cited(ctx: CheckContext) -> Iterator[Finding]:
    """A performance case's plan cites the account's own value of each metric that misses
    its target (in a cause or the opening: both are the plan the reviewer reads; "1.6%"
    cites "1.60% (35 of 2,184 orders)")."""
    causes = ctx.case.causes
    if not causes:
        return
    missed = [
        (metric, value)
        for metric in ctx.case.violation.metrics
        if (value := metric.value.strip().lower()) and metric.target and not meets_target(metric)
    ]  # a component shown without a target, or one within it: nothing to explain
    if not missed:
        return
    plan = [p for p in ctx.texts.passages(("case", "cause")) if p.part in ("title", "body")]
    text = " ".join(p.text for p in plan).lower().replace(" ", "")
    cited = {_number(n) for n in _NUMBER.findall(text)}
    for metric, value in missed:
        if value.replace(" ", "") in text or _leading(value) in cited:
            continue
        target = f" against the target {metric.target}" if metric.target else ""
        yield Finding(
            causes[0].origin.value("title"),
            f"no root cause cites your {metric.name} ({metric.value}{target})",
            "give the value, the target and the window in the cause it belongs to",
        )


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_AT_MOST = re.compile(r"<|≤|\b(?:under|below|less than|at most|max(?:imum)?|up to)\b", re.I)
_AT_LEAST = re.compile(r">|≥|\b(?:over|above|more than|at least|min(?:imum)?)\b", re.I)


def _number(found: str) -> float:
    return float(found.replace(",", "."))


def _leading(value: str) -> float | None:
    """The metric's own number ("1.60%" in "1.60% (35 of 2,184 orders)"), as the plan may
    write it ("1.6%")."""
    found = _NUMBER.search(value)
    return _number(found.group(0)) if found else None


def meets_target(metric: Metric) -> bool:
    """Whether the value meets the target ("0.4%" against "< 1%"): a window that meets its
    target needs no explanation. False when either cannot be read as a number."""
    if not metric.target:
        return False
    value = _NUMBER.search(metric.value)
    target = _NUMBER.search(metric.target)
    if value is None or target is None:
        return False
    have = float(value.group(0).replace(",", "."))
    want = float(target.group(0).replace(",", "."))
    if _AT_MOST.search(metric.target):
        return have < want or (have == want and ("=" in metric.target or "≤" in metric.target))
    if _AT_LEAST.search(metric.target):
        return have > want or (have == want and ("=" in metric.target or "≥" in metric.target))
    return False


def restates_notice(ctx: CheckContext, owner: str) -> Iterator[Finding]:
    """R25 in one cause (an `Each`, as R11)."""
    if ctx.case.dispute:
        return  # in a dispute the "causes" are the facts of the error, not explanations
    cause = ctx.resolved.item(owner)
    assert isinstance(cause, Cause)
    passages = cause_texts(ctx, cause)
    if unwritten(passages):
        return
    why = pattern("cause.why", ctx.config, language_of(ctx.case))
    label = ctx.resolved.label(cause.id)
    copied = _copied(passages, _runs(ctx.case.violation.notice or ""))
    if copied is not None:
        passage, at = copied
        yield Finding(
            ctx.texts.locate(passage, at),
            f"{label} repeats the text of Amazon's notice",
            "the reviewer knows what the notice says; explain why it happened",
        )
    elif why is not None and not any(why.search(p.without_refs()) for p in passages):
        yield Finding(
            cause.origin.value("title"),
            f"{label} says what happened but not why",
            "name the gap in your own process that let it happen: what was missing, "
            "not checked or done wrong",
        )


def _notice_read(ctx: CheckContext) -> Hashable:
    """What R25 reads of the case besides a cause's own text."""
    return ctx.case.dispute, ctx.case.violation.notice, _cause_labels(ctx)


@lru_cache(maxsize=64)
def _runs(notice: str) -> frozenset[tuple[str, ...]]:
    """Every run of `_COPIED_RUN` words of the notice."""
    words = _words(notice)
    return frozenset(tuple(words[i : i + _COPIED_RUN]) for i in range(len(words) - _COPIED_RUN + 1))


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _copied(
    passages: list[Passage], runs: frozenset[tuple[str, ...]]
) -> tuple[Passage, int] | None:
    """The first place where a cause passage shares a run of words with the notice."""
    if not runs:
        return None
    for passage in passages:
        found = list(_WORD.finditer(passage.text))
        words = [m.group(0).lower().replace("’", "'") for m in found]
        for i in range(len(words) - _COPIED_RUN + 1):
            if tuple(words[i : i + _COPIED_RUN]) in runs:
                return passage, found[i].start()
    return None


RULES = [
    Rule(
        "cause.no-data",
        "R11",
        Severity.WARNING,
        "A root cause carries data: a date, a count, a metric value against its target.",
        Each(("cause",), no_data, reads=_cause_labels, rest=_metrics_cited),
    ),
    Rule(
        "cause.restates-notice",
        "R25",
        Severity.WARNING,
        "A root cause says why it happened, not only what the notice said.",
        Each(("cause",), restates_notice, reads=_notice_read),
    ),
    Rule(
        "cause.ignorance",
        "R31",
        Severity.WARNING,
        "Not knowing the policy is not a root cause.",
        phrase_rule(
            "cause.ignorance",
            "'{phrase}' gives not knowing the policy as the cause; Amazon expects sellers to "
            "know the policies that apply to them",
            "name the missing step that would have caught it (e.g. 'nobody checked the "
            "category's restricted products page before listing')",
            PLAN,
        ),
    ),
]
