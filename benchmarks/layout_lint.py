"""A layout linter for PDF bundles: what a typesetter would not let through, by page.

Reads a bundle with text positions and fonts (pdfplumber) and its outline (pypdf), and
reports each fault with its page number:

- heading-at-foot: a heading with fewer than two lines of text under it at the foot of a
  page whose part goes on, on the next page, with the heading's text; a heading is a line
  set larger than the body text, in a bold face or much larger (whatever the theme's
  fonts: the body's size is the size most of the bundle's prose is set in);
- lonely-page: a page of the letter, the plan or a free page, not the first of its part,
  that opens with the closing ("Sincerely,") or holds fewer than three lines (before
  the closing, when the page has it);
- broken-token: a line that ends inside a date or an id (the patterns of
  `reinstate.render.nobreak`, which the outputs use to keep them whole);
- outside-box: text outside the page's content box (the running heads and footers in
  the margins excepted), or, on an exhibit page, outside the area the exhibit is
  fitted into;
- overlap: words drawn over other words; on an exhibit page, exhibit content under
  the band at its top;
- exhibit-unstamped: an exhibit page without its stamp ("Exhibit C · page 1 of 2 ·
  bundle p. 9", with the right page, in any language of the catalogs) or without its
  band at the top.

Run from the repository root:
    PYTHONPATH=src python benchmarks/layout_lint.py site/<case>/<case>-bundle.pdf ...
    PYTHONPATH=src python benchmarks/layout_lint.py site/      (every bundle under a folder)
Exit status 1 when a fault is found. Needs pdfplumber (`pip install -e '.[test]'`).
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from reinstate.core.language import LANGUAGES, catalog  # noqa: E402
from reinstate.render.nobreak import any_token  # noqa: E402
from reinstate.render.printhtml import Geometry  # noqa: E402

MM = 72 / 25.4
MARGINS = (20 * MM, 19 * MM, 18 * MM, 19 * MM)
"""The content box of the default theme's pages (print.css `@page`): top, right, bottom, left."""
SLACK = 1.0
"""Points a glyph's box may reach past a line (accents, italics) without being a fault."""
FURNITURE_MAX = 0.86
"""Running heads and footers are smaller than this part of the body's size (the default
theme: 7.5 pt against 9.5 pt); no body text is."""
TEXT_MIN = 0.93
"""A line of text is set at least at this part of the body's size (the letter's 9.2 pt
against the plan's 9.5 pt; not an item's facts line, a table or a note)."""
HEADING_MIN = 1.04
"""A bold line this much larger than the body's size is a heading (the smallest, h4 at
10 pt against 9.5 pt)..."""
LARGE_HEADING_MIN = 1.25
"""...and any line this much larger, bold or not."""
BOLD = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold|w[6-9]\b", re.I)
CLOSING = re.compile(
    r"(sincerely|yours (sincerely|faithfully|truly)|(kind |best |warm )?regards|"
    r"respectfully( yours)?|with thanks)[,.]?",
    re.IGNORECASE,
)
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
"""Kana, ideographs and full-width forms: a line may break beside any of them."""
KINDS = (
    "heading-at-foot",
    "lonely-page",
    "broken-token",
    "outside-box",
    "overlap",
    "exhibit-unstamped",
)


@dataclass(frozen=True)
class Fault:
    page: int
    """1-based, as the bundle's own page numbers."""
    kind: str
    text: str

    def __str__(self) -> str:
        return f"p. {self.page}: {self.kind}: {self.text}"


@dataclass
class Line:
    words: list[dict[str, Any]]
    top: float
    bottom: float
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    font: str = ""
    heading: bool = False
    text_line: bool = False

    def finish(self) -> Line:
        self.words.sort(key=lambda w: w["x0"])
        self.text = " ".join(w["text"] for w in self.words)
        self.x0 = min(w["x0"] for w in self.words)
        self.x1 = max(w["x1"] for w in self.words)
        weights: dict[tuple[str, float], int] = {}
        for w in self.words:
            key = (w["fontname"].split("+")[-1], round(w["size"], 1))
            weights[key] = weights.get(key, 0) + len(w["text"])
        self.font, self.size = max(weights, key=lambda k: weights[k])
        return self

    def classify(self, body: float) -> Line:
        """Whether the line is a heading or text, against the body's size."""
        bold = BOLD.search(self.font) is not None
        self.heading = self.size >= body * LARGE_HEADING_MIN or (
            bold and self.size >= body * HEADING_MIN
        )
        self.text_line = not self.heading and self.size >= body * TEXT_MIN
        return self


@dataclass
class Page:
    number: int
    width: float
    height: float
    part: int
    """Index of the part (top-level outline entry) the page belongs to; -1 for exhibits."""
    part_start: bool
    exhibit: bool
    lines: list[Line] = field(default_factory=list)
    """Lines in the content box, top to bottom (running heads and footers left out)."""
    margin_lines: list[Line] = field(default_factory=list)


def lint(path: Path, margins: Sequence[float] = MARGINS) -> list[Fault]:
    """Every layout fault of the bundle at `path`."""
    pages = read_pages(path, margins)
    faults: list[Fault] = []
    for n, page in enumerate(pages):
        after = pages[n + 1] if n + 1 < len(pages) else None
        if page.exhibit:
            faults += exhibit_faults(page, path)
            continue
        goes_on = after is not None and not after.exhibit and after.part == page.part
        faults += heading_faults(page, after if goes_on else None)
        faults += lonely_faults(page)
        faults += token_faults(page, after if goes_on else None)
    faults += box_faults(path, pages, margins)
    faults += overlap_faults(path, pages)
    return sorted(faults, key=lambda f: (f.page, KINDS.index(f.kind)))


def read_pages(path: Path, margins: Sequence[float]) -> list[Page]:
    import pdfplumber
    from pypdf import PdfReader

    reader = PdfReader(path)
    starts, exhibit_start, prose = parts(reader)
    found = []
    with pdfplumber.open(path) as pdf:
        read = [lines_of(plumb) for plumb in pdf.pages]
        last = exhibit_start if exhibit_start is not None else len(read)
        of_part = [max((i for i, s in enumerate(starts) if s <= n), default=0) for n in range(last)]
        # the body's size in each part of prose (the letter's differs from the plan's),
        # elsewhere that of all the prose
        overall = body_size([lines for n, lines in enumerate(read[:last]) if of_part[n] in prose])
        sizes = {
            part: body_size([lines for n, lines in enumerate(read[:last]) if of_part[n] == part])
            for part in prose
        }
        for index, plumb in enumerate(pdf.pages):
            part = max((i for i, s in enumerate(starts) if s <= index), default=0)
            body = sizes.get(part, 0.0) if index < last else 0.0
            body = body or overall or body_size(read)
            exhibit = exhibit_start is not None and index >= exhibit_start
            page = Page(
                index + 1,
                float(plumb.width),
                float(plumb.height),
                -1 if exhibit else (part if part in prose else -2 - part),
                index in starts,
                exhibit,
            )
            top, _right, bottom, _left = margins
            if exhibit:
                geometry = geometry_of(page)
                top, bottom = geometry.top, geometry.bottom
            for line in read[index]:
                line.classify(body)
                in_margin = line.bottom <= top + SLACK or line.top >= page.height - bottom - SLACK
                # running heads and footers against all the prose: a part that is mostly
                # a table (a free page) has a small body size of its own
                if in_margin and line.size <= (overall or body) * FURNITURE_MAX:
                    page.margin_lines.append(line)
                else:
                    page.lines.append(line)
            found.append(page)
    return found


def body_size(pages: Sequence[Sequence[Line]]) -> float:
    """The size most of the text of `pages` is set in (by characters)."""
    chars: dict[float, int] = {}
    for lines in pages:
        for line in lines:
            for w in line.words:
                size = round(w["size"], 1)
                chars[size] = chars.get(size, 0) + len(w["text"])
    return max(chars, key=lambda size: chars[size]) if chars else 0.0


def parts(reader: Any) -> tuple[list[int], int | None, set[int]]:
    """Start page of every top-level outline entry, the first exhibit page, and which
    parts are prose (the letter, the plan, free pages: not the cover, the contents and
    the exhibit index)."""
    entries: list[tuple[int, list[Any]]] = []
    outline = reader.outline
    for n, item in enumerate(outline):
        if isinstance(item, list):
            continue
        children = (
            outline[n + 1] if n + 1 < len(outline) and isinstance(outline[n + 1], list) else []
        )
        entries.append((reader.get_destination_page_number(item), children))
    starts = [page for page, _ in entries]
    exhibit_start = None
    prose = set(range(2, len(entries)))
    if entries and entries[-1][1] and len(entries) > 2:
        first = [
            reader.get_destination_page_number(c) for c in entries[-1][1] if not isinstance(c, list)
        ]
        if first and min(first) > entries[-1][0]:
            exhibit_start = min(first)
            prose.discard(len(entries) - 1)
    return starts, exhibit_start, prose


def geometry_of(page: Page) -> Geometry:
    """The exhibit geometry reinstate used for a page of this size."""
    a4 = abs(max(page.width, page.height) - Geometry("a4").size()[1]) < 1
    return Geometry("a4" if a4 else "letter")


def lines_of(plumb: Any) -> list[Line]:
    words = plumb.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        line = next((x for x in reversed(lines[-3:]) if x.top <= middle <= x.bottom), None)
        if line is None:
            lines.append(Line([word], word["top"], word["bottom"]))
        else:
            line.words.append(word)
            line.top, line.bottom = min(line.top, word["top"]), max(line.bottom, word["bottom"])
    return [line.finish() for line in lines]


def heading_faults(page: Page, after: Page | None) -> Iterator[Fault]:
    if after is None or not page.lines:
        return
    last = max((i for i, line in enumerate(page.lines) if line.heading), default=None)
    if last is None:
        return
    below = sum(1 for line in page.lines[last + 1 :] if line.text_line)
    next_first = after.lines[0] if after.lines else None
    if below < 2 and next_first is not None and not next_first.heading:
        first = last
        while first > 0 and page.lines[first - 1].heading:
            first -= 1
        heading = " ".join(line.text for line in page.lines[first : last + 1])
        yield Fault(page.number, "heading-at-foot", f"'{heading}' with {below} line(s) under it")


def lonely_faults(page: Page) -> Iterator[Fault]:
    if page.part < 0 or page.part_start or not page.lines:
        return
    closing = next(
        (n for n, line in enumerate(page.lines) if CLOSING.fullmatch(line.text.strip())), None
    )
    body = page.lines if closing is None else page.lines[:closing]
    if closing == 0:
        yield Fault(page.number, "lonely-page", f"opens with the closing '{page.lines[0].text}'")
    elif len(body) < 3:
        shown = " / ".join(line.text for line in body)
        before = "" if closing is None else " before the closing"
        yield Fault(page.number, "lonely-page", f"{len(body)} line(s){before}: '{shown}'")


def token_faults(page: Page, after: Page | None) -> Iterator[Fault]:
    lines = [line for line in page.lines if line.text_line]
    pairs = list(itertools.pairwise(lines))
    following = [line for line in after.lines if line.text_line][:1] if after else []
    if lines and following:
        pairs.append((lines[-1], following[0]))
    for upper, lower in pairs:
        broken = broken_token(upper.text, lower.text)
        if broken:
            yield Fault(page.number, "broken-token", f"'{broken}' broken at the end of a line")


def broken_token(upper: str, lower: str) -> str:
    """The date or id that `upper` / `lower` cut in two, else ''."""
    tail = " ".join(upper.split()[-4:])
    head = " ".join(lower.split()[:4])
    # a line breaks after a hyphen, or beside a kana or an ideograph, without a space
    glued = tail.endswith("-") or bool(CJK.match(tail[-1:])) or bool(CJK.match(head[:1]))
    joined = tail + head if glued else f"{tail} {head}"
    cut = len(tail)
    for match in any_token().finditer(joined):
        if match.start() < cut < match.end():
            return match.group(0)
    return ""


def box_faults(path: Path, pages: Sequence[Page], margins: Sequence[float]) -> Iterator[Fault]:
    top, right, bottom, left = margins
    for page in pages:
        if page.exhibit:
            geometry = geometry_of(page)
            x, y, w, h = geometry.box(page.width > page.height)
            box = (x, page.height - y - h - geometry.band, x + w, page.height - y)
        else:
            box = (left, top, page.width - right, page.height - bottom)
        for line in page.lines:
            for word in line.words:
                if (
                    word["x0"] < box[0] - SLACK
                    or word["x1"] > box[2] + SLACK
                    or word["top"] < box[1] - SLACK
                    or word["bottom"] > box[3] + SLACK
                ):
                    yield Fault(page.number, "outside-box", f"'{word['text']}' in '{line.text}'")
                    break


def overlap_faults(path: Path, pages: Sequence[Page]) -> Iterator[Fault]:
    for page in pages:
        if page.exhibit:
            continue
        words = sorted((w for line in page.lines for w in line.words), key=lambda w: w["top"])
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                if b["top"] >= a["bottom"]:
                    break
                if _overlap(a, b) > 0.25:
                    yield Fault(page.number, "overlap", f"'{a['text']}' and '{b['text']}'")
                    break


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> float:
    """The part of the smaller word's box covered by the other word."""
    w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min(
        (a["x1"] - a["x0"]) * (a["bottom"] - a["top"]),
        (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]),
    )
    return w * h / smaller if smaller > 0 else 0.0


def exhibit_faults(page: Page, path: Path) -> Iterator[Fault]:
    stamps = [pattern.search(line.text) for line in page.margin_lines for pattern in STAMPS]
    stamp = next((m for m in stamps if m), None)
    if stamp is None or int(stamp.group("page")) != page.number:
        yield Fault(page.number, "exhibit-unstamped", "no stamp with this page's number")
    geometry = geometry_of(page)
    band_top = geometry.top
    band_bottom = geometry.top + geometry.band
    band = [line for line in page.lines if line.top >= band_top - SLACK and line.top < band_bottom]
    if not band or not _is_band(band[0]):
        yield Fault(page.number, "exhibit-unstamped", "no exhibit band at the top of the page")
    for line in band[1:]:
        yield Fault(page.number, "overlap", f"'{line.text}' under the exhibit band")
    for line in page.lines:
        if line.top < band_bottom < line.bottom:
            yield Fault(page.number, "overlap", f"'{line.text}' across the exhibit band's edge")


def _message(message: str, lang: str, **fields: str) -> str:
    """A regular expression for `message` as the bundle prints it in `lang` (the catalog's
    translation, the English where it has none), its `{fields}` replaced by `fields`."""
    text = (catalog(lang).get(message) if lang != "en" else None) or message
    out, pos = [], 0
    for place in re.finditer(r"\{(\w+)\}", text):
        # a space may be read beside a field, where the script changes ("1/1 ページ")
        out += [_literal(text[pos : place.start()]), rf"\s*{fields[place.group(1)]}\s*"]
        pos = place.end()
    return "".join([*out, _literal(text[pos:])])


def _literal(text: str) -> str:
    return "".join(r"\s*" if c.isspace() else re.escape(c) for c in text)


_NUMBER = r"\d+"
_PLACE = "|".join(
    f"(?:{_message(m, lang, n=_NUMBER, count=_NUMBER)})"
    for lang in LANGUAGES
    for m in ("page {n} of {count}", "not included")
)
BAND = re.compile(_PLACE)
"""The exhibit's page ("page 1 of 2", "1/2ページ") or "not included", in any language."""
STAMPS = [
    re.compile(
        _message("{stamp} · bundle p. {page}", lang, stamp=f"(?:{_PLACE})", page=r"(?P<page>\d+)")
    )
    for lang in LANGUAGES
]
"""The stamp under an exhibit page, in each language ("Exhibit C · page 1 of 2 · bundle
p. 9"), the bundle page it names as `page`."""


def _is_band(line: Line) -> bool:
    return bool(BAND.search(line.text))


def bundles(paths: Sequence[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found += sorted(path.rglob("*-bundle.pdf")) if path.is_dir() else [path]
    return found


def main(argv: Sequence[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    total = 0
    files = bundles(argv)
    for path in files:
        faults = lint(path)
        total += len(faults)
        for fault in faults:
            print(f"{path}: {fault}")
    print(f"{len(files)} bundle(s), {total} fault(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
