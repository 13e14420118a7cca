"""The user's own copy of the documentation: README.md, SECURITY.md, LICENSE and docs/.

A wheel ships them inside the package (`reinstate/manual/`, laid out as in the
repository, so their links between each other work); run from a clone or an editable
install, they are the checkout's own files. Messages that send the user to the docs name
these paths, which exist on the user's machine, rather than a web address.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def manual_file(rel: str) -> Path | None:
    """The absolute path of `rel` (e.g. "README.md", "docs/rules.md"), or None."""
    packaged = Path(str(resources.files("reinstate"))) / "manual" / rel
    if packaged.is_file():
        return packaged
    root = Path(__file__).resolve().parents[3]  # src/reinstate/core/manual.py in a checkout
    checkout = root / rel
    return checkout if (root / "pyproject.toml").is_file() and checkout.is_file() else None
