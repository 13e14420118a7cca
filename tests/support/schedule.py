"""The order the suite runs its files in (used by tests/conftest.py)."""

HEAVIEST_FIRST = (
    "render/test_pdf_kept_parts.py",
    "scaffold/test_template_languages.py",
    "render/test_browser.py",
    "stages/test_pathological.py",
    "render/test_layout_site.py",
    "live/test_watch.py",
    "render/test_languages.py",
    "live/test_watch_slow.py",
    "output/test_untouched.py",
    "render/test_layout_pdf.py",
    "output/test_faults.py",
    "live/test_serve.py",
    "live/test_memo_equivalence.py",
    "render/test_pdf.py",
    "scaffold/test_new.py",
    "stages/test_hostile.py",
    "render/test_highlight.py",
    "checks/test_kept_grammar.py",
    "render/test_html_valid.py",
    "render/test_pdf_pagerefs.py",
    "checks/test_corpus.py",
    "scaffold/test_templates.py",
    "stages/test_schema.py",
    "project/test_import_graph.py",
    "stages/test_fuzz.py",
    "live/test_serve_browser.py",
)
"""The test files that hold a worker longest (over 4 s each: their CPU, and the time they
wait for a browser, a watcher or a child process), longest first, measured in one run of
the README's command on the quiet 2-core machine: the suite runs them before all others.
`--dist loadfile` hands each worker a whole file at a time, in the order of the
collection; with the heavy files first, the files left at the end are small ones, and the workers finish together (left to xdist, which orders files by their
number of tests, a file of a few slow tests came last, on one worker, with the other
idle). docs/performance.md "The test suite" has the figures."""
