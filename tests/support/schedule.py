"""The order the suite runs its files in (used by tests/conftest.py)."""

HEAVIEST_FIRST = (
    "render/test_pdf_kept_parts.py",
    "scaffold/test_template_languages.py",
    "stages/test_pathological.py",
    "output/test_untouched.py",
    "render/test_languages.py",
    "render/test_layout_pdf.py",
    "checks/test_corpus.py",
    "live/test_memo_equivalence.py",
    "render/test_layout_site.py",
    "live/test_watch_slow.py",
    "output/test_faults.py",
    "stages/test_hostile.py",
    "scaffold/test_new.py",
    "render/test_highlight.py",
    "checks/test_corpus_realistic.py",
    "scaffold/test_templates.py",
    "stages/test_redline.py",
    "render/test_send_ready.py",
    "live/test_watch.py",
    "live/test_pdf_worker.py",
    "output/test_probe_cache.py",
    "stages/test_schema.py",
)
"""The test files that cost the most CPU (over 5 s each on one core), heaviest first: the
suite runs them before all others. `--dist loadfile` hands each worker a whole file at a
time, in the order of the collection; with the heavy files first, the files left at the end
are small ones, and the workers finish together (left to xdist, which orders files by their
number of tests, a file of a few slow tests came last, on one worker, with the other
idle). docs/performance.md "The test suite" has the figures.

The kept-parts test (one test, about 26 s) goes first: left out of this list it ran last
and ended its worker 11 s after the other. Ordering the whole list by how long each file
holds a worker (its CPU and its waits for browsers and watchers) instead was measured
slower, 3 min 42 s and 3 min 46 s against 3 min 21 s with this order, and with more CPU
(368 s against 302 s of user time), for a reason not found; so the order stays by CPU."""
