"""The message catalogs: extract the generated words from the code and the default theme,
and keep each language's `.po` file in step with them.

`python -m reinstate.messages` extracts every message (`_()` and `N_()` in the package's
Python, `_()` in the default theme's templates) with Babel's extractors, writes the
template `data/locale/reinstate.pot` and updates each language's catalog the way
`pybabel update` does: new messages are added untranslated, removed ones dropped,
translations and translators' comments kept. The catalog test compares the catalogs with
the same extraction.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reinstate.core.language import DOMAIN, LANGUAGES, message_key
from reinstate.render.theme import builtin_theme_dir

KEYWORDS: dict[str, Any] = {"_": None, "N_": None, "pgettext": ((1, "c"), 2), "NP_": ((1, "c"), 2)}
LOCALE_DIR = Path(__file__).parent / "data" / "locale"


@dataclass(frozen=True, slots=True)
class Message:
    text: str
    places: tuple[tuple[str, int], ...]
    """(path relative to the package or theme, line) of each use."""
    context: str | None = None
    """gettext's msgctxt: which meaning of the English (`pgettext`), None for most."""


def source_files() -> list[tuple[str, Path, str]]:
    """(method, path, shown name) of every file that can hold a generated word."""
    package = Path(__file__).parent
    files = [
        ("python", p, f"reinstate/{p.relative_to(package).as_posix()}")
        for p in sorted(package.rglob("*.py"))
        if p.name != "messages.py"
    ]
    theme = builtin_theme_dir()
    files += [
        ("jinja", p, f"themes/default/{p.relative_to(theme).as_posix()}")
        for p in sorted((theme / "templates").rglob("*"))
        if p.is_file()
    ]
    return files


def extract() -> dict[str, Message]:
    """Every message of the package and the default theme, in order of first use, by its
    gettext key (`message_key`: the context, if any, and the English)."""
    from babel.messages.extract import extract_from_file
    from jinja2.ext import babel_extract

    found: dict[tuple[str | None, str], list[tuple[str, int]]] = {}
    for method, path, shown in source_files():
        extractor: Any = babel_extract if method == "jinja" else "python"
        options = {"trim_blocks": "True", "lstrip_blocks": "True"} if method == "jinja" else {}
        for line, text, _comments, context in extract_from_file(
            extractor, str(path), keywords=KEYWORDS, options=options
        ):
            if isinstance(text, str) and text:
                found.setdefault((context, text), []).append((shown, line))
    return {
        message_key(context, text): Message(text, tuple(places), context)
        for (context, text), places in found.items()
    }


def update(locale_dir: Path = LOCALE_DIR) -> list[str]:
    """Write the .pot and bring every language's .po in step; returns what changed."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    messages = extract()
    template = Catalog(domain=DOMAIN, project="reinstate", fuzzy=False)
    for m in messages.values():
        template.add(m.text, locations=m.places, context=m.context)
    locale_dir.mkdir(parents=True, exist_ok=True)
    with (locale_dir / f"{DOMAIN}.pot").open("wb") as f:
        write_po(f, template, omit_header=False, width=100, sort_output=False)
    changed = []
    for lang in LANGUAGES[1:]:
        path = locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.is_file():
            with path.open("rb") as f:
                catalog = read_po(f, locale=lang, domain=DOMAIN)
        else:
            catalog = Catalog(locale=lang, domain=DOMAIN, project="reinstate")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            write_po(f, catalog, width=100, omit_header=False)
        missing = [m.id for m in catalog if m.id and not m.string]
        changed.append(f"{path.relative_to(locale_dir)}: {len(missing)} untranslated")
    return changed


if __name__ == "__main__":  # pragma: no cover
    for line in update():
        print(line)
    sys.exit(0)
