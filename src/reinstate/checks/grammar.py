"""The phrase grammar of the text rules: patterns that read who does what in a clause.

Each text rule reads a word list, `data/words/<language>/<list>.txt`, one pattern a line
(`#` starts a comment). A pattern is words in a row, matched whole and ignoring case, a
space or a hyphen between them matching either:

- `word`; `word*` (any ending); `*word` (any beginning: the head of a German compound,
  `*fehler` reads "Bedienfehler"); `a|b` (either word); `word?` (may be left out);
- `(due to|because of)`: either run of words (`|` separates runs inside brackets);
  `(...)?` may be left out, `(...)*` repeated;
- `..` stands for up to three other words, `...` for up to eight;
- `@name`: any phrase of the word class `grammar.<name>` (a list too, so a project can
  extend it), possessive allowed ("carrier's"), `@name's` possessive required, `@name~`
  none (a subject: "Amazon's target" is no act of Amazon's); `@name?` may be left out,
  `@name*` any number in a row (`we @aux* lost`: "we had also lost");
- `<np>`: up to four words before the head of a noun phrase (not words of
  `grammar.stop`), so `^ <np> @party` reads "the new carrier", "Amazon's warehouse";
- `<word>` (any one word), `<number>`, `<money>`; `,` `:` `;` glued to the word before
  (`,?` when optional);
- for a language whose verbs close the clause (German): `<inf>`, a lower-case word shaped
  like an infinitive ("zuordnen", "ändern"), and `<end>`, where the clause ends (a comma,
  a full stop, "und", "dass", ...: it matches no text), so `wird ... <inf> <end>` reads the
  verb bracket "Unser Team wird die Rechnungen zuordnen.";
- `^` first: the match begins a clause (its subject); `$` last: only filler words
  (`grammar.filler`) follow until the clause ends ("we fixed the issue." but not "we fixed
  the issue by ...").

Two kinds of line limit the others: `unless: PATTERN` drops a match when the pattern
occurs in the same sentence (the carrier lost parcels, "and we did not track them", is
owned, not blame); `not: PATTERN` drops a match it overlaps ("trademark attorney").

This module reads the patterns into regular expressions (and what words each part needs,
so checks/reading.py can skip what a text cannot hold).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reinstate.checks import kept
from reinstate.checks import words as words_module
from reinstate.checks.words import DEFAULT_LANGUAGE, fold_word, list_names, phrases
from reinstate.core.config import Config

_SEP = r"[\s-]+"
_GAP_WORD = r"[\"“‘]?[\w'’$%&/+]+(?:[.,-]\w+)*(?:(?<=\d)\.(?=\s))?[\"”’]?"
"""One word of a gap; a number with a full stop inside a sentence is an ordinal, as in
the German date "am 3. März 2025"."""
_GAPS = {"..": "{0,3}?", "...": "{0,8}?"}
_START = r"(?<![\w'’])"
_STOP = r"(?![\w'’])"
_POSSESSIVE = r"(?:['’]s?)?"
_GLUED = {",", ":", ";", ",?", ":?"}
SPECIAL = {
    "<word>": _GAP_WORD,
    "<number>": r"\d[\d,.]*",
    "<money>": (
        r"(?:[$£€]\s?\d[\d,.]*(?:\s?(?:k|m|million|thousand)\b)?"
        r"|\d[\d,.]*\s?(?:dollars|euros|pounds|usd|eur|gbp)\b)"
    ),
    # A German infinitive at the end of a verb bracket ("wird ... zuordnen"): lower case,
    # which sets it apart from a noun, ending in -en, -rn or -ln; not a participle in ge-
    # or after a separable prefix ("wird ... gelesen", "werden ... zurückgegeben" are
    # passives). Case-sensitive inside the case-blind expression.
    "<inf>": (
        r"(?-i:(?!(?:ab|an|auf|aus|bei|durch|ein|fest|frei|her|hin|mit|nach|um|vor|weg|"
        r"zu|zurück|zusammen|wieder)?ge)[a-zäöüß]+(?:en|rn|ln))"
    ),
    # The end of a clause, for languages whose verb closes it: a comma counts too ("Wir
    # werden sicherstellen, dass ..."). Only looks ahead; it matches no text.
    "<end>": r"(?=\s*(?:[.,;:!?)]|$|\s(?:und|oder|aber|sowie|sodass|damit|weil|wenn|dass)\b))",
}

Needs = tuple[tuple[str, bool], ...]
"""Alternatives (start, whole) of one required word: the text must have a word equal to
`start` (whole) or beginning with it."""


class Classes:
    """The word classes a list uses, by name. Compared by identity, so the caches keyed
    on it cost nothing to look up (hashing every phrase on each call cost more than the
    work the caches save)."""

    __slots__ = ("_digest", "members")

    def __init__(self, pairs: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        self.members = dict(pairs)
        self._digest = ""

    def digest(self) -> str:
        """Of every class and its phrases (the key of what is kept, checks/kept.py)."""
        if not self._digest:
            self._digest = kept.digest(
                *(f"{name}\0{chr(1).join(found)}" for name, found in sorted(self.members.items()))
            )
        return self._digest

    def get(self, name: str) -> tuple[str, ...]:
        return self.members.get(name, ())

    def __contains__(self, name: str) -> bool:
        return name in self.members


class GrammarError(ValueError):
    """A pattern that cannot be read (an unknown class, a class that contains itself)."""


class Vocab:
    """The words of a text, to build expressions of only the class members it can hold
    (compiling every member of every class took most of the time of a first check).
    Compared by identity, so the caches keyed on it cost nothing to look up."""

    __slots__ = ("_digest", "ordered", "words")

    def __init__(self, words: frozenset[str], ordered: tuple[str, ...]) -> None:
        self.words = words
        self.ordered = ordered
        self._digest = ""

    def digest(self) -> str:
        """Of the words (a key of what is kept, checks/kept.py)."""
        if not self._digest:
            self._digest = kept.digest(*self.ordered)
        return self._digest

    def has(self, needs: Needs) -> bool:
        for start, whole in needs:
            if whole:
                if start in self.words:
                    return True
                continue
            at = bisect.bisect_left(self.ordered, start)
            if at < len(self.ordered) and self.ordered[at].startswith(start):
                return True
        return False


NOTHING = Vocab(frozenset(), ())
"""No text: parse a pattern for what it needs, with empty expressions."""


@dataclass(frozen=True, slots=True)
class Element:
    regex: str
    mode: str
    """one | opt | star | gap (`regex` is then one word, repeated `count` times)"""
    needs: Needs | None
    """None: the element asks nothing of the text (optional, a gap, a number)."""
    count: str = ""


@dataclass(frozen=True, slots=True)
class Pattern:
    line: str
    kind: str
    """find | unless | not"""
    anchored: bool
    """`^`: starts a clause."""
    np: bool
    """`^ <np> ...`: `regex` starts at the head, after up to three words of a clause."""
    regex: str
    needs: tuple[Needs, ...]
    lead: Needs | None
    """What the first word of a match must be (None: the pattern starts optionally)."""


def parse_line(line: str, classes: Classes, vocab: Vocab | None = None) -> Pattern:
    """The pattern of one line; with `vocab`, its expression holds only the class members
    whose first word the text has (`NOTHING`: none, for what the pattern needs)."""
    source = line
    kind = "find"
    for prefix in ("unless:", "not:"):
        if line.startswith(prefix):
            kind, line = prefix[:-1], line[len(prefix) :]
    tokens = split_tokens(line)
    anchored = bool(tokens) and tokens[0] == "^" and kind == "find"
    ends = bool(tokens) and tokens[-1] == "$"
    tokens = tokens[1 if tokens[:1] == ("^",) else 0 : -1 if ends else None]
    elements = _elements(tokens, classes, vocab)
    np = False
    if anchored and tokens[:1] == ("<np>",) and len(elements) > 1:
        head = elements[1]
        if head.mode == "one" and head.needs is not None:
            # Matched from the head ("carrier"), the words before it checked in Python:
            # a run of up to three optional words before every match is slow in `re`.
            np, elements = True, elements[1:]
    regex = _assemble(elements) + (_end(classes, vocab) if ends else _STOP)
    first = elements[0] if elements else None
    lead = first.needs if first is not None and first.mode == "one" else None
    needs = tuple(e.needs for e in elements if e.mode == "one" and e.needs is not None)
    return Pattern(source, kind, anchored, np, regex if anchored else _START + regex, needs, lead)


_TOKEN = re.compile(r"\((?:[^()]|\([^()]*\))*\)[?*]?|[^\s()]+")


def split_tokens(line: str) -> tuple[str, ...]:
    """The tokens of a pattern: words, and bracketed groups kept whole."""
    return tuple(_TOKEN.findall(line))


def _group(token: str) -> list[str]:
    """The runs of words of `(a b|c d)`, split at the `|` outside inner brackets."""
    inner = token[1 : token.rindex(")")]
    runs, depth, start = [], 0, 0
    for n, ch in enumerate(inner):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            runs.append(inner[start:n])
            start = n + 1
    runs.append(inner[start:])
    return [run.strip() for run in runs if run.strip()]


def _elements(
    tokens: tuple[str, ...], classes: Classes, vocab: Vocab | None = None
) -> list[Element]:
    found: list[Element] = []
    for token in tokens:
        if token in _GAPS:
            found.append(Element(_GAP_WORD, "gap", None, _GAPS[token]))
        elif token == "<end>" and found:  # a look-ahead: no separator before it
            last = found[-1]
            found[-1] = Element(last.regex + SPECIAL[token], last.mode, last.needs, last.count)
        elif token in _GLUED and found:
            last = found[-1]
            glued = r"\s*" + re.escape(token.rstrip("?")) + ("?" if token.endswith("?") else "")
            found[-1] = Element(last.regex + glued, last.mode, last.needs, last.count)
        else:
            found.append(_element(token, classes, vocab))
    return found


@lru_cache(maxsize=8192)
def _element(token: str, classes: Classes, vocab: Vocab | None) -> Element:
    mode = "one"
    if token.startswith("("):
        regex, needs = _alternatives(tuple(_group(token)), classes, vocab)
        return Element(regex, {"?": "opt", "*": "star"}.get(token[-1], "one"), needs)
    if token.startswith("@") and token.endswith("*"):
        mode, token = "star", token[:-1]
    elif token.endswith("?") and len(token) > 1:
        mode, token = "opt", token[:-1]
    if token == "<np>":
        return Element(_noun_word(classes), "gap", None, "{0,3}")
    if token.startswith("@"):
        name, owner = token[1:], _POSSESSIVE
        if name[-2:] in ("'s", "’s"):
            name, owner = name[:-2], r"['’]s?"  # `@party's`: the possessive is required
        elif name.endswith("~"):
            name, owner = name[:-1], "(?!['’])"  # `@party~`: none ("Amazon's target")
        regex, needs = class_regex(name, classes, vocab)
        regex += owner
    elif token.startswith("<") and token[: token.find(">") + 1] in SPECIAL:
        end = token.find(">") + 1  # `<number>%`: a special followed by literal text
        regex, needs = SPECIAL[token[:end]] + re.escape(token[end:]), None
    else:
        regex, needs = _word_regex(_held(token, vocab)), _word_needs(token)
    return Element(regex, mode, needs)


def _held(token: str, vocab: Vocab | None) -> str:
    """The alternatives of `token` the text can hold (all of them without a text)."""
    if vocab is None:
        return token
    kept = []
    for alt in token.split("|"):
        needs = _word_needs(alt)
        if needs is None or vocab.has(needs):
            kept.append(alt)
    return "|".join(kept)


def _noun_word(classes: Classes) -> str:
    """A word before the head of a noun phrase ("the", "new", "Amazon's"): not a word of
    `grammar.stop` (pronouns, verbs like "was", clause words)."""
    stop = classes.get("stop")
    if not stop:
        return _GAP_WORD
    return "(?!(?:" + "|".join(_word_regex(w) for w in stop) + ")" + _STOP + ")" + _GAP_WORD


_LEAD_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _word_regex(token: str) -> str:
    if not token:
        return "(?!)"  # no alternative left that the text can hold
    alternatives = []
    for alt in token.split("|"):
        text = re.escape(alt.replace("’", "'")).replace(r"\*", r"\w*").replace(r"\-", r"[\s-]?")
        alternatives.append(text.replace("'", "['’]"))
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


@lru_cache(maxsize=4096)
def _word_needs(token: str) -> Needs | None:
    alternatives = []
    for alt in token.split("|"):
        folded = fold_word(alt)
        lead = _LEAD_WORD.match(folded)
        if lead is None:
            return None
        alternatives.append((lead.group(0), lead.end() == len(folded)))
    return tuple(alternatives)


def _assemble(elements: list[Element]) -> str:
    """The elements in a row: those before the first required one carry their separator
    after them, the others before them, so optional parts at either end leave none
    dangling. An element list with nothing required matches nothing."""
    first = next((n for n, e in enumerate(elements) if e.mode == "one"), None)
    if first is None or any(e.mode == "one" and e.regex == "(?!)" for e in elements):
        return "(?!)"  # nothing required, or a required part the text cannot hold
    out = []
    for n, element in enumerate(elements):
        if n == first:
            out.append(element.regex)
            continue
        before = n < first
        if element.mode == "gap":
            word = f"{element.regex}{_SEP}" if before else f"{_SEP}{element.regex}"
            out.append(f"(?:{word}){element.count}")
            continue
        joined = f"{element.regex}{_SEP}" if before else f"{_SEP}{element.regex}"
        out.append({"opt": f"(?:{joined})?", "star": f"(?:{joined})*"}.get(element.mode, joined))
    return "".join(out)


def class_regex(
    name: str, classes: Classes, vocab: Vocab | None = None
) -> tuple[str, Needs | None]:
    """One expression for any phrase of the class (possessive added by the caller), and
    what it needs of a text."""
    if name in _RESOLVING:
        raise GrammarError(f"word class '{name}' contains itself")
    _RESOLVING.append(name)
    try:
        return _class_regex(name, classes, vocab)
    finally:
        _RESOLVING.pop()


_RESOLVING: list[str] = []
"""The classes being expanded, outermost first: a class that contains itself is an error
(kept out of the cache keys, so a class is expanded once wherever it is used)."""


@lru_cache(maxsize=1024)
def _class_regex(name: str, classes: Classes, vocab: Vocab | None) -> tuple[str, Needs | None]:
    if name not in classes:
        raise GrammarError(f"no word class '{name}' (a list 'grammar.{name}')")
    return _alternatives(classes.get(name), classes, vocab)


def _alternatives(
    members: tuple[str, ...], classes: Classes, vocab: Vocab | None
) -> tuple[str, Needs | None]:
    parts: list[tuple[int, str]] = []
    needs: list[tuple[str, bool]] = []
    free = False
    for member in members:
        elements = _elements(split_tokens(member), classes, vocab)
        if not elements:
            continue
        first = elements[0]
        if first.mode != "one" or first.needs is None:
            free = True
        else:
            needs.extend(first.needs)
            if vocab is not None and not vocab.has(first.needs):
                continue  # the text cannot hold it: what it needs counts, not its expression
        part = _assemble(elements)
        if part != "(?!)":
            parts.append((whole_length(member, classes) if vocab is not None else len(part), part))
    # Longest first ("our team" before "our"), by the length of the whole expression, so
    # that narrowing to a text never changes which of two members matches.
    parts.sort(key=lambda found: found[0], reverse=True)
    regex = "(?:" + "|".join(part for _length, part in parts) + ")" if parts else "(?!)"
    return regex, None if free or not needs else tuple(dict.fromkeys(needs))


@lru_cache(maxsize=8192)
def whole_length(member: str, classes: Classes) -> int:
    """The length of the expression of `member` (a class member, a bracketed run, a
    pattern) built of the whole word classes: the order of alternatives."""
    return len(_assemble(_elements(split_tokens(member), classes)))


def _end(classes: Classes, vocab: Vocab | None) -> str:
    filler = "(?!)"
    if "filler" in classes:
        filler = class_regex("filler", classes, vocab)[0]
    ends = r"(?:and|but|as|because|since|so|when|after|once|before|until|while)"
    return rf"(?=(?:{_SEP}{filler})*\s*(?:[.;!?)]|$|\s{ends}{_STOP}))"


class Grammar:
    """A rule's list with the word classes it uses, parsed once; compared by identity, so
    the caches keyed on it cost nothing to look up."""

    __slots__ = (
        "_record",
        "answers",
        "classes",
        "clause_words",
        "expressions",
        "key",
        "lines",
        "patterns",
        "shipped",
        "stop",
    )

    def __init__(self, lines: tuple[str, ...], classes: Classes, prebuilt: bool = True) -> None:
        self.lines = lines
        self.classes = classes
        self.clause_words: tuple[str, ...] = classes.get("clause")
        self.stop = frozenset(
            fold_word(word)
            for phrase in classes.get("stop")
            for word in phrase.replace("|", " ").split()
        )
        self.key = kept.digest(classes.digest(), *lines)
        """What the patterns are a function of (with the code: checks/kept.py)."""
        store = kept.active()
        found = _prebuilt(self.key, lines) if prebuilt else None
        self.shipped = found is not None
        """Parsed when the package was made (checks/prebuild.py): nothing to keep."""
        if found is None and store is not None:
            raw = store.get(f"p:{self.key}")
            found = _patterns_of(raw, lines) if raw is not None else None
            if raw is not None and found is None:
                store.drop(f"p:{self.key}")
        if found is None:
            found = tuple(parse_line(line, classes, NOTHING) for line in lines)
        self.patterns = found
        self.expressions: dict[int, tuple[str | None, tuple[str, re.Pattern[str]] | None]] = {}
        """The expression of each pattern this process has compiled (checks/reading.py's
        `expression`): by index, the text it was narrowed to (None: built of the whole
        word classes) and the expression."""
        self.answers: dict[int, tuple[tuple[Needs, bool], ...]] = {}
        """For each pattern of `expressions` narrowed to a text, what building it asked of
        the text's words (`Vocab.has`, in order) and the answers (checks/reading.py)."""
        self._record: list[Any] = []

    def keep(self) -> None:
        """Note the patterns as used by the case being checked (checks/kept.py)."""
        store = kept.active()
        key = f"p:{self.key}"
        if store is not None and not self.shipped and key not in store.used:
            store.put(key, self.record)

    def record(self) -> list[Any]:
        """The patterns as kept (made once: every case of a build keeps them)."""
        if not self._record:
            self._record = [_pattern_record(p) for p in self.patterns]
        return self._record


def _prebuilt(key: str, lines: tuple[str, ...]) -> tuple[Pattern, ...] | None:
    """The patterns of a list as shipped, parsed when the package was made (None: a list
    the project changed, or code other than the one that parsed them)."""
    if not _PREBUILT:
        from reinstate.checks import prebuilt

        _PREBUILT.append(prebuilt.PATTERNS if parse_code() == prebuilt.CODE else {})
    records = _PREBUILT[0].get(key)
    return _patterns_of(records, lines) if records is not None else None


_PREBUILT: list[dict[str, Any]] = []


def parse_code() -> str:
    """A digest of the modules whose code decides what a list parses into ('' when their
    text cannot be read: the prebuilt lists are then not used)."""
    sha = hashlib.sha256()
    try:
        for module in (__file__, words_module.__file__):
            sha.update(Path(module).read_bytes())
    except (OSError, TypeError):
        return ""
    return sha.hexdigest()


def _pattern_record(pattern: Pattern) -> list[Any]:
    needs = [_needs_record(part) for part in pattern.needs]
    lead = _needs_record(pattern.lead) if pattern.lead is not None else None
    return [pattern.kind, pattern.anchored, pattern.np, pattern.regex, needs, lead]


def _needs_record(needs: Needs) -> list[str]:
    """A word that must be whole as itself, one a text's word may begin with as `word*`
    (a word of `Needs` is a run of word characters: never `*`)."""
    return [start if whole else start + "*" for start, whole in needs]


def _patterns_of(records: Any, lines: tuple[str, ...]) -> tuple[Pattern, ...] | None:
    """The patterns kept for `lines` (None: no entry, or one that is not well formed)."""
    if not isinstance(records, list) or len(records) != len(lines):
        return None
    try:
        return tuple(
            Pattern(
                line,
                str(kind),
                anchored is True,
                np is True,
                str(regex),
                tuple(_needs_of(part) for part in needs),
                _needs_of(lead) if lead is not None else None,
            )
            for line, (kind, anchored, np, regex, needs, lead) in zip(lines, records, strict=True)
        )
    except (TypeError, ValueError):
        return None


def _needs_of(record: Any) -> Needs:
    return tuple((word[:-1], False) if word[-1:] == "*" else (word, True) for word in record)


def load(name: str, config: Config, language: str = DEFAULT_LANGUAGE) -> Grammar | None:
    """List `name` and its word classes after the project's changes (None when empty)."""
    key = (name, language, _changes(config))
    if key not in _LOADED:
        if len(_LOADED) > 512:  # a long-lived watcher that keeps changing the lists
            _LOADED.clear()
        lines = phrases(name, config, language)
        _LOADED[key] = Grammar(lines, word_classes(config, language)) if lines else None
    found = _LOADED[key]
    if found is not None:
        found.keep()
    return found


_LOADED: dict[tuple[str, str, object], Grammar | None] = {}
"""Grammars by list, language and the project's changes to the lists."""


def _changes(config: Config) -> object:
    words = config.checks.words
    return tuple(sorted((key, w.add, w.remove, w.replace) for key, w in words.items()))


def phrases_of(name: str, config: Config, language: str) -> tuple[str, ...]:
    return phrases(name, config, language)


def word_classes(config: Config, language: str) -> Classes:
    """Every word class (`grammar.*` list) after the project's changes, shared by all the
    lists of a language, so each class is read once."""
    key = (language, _changes(config))
    found = _CLASSES.get(key)
    if found is None:
        if len(_CLASSES) > 64:
            _CLASSES.clear()
        names = [n.removeprefix("grammar.") for n in list_names() if n.startswith("grammar.")]
        names += [n for n in _added_classes(config) if n not in names]
        found = Classes((n, phrases(f"grammar.{n}", config, language)) for n in names)
        _CLASSES[key] = found
    return found


_CLASSES: dict[tuple[str, object], Classes] = {}


def _added_classes(config: Config) -> list[str]:
    """Classes a project defines itself (`checks.words.grammar.<name>` with `add`)."""
    return [
        key.removeprefix("grammar.")
        for key, words in config.checks.words.items()
        if key.startswith("grammar.") and words.add
    ]


@lru_cache(maxsize=64)
def opening_regex(phrase_list: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrase_list:
        return None
    plain = Classes(())
    parts = sorted((_assemble(_elements(split_tokens(p), plain)) for p in phrase_list), key=len)
    return re.compile(_START + "(?:" + "|".join(reversed(parts)) + ")" + _STOP, re.IGNORECASE)
