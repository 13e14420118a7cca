"""Word lists of the rules: data files shipped in the package, tuned per project.

Each list is `reinstate/data/words/<language>/<name>.txt`, for the case's `language:`; a
language with a folder there but no list of that name has that list empty (the English
list would only misread its text), except the language-neutral lists (`NEUTRAL`), which
fall back to English. A language without a folder has no writing rules at all
(`has_word_lists`; the checker says so once). One phrase a line (`#` starts a comment). A phrase
matches whole words, ignoring case; `*` at the end of a word allows any ending
(`devastat*`), `a|b` offers alternatives for one word (`buyer|customer lied`), `..` stands
for up to three other words (`will .. train`), and a space or hyphen matches either. The
text rules read their lists as patterns of a small grammar (checks/grammar.py) that adds
word classes and clause positions to this syntax.

A project changes a list in reinstate.yaml under `checks.words.<list>` with `add`, `remove`
and `replace: true` (use only `add`). A family key (`tone`) may `remove` phrases from every
list of the family.

A list is matched as one regular expression, but only of the phrases the text can hold:
each word of a phrase must begin some word of the text. Compiling every list whole took
most of the time of the checks, and a text holds few of any list's phrases.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources

from reinstate.checks.text import Passage
from reinstate.core.config import Config

_SEP = r"[\s-]+"
_GAP = r"(?:[\w'’]+[\s-]+){0,3}?"


DEFAULT_LANGUAGE = "en"
NEUTRAL = frozenset({"placeholder.unfilled"})
"""Lists that read markers, not language (lorem ipsum, TBD): English serves every language."""


@cache
def has_word_lists(language: str) -> bool:
    """reinstate ships word lists for `language` (its writing rules can run)."""
    return resources.files("reinstate.data").joinpath("words", language).is_dir()


def language_of(case: object) -> str:
    """The language of a case's text (`language:` in case.md, where the model has it)."""
    found = getattr(case, "language", None)
    return found if isinstance(found, str) and found else DEFAULT_LANGUAGE


@cache
def builtin(name: str, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The phrases of the shipped list `name` (empty when there is no such list)."""
    words = resources.files("reinstate.data").joinpath("words")
    path = words.joinpath(language, f"{name}.txt")
    if not path.is_file() and (name in NEUTRAL or not has_word_lists(language)):
        path = words.joinpath(DEFAULT_LANGUAGE, f"{name}.txt")
    if not path.is_file():
        return ()
    phrases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        phrase = line.split("#", 1)[0].strip()
        if phrase:
            phrases.append(phrase)
    return tuple(phrases)


@cache
def list_names() -> tuple[str, ...]:
    """Every shipped list, by name."""
    folder = resources.files("reinstate.data").joinpath("words", DEFAULT_LANGUAGE)
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt")))


def phrases(name: str, config: Config, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """List `name` after the project's `checks.words` changes."""
    words = config.checks.words
    if not words:
        return builtin(name, language)
    found = list(builtin(name, language))
    family = words.get(name.split(".", 1)[0])
    own = words.get(name)
    if own is not None:
        if own.replace:
            found = []
        found.extend(p for p in own.add if p.lower() not in {f.lower() for f in found})
    removed = {
        p.lower() for p in (*(family.remove if family else ()), *(own.remove if own else ()))
    }
    return tuple(p for p in found if p.lower() not in removed)


class Phrases:
    """A word list, matched like one regular expression of all its phrases."""

    __slots__ = ("phrases",)

    def __init__(self, phrase_list: tuple[str, ...]) -> None:
        self.phrases = phrase_list

    def regex(self, *texts: str) -> re.Pattern[str] | None:
        """The expression of the phrases that may occur in `texts` (None: none can)."""
        return _narrowed(self.phrases, texts)

    def search(self, text: str) -> re.Match[str] | None:
        found = self.regex(text)
        return found.search(text) if found is not None else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        found = self.regex(text)
        return found.fullmatch(text) if found is not None else None


def pattern(name: str, config: Config, language: str = DEFAULT_LANGUAGE) -> Phrases | None:
    """List `name` of `language`, ready to match (None when the list is empty)."""
    found = phrases(name, config, language)
    return Phrases(found) if found else None


_RUN = re.compile(r"\w+")


def fold_word(text: str) -> str:
    """Lower case as `re.IGNORECASE` compares it: 'İ' and 'ı' match 'i' there too."""
    return text.casefold().replace("i\u0307", "i").replace("ı", "i")


@lru_cache(maxsize=4096)
def words_of(text: str) -> frozenset[str]:
    """The words of `text` (runs of word characters), folded."""
    return frozenset(_RUN.findall(fold_word(text)))


@lru_cache(maxsize=4096)
def _narrowed(phrase_list: tuple[str, ...], texts: tuple[str, ...]) -> re.Pattern[str] | None:
    """Kept per list and texts: a rebuild after a save checks mostly unchanged texts."""
    words, ordered = vocabulary(texts)
    return compile_phrases(
        tuple(p for p in phrase_list if all(present(t, words, ordered) for t in _needs(p)))
    )


@lru_cache(maxsize=256)
def vocabulary(texts: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of all `texts`, as a set and sorted (for prefixes); most rules read the
    same passages, so this is done once for them all."""
    words = words_of(texts[0]) if len(texts) == 1 else frozenset().union(*map(words_of, texts))
    return words, tuple(sorted(words))


@lru_cache(maxsize=4096)
def _needs(phrase: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """Per word of `phrase`: its alternatives as (start, whole), where the text must have a
    word equal to `start` (`whole`) or beginning with it.

    Every word of a phrase starts where a word of the text starts (after the start of the
    text, a space, a hyphen or other non-word character), so a text lacking such a word
    cannot match. An alternative that starts with a non-word character needs nothing.
    """
    needs = []
    for token in phrase.split():
        if token == "..":
            continue
        alternatives: list[tuple[str, bool]] = []
        for alt in token.split("|"):
            folded = fold_word(alt)
            lead = _RUN.match(folded)
            if lead is None:
                alternatives = []
                break
            alternatives.append((lead.group(0), lead.end() == len(folded)))
        if alternatives:
            needs.append(tuple(alternatives))
    return tuple(needs)


def present(
    alternatives: tuple[tuple[str, bool], ...], words: frozenset[str], ordered: tuple[str, ...]
) -> bool:
    for start, whole in alternatives:
        if whole:
            if start in words:
                return True
            continue
        at = bisect.bisect_left(ordered, start)
        if at < len(ordered) and ordered[at].startswith(start):
            return True
    return False


@lru_cache(maxsize=1024)
def compile_phrases(phrase_list: tuple[str, ...]) -> re.Pattern[str] | None:
    """One expression for `phrase_list` (bounded cache: a watcher sees ever new texts)."""
    if not phrase_list:
        return None
    # Longest first, so "we did nothing wrong" wins over "nothing wrong" at the same place.
    parts = sorted((phrase_regex(p) for p in phrase_list), key=len, reverse=True)
    # A class of the possible first letters lets the engine skip most positions at once.
    first = {alt[0].lower() for p in phrase_list for alt in p.split()[0].split("|") if alt}
    guard = ""
    if all(c.isalnum() for c in first):
        guard = "(?=[" + "".join(sorted(first | {c.upper() for c in first})) + "])"
    return re.compile(r"(?<![\w])" + guard + "(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


def phrase_regex(phrase: str) -> str:
    out: list[str] = []
    gap = False
    for token in phrase.split():
        if token == "..":
            gap = True
            continue
        if out:
            out.append(_SEP)
        if gap:
            out.append(_GAP)
            gap = False
        out.append(_word_regex(token))
    return "".join(out)


def _word_regex(token: str) -> str:
    alternatives = []
    for alt in token.split("|"):
        text = re.escape(alt.replace("’", "'")).replace(r"\*", r"\w*").replace(r"\-", r"[\s-]?")
        alternatives.append(text.replace("'", "['’]"))
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def find(
    found: Phrases | None, passages: Iterable[Passage], quoted: bool = False
) -> Iterator[tuple[Passage, re.Match[str]]]:
    """Matches of `found` in `passages`, skipping text in double quotes unless `quoted`."""
    if found is None:
        return
    passages = tuple(passages)
    regex = found.regex(*(passage.text for passage in passages))
    if regex is None:
        return
    for passage in passages:
        spans = () if quoted else passage.quotes
        for match in regex.finditer(passage.text):
            if not spans or not any(s <= match.start() < e for s, e in spans):
                yield passage, match


def shown(match: re.Match[str]) -> str:
    """The matched phrase on one line, for a message."""
    return " ".join(match.group(0).split())
