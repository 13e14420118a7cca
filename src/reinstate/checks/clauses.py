"""Sentences and clauses of a passage: where a pattern may start and how far it reaches.

A sentence ends at `.`, `!` or `?` before a space (not after "e.g.", "p. ex.", "p. ej.", "ad es.",
"Inc.", "No." or an initial, nor after the day of a German date, "3. März"). A clause starts
at the start of a sentence, after `,` `;` `:` `(` or a dash, and after a clause word of the
language (and, but, because, which, that, if, ...: the word class `grammar.clause`). The
rules use them to read a subject where a clause begins, to keep an exception ("unless ...")
to the sentence it is in, and to tell the clause a match is in (a condition, a purpose) from
the main one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "st",
        "no",
        "nos",
        "vs",
        "approx",
        "dr",
        "mr",
        "mrs",
        "ms",
        "jr",
        "sr",
        "u.s",
        "fig",
        "p",
        "pp",
        "ca",
        "nr",
        "ref",
        "art",
        "sec",
        "ex",  # p. ex. (fr)
        "ej",  # p. ej. (es)
        "es",  # ad es. (it)
        "cf",
        "s.a",
        "s.l",
        "s.a.s",
    ]
)
_END = re.compile(r"[.!?]+[\"”’)]*(?=\s|$)")
_QUOTED = re.compile(r"\"[^\"]{1,400}\"|“[^”]{1,400}”")
_PUNCTUATION = re.compile(r"[,;:(\[]\s*|\s[-–—]\s+|[–—]\s*")
_MONTH = re.compile(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember)\b"
)
_LEAD = re.compile(r"[\s\"“”'‘’*•·-]*")


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of `text`. A `.`, `!` or `?` inside double quotes
    belongs to the quote ("Happy? Leave us 5 stars!" is part of one sentence)."""
    spans = []
    start = 0
    quoted = [m.span() for m in _QUOTED.finditer(text)] if '"' in text or "“" in text else []
    for end in _END.finditer(text):
        if any(s < end.start() and end.end() < e for s, e in quoted):
            continue
        word = text[start : end.start()].split()[-1:] or [""]
        token = word[0].lower().rstrip(".").lstrip('("“')
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        if token.isdigit() and len(token) <= 2 and _MONTH.match(text, end.end()):
            continue  # a German date: "am 3. März 2025"
        spans.append((start, end.end()))
        start = end.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    for start, end in sentences(text):
        if start <= offset < end:
            return start, end
    return 0, len(text)


@lru_cache(maxsize=256)
def clause_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A clause word followed by a space: the clause starts after it."""
    if not words:
        return None
    alternatives = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(reversed(alternatives)) + r")\s+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def clause_starts(text: str, words: tuple[str, ...]) -> tuple[int, ...]:
    """Offsets where a clause begins (after leading spaces, quotes and bullets)."""
    found = {0}
    for start, _end in sentences(text):
        found.add(start)
    brackets = _brackets(text)
    found.update(
        m.end()
        for m in _PUNCTUATION.finditer(text)
        if not any(s < m.start() < e for s, e in brackets)
    )
    after_word = clause_words(words)
    if after_word is not None:
        found.update(m.end() for m in after_word.finditer(text))
    starts = set()
    for at in found:
        lead = _LEAD.match(text, at)
        at = lead.end() if lead else at
        if at < len(text):
            starts.add(at)
    return tuple(sorted(starts))


def segment_before(text: str, sentence_start: int, offset: int) -> str:
    """The part of the clause before `offset`: from the last `,` `;` `:` `(` or dash in the
    sentence (or its start) up to `offset`. Punctuation inside square brackets (a to-do
    marker, "[TODO: who]") does not count."""
    last = sentence_start
    brackets = _brackets(text)
    for m in _PUNCTUATION.finditer(text, sentence_start, offset):
        if not any(s < m.start() < e for s, e in brackets):
            last = m.end()
    return text[last:offset]


@lru_cache(maxsize=4096)
def _brackets(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _BRACKET.finditer(text)) if "[" in text else ()


_BRACKET = re.compile(r"\[[^\]\n]*\]")


def overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
