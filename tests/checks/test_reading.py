"""Narrowing a list to a text, and the expressions a process makes for its patterns
(checks/reading.py): set filters for each new text, each pattern's expression made when it
is first tried, at most twice in a process, and the same findings either way."""

from __future__ import annotations

import random
from typing import Any

import pytest

from reinstate.checks import grammar, reading
from reinstate.checks.text import Passage
from reinstate.checks.words import DEFAULT_LANGUAGE
from reinstate.core.config import load_config
from reinstate.core.diagnostics import Reporter
from support.common import ROOTS

TEXTS = (
    "The carrier lost our parcels in March.",
    "Royal Mail damaged the parcels twice.",
    "The courier lost the returns, and the buyer complained.",
)
"""Three texts whose words fill the blaming pattern's classes differently."""


def _blame() -> grammar.Grammar:
    grammar._LOADED.clear()
    found = grammar.load("tone.blame", load_config(ROOTS / "minimal", Reporter()), DEFAULT_LANGUAGE)
    assert found is not None
    return found


def _tried(compiled: reading.Compiled, text: str) -> list[int]:
    """The patterns that match in `text`, trying each one the narrowed list keeps."""
    return [
        e.index
        for e in (*compiled.anchored, *compiled.free)
        if (regex := compiled.regex(e.index)) is not None and regex.search(text)
    ]


def test_a_pattern_is_narrowed_for_the_first_text_and_built_whole_for_another() -> None:
    blame = _blame()
    first, second, third = (reading.narrowed(blame, (text,)) for text in TEXTS)
    hit = _tried(first, TEXTS[0])
    assert hit, "the first text is blame"
    index = hit[0]
    narrowed_source, _found = blame.expressions[index]
    assert narrowed_source is not None, "narrowed to the first text's words"
    assert second.regex(index) is not None
    whole_source, whole = blame.expressions[index]
    assert whole_source is None and whole is not None, "another narrowing: the whole classes"
    assert len(whole[0]) > len(narrowed_source)
    assert third.regex(index) is whole[1], "kept for every later text"
    # The whole expression finds in the first text what the narrowed one found.
    again = reading._narrowed_to.__wrapped__(blame, first.vocab.words)
    assert _tried(again, TEXTS[0]) == hit


def test_findings_are_the_same_with_narrowed_and_whole_expressions() -> None:
    """Each text read with every pattern's expression narrowed to its words (a new process
    for each), then with every expression built of the whole classes."""

    def find(blame: grammar.Grammar, text: str) -> list[tuple[int, int]]:
        for cached in (reading.narrowed, reading._narrowed_to, reading._kept_matches):
            cached.cache_clear()
        reading._WIDER.clear()
        passage = Passage("", "cause", "body", "paragraph", text, "p.md", ())
        return [match.span() for _passage, match in reading.find(blame, [passage])]

    narrowed = [find(_blame(), text) for text in TEXTS]
    assert all(narrowed)
    blame = _blame()
    for index in (*range(len(blame.patterns)), reading.UNLESS, reading.NOT):
        source = reading._source(blame, index, None)
        blame.expressions[index] = (None, (source, reading._regex(source)) if source else None)
    assert [find(blame, text) for text in TEXTS] == narrowed


def test_a_text_that_answers_as_before_keeps_the_narrowed_expression_unparsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether a later text needs a pattern narrowed otherwise is read off the questions
    the parser asked of the first text's words (`Grammar.answers`): the same answers, the
    same narrowed expression, without parsing; other answers, the whole one. Whatever the
    texts, the expression handed out is the one parsing for that text gives, or the whole
    (each random text read after the same text less one word, which answers otherwise)."""
    blame = _blame()
    first = reading.narrowed(blame, (TEXTS[0],))
    index = _tried(first, TEXTS[0])[0]
    narrowed_source, found = blame.expressions[index]
    assert narrowed_source is not None and blame.answers[index]
    # Other words, which no class member begins: the same answers.
    same = reading.narrowed(blame, (TEXTS[0] + " Zzyzx qwrtp 12345.",))
    parsed: list[str] = []
    real = reading.parse_line

    def spy(line: str, *args: Any) -> grammar.Pattern:
        parsed.append(line)
        return real(line, *args)

    monkeypatch.setattr(reading, "parse_line", spy)
    assert same.regex(index) is not None
    assert blame.expressions[index] == (narrowed_source, found), "kept narrowed"
    assert parsed == [], "found without parsing the pattern again"
    monkeypatch.undo()
    pool = sorted(
        {
            word
            for name in blame.classes.members
            for member in blame.classes.get(name)
            for word in member.split()
            if word.isalpha()
        }
    )
    rng = random.Random(11)
    for _ in range(12):
        words = rng.sample(pool, 10)
        for left_out in range(len(words)):  # a text, then the same with one word more
            first_text = " ".join(words[:left_out] + words[left_out + 1 :]) + "."
            other = " ".join(words) + "."
            blame.expressions.clear()
            blame.answers.clear()
            for cached in (reading.narrowed, reading._narrowed_to):
                cached.cache_clear()
            reading._WIDER.clear()
            first = reading.narrowed(blame, (first_text,))
            for entry in first.anchored + first.free:
                first.regex(entry.index)
            compiled = reading.narrowed(blame, (other,))
            for entry in compiled.anchored + compiled.free:
                regex = compiled.regex(entry.index)
                kept_source, kept_found = blame.expressions[entry.index]
                assert kept_found is not None and regex is kept_found[1]
                if kept_source is not None:  # still narrowed: what parsing gives here
                    wanted = reading._source(blame, entry.index, compiled.vocab)
                    assert kept_source == wanted, (first_text, other)
