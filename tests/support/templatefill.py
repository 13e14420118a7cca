"""Fill a case made by `reinstate new` as an author would: every to-do marker replaced by a
realistic value, every stand-in exhibit file replaced by a real document.

Values come from the marker itself where it gives an example ("e.g. ..."), else from a
table of the things markers ask for (a number, a date, a supplier ...). Dates follow the
notice: documents of purchases before it, actions and measures after it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from reinstate.core.standin import is_stand_in

MARKER = re.compile(r"\[TODO:\s*([^\[\]]*)\]")
QUOTED_MARKER = re.compile(r"\"\[TODO:\s*([^\[\]\"]*)\]\"")


@dataclass(frozen=True)
class Facts:
    """The case's own facts, as an author would fill them in."""

    notice: dt.date
    asin: str = "B07K2XQ9LM"
    order: str = "112-8544326-8929888"


WORDS: list[tuple[str, str]] = [
    # (pattern in the marker's text, value); first match wins, after "e.g." examples
    (r"^keep (this file )?only (if|with)|^delete (this file|with)", ""),
    (r"registered business address", "12 Quay St, Portland, ME 04101, USA"),
    (r"^full name$", "Dana Whitfield"),
    (r"phone number with country code", "+1 207 555 0100"),
    (r"paste the whole notification", "NOTICE"),
    (r"^name, role$", "Dana Whitfield, Owner"),
    (r"complaint id", "1234567890"),
    # The same things asked in the translated templates (de, fr, es, it, ja)
    (r"^(anzahl|nombre|número|numero|数|件数)$", "14"),
    (r"^(erstes datum|première date|primera fecha|prima data|最初の日付)$", "2025-01-06"),
    (r"^(letztes datum|dernière date|última fecha|ultima data|最後の日付)$", "2025-02-28"),
    (r"^(datum|date|fecha|data|日付)$", "2025-02-10"),
    (r"^(quote|taux|tasa|tasso)$", "1.6%"),
    (r"^(name, rolle|nom, fonction|nombre, cargo|nome, ruolo|氏名、役職)$", "Dana Whitfield"),
    (r"^(wer|qui|quién|chi|担当者)$", "Dana Whitfield"),
    (r"^(die|les|los|gli) asins?\b", "B07K2XQ9LM"),
    (r"^asins?\b|^the asins|asins of the notice|^asin\b", "B07K2XQ9LM"),
    (r"order id", "112-8544326-8929888"),
    (r"^rate$", "1.6%"),
    (r"^window", "60 days"),
    (r"^number$|^how many", "14"),
    (r"^(first )?(purchase )?date$|^first date$|^dates$", "2025-01-06"),
    (r"^last (purchase )?date$", "2025-02-28"),
    (r"^date$|^the notice date$", "2025-02-10"),
    (r"^time$", "2 pm"),
    (r"^day$", "Monday"),
    (r"amount", "$4,000"),
    (r"^who\b", "Dana Whitfield, our owner,"),
    (
        r"supplier's legal name|distributor's legal name|^supplier$|^distributor$",
        "Apex Wholesale Inc.",
    ),
    (r"supplier's phone|distributor's phone", "+1 312 555 0142"),
    (r"supplier's address|distributor's address", "400 W Lake St, Chicago, IL 60606, USA"),
    (
        r"supplier's website|distributor's website|its website|firm's website",
        "apexwholesale.example",
    ),
    (r"^brand$|^the brand$", "Harbor"),
    (r"rights owner|patent owner|complainant|^the mark$", "Brightline Brands Inc."),
    (r"patent number|^patent$", "US 10,123,456"),
    (r"claim number", "1"),
    (r"its name or number", "SOP-7"),
    (r"legal name|your business", "Harbor Lane Goods LLC"),
    (r"practitioner|attorney", "Reed & Lowe LLP"),
    (r"issuing authority|registry|who issued", "the State of Maine"),
    (r"bank or provider", "First Harbor Bank"),
    (r"the other store|other account", "Lakeside Finds (A3LAKESIDE01)"),
    (r"what the notice says", "the notice says the listing made a pesticide claim"),
]
"""Values for markers without an example."""

NOTICE = (
    "Hello, we have deactivated your selling privileges. Please send a plan of action that "
    "explains the root cause, the actions you have taken and the steps you have taken to "
    "prevent this in the future."
)


def value_for(text: str, facts: Facts) -> str:
    """A realistic value for a marker asking for `text`."""
    quoted = re.search(r'"([^"]+)"', text)
    example = re.search(r"\be\.g\.\s*(.+)$", text)
    for pattern, value in WORDS:
        if re.search(pattern, text, re.IGNORECASE):
            if value == "NOTICE":
                return NOTICE
            if value.startswith("B07") and "each" in text.lower():
                return facts.asin
            return value
    if example is not None:
        return example.group(1).strip().rstrip(".")
    if quoted is not None:
        return quoted.group(1)
    if re.search(r"\bor\b", text) and "," not in text:
        return text.split(" or ")[0].strip()
    return text.strip()


def date_for(field: str, text: str, file_text: str, facts: Facts) -> dt.date:
    """The date a field of this kind holds, counted from the notice."""
    notice = facts.notice
    if field == "issued":
        purchase = "type: invoice" in file_text and "after the notice" not in file_text
        return notice - dt.timedelta(days=60) if purchase else notice + dt.timedelta(days=1)
    return notice + dt.timedelta(days=1)  # actions done and measures started the next day


def fill_front_matter(text: str, facts: Facts) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        field = line.split(":", 1)[0].strip()
        if "[TODO:" not in line:
            continue
        if "YYYY-MM-DD" in line:
            when = date_for(field, line, text, facts)
            lines[i] = QUOTED_MARKER.sub(when.isoformat(), line, count=1)
            continue
        if field == "covers":
            units = 200 if "type: order_list" in text else 240
            lines[i] = f"covers: {{{facts.asin}: {units}}}"
            continue
        if field in ("asins", "orders"):
            value = facts.asin if field == "asins" else facts.order
            lines[i] = re.sub(r"\[\".*\"\]", f"[{value}]", line, count=1)
            continue
        lines[i] = MARKER.sub(lambda m: value_for(m.group(1), facts), line)
        lines[i] = lines[i].replace('title: " ', 'title: "').replace("title:  ", "title: ")
    return "\n".join(lines)


def fill_body(text: str, facts: Facts) -> str:
    kept = []
    for line in text.split("\n"):
        if line.startswith("%"):
            kept.append(line)
            continue
        if re.search(r"\[TODO:[^\]]*else delete this line\]", line):
            continue
        filled = MARKER.sub(lambda m: value_for(m.group(1), facts), line)
        kept.append(filled)
    return "\n".join(kept)


def fill_file(path: Path, facts: Facts) -> None:
    text = path.read_text("utf-8")
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        head, body = text[: end + 5], text[end + 5 :]
        text = fill_front_matter(head, facts) + fill_body(body, facts)
    path.write_text(text, "utf-8")


def real_document(path: Path, title: str) -> None:
    """A one-page document of `title`, in the format the file's name asks for (never a stand-in)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (850, 1100), 255)  # grey levels: a quarter of RGB's encoding
    draw = ImageDraw.Draw(image)
    draw.text((60, 60), title, fill=0)
    draw.text((60, 100), "Harbor Lane Goods LLC, 12 Quay St, Portland, ME 04101", fill=0)
    formats = {".pdf": "PDF", ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF"}
    formats |= {".tif": "TIFF", ".tiff": "TIFF"}
    image.save(path, format=formats[path.suffix.lower()])


def fill_case(folder: Path, facts: Facts) -> None:
    """Fill every to-do of the case in `folder` and replace its stand-in files."""
    for path in sorted(folder.rglob("*.md")):
        fill_file(path, facts)
    for path in sorted((folder / "files").glob("*")) if (folder / "files").is_dir() else []:
        if is_stand_in(path):
            real_document(path, f"Document {path.stem}")
