"""Every date the build writes stays on one line, in every language (render/nobreak.py)."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path
from typing import Any, cast

import pytest

from reinstate.core.diagnostics import Reporter
from reinstate.core.language import (
    DATE_STYLES,
    LANGUAGES,
    current_language,
    date_forms,
    format_date,
    language,
)
from reinstate.core.memo import Memo
from reinstate.render.nobreak import (
    MARK,
    _wrap_token,
    any_token,
    closed_piece,
    keep_together,
    keep_together_around,
    token_pattern,
    tokens,
)
from reinstate.render.step import CaseBuild

DAYS = [dt.date(2025, month, day) for month in range(1, 13) for day in (1, 9, 10, 28)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_date_the_build_writes_is_kept_whole(lang: str) -> None:
    with language(lang):
        for day in DAYS:
            for style in DATE_STYLES:
                written = format_date(day, style)
                # a space before and after, or a Japanese particle right after it
                for text in (f"am {written} und", f"（{written}に停止）"):
                    assert tokens(text) == [written], (lang, style, text)
                    kept = keep_together(f"<p>{text}</p>")
                    assert f'<span class="nobr">{written}</span>' in kept
                assert any_token().search(written).group(0) == written  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("de", "4. März 2025"),
        ("fr", "4 mars 2025"),
        ("es", "4 de marzo de 2025"),
        ("it", "4 marzo 2025"),
        ("ja", "2025年3月4日"),
    ],
)
def test_dates_as_babel_writes_them(lang: str, written: str) -> None:
    with language(lang):
        assert format_date(dt.date(2025, 3, 4)) == written
        assert (
            keep_together(f"<li>{written}</li>") == f'<li><span class="nobr">{written}</span></li>'
        )


def test_a_date_is_read_in_the_language_in_force_only() -> None:
    # English dates in every language; a German date in a German case, not in an English one
    assert tokens("am 4. März 2025") == []
    with language("de"):
        assert tokens("am 4. März 2025 und March 4, 2025") == ["4. März 2025", "March 4, 2025"]
    assert date_forms("en") == date_forms("de")[: len(date_forms("en"))]


def test_what_is_not_a_whole_date_or_id_is_left_alone() -> None:
    with language("ja"):
        # a year alone, a number of days, an ASIN (which no line breaks inside)
        assert tokens("2025年に30日間、B07K2XQ9LM を停止") == []
        # a date inside a longer code is not cut out of it: the code is kept whole
        assert tokens("X2025-03-04 and 2025-03-04-7") == ["X2025-03-04", "2025-03-04-7"]


_PIECES = (
    "<p>", "</p>", "<a href='2025-03-04'>", "2025-03-04", "4 March 2025", "March 4, 2025",
    "2025年3月4日", "4. März 2025", "<title>1 2025-01-01</title>", "<!-- 2025-01-01 -->",
    "<script>x = '2025-01-01'</script>", "<", ">", "B0ABCDEFGH", "123-4567890-1234567",
    "abc", " ", "\u0661", "AB-CD", "SOP-12", "\n", "<br/>", "&lt;", "-", "INV-2207",
    "<TEXTAREA>7-7</textarea >", "x<y", "12", "Root Cause 12", "2025", "b0", "B", "0",
    "123456789X", "١٢٣٤", "3月4日", "年", "Exhibit AB",
)  # fmt: skip


def _reference(html: str) -> str:
    """keep_together as first written: each tag, comment and run of text a match of its
    own, every run of text searched."""
    parts = re.compile(
        r"(?P<keep><(?P<raw>title|script|style|textarea)\b.*?</(?P=raw)\s*>|<!--.*?-->|<[^>]*>)"
        r"|(?P<text>[^<]+)",
        re.DOTALL | re.IGNORECASE,
    )
    pattern = token_pattern(current_language())

    def wrap(part: re.Match[str]) -> str:
        text = part.group("text")
        return part.group(0) if text is None else pattern.sub(_wrap_token, text)

    return parts.sub(wrap, html)


@pytest.mark.parametrize("lang", ["en", "de", "ja"])
def test_the_runs_searched_are_those_of_every_tag_and_text_apart(lang: str) -> None:
    """Taking tags and text without digits together changes nothing: random pages made
    of awkward pieces (stray '<', raw elements, digits of other scripts) and the
    realistic corpus's pages give what searching every run of text gives."""
    rng = random.Random(lang)
    pages = [
        path.read_text(encoding="utf-8")
        for path in sorted(
            (Path(__file__).parents[1] / "corpus" / "realistic-golden").rglob("*.html")
        )[:12]
    ]
    pages += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 60))) for _ in range(600)]
    with language(lang):
        for page in pages:
            assert keep_together(page) == _reference(page), page[:300]


_AWKWARD = (*_PIECES, "<!--", "-->", "<script>", "</script>", "<title>", "<style>", MARK, "\ue000")


def _stuff(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(_AWKWARD) for _ in range(rng.randint(0, most)))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_page_kept_together_around_its_pieces_is_the_page_kept_together(lang: str) -> None:
    """The plan page is kept together as the text around its articles and each article
    apart (render/step.py's `add_around`): for random pages of awkward parts (comments and
    raw elements left open, marks in the page's own text, marks inside tags), whenever
    the pieces and the page around them allow it, the joined result is `keep_together` of
    the whole page; the rest are refused."""
    rng = random.Random(f"around-{lang}")
    taken = refused = 0
    with language(lang):
        for _ in range(1500):
            pieces = [
                rng.choice(("", "", "\n", " \n"))
                + rng.choice(("<article>", "<p class='x'>", "x<b>", "<!-- ", "<script>"))
                + _stuff(rng, 12)
                + rng.choice(("</article>", "</p>", ">", "<", " 2025-03-04"))
                + rng.choice(("", "", "\n", "\u3000"))
                for _ in range(rng.randint(0, 4))
            ]
            parts = [_stuff(rng, 8) for _ in range(len(pieces) + 1)]
            whole = parts[0] + "".join(p + q for p, q in zip(pieces, parts[1:], strict=True))
            around = keep_together_around(MARK.join(parts), len(pieces))
            if around is None or not all(map(closed_piece, pieces)):
                refused += 1
                continue
            taken += 1
            kept = [keep_together(piece) for piece in pieces]
            joined = around[0] + "".join(p + q for p, q in zip(kept, around[1:], strict=True))
            assert joined == keep_together(whole), (parts, pieces)
    assert taken > 200 and refused > 300


def test_a_mark_inside_a_tag_or_comment_or_a_piece_left_open_is_refused() -> None:
    assert keep_together_around(f"<p>a</p>{MARK}<p>b</p>", 1) is not None
    assert keep_together_around(f"<!-- {MARK} -->", 1) is None
    assert keep_together_around(f"<a title='{MARK}'>", 1) is None
    assert keep_together_around(f"<script>{MARK}</script>", 1) is None
    assert keep_together_around(f"<p>\ue000{MARK}</p>", 1) is None
    assert keep_together_around(f"<p>{MARK}</p>", 2) is None
    assert closed_piece("<article><p>1 March 2025</p></article>")
    assert not closed_piece("<article><!-- left open</article>")
    assert not closed_piece("<article><style>p{}</style></article>")
    assert not closed_piece("text<br>")
    assert closed_piece("\n<p>a</p>\n") and not closed_piece("<p>a</p>\u3000")


def test_kept_pieces_are_kept_by_language() -> None:
    """The memo keeps a piece's and a page's kept-together bytes under their text and the
    language: the same article is wrapped otherwise in a German case."""
    memo = Memo()
    page, piece = f"<p>{MARK}</p><p>4. März 2025</p>", "<div>4. März 2025</div>"
    results = {}
    for lang in ("en", "de", "en"):
        with language(lang):
            for kept in (memo, None):
                build = CaseBuild(cast(Any, None), cast(Any, None), cast(Any, None), Reporter())
                build.memo = kept
                assert build.add_around("p.html", page, [piece])
                results.setdefault(lang, set()).add(build.outputs["p.html"])
    assert len(results["en"]) == 1 and len(results["de"]) == 1
    assert results["en"] != results["de"]
    assert b'<span class="nobr">4. M\xc3\xa4rz 2025</span>' in results["de"].pop()
