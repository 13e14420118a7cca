"""Writing core/precompiled_methods.py: the methods of reinstate's dataclasses, as
Python 3.11's `dataclasses` compiles them (core/precompiled.py says why).

    python -m reinstate.core.precompile    # after adding or changing a dataclass

tests/project/test_precompiled.py fails when the module is not what this writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reinstate.core import precompiled

MODULE = Path(__file__).with_name("precompiled_methods.py")
SKIPPED = {"reinstate.__main__", "reinstate.core.precompiled_methods"}
"""Not imported to record: the command line, and the table itself."""


def record() -> list[str]:
    """The texts of every dataclass of reinstate, each once, in the order first made
    (in a process that has imported no module of reinstate but this one)."""
    import importlib
    import pkgutil

    import reinstate

    precompiled.install()
    made: list[str] = []
    precompiled._recorded = made
    try:
        for module in pkgutil.walk_packages(reinstate.__path__, "reinstate."):
            if module.name not in SKIPPED:
                importlib.import_module(module.name)
        return list(dict.fromkeys(made))
    finally:
        precompiled._recorded = None


def source(texts: list[str]) -> str:
    """The text of precompiled_methods.py."""
    parts = [
        '"""Methods of reinstate\'s dataclasses, compiled as Python 3.11\'s dataclasses would:\n'
        'written by core/precompile.py (do not edit)."""\n'
        "\n"
        "CODE = {}\n"
    ]
    for made in texts:
        parts.append(f"\n\n{made}\n\n\nCODE[{made!r}] = __create_fn__.__code__\n")
    parts.append("\n\ndel __create_fn__\n")
    return "".join(parts)


def main() -> None:
    if sys.version_info[:2] != precompiled.PYTHON:
        raise SystemExit(f"precompile.py: run with Python {'.'.join(map(str, precompiled.PYTHON))}")
    texts = record()
    MODULE.write_text(source(texts), encoding="utf-8")
    print(f"{MODULE}: {len(texts)} methods")


if __name__ == "__main__":
    main()
