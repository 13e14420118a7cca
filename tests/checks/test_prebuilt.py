"""The shipped word lists parsed when the package is made (checks/prebuild.py writes
checks/prebuilt.py): up to date, the very patterns parsing gives, and used only for the
lists as shipped, parsed by the same code."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.checks import grammar, prebuild, prebuilt
from reinstate.core.config import load_config
from reinstate.core.diagnostics import Reporter
from support.common import ROOTS


def test_the_module_is_what_prebuild_writes() -> None:
    """After changing a list, a word class or the grammar's code, run
    `python -m reinstate.checks.prebuild`."""
    assert prebuild.MODULE.read_text(encoding="utf-8") == prebuild.source()


@pytest.mark.parametrize("language", prebuild.languages())
def test_every_shipped_list_is_prebuilt_and_equals_what_parsing_gives(language: str) -> None:
    config = load_config(ROOTS / "minimal", Reporter())
    grammar._LOADED.clear()
    names = [n for n in grammar.list_names() if not n.startswith("grammar.")]
    loaded = [grammar.load(name, config, language) for name in names]
    found = [g for g in loaded if g is not None]
    assert found
    for shipped in found:
        assert shipped.shipped
        parsed = grammar.Grammar(shipped.lines, shipped.classes, prebuilt=False)
        assert not parsed.shipped
        assert shipped.patterns == parsed.patterns


def test_a_list_the_project_changes_is_parsed(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "reinstate.yaml").write_text(
        "checks:\n  words:\n    tone.blame:\n      add: ['@party shrugged']\n", encoding="utf-8"
    )
    config = load_config(tmp_path, Reporter())
    grammar._LOADED.clear()
    blame = grammar.load("tone.blame", config)
    vague = grammar.load("detail.vague", config)
    assert blame is not None and vague is not None
    assert not blame.shipped and blame.lines[-1] == "@party shrugged"
    assert vague.shipped, "the word classes are as shipped: the other lists are"


def test_other_code_parses_the_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    """A grammar.py or words.py other than the one that wrote the module (an edit not
    followed by `prebuild`) does not use it."""
    monkeypatch.setattr(prebuilt, "CODE", "0" * 64)
    monkeypatch.setattr(grammar, "_PREBUILT", [])
    grammar._LOADED.clear()
    blame = grammar.load("tone.blame", load_config(ROOTS / "minimal", Reporter()))
    assert blame is not None and not blame.shipped
    grammar._LOADED.clear()
