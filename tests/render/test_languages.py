"""Appeals in the marketplace's language: catalogs, outputs, dates, fonts, writing rules.

Each language has a hand-written translation of the demo case under tests/roots/lang-LANG
(the exhibit files are the demo's, copied in at test time). The test builds it and reads
every output (site pages, plain texts, the e-mail's headers and parts, the PDF's text with
its running heads and stamps) for the English generated words: every message of the
catalog whose translation differs from the English, in pieces between its placeholders.
Words the author typed are allowed (a piece found in the case's own files is skipped).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import functools
import re
import shutil
import string
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_date
from babel.messages.pofile import read_po

from reinstate.core.language import message_key
from reinstate.core.vocabulary import LANGUAGES, catalog, language
from reinstate.messages import LOCALE_DIR, extract
from reinstate.run.build import BuildOptions, build_project
from render.ocrseed import build_sharing_ocr
from support.common import Run

ROOTS = Path(__file__).parents[1] / "roots"
DEMO_FILES = Path(__file__).parents[2] / "content" / "harbor-lane" / "files"
TRANSLATED = [lang for lang in LANGUAGES[1:] if (ROOTS / f"lang-{lang}").is_dir()]
TODAY = dt.date(2025, 3, 18)


def po_messages(lang: str) -> dict[str, tuple[str, bool]]:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "reinstate.po"
    with path.open("rb") as f:
        po = read_po(f, locale=lang)
    return {message_key(m.context, str(m.id)): (str(m.string or ""), m.fuzzy) for m in po if m.id}


def fields(text: str) -> set[str]:
    return {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f is not None}


# Catalogs ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def source_messages() -> dict[str, object]:
    return dict(extract())


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_catalog_is_complete(lang: str, source_messages: dict[str, object]) -> None:
    found = po_messages(lang)
    missing = sorted(set(source_messages) - set(found))
    extra = sorted(set(found) - set(source_messages))
    untranslated = sorted(m for m, (s, fuzzy) in found.items() if not s or fuzzy)
    assert not missing, f"{lang}: not in the catalog (run python -m reinstate.messages)"
    assert not extra, f"{lang}: in the catalog but no longer in the code: {extra}"
    assert not untranslated, f"{lang}: untranslated or fuzzy: {untranslated}"
    wrong = {m: s for m, (s, _f) in found.items() if fields(m.rpartition("\x04")[2]) != fields(s)}
    assert not wrong, f"{lang}: placeholders differ from the English: {wrong}"


def test_extraction_finds_the_template_and_code_messages(
    source_messages: dict[str, object],
) -> None:
    # One message of each kind of source: a table, a composed sentence, a template label,
    # a print margin: the extraction must see all of them or the catalog test means little.
    for message in ("Root Cause", "Dear {to},", "Notice date", "Page {page} of {pages}"):
        assert message in source_messages


def test_english_is_the_source_and_unknown_messages_pass_through() -> None:
    from reinstate.core.vocabulary import _

    with language("en"):
        assert _("Root Cause") == "Root Cause"
    with language("de"):
        assert _("Root Cause") == "Grundursache"
        assert _("not a message of the catalog") == "not a message of the catalog"
    assert catalog("xx") == {}


NNBSP = "\u202f"


def prose(message: str) -> str:
    """A catalog entry without its placeholders, markup and code (`key: true`, `file:`), and
    without the to-do marker's `[TODO:`, which the checker reads as it is."""
    message = re.sub(r"<code>.*?</code>|`[^`]*`|\[TODO:", " ", message)
    return re.sub(r"\{[^}]*\}|<[^>]+>", " ", message)


def test_french_punctuation_has_its_narrow_no_break_space() -> None:
    wrong = {
        m: s
        for m, s in catalog("fr").items()
        if re.search(rf"(?<!{NNBSP})[:;?!»]|«(?!{NNBSP})", prose(s).replace("→", ""))
    }
    assert not wrong, wrong
    with language("fr"):
        from reinstate.core.vocabulary import join_clauses, labelled

        assert labelled("ASIN", "B0") == f"ASIN{NNBSP}: B0"
        assert join_clauses(["a", "b"]) == f"a{NNBSP}; b"


def test_japanese_punctuation_is_full_width() -> None:
    wrong = {m: s for m, s in catalog("ja").items() if re.search(r"[,;:!?]", prose(s))}
    assert not wrong, wrong
    with language("ja"):
        from reinstate.core.vocabulary import join_and, join_list, labelled, parenthesised

        assert labelled("ASIN", "B0") == "ASIN：B0"
        assert join_list(["a", "b", "c"]) == "a、b、c"
        assert parenthesised("x") == "（x）"
        assert "," not in join_and(["a", "b", "c"])


def test_one_english_word_two_meanings_has_two_entries() -> None:
    from reinstate.core.vocabulary import pgettext, scope_name

    with language("de"):
        assert scope_name("listing") == "Angebot"
        assert pgettext("reinstatement of", "listing") == "des Angebots"
    with language("en"):
        assert scope_name("listing") == pgettext("reinstatement of", "listing") == "listing"


# Builds --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """lang → the case's output folder (one full build per language, PDF included)."""
    out: dict[str, Path] = {}
    for lang in TRANSLATED:
        root = tmp_path_factory.mktemp(f"lang-{lang}")
        shutil.copytree(ROOTS / f"lang-{lang}", root, dirs_exist_ok=True)
        (case,) = (p for p in (root / "content").iterdir() if p.is_dir())
        shutil.copytree(DEMO_FILES, case / "files")
        result = build_sharing_ocr(root, BuildOptions(today=TODAY, jobs=1))
        assert result.errors == 0, [
            str(d) for d in result.diagnostics if d.severity.name == "ERROR"
        ]
        out[lang] = root / "site" / case.name
    return out


def html_text(html: str) -> str:
    html = re.sub(r"<(style|script)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", html.replace("&#39;", "'").replace("&amp;", "&"))


def dashboard_text(html: str) -> str:
    """The case page without what stays English on purpose: the diagnostics (the checker
    speaks English). The build's counts under each document are in the case's language."""
    html = re.sub(r'<section class="panel wide" id="checks">.*?</section>', " ", html, flags=re.S)
    return html_text(html)


def pdf_lines(path: Path) -> list[str]:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True)
    assert done.returncode == 0, done.stderr
    lines = (" ".join(line.split()) for line in done.stdout.decode("utf-8").splitlines())
    return [line for line in lines if line]


@functools.cache
def exhibit_lines() -> frozenset[str]:
    """The text of the demo's exhibit files: the seller's documents, printed as they are."""
    return frozenset(line for pdf in sorted(DEMO_FILES.glob("*.pdf")) for line in pdf_lines(pdf))


def pdf_text(path: Path) -> str:
    """The bundle's own text: every line but those of the exhibit files it prints."""
    theirs = exhibit_lines()
    return "\n".join(line for line in pdf_lines(path) if line not in theirs)


def bookmarks(path: Path) -> list[str]:
    """The titles of a PDF's bookmarks (its outline), depth first."""
    from pypdf import PdfReader

    def titles(items: list[Any]) -> Iterator[str]:
        for item in items:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield str(item.title)

    return list(titles(PdfReader(path).outline))


def outputs(site: Path) -> dict[str, str]:
    """Every output of a case as text (a fresh dict; each built folder is read once)."""
    return dict(_outputs(site))


@functools.cache
def _outputs(site: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.suffix == ".html":
            raw = path.read_text("utf-8")
            texts[rel] = dashboard_text(raw) if rel == "index.html" else html_text(raw)
        elif path.suffix == ".txt":
            texts[rel] = path.read_text("utf-8")
        elif path.suffix == ".pdf" and "exhibits" not in rel:
            texts[rel] = pdf_text(path)
            theirs = {t for pdf in sorted(DEMO_FILES.glob("*.pdf")) for t in bookmarks(pdf)}
            # The exhibit files' own bookmarks are the seller's documents, kept as they are.
            texts[rel + "#bookmarks"] = "\n".join(t for t in bookmarks(path) if t not in theirs)
        elif path.suffix == ".eml":
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            parts = [str(msg["Subject"])]
            for part in msg.walk():
                if part.get_content_type() == "text/plain":
                    parts.append(part.get_content())
                elif part.get_content_type() == "text/html":
                    parts.append(html_text(part.get_content()))
            texts[rel] = "\n".join(parts)
    return texts


def english_pieces(lang: str) -> set[str]:
    """The English words of every message this language translates differently: the text
    between its placeholders, where it has a word of four letters or more."""
    translated = catalog(lang)
    pieces: set[str] = set()
    for message, translation in translated.items():
        if translation == message:
            continue
        message = message.rpartition("\x04")[2]  # a message with a context: its English
        for literal, _f, _s, _c in string.Formatter().parse(message):
            piece = re.sub(r"<[^>]+>", " ", literal).strip(" ,.:;()·")
            if re.search(r"[A-Za-z]{4,}", piece) and piece not in translation:
                pieces.add(piece)
    return pieces


def typed(root: Path) -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted(root.rglob("*.md")))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_english_generated_word_in_any_output(lang: str, built: dict[str, Path]) -> None:
    site = built[lang]
    texts = outputs(site)
    kinds = {Path(rel).suffix for rel in texts}
    assert {".html", ".txt", ".pdf", ".eml"} <= kinds, sorted(texts)
    # The dashboard's counts under each document are read too, and so is the project's
    # case list where the project speaks the case's language.
    assert 'class="note"' in (site / "index.html").read_text("utf-8")
    if lang == "de":
        texts["../index.html"] = html_text((site.parent / "index.html").read_text("utf-8"))
    own = typed(ROOTS / f"lang-{lang}")
    found = []
    for piece in sorted(english_pieces(lang)):
        if re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", own):
            continue  # the author's own words
        pattern = re.compile(rf"(?<!\w){re.escape(piece)}(?!\w)")
        for rel, text in texts.items():
            at = pattern.search(text)
            if at:
                found.append(
                    f"{rel}: {piece!r} in …{text[max(0, at.start() - 40) : at.end() + 40]}…"
                )
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_dates_in_the_language(lang: str, built: dict[str, Path]) -> None:
    texts = outputs(built[lang])
    notice = format_date(dt.date(2025, 3, 4), "long", locale=lang)
    letter = format_date(dt.date(2025, 3, 17), "long", locale=lang)
    assert notice in texts["plan-of-action.txt"]
    assert letter in texts["escalation-letter.txt"]
    pdf = next(t for rel, t in texts.items() if rel.endswith(".pdf"))
    assert notice in pdf and letter in pdf
    for month in ("March", "October"):
        assert month not in texts["plan-of-action.txt"]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_html_says_its_language(lang: str, built: dict[str, Path]) -> None:
    for page in ("plan-of-action.html", "escalation-letter.html", "index.html"):
        assert f'<html lang="{lang}">' in (built[lang] / page).read_text("utf-8")
    # The site's case list speaks the project's language (reinstate.yaml's `language` in
    # the German root), else the language all its cases are written in.
    index = (built[lang].parent / "index.html").read_text("utf-8")
    assert f'<html lang="{lang}">' in index and "Last submission" not in index
    if lang == "de":
        assert "Alle Fälle" in index and "Letzte Einreichung" in index


def test_a_project_of_several_languages_has_an_english_index() -> None:
    from reinstate.checks.status import CaseSummary
    from reinstate.run.project import index_language

    def row(lang: str) -> CaseSummary:
        return CaseSummary("c", "t", "s", "odr", "draft", "", "", False, language=lang)

    assert index_language(None, [row("fr"), row("fr")]) == "fr"
    assert index_language(None, [row("fr"), row("en")]) == "en"
    assert index_language("de", [row("fr"), row("en")]) == "de"
    assert index_language(None, []) == "en"
    # A manifest written before rows kept their language reads as English.
    assert (
        CaseSummary.from_json(
            {
                "slug": "c",
                "title": "t",
                "store_name": "s",
                "violation": "odr",
                "state": "draft",
                "status": "",
                "next_step": "",
                "ready": False,
            }
        ).language
        == "en"
    )


@pytest.mark.parametrize("lang", TRANSLATED)
def test_separators_in_the_outputs_follow_the_language(lang: str, built: dict[str, Path]) -> None:
    plan = outputs(built[lang])["plan-of-action.txt"]
    ids = {"fr": f"{NNBSP}: B07K2XQ9LM, B08FJ3T7RW", "ja": "：B07K2XQ9LM、B08FJ3T7RW"}
    assert ids.get(lang, ": B07K2XQ9LM, B08FJ3T7RW") in plan
    marks = outputs(built[lang])
    marks = next(t for rel, t in marks.items() if rel.endswith(".pdf#bookmarks"))
    # The bookmarks "Exhibit A: title" too (the PDF's outline).
    assert {"fr": f"{NNBSP}: ", "ja": "："}.get(lang, ": ") in marks
    assert (
        re.search(r"[^\u202f]: " if lang == "fr" else "：" if lang != "ja" else ": ", marks) is None
    )
    if lang == "ja":
        assert "; " not in plan and "（" in plan
        letter = outputs(built[lang])["escalation-letter.txt"]
        # Japanese wrapped in letter.md reads as one line, without a space at the break.
        assert "再発防止策で対応しています" in letter


def test_a_line_break_between_japanese_characters_is_no_space() -> None:
    from reinstate.stages.markdown import markdown

    md = markdown(False)
    source = "日本語の文章は\n改行しても続く。English\nwraps here, 日本\nand more.\n"
    html = md.renderer.render(md.parse(source), md.options, {"linker": None, "shift": 0})
    assert "文章は改行" in html and "English\nwraps" in html and "日本\nand" in html


# Writing rules -------------------------------------------------------------------------


def test_german_writing_rules_read_german(tmp_path: Path) -> None:
    root = tmp_path / "de"
    shutil.copytree(ROOTS / "lang-de", root)
    cause = root / "content" / "hafenweg" / "causes" / "kein-lieferantencheck.md"
    cause.write_text(
        cause.read_text("utf-8") + "\nDie Sperrung ist ungerecht und wir sind verzweifelt.\n",
        "utf-8",
    )
    result = build_project(root, BuildOptions(today=TODAY, jobs=1, pdf=False))
    emotive = [d for d in result.diagnostics if d.rule == "tone.emotive"]
    assert emotive and "ungerecht" in emotive[0].message
    assert not any(d.rule == "checks.language" for d in result.diagnostics)


def test_a_language_without_word_lists_turns_the_writing_rules_off(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    root = tmp_path / "fr"
    shutil.copytree(ROOTS / "lang-de", root)
    (root / "reinstate.yaml").write_text("language: fr\n", "utf-8")
    cause = root / "content" / "hafenweg" / "causes" / "kein-lieferantencheck.md"
    # English words that the English lists would report: not read in a French case.
    cause.write_text(cause.read_text("utf-8") + "\nThis is devastating.\n", "utf-8")
    run = cli("check", root, "--today", TODAY.isoformat())
    said = (run.out + run.err).splitlines()
    infos = [line for line in said if "[checks.language]" in line]
    assert len(infos) == 1, said
    assert "writing rules are off for language 'fr'" in infos[0]
    assert not any("[tone." in line for line in said)


# reinstate new --language ---------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_new_writes_the_language_and_its_translated_template_files(
    lang: str, tmp_path: Path, cli: Callable[..., Run]
) -> None:
    project = tmp_path / "p"
    args = ["--type", "inauthentic", "--language", lang, "--today", TODAY.isoformat()]
    run = cli("new", "fall", project, *args)
    assert run.status == 0, run.err
    case_md = (project / "content" / "fall" / "case.md").read_text("utf-8")
    assert f"\nlanguage: {lang} " in case_md
    # The translations of a template are not files of the new case.
    assert not list((project / "content" / "fall").rglob(f"{lang}/*"))
    if lang == "de":  # translated: the notes and the opening are German
        assert "Die Einleitung: ein kurzer Absatz" in case_md
        assert "Kunden meldeten [TODO: die ASINs der Benachrichtigung]" in case_md
        assert "The opening: a short paragraph" not in case_md


def test_new_in_english_leaves_the_language_to_fill_in(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    project = tmp_path / "p"
    run = cli("new", "case", project, "--type", "odr", "--today", TODAY.isoformat())
    assert run.status == 0, run.err
    case_md = (project / "content" / "case" / "case.md").read_text("utf-8")
    assert re.search(r"^language: +# optional: en \| de", case_md, re.M)


# Fonts ------------------------------------------------------------------------------------


def test_coverage_merges_the_ranges_of_every_font() -> None:
    from reinstate.render.glyphs import Coverage

    coverage = Coverage.parse(["20-7e a0-ff", "100-17f 3041-3096", "zz"])
    assert 0x41 in coverage and 0xE9 in coverage and 0x17F in coverage
    assert 0x3042 in coverage
    assert 0x180 not in coverage
    assert 0x1F not in coverage
    assert coverage.starts == (0x20, 0xA0, 0x3041)  # a0-ff and 100-17f are one range


def test_a_character_without_a_glyph_is_a_located_warning(tmp_path: Path) -> None:
    from reinstate.render.glyphs import installed_coverage

    coverage = installed_coverage()
    if coverage is None:
        pytest.skip("fontconfig's fc-list is not installed")
    # A character no font of this machine has (a private-use code point), and Japanese,
    # which fonts-noto-cjk covers: only the first is reported, once, where it first occurs.
    assert 0xE000 not in coverage and ord("港") in coverage
    # The minimal project proves it (the font check reads every text the bundle prints;
    # the translated demo, with its exhibits to lay out, only costs more).
    root = tmp_path / "minimal"
    shutil.copytree(ROOTS / "minimal", root)
    case_md = root / "content" / "acme" / "case.md"
    text = case_md.read_text("utf-8").replace(
        "legal_name: Acme Home Supply LLC", "legal_name: Acme \ue000 港 LLC"
    )
    case_md.write_text(text + "\nOnce more \ue000.\n", "utf-8")
    result = build_project(root, BuildOptions(today=TODAY, jobs=1))
    found = [d for d in result.diagnostics if d.rule == "pdf.missing-glyph"]
    assert len(found) == 1, found
    (d,) = found
    line = text.split("\n").index("  legal_name: Acme \ue000 港 LLC") + 1
    assert (d.location.path, d.location.line, d.location.col) == (
        "content/acme/case.md",
        line,
        len("  legal_name: Acme ") + 1,
    )
    assert "U+E000" in d.message and "fonts-noto-core" in d.hint


def test_japanese_bundle_embeds_cjk_fonts(built: dict[str, Path]) -> None:
    if "ja" not in built:
        pytest.skip("no Japanese root")
    (pdf,) = built["ja"].glob("*-bundle.pdf")
    done = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    fonts = done.stdout.splitlines()[2:]
    assert any("Noto-Sans-CJK-JP" in f for f in fonts) and any(
        "Noto-Serif-CJK-JP" in f for f in fonts
    )
    assert all(f.split()[-5] == "yes" for f in fonts), fonts  # every font embedded
    text = pdf_text(pdf)
    assert "港商会ストア" in text and "出品者トークン" in text
