"""Finding a rule's patterns in passages: sentences, clause starts, exceptions.

Speed (a 30-item case is read in a few milliseconds): a list keeps only the patterns whose
every required part has a word in the case's text, and `<np>` is checked in Python, not in
`re`, where up to four optional words before every match were slow.

`find` narrows a list (checks/grammar.py) to the case's words once per text set (set
filters: which patterns the words allow, which words can fill each of their parts), then
reads each passage sentence by sentence: a sentence without a word of a pattern's rarest
part is skipped, a pattern is tried only where its first word stands (and, for `^`, where
a clause starts), and a match is dropped when an `unless:` pattern is in its sentence, a
`not:` pattern overlaps it, or a skip phrase ("if", "so that") opens its clause. A
pattern's expression is made when the pattern is first tried, and at most twice in a
process (`expression`): the work for a new case is that of the patterns its text tries.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reinstate.checks import kept
from reinstate.checks.clauses import clause_starts, overlaps, segment_before, sentences
from reinstate.checks.grammar import (
    Classes,
    Grammar,
    Needs,
    Pattern,
    Vocab,
    opening_regex,
    parse_line,
)
from reinstate.checks.placeholder import TODO
from reinstate.checks.text import Passage
from reinstate.checks.words import fold_word, vocabulary, words_of
from reinstate.core.memo import Same


@dataclass(frozen=True, slots=True)
class Entry:
    """One pattern of a list, with the words of the text that can fill each of its
    required parts (a sentence lacking all words of one part cannot match)."""

    pattern: Pattern
    parts: tuple[frozenset[str], ...]
    lead: frozenset[str] | None
    """The words of the text that can begin a match (None: any position)."""
    index: int = 0
    """Of `pattern` in its grammar's patterns."""

    def possible(self, words: frozenset[str]) -> bool:
        for part in self.parts:  # noqa: SIM110 (a loop, not all(...): called per sentence)
            if part.isdisjoint(words):
                return False
        return True


UNLESS = -1
NOT = -2
"""The indexes of a list's `unless:` and of its `not:` patterns, each joined into one
expression, among its patterns' expressions."""


class Compiled:
    """A list narrowed to a text: anchored patterns are tried at clause starts only, and
    only in sentences that hold a word of the rarest part of some pattern (`trigger`).

    Narrowing is set filters only; a pattern's expression is made when the pattern is
    first tried (`regex`, see `expression`)."""

    __slots__ = ("anchored", "free", "grammar", "noted", "regexes", "trigger", "vocab")

    def __init__(
        self,
        grammar: Grammar,
        vocab: Vocab,
        anchored: tuple[Entry, ...],
        free: tuple[Entry, ...],
        trigger: frozenset[str],
    ) -> None:
        self.grammar = grammar
        self.vocab = vocab
        self.anchored = anchored
        self.free = free
        self.trigger = trigger
        self.regexes: dict[int, tuple[str, re.Pattern[str]] | None] = {}
        """The expressions tried so far, by pattern index (`UNLESS`, `NOT`): the text of
        each and its pattern (None: the list has no such lines)."""
        self.noted: kept.Kept | None = None

    def regex(self, index: int) -> re.Pattern[str] | None:
        """The expression of pattern `index` (`UNLESS`, `NOT`: of those lines; None when
        the list has none)."""
        if index in self.regexes:
            found = self.regexes[index]
        else:
            found = self.regexes[index] = expression(self.grammar, index, self.vocab)
            store = kept.active()
            if found is not None and store is not None:
                kept.note_regex(store, found[0])
        return found[1] if found is not None else None

    def keep(self) -> None:
        """Note the expressions compiled for this narrowed list as used by the case being
        checked (checks/kept.py; those it compiles later are noted as they are)."""
        store = kept.active()
        if store is not None and self.noted is not store:
            self.noted = store
            for found in self.regexes.values():
                if found is not None:
                    kept.note_regex(store, found[0])


def expression(grammar: Grammar, index: int, vocab: Vocab) -> tuple[str, re.Pattern[str]] | None:
    """The expression of pattern `index` of `grammar` (`UNLESS`, `NOT`: of those lines
    joined; None when the list has none) for a text of the words of `vocab`.

    The first time a process needs it, it is built of only the class members and
    alternatives the text can hold: a few of them, quick to compile. When a text of other
    words needs it narrowed otherwise, it is built once of the whole word classes and
    kept for every later text, so a process that checks many cases (a build, the
    watcher, the tests) compiles each pattern at most twice. Both find the same: a class
    member or an alternative left out needs a word the text lacks to match.

    Whether another text needs it narrowed otherwise is answered without parsing the
    pattern again: the parser reads a text's words only through `Vocab.has`, so the
    narrowed expression is a function of the questions it asked and their answers
    (`Grammar.answers`); a text that answers each the same way gets the same one."""
    kept_here = grammar.expressions.get(index)
    if kept_here is not None and kept_here[0] is None:
        return kept_here[1]  # whole
    asked = grammar.answers.get(index)
    if kept_here is not None and kept_here[1] is not None and asked is not None:
        if all(vocab.has(needs) is answer for needs, answer in asked):
            return kept_here[1]  # the text answers every question as before: the same
        made: str | None = None  # another narrowing: the whole expression, below
    else:
        recording = _Asking(vocab)
        made = _narrowed_source(grammar, index, recording)
        if made is None:
            grammar.expressions[index] = (None, None)
            return None
        if recording.asked is not None:
            grammar.answers[index] = tuple(recording.asked)
    if kept_here is not None and kept_here[1] is not None:
        if kept_here[1][0] == made:
            return kept_here[1]
        whole = _source(grammar, index, None)
        assert whole is not None
        found = (whole, _regex(whole))
        grammar.expressions[index] = (None, found)
        return found
    assert made is not None  # a text that answers otherwise took the whole one above
    found = (made, _regex(made))
    grammar.expressions[index] = (made, found)
    return found


class _Asking(Vocab):
    """A text's words that note each question the parser asks of them and the answer (None
    until asked: an expression read from the cache of a build asks nothing)."""

    __slots__ = ("asked",)

    def __init__(self, vocab: Vocab) -> None:
        super().__init__(vocab.words, vocab.ordered)
        self._digest = vocab.digest() if kept.active() is not None else ""
        self.asked: list[tuple[Needs, bool]] | None = None

    def has(self, needs: Needs) -> bool:
        answer = super().has(needs)
        if self.asked is None:
            self.asked = []
        self.asked.append((needs, answer))
        return answer


def _narrowed_source(grammar: Grammar, index: int, vocab: Vocab) -> str | None:
    """`_source` narrowed to `vocab`, or what it was for the case's last check (a build
    keeps it with the case's expressions, checks/kept.py)."""
    if kept.active() is None:
        return _source(grammar, index, vocab)
    found = kept.value(
        f"e:{grammar.key}:{index}:{vocab.digest()}",
        lambda: [_source(grammar, index, vocab)],
        lambda kept: isinstance(kept, list) and len(kept) == 1 and isinstance(kept[0], str | None),
    )
    source: str | None = found[0]
    return source


def _source(grammar: Grammar, index: int, vocab: Vocab | None) -> str | None:
    """The text of pattern `index`'s expression, of only what `vocab` can hold (None: of
    everything)."""
    if index >= 0:
        return parse_line(grammar.patterns[index].line, grammar.classes, vocab).regex
    kind = "unless" if index == UNLESS else "not"
    lines = sorted(
        (p.line for p in grammar.patterns if p.kind == kind),
        key=lambda line: len(_whole_regex(line, grammar.classes)),
    )
    sources = [parse_line(line, grammar.classes, vocab).regex for line in lines]
    return "(?:" + ")|(?:".join(reversed(sources)) + ")" if sources else None


@lru_cache(maxsize=1024)
def _whole_regex(line: str, classes: Classes) -> str:
    """The expression of `line` built of the whole word classes (the order of the joined
    `unless:` and `not:` patterns: the longest first)."""
    return parse_line(line, classes).regex


@lru_cache(maxsize=4096)
def narrowed(grammar: Grammar, texts: tuple[str, ...]) -> Compiled:
    """Kept per list and texts: a rebuild after a save checks mostly unchanged texts.

    A list narrowed to more words than the texts hold finds exactly what the list
    narrowed to their words finds: a pattern, a class member or a lead kept only for a
    word the texts lack needs that word to match, and every filter (`trigger`, `possible`,
    `lead`) meets the texts' sentences in the same words. So after a save, which adds a
    few words to texts the list was narrowed to moments before, the list narrowed to the
    words of both is used (`_WIDER`): the same object, whose matches of the unchanged
    texts are kept (`_kept_matches`).
    """
    words, _ordered = vocabulary(texts)
    kept = _WIDER.get(grammar, ())
    for wider in kept:
        if words <= wider:
            return _narrowed_to(grammar, wider)
    wide = words.union(kept[0]) if kept else words
    if len(wide) > 2 * len(words):  # other texts (another case): no more than twice the work
        wide = words
    _WIDER[grammar] = (wide, *kept[: _WIDER_KEPT - 1])
    return _narrowed_to(grammar, wide)


_WIDER: dict[Grammar, tuple[frozenset[str], ...]] = {}
"""The word sets each list was last narrowed to, newest first (at most `_WIDER_KEPT`)."""
_WIDER_KEPT = 4


@lru_cache(maxsize=64)
def _narrowed_to(grammar: Grammar, words: frozenset[str]) -> Compiled:
    ordered = tuple(sorted(words))
    anchored: list[Entry] = []
    free: list[Entry] = []
    trigger: set[str] = set()
    filled: dict[Needs, frozenset[str]] = {}  # many patterns need the same class

    def filling(needs: Needs) -> frozenset[str]:
        found = filled.get(needs)
        if found is None:
            found = filled[needs] = _filling(needs, words, ordered)
        return found

    for index, pattern in enumerate(grammar.patterns):
        if pattern.kind != "find":
            continue
        parts = tuple(map(filling, pattern.needs))
        if not all(parts):
            continue
        lead = filling(pattern.lead) if pattern.lead is not None else None
        entry = Entry(pattern, parts, lead, index)
        (anchored if pattern.anchored else free).append(entry)
        trigger |= min(parts, key=len) if parts else words
    vocab = Vocab(words, ordered)
    return Compiled(grammar, vocab, tuple(anchored), tuple(free), frozenset(trigger))


def _filling(needs: Needs, words: frozenset[str], ordered: tuple[str, ...]) -> frozenset[str]:
    """The words of the text that can stand for one required part."""
    found: set[str] = set()
    for start, whole in needs:
        if whole:
            if start in words:
                found.add(start)
            continue
        at = bisect.bisect_left(ordered, start)
        while at < len(ordered) and ordered[at].startswith(start):
            found.add(ordered[at])
            at += 1
    return frozenset(found)


@lru_cache(maxsize=4096)
def _regex(source: str) -> re.Pattern[str]:
    return kept.compile_regex(source, re.IGNORECASE)


def find(
    grammar: Grammar | None,
    passages: Iterable[Passage],
    skip: tuple[str, ...] = (),
    quoted: bool = False,
    within: Sequence[Passage] | None = None,
    shared: dict[object, Compiled] | None = None,
) -> Iterator[tuple[Passage, re.Match[str]]]:
    """Matches in `passages`, not in quotes (unless `quoted`) or to-do markers (a template's
    instruction, not the author's words), and not in a clause that an opening phrase of
    `skip` starts ("if", "so that": a condition, a purpose).

    The list is narrowed to the words of `within` (default: `passages`), which must hold
    `passages`: a rule reading one file at a time narrows once to the whole case's words,
    and finds what narrowing to the file's words would (see `narrowed`). `shared` keeps
    the narrowed list for the next call with the same `within` (a dict of the check run
    that keeps `within` alive, so its id stands for it)."""
    if grammar is None:
        return
    passages = tuple(passages)
    if within is None or shared is None:
        compiled = narrowed(grammar, tuple(p.text for p in (within or passages)))
    else:
        key = (grammar, id(within))
        kept = shared.get(key)
        compiled = kept if kept is not None else narrowed(grammar, tuple(p.text for p in within))
        shared[key] = compiled
    compiled.keep()
    if not compiled.anchored and not compiled.free:
        return
    opening = opening_regex(skip)
    for passage in passages:
        unread = _to_do(passage.text) + (() if quoted else passage.quotes)
        for match in _kept_matches(Same((compiled,)), passage.text, grammar, opening):
            if not any(s <= match.start() < e for s, e in unread):
                yield passage, match


@lru_cache(maxsize=16384)
def _kept_matches(
    compiled: Same, text: str, grammar: Grammar, opening: re.Pattern[str] | None
) -> tuple[re.Match[str], ...]:
    """The matches of one text, kept per narrowed list (the very object: `narrowed` hands
    out the same one while the case's words allow) and text: after a save, every passage
    but the edited one is read again unchanged."""
    found = compiled.objects[0]
    assert isinstance(found, Compiled)
    return tuple(_matches(found, text, grammar, opening))


@lru_cache(maxsize=4096)
def _to_do(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in TODO.finditer(text)) if "todo" in text.lower() else ()


def _matches(
    compiled: Compiled, text: str, grammar: Grammar, opening: re.Pattern[str] | None
) -> Iterator[re.Match[str]]:
    for start, end, words in _sentence_words(text):
        if compiled.trigger.isdisjoint(words):
            continue
        hits = _hits(compiled, text, start, end, words, grammar)
        for hit in sorted(hits, key=lambda m: (m.start(), -m.end())):
            if _excepted(compiled, text, start, end, hit):
                continue
            if opening is not None and _opened(opening, text, start, hit):
                continue
            yield hit
            break  # one finding per sentence and rule: the reviewer needs one pointer


def _hits(
    compiled: Compiled,
    text: str,
    start: int,
    end: int,
    words: frozenset[str],
    grammar: Grammar,
) -> list[re.Match[str]]:
    hits: list[re.Match[str]] = []
    every = clause_starts(text, grammar.clause_words)
    clauses = every[bisect.bisect_left(every, start) : bisect.bisect_left(every, end)]
    positions = _positions(text, start, end)
    for entry in (*compiled.anchored, *compiled.free):
        if not entry.possible(words):
            continue
        pattern = entry.pattern
        regex = compiled.regex(entry.index)
        if regex is None:
            continue
        if entry.lead is None:
            if pattern.anchored:
                hits.extend(m for at in clauses if (m := regex.match(text, at, end)))
            else:
                hits.extend(regex.finditer(text, start, end))
            continue
        for word in entry.lead & words:
            for at in positions[word]:
                if pattern.np and not _after_clause_start(text, clauses, at, grammar.stop):
                    continue  # (cached: the same heads are tried by several patterns)
                if pattern.anchored and not pattern.np and at not in clauses:
                    continue
                found = regex.match(text, at, end)
                if found is not None:
                    hits.append(found)
    return hits


@lru_cache(maxsize=4096)
def _sentence_words(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Each sentence and its words (shared by every rule that reads the passage)."""
    return tuple((start, end, words_of(text[start:end])) for start, end in sentences(text))


@lru_cache(maxsize=4096)
def _positions(text: str, start: int, end: int) -> dict[str, list[int]]:
    """Where each word of a sentence starts (shared by every rule that reads it)."""
    found: dict[str, list[int]] = {}
    for m in _WORD_RUN.finditer(text, start, end):
        found.setdefault(fold_word(m.group(0)), []).append(m.start())
    return found


def _after_clause_start(text: str, clauses: tuple[int, ...], at: int, stop: frozenset[str]) -> bool:
    n = bisect.bisect_right(clauses, at) - 1
    return n >= 0 and _subject_head(text, clauses[n], at, stop)


@lru_cache(maxsize=8192)
def _subject_head(text: str, clause: int, at: int, stop: frozenset[str]) -> bool:
    """Whether `at` is at most four words, none of them a stop word, after the start of
    its clause ("The new carrier", "Amazon's warehouse"): the head of the clause's subject."""
    before = [fold_word(w.strip('"“”‘’,')) for w in text[clause:at].split()]
    if len(before) > 4 or any(w in stop for w in before):
        return False
    # A verb form away from the head ("our listing used the brand's logo") means the head is
    # an object; next to it, it is an adjective ("the unvetted supplier").
    if any(w.endswith(("ed", "ing")) and len(w) > 4 for w in before[:-1]):
        return False
    # A second determiner after a noun phrase ("a parcel the carrier has not collected")
    # starts a relative clause; after an opening phrase ("in March the carrier") it does not.
    return not (before and before[0] in _DETERMINERS and any(w in _DETERMINERS for w in before[1:]))


_DETERMINERS = frozenset(
    ("a", "an", "the", "this", "that", "these", "those", "our", "their", "its", "your", "my")
) | {"each", "every", "any"}


_WORD_RUN = re.compile(r"\w+")


def _excepted(compiled: Compiled, text: str, start: int, end: int, hit: re.Match[str]) -> bool:
    """An `unless:` pattern in the sentence, or a `not:` pattern over the match."""
    unless = compiled.regex(UNLESS)
    if unless is not None and unless.search(text, start, end):
        return True
    exclude = compiled.regex(NOT)
    if exclude is None:
        return False
    found = exclude.finditer(text, start, end)
    return overlaps([m.span() for m in found], *hit.span())


def _opened(opening: re.Pattern[str], text: str, sentence_start: int, hit: re.Match[str]) -> bool:
    """Whether an opening phrase ("if", "when a") begins the clause of `hit` before it or
    where it starts ("When a buyer reports ...": the match starts at "a buyer")."""
    before = segment_before(text, sentence_start, hit.start())
    start = hit.start() - len(before)
    found = opening.search(text, start, hit.end())
    return found is not None and found.start() <= hit.start()
