"""The realistic corpus: 24 cases written apart from the demo (tests/corpus/realistic/).

Several test modules read the same two runs over it, `reinstate check --format json` and
`reinstate build --no-pdf`; the `realistic_check` and `realistic_site` fixtures
(conftest.py) run each once per test session (under xdist: by the first worker that asks)
and share the result, which the tests only read.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).parents[1] / "corpus" / "realistic"
CONTENT = CORPUS / "content"
TODAY = "2026-12-07"
"""The day the corpus was written against: notices, actions and submissions precede it."""
CASES = sorted(p.name for p in CONTENT.iterdir() if (p / "case.md").is_file())
