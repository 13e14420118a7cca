"""The text rules on the labelled passages: the floor cannot regress, the corpus keeps its
shape, and docs/rules.md shows the scores the benchmark measures today."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


@cache
def quality() -> ModuleType:
    """benchmarks/checks_quality.py, which scores the passages."""
    path = REPO / "benchmarks" / "checks_quality.py"
    spec = importlib.util.spec_from_file_location("checks_quality", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["checks_quality"] = module
    spec.loader.exec_module(module)
    return module


@cache
def scores() -> dict[str, Any]:
    q = quality()
    return {split: q.score(q.load(split)) for split in q.DOC_SPLITS}


FLOORS = {
    # split: (recall at least, false-positive rate at most): the goals of the checker, and
    # on the held-out split the recall it first measured (0.937; docs/rules.md)
    "dev": (0.9, 0.02),
    "heldout": (0.93, 0.02),
}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_the_floor_holds(split: str) -> None:
    found = scores()[split]
    recall, fp_rate = FLOORS[split]
    misses = "\n".join(quality().misses(found))
    assert found.recall >= recall, misses
    assert found.false_positive_rate <= fp_rate, misses


def test_the_corpus_keeps_its_shape() -> None:
    q = quality()
    passages = q.load("all")
    assert len(passages) >= 300
    assert len({p.id for p in passages}) == len(passages)
    good = [p for p in passages if p.good]
    assert sum(p.tricky for p in good) * 2 >= len(good), "at least half the good ones tricky"
    categories = Counter(p.category for p in passages if not p.good)
    expected = {"blame", "denial", "hardship", "guarantee", "ignorance", "vague-fix"}
    assert expected <= set(categories)
    for rule in q.TEXT_RULES:
        assert any(rule in p.expect for p in passages), f"no passage for {rule}"
    for split in q.SPLITS:
        assert any(p.id.startswith(split + ":") for p in passages)


def test_docs_show_the_current_scores() -> None:
    q = quality()
    docs = (REPO / "docs" / "rules.md").read_text("utf-8")
    section = q.docs_section(scores())
    assert section in docs, "run: PYTHONPATH=src python benchmarks/checks_quality.py --update-docs"


GERMAN_FLOORS = {
    # split: (bad passages caught at least, of): the German lists read German clauses (the
    # verb at the end, inflected forms). de.yaml first measured 17 of 48 (the lists read
    # German like English); after the German grammar 48 of 48 on de.yaml, which they were
    # tuned on, and 42 of 44 on de-heldout.yaml, written before that tuning. de-probe.yaml,
    # written after it in phrasings unlike the lists', caught 5 of 17. de-probe2.yaml (91
    # bad, 57 good, hard negatives) was written next and measured before any change: 10 of
    # 91, 7 false positives. The lists were then widened by class (responsibility in any
    # word order, passives with their agent, separable verbs, the verb bracket of plans,
    # compounds of loss, German quotation marks), reading only the misses of de-probe2's
    # odd-numbered passages and of the older splits: 88 of 91 on de-probe2 (41 of 44 on its
    # unread even half), 48/48, 44/44 and 17/17 on the older ones, which are no longer
    # independent. de-probe3.yaml (34 bad, 24 good), written after that and scored once:
    # 19 of 34, 1 false positive (the honest figure); then read and fixed by class: 33 of
    # 34, no longer independent. No false positive on any split.
    "de": (48, 48),
    "de-heldout": (44, 44),
    "de-probe": (17, 17),
    "de-probe2": (88, 91),
    "de-probe3": (33, 34),
}


@pytest.mark.parametrize("split", sorted(GERMAN_FLOORS))
def test_the_german_lists_on_german_passages(split: str) -> None:
    found = scores()[split]
    caught, total = GERMAN_FLOORS[split]
    misses = "\n".join(quality().misses(found))
    assert len(found.bad) == total
    assert sum(r.caught for r in found.bad) >= caught, misses
    assert found.false_positive_rate == 0.0, misses


SAMPLED = {"dev": 16, "heldout": 8, "de-probe2": 8}
"""Splits whose every n-th passage `test_a_passage_reads_alike_alone_and_with_others` checks
alone (each kind and both languages, several passages to a case when together)."""


@pytest.mark.parametrize("split", sorted(SAMPLED))
def test_a_passage_reads_alike_alone_and_with_others(split: str) -> None:
    """The scores put many passages in one case (quicker); each passage gets the findings
    it gets in a case of its own."""
    q = quality()
    sample = q.load(split)[:: SAMPLED[split]]
    assert {p.kind for p in sample} == {"case", "cause", "action", "measure", "letter"}
    together = q.score(sample)
    alone = q.score(sample, alone=True)
    assert len(together.results) == len(alone.results) == len(sample)
    for with_others, by_itself in zip(together.results, alone.results, strict=True):
        assert with_others.passage == by_itself.passage
        assert with_others.fired == by_itself.fired, with_others.passage.id
    assert any(r.fired for r in alone.results), "the sample has findings to compare"
