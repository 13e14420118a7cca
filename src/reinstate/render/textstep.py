"""The text step: the plain-text exports written into the build, with their counts.

The counts printed with each file are the length rules' own (checks/length.py), so the
numbers the build prints and the numbers the checks judge are the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from reinstate.core.vocabulary import _, format_number
from reinstate.render.plain import LETTER_TEXT, PLAN_TEXT, letter_text
from reinstate.render.step import CaseBuild, OutputLink
from reinstate.stages.textlayout import PlainText, plan_text


@dataclass(frozen=True, slots=True)
class Lengths:
    """What the length rules count, printed with the file so the numbers agree."""

    plan_words: int
    plan_limit: int
    letter_words: int | None
    letter_limit: int
    section_limits: dict[str, int]


def count_notes(rel: str, plain: PlainText, lengths: Lengths) -> list[str]:
    """Lines for `reinstate build`: the file's characters and the words the length rule
    counts (with its limit), then each section's characters (with its limit, if set)."""
    if plain.sections[0].key == "letter":
        words = lengths.letter_words
        told = (
            "" if words is None else f"; your own text: {words:,} of {lengths.letter_limit:,} words"
        )
        return [f"{rel}: {plain.chars:,} characters{told}"]
    limit = lengths.section_limits.get("plan")
    chars = f"{plain.chars:,}" + (f" of {limit:,}" if limit else "")
    notes = [
        f"{rel}: {chars} characters; plan length {lengths.plan_words:,} of "
        f"{lengths.plan_limit:,} words (R17)"
    ]
    size = max(len(s.name) for s in plain.sections)
    for section in plain.sections:
        limit = lengths.section_limits.get(section.key)
        of = f" of {limit:,}" if limit else ""
        over = "  over the limit" if limit and section.chars > limit else ""
        notes.append(f"  {section.name.lower():<{size}}  {section.chars:>6,}{of} characters{over}")
    return notes


def dashboard_note(plain: PlainText, lengths: Lengths) -> str:
    """The first line of `count_notes` in the case's language, for the dashboard (the
    build's own lines stay English, like its diagnostics)."""
    if plain.sections[0].key == "letter":
        chars = _("{chars} characters").format(chars=format_number(plain.chars))
        words = lengths.letter_words
        if words is None:
            return chars
        told = _("your own text: {words} of {limit} words").format(
            words=format_number(words), limit=format_number(lengths.letter_limit)
        )
        return _("{first}; {second}").format(first=chars, second=told)
    limit = lengths.section_limits.get("plan")
    if limit:
        chars = _("{chars} of {limit} characters").format(
            chars=format_number(plain.chars), limit=format_number(limit)
        )
    else:
        chars = _("{chars} characters").format(chars=format_number(plain.chars))
    told = _("plan length {words} of {limit} words (R17)").format(
        words=format_number(lengths.plan_words), limit=format_number(lengths.plan_limit)
    )
    return _("{first}; {second}").format(first=chars, second=told)


def section_counts(plain: PlainText, limits: dict[str, int]) -> tuple[tuple[str, int, int], ...]:
    """(section, characters, limit or 0) for the dashboard."""
    return tuple((s.name, s.chars, limits.get(s.key, 0)) for s in plain.sections)


def measure(build: CaseBuild) -> Lengths:
    """The counts of the length rules, for the notes (the rules' own functions)."""
    from reinstate.checks.length import letter_words, plan_limit, plan_words
    from reinstate.checks.text import Texts

    texts = Texts(build.resolved, build.config.root, build.memo)
    letter = build.resolved.case.letter
    checks = build.config.checks
    return Lengths(
        plan_words(texts),
        plan_limit(build.resolved.case, checks),
        letter_words(texts, letter) if letter is not None else None,
        checks.letter_max_words,
        build.config.text.section_limits,
    )


def add_text(build: CaseBuild, rel: str, plain: PlainText, title: str, lengths: Lengths) -> None:
    build.add(rel, plain.text)
    notes = count_notes(rel, plain, lengths)
    counts = section_counts(plain, lengths.section_limits) if len(plain.sections) > 1 else ()
    build.links.append(OutputLink(title, rel, dashboard_note(plain, lengths), counts))
    build.notes.extend(notes)


def render_texts(build: CaseBuild) -> None:
    """Build step: the plain-text plan and, when the case has one, the plain-text letter."""
    allow_html = build.config.allow_html
    lengths = measure(build)
    plan = plan_text(build.resolved, allow_html=allow_html, memo=build.memo)
    add_text(build, PLAN_TEXT, plan, _("Plan of action (plain text)"), lengths)
    letter = letter_text(build.resolved, allow_html=allow_html)
    if letter is not None:
        add_text(build, LETTER_TEXT, letter, _("Escalation letter (plain text)"), lengths)
