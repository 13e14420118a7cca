"""Length rules: a plan a reviewer reads in minutes (R17) and written as lists (R18).

The plan's length counts the opening and the titles and bodies of causes, actions and
measures (not exhibits, not quoted notices); the letter's counts the author's own text
(its body and the notes on missed points), not the blocks reinstate generates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial

from reinstate.checks.clauses import sentences
from reinstate.checks.rule import CheckContext, Each, Finding, Rule
from reinstate.checks.text import PLAN, SENT, Passage, Texts
from reinstate.core.config import ChecksConfig
from reinstate.core.diagnostics import Location, Severity
from reinstate.core.model import Case, Letter
from reinstate.stages.textlayout import plan_text

_WORD = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*")
_CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\uac00-\ud7af]"
)
"""Kana, CJK ideographs and Hangul: scripts written without spaces between words."""
CJK_CHARS_PER_WORD = 2
"""How many such characters count as a word: about the length of a Japanese translation
of an English text (two to two and a half characters a word), so the same limits hold."""


def count_words(passages: Iterable[Passage]) -> int:
    """Runs of letters and digits; in a script without spaces, every CJK_CHARS_PER_WORD
    characters count as one word (rounded up)."""
    words, cjk = _counts(passages)
    return words + -(-cjk // CJK_CHARS_PER_WORD)


def _counts(passages: Iterable[Passage]) -> tuple[int, int]:
    """The words outside CJK scripts and the CJK characters of `passages`."""
    words = cjk = 0
    for passage in passages:
        text = passage.text
        counted = _words_in(text) if len(text) < 4096 else _words_and_cjk(text)
        words += counted[0]
        cjk += counted[1]
    return words, cjk


@lru_cache(maxsize=1 << 15)
def _words_in(text: str) -> tuple[int, int]:
    """Kept per text (short ones: the cache holds what it counted): the rule and the text
    step count the same passages at every save."""
    return _words_and_cjk(text)


def _words_and_cjk(text: str) -> tuple[int, int]:
    """The words of `text` outside CJK scripts, and its CJK characters."""
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text) if cjk else text)), cjk


def _counted(passages: Iterable[Passage]) -> str:
    """How the count was made, when it counted characters as words."""
    if any(_words_in(p.text)[1] if len(p.text) < 4096 else _CJK.search(p.text) for p in passages):
        return f" ({CJK_CHARS_PER_WORD} characters of Japanese, Chinese or Korean count as a word)"
    return ""


def plan_words(texts: Texts) -> int:
    """The plan's length as R17 counts it (and `reinstate build` prints it)."""
    return _plan(texts)[0]


def _plan(texts: Texts) -> tuple[int, str]:
    """The plan's length, and how it was counted (`_counted` of all its passages): the sum
    of each file's part, kept from the last build while its passages are the same
    (`Texts.by_owner`), so a save counts the saved file's words only."""
    words = cjk = 0
    how = ""
    for owner, _kind in texts.owners(PLAN):
        counted = texts.by_owner("length.words", owner, None, partial(_plan_counts, texts, owner))
        words += counted[0]
        cjk += counted[1]
        how = how or counted[2]
    return words + -(-cjk // CJK_CHARS_PER_WORD), how


def _plan_counts(texts: Texts, owner: str) -> tuple[int, int, str]:
    passages = texts.of(owner)
    words, cjk = _counts(
        p
        for p in passages
        if p.kind != "case" or p.part == "body"  # the case title is not read by a reviewer
    )
    return words, cjk, _counted(passages)


def letter_words(texts: Texts, letter: Letter) -> int:
    """The author's own words in the letter, as R17 counts them."""
    return count_words(p for p in texts.of(letter.id) if p.part in ("body", "note"))


def plan_limit(case: Case, settings: ChecksConfig) -> int:
    """The plan's word limit: `poa_max_words`, or `poa_words_per_item` per cause, action and
    measure when that is more. A long case needs room: an item with its date, count and
    owner takes two or three sentences, so a tight long plan passes and a rambling short
    one does not."""
    items = len(case.causes) + len(case.actions) + len(case.measures)
    return max(settings.poa_max_words, settings.poa_words_per_item * items)


def words(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    settings = ctx.config.checks
    total, how = _plan(ctx.texts)
    items = len(case.causes) + len(case.actions) + len(case.measures)
    limit = plan_limit(case, settings)
    if total > limit:
        per_item = f" ({items} items)" if limit > settings.poa_max_words else ""
        yield Finding(
            case.origin.key("kind"),
            f"the plan of action has {total} words{how}; "
            f"keep it under {limit}{per_item} "
            "so a reviewer can read it in a few minutes",
            "shorten the opening, merge overlapping items, and use lists",
        )
    letter = case.letter
    if letter is not None:
        total = letter_words(ctx.texts, letter)
        if total > settings.letter_max_words:
            yield Finding(
                letter.origin.key("kind"),
                f"the escalation letter has {total} words of your own text"
                f"{_counted(ctx.texts.of(letter.id))}; keep it under "
                f"{settings.letter_max_words}",
                "say what the last reviewer missed in a sentence each; the plan holds the detail",
            )


def paragraphs(ctx: CheckContext, owner: str) -> Iterator[Finding]:
    """The paragraphs of one file with more sentences than the limit (an `Each`: a save
    reads the saved file's paragraphs, not every file's)."""
    limit = ctx.config.checks.max_paragraph_sentences
    for passage in ctx.texts.of(owner):
        if passage.part != "body" or passage.block != "paragraph":
            continue
        n = len(sentences(passage.text))
        if n > limit:
            yield Finding(
                ctx.texts.locate(passage, 0),
                f"this paragraph has {n} sentences; a list is easier for a reviewer to scan",
                f"split it into a bulleted list, or keep paragraphs to {limit} sentences",
            )


def _paragraph_limit(ctx: CheckContext) -> int:
    return ctx.config.checks.max_paragraph_sentences


def section_limits(ctx: CheckContext) -> Iterator[Finding]:
    """Each section of plan-of-action.txt against `text.section_limits` (characters)."""
    limits = ctx.config.text.section_limits
    if not limits:
        return
    # The rule measures the file itself: the text export writes this same layout.
    plain = plan_text(ctx.resolved, allow_html=ctx.config.allow_html, memo=ctx.memo)
    measured = [(s.key, s.name, s.chars) for s in plain.sections]
    measured.append(("plan", "", plain.chars))
    for key, name, chars in measured:
        limit = limits.get(key)
        if limit is None or chars <= limit:
            continue
        what = f'the section "{name}" of plan-of-action.txt' if name else "plan-of-action.txt"
        yield Finding(
            section_location(ctx.case, key),
            f"{what} has {chars:,} characters, over the limit of {limit:,} "
            f"(text.section_limits.{key} in reinstate.yaml)",
            "shorten it, or move detail into the exhibits",
        )


def section_location(case: Case, key: str) -> Location:
    """Where the author shortens a section: its first item (case.md for the rest)."""
    first = {"causes": case.causes, "actions": case.actions, "measures": case.measures}
    first["exhibits"] = case.exhibits
    items = first.get(key, ())
    if items:
        return items[0].origin.key("kind")
    if key == "opening" and case.origin.body_line:
        return case.origin.body_location(0)
    return case.origin.key("kind")


RULES = [
    Rule(
        "length.words",
        "R17",
        Severity.WARNING,
        "The plan has at most 600 words (or 80 a cause, action or measure), the letter at "
        "most 300 words of your own text.",
        words,
    ),
    Rule(
        "length.paragraph",
        "R18",
        Severity.WARNING,
        "Prefer lists: no paragraph of more than 5 sentences.",
        Each(SENT, paragraphs, reads=_paragraph_limit),
    ),
    Rule(
        "length.section",
        "T01",
        Severity.ERROR,
        "A section of plan-of-action.txt is over its limit in text.section_limits.",
        section_limits,
    ),
]
