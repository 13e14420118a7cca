"""`reinstate new --language LANG`: the case made in another language, as a consultant of
that marketplace starts it.

Every type in every language is made, filled in and checked: a translated template must
still give a case that `check` passes. Where a template has a translation of its case.md
(`TYPE/LANG/case.md`, and `_base/LANG/case.md` for the front matter's notes), no note and
no line of the opening is the English one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.cli import main
from reinstate.core.frontmatter import VIOLATION_TYPES
from reinstate.core.language import LANGUAGES
from reinstate.scaffold.catalogue import read_variants
from reinstate.scaffold.new import BUILTIN_DIR, SCHEMA_FILE
from support.common import Run
from support.templatefill import Facts, fill_case

NOTICE = dt.date(2025, 3, 4)
CHECKED = NOTICE + dt.timedelta(days=1)
FACTS = ["--seller", "Hafenweg Handels GmbH", "--store", "Hafenweg"]
FACTS += ["--merchant-token", "A2HWG7EXAMPLE", "--email", "service@hafenweg.example"]
FACTS += ["--marketplace", "amazon.de", "--notice-date", NOTICE.isoformat()]
OTHERS = LANGUAGES[1:]
TRANSLATED = [
    (kind, lang)
    for kind in VIOLATION_TYPES
    for lang in OTHERS
    if (BUILTIN_DIR / kind / lang / "case.md").is_file()
]


def quiet(*args: str | Path) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([str(a) for a in args])
    return Run(status, out.getvalue(), err.getvalue())


def new_case(root: Path, kind: str, lang: str, variant: str | None = None) -> Path:
    name = f"{kind}-{variant or 'default'}".replace("_", "-")
    chosen = ["--variant", variant] if variant else []
    run = quiet(
        "new", name, root, "--type", kind, "--language", lang, *chosen, "--today", CHECKED, *FACTS
    )
    assert run.status == 0, run.err
    return root / "content" / name


def notes_and_prose(case_md: str) -> set[str]:
    """The lines a consultant reads as guidance or starts from: the `%` notes, the comments
    of the front matter and the lines of the opening (not field names, values or markup)."""
    head, _sep, body = case_md.partition("\n---\n")
    found = {line.split("#", 1)[1].strip() for line in head.splitlines() if " # " in line}
    found |= {line.strip() for line in body.splitlines()}
    return {line for line in found if re.search(r"[^\W\d_]{3,}", line)}


Made = Callable[[str, str, str | None], Path]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """(type, language, variant) → the case `new` made, each made once for the module and
    read only (a test that fills one in copies it first). One project per language."""
    roots: dict[str, Path] = {}

    @functools.cache
    def case(kind: str, lang: str, variant: str | None) -> Path:
        if lang not in roots:
            roots[lang] = tmp_path_factory.mktemp(f"made-{lang}") / "p"
        return new_case(roots[lang], kind, lang, variant)

    return case


@pytest.mark.parametrize("lang", OTHERS)
def test_every_type_made_in_the_language_passes_check(
    lang: str, tmp_path: Path, made: Made
) -> None:
    root = tmp_path / "p"
    for kind in VIOLATION_TYPES:
        source = made(kind, lang, None)
        case = root / "content" / source.name
        shutil.copytree(source, case)
        shutil.copy(source.parents[1] / SCHEMA_FILE, root / SCHEMA_FILE)
        fill_case(case, Facts(NOTICE))
        assert f"\nlanguage: {lang} " in (case / "case.md").read_text("utf-8")
    run = quiet("check", root, "--today", CHECKED)
    errors = [line for line in (run.out + run.err).splitlines() if ": error:" in line]
    assert not errors, "\n".join(errors)


def test_each_language_has_the_base_and_the_demo_type_translated() -> None:
    for lang in OTHERS:
        assert (BUILTIN_DIR / "_base" / lang / "case.md").is_file(), lang
        assert ("inauthentic", lang) in TRANSLATED, lang


@pytest.mark.parametrize(("kind", "lang"), TRANSLATED, ids=[f"{k}-{lg}" for k, lg in TRANSLATED])
def test_a_translated_template_leaves_no_english_guidance(kind: str, lang: str, made: Made) -> None:
    found = read_variants(BUILTIN_DIR / kind / "variants.yaml", kind)
    # Every variant; the default is the case made without --variant (checked above too).
    variants: list[str | None] = [None]
    if found is not None:
        variants += [v for v in found.described if v != found.default]
        assert found.default in found.described, kind
    for variant in variants:
        theirs = notes_and_prose((made(kind, "en", variant) / "case.md").read_text("utf-8"))
        ours = notes_and_prose((made(kind, lang, variant) / "case.md").read_text("utf-8"))
        left = sorted(ours & theirs)
        # What both share is not English prose: ids, units, file formats, URLs.
        left = [line for line in left if re.search(r"\b(the|and|of|to|we|our|your)\b", line)]
        assert not left, f"{kind}/{variant or 'default'} in {lang}: English left: {left}"


def starter_files() -> list[Path]:
    """Every Markdown file of every built-in template that a case is made from (case.md and
    the starter items, variants included), in English: the sources translations mirror."""
    return sorted(
        path
        for path in BUILTIN_DIR.rglob("*.md")
        if not any(part in OTHERS for part in path.relative_to(BUILTIN_DIR).parts[:-1])
    )


def translation(path: Path, lang: str) -> Path:
    return path.parent / lang / path.name


FRONT_KEY = re.compile(r"^([a-z_]+):", re.M)
KEPT_FIELDS = ("kind", "order", "key", "addresses", "evidence", "file", "type", "ref")
"""Fields whose values are ids, numbers or names the build reads, never words to translate."""
MARKUP = re.compile(r"\{%.*?%\}|(?<!`)\{[a-z-]+\}`[^`\n]*`|^:::.*$|\]\(#[^)]*\)", re.M)
"""Jinja tags, roles, directive fences and links to ids: the structure a translation keeps."""
# Not "was", "will" or "die": German words too.
ENGLISH = re.compile(r"\b(the|and|of|we|our|your|with|which|this|that|were)\b", re.I)


def fields(text: str) -> tuple[list[str], dict[str, str]]:
    if not text.startswith("---\n"):
        return [], {}
    head = text[4 : text.index("\n---\n", 4)]
    keys = FRONT_KEY.findall(head)
    kept = {}
    for line in head.splitlines():
        name, _sep, value = line.partition(":")
        if name in KEPT_FIELDS:
            kept[name] = value.split(" #", 1)[0].strip()
    return keys, kept


@pytest.mark.parametrize("lang", OTHERS)
def test_every_file_of_every_template_is_translated(lang: str) -> None:
    missing = [
        str(path.relative_to(BUILTIN_DIR))
        for path in starter_files()
        if not translation(path, lang).is_file()
    ]
    assert not missing, f"{len(missing)} files not in {lang}: {missing[:20]}"


@pytest.mark.parametrize("lang", OTHERS)
def test_a_translation_keeps_the_fields_the_ids_and_the_markup(lang: str) -> None:
    wrong = []
    for path in starter_files():
        theirs = translation(path, lang)
        if not theirs.is_file():
            continue
        english, translated = path.read_text("utf-8"), theirs.read_text("utf-8")
        name = str(theirs.relative_to(BUILTIN_DIR))
        if fields(english) != fields(translated):
            wrong.append(f"{name}: fields {fields(translated)} != {fields(english)}")
        # The base's English source chooses the language's base; the others mirror theirs.
        if path.parent.name != "_base" and MARKUP.findall(english) != MARKUP.findall(translated):
            wrong.append(f"{name}: markup {MARKUP.findall(translated)}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", OTHERS)
def test_a_translated_starter_file_has_no_english_sentence(lang: str) -> None:
    left = []
    for path in starter_files():
        theirs = translation(path, lang)
        if not theirs.is_file():
            continue
        # Quoted titles of Amazon's (English) help pages, paths and code are not prose.
        text = re.sub(r'"[^"]*"|“[^”]*”|「[^」]*」|`[^`]*`', " ", theirs.read_text("utf-8"))
        for number, line in enumerate(text.splitlines(), 1):
            prose = re.sub(r"\S*[/.]\S*[/.]\S*", " ", MARKUP.sub(" ", line))
            if len(ENGLISH.findall(prose)) >= 2:
                left.append(f"{theirs.relative_to(BUILTIN_DIR)}:{number}: {line.strip()}")
    assert not left, "\n".join(left[:40])


def test_the_units_table_speaks_the_case_s_language(tmp_path: Path) -> None:
    root = tmp_path / "p"
    case = new_case(root, "inauthentic", "de")
    assert quiet("build", root, "--no-pdf", "--today", CHECKED).status in (0, 1)
    plan = (root / "site" / case.name / "plan-of-action.txt").read_text("utf-8")
    assert "Die Tabelle der gekauften und verkauften Einheiten erscheint hier" in plan
    fill_case(case, Facts(NOTICE))
    assert quiet("build", root, "--no-pdf", "--today", CHECKED).status in (0, 1)
    plan = (root / "site" / case.name / "plan-of-action.html").read_text("utf-8")
    assert "Gekauft (Rechnungen)" in plan and "Bought" not in plan


@pytest.mark.parametrize(("lang", "headline"), [("de", "PLATZHALTER"), ("ja", "PLACEHOLDER")])
def test_a_stand_in_page_speaks_the_language_its_fonts_can_show(
    tmp_path: Path, lang: str, headline: str
) -> None:
    """German on the stand-in page; Japanese has no glyph in its fonts: English, not '?'."""
    import subprocess

    from reinstate.core.standin import is_stand_in

    case = new_case(tmp_path / "p", "inauthentic", lang)
    stand_in = case / "files" / "supplier-invoice.pdf"
    assert is_stand_in(stand_in)
    shown = subprocess.run(["pdftotext", str(stand_in), "-"], capture_output=True, text=True)
    assert shown.stdout.startswith(headline), shown.stdout
    assert "?" not in shown.stdout.split("\n", 3)[-1]


@pytest.mark.slow
@pytest.mark.parametrize("lang", OTHERS)
def test_every_type_built_in_the_language_has_no_english_generated_word(
    lang: str, tmp_path: Path
) -> None:
    """Every type made, filled and built (site and texts) in the language: no English
    word of the catalog in any output but what the author's files say themselves (the
    translated demos cover the PDF and the e-mail; this covers every type's own parts:
    metrics, units tables, disputes, requests)."""
    from render.test_languages import english_pieces, outputs

    root = tmp_path / "p"
    for kind in VIOLATION_TYPES:
        fill_case(new_case(root, kind, lang), Facts(NOTICE))
    assert quiet("build", root, "--no-pdf", "--today", CHECKED).status in (0, 1)
    pieces = english_pieces(lang)
    found = []
    for case in sorted((root / "content").iterdir()):
        typed = "\n".join(p.read_text("utf-8") for p in sorted(case.rglob("*.md")))
        for rel, text in outputs(root / "site" / case.name).items():
            for piece in pieces:
                pattern = rf"(?<!\w){re.escape(piece)}(?!\w)"
                if re.search(pattern, text) and not re.search(pattern, typed):
                    found.append(f"{case.name}/{rel}: {piece!r}")
    assert not found, "\n".join(found)
