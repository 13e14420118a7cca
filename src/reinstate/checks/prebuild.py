"""Parsing the shipped word lists when the package is made (checks/prebuilt.py).

The patterns of a list (checks/grammar.py) depend only on its lines, the word classes and
the code that parses them, not on any case; a process that reads the lists as shipped (no
`checks.words` changes in reinstate.yaml) takes them from `prebuilt.py`, a module this
writes, instead of parsing about 800 lines. A list a project changes is parsed as before
(and kept in the output folder's cache, checks/kept.py).

    python -m reinstate.checks.prebuild    # after changing a list or grammar.py

tests/checks/test_prebuilt.py fails when the module is not what this writes. The module
also holds a digest of the code that parsed it (`grammar.parse_code`): a process whose grammar.py or
words.py differ parses the lists itself.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from reinstate.checks.grammar import Classes, Grammar, parse_code
from reinstate.checks.words import builtin, list_names

MODULE = Path(__file__).with_name("prebuilt.py")


def languages() -> tuple[str, ...]:
    """The languages reinstate ships word lists for."""
    words = resources.files("reinstate.data").joinpath("words")
    return tuple(sorted(p.name for p in words.iterdir() if p.is_dir()))


def patterns() -> dict[str, list[Any]]:
    """Every shipped list of every language, parsed, by its grammar's key."""
    found: dict[str, list[Any]] = {}
    names = list_names()
    for language in languages():
        classes = Classes(
            (n.removeprefix("grammar."), builtin(n, language))
            for n in names
            if n.startswith("grammar.")
        )
        for name in names:
            lines = builtin(name, language)
            if lines and not name.startswith("grammar."):
                made = Grammar(lines, classes, prebuilt=False)
                found[made.key] = made.record()
    return dict(sorted(found.items()))


def source() -> str:
    """The text of checks/prebuilt.py: one line a list."""
    rows = "".join(f"    {key!r}: {records!r},\n" for key, records in patterns().items())
    return (
        '"""The shipped word lists, parsed: written by checks/prebuild.py (do not edit)."""\n'
        "\n"
        "from typing import Any\n"
        "\n"
        f"CODE = {parse_code()!r}\n"
        f"PATTERNS: dict[str, Any] = {{\n{rows}}}\n"
    )


def main() -> int:
    MODULE.write_text(source(), encoding="utf-8")
    print(f"wrote {MODULE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
