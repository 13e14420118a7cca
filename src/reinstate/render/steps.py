"""The built-in render steps, in order: each a typed function over the step context.

Every step imports its renderer when it first runs: a build that finds every case up to
date, `reinstate check` and `--help` then never import the site's templates, the letter,
the texts, the e-mail package or WeasyPrint, nor markdown-it-py (about a tenth of a
second of every such command). The steps are module-level functions, so a step list
pickles to the pool's workers and to the watcher's slow-step worker by reference.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from reinstate.core.diagnostics import ReinstateError
from reinstate.core.vocabulary import _
from reinstate.render.stepdef import Step

if TYPE_CHECKING:
    from reinstate.core.config import Config
    from reinstate.render.step import CaseBuild
    from reinstate.render.theme import Theme


def render_site(build: CaseBuild) -> None:
    """The plan page, the case's own pages and the exhibit files they link to."""
    from reinstate.render.exhibits import within_limit
    from reinstate.render.site import page_parts, plan_parts, render_page, render_plan
    from reinstate.stages.resolve import PLAN_PAGE

    resolved, theme, allow_html = build.resolved, build.theme, build.config.allow_html
    case = resolved.case
    title = _("Plan of action (web page)")
    parts = plan_parts(resolved, theme, build.status, allow_html, build.memo)
    if parts is None or not build.add_around(PLAN_PAGE, *parts, title=title):
        build.add(
            PLAN_PAGE, render_plan(resolved, theme, build.status, allow_html, build.memo), title
        )
    for page in case.pages:
        rel = resolved.targets[page.id].page
        parts = page_parts(resolved, page.id, theme, allow_html, build.memo)
        if parts is None or not build.add_around(rel, *parts):
            build.add(rel, render_page(resolved, page.id, theme, allow_html, build.memo))
    limits = build.config.limits
    for exhibit in case.exhibits:
        target = resolved.targets[exhibit.id]
        path = exhibit.path
        # a file over `max_exhibit_bytes` is refused where the exhibits are opened, and so
        # not copied into the site either
        if path is not None and target.file is not None and within_limit(path, limits):
            build.add(target.file, path)


def render_changes(build: CaseBuild) -> None:
    """changes.html: the redline against the submission a git snapshot names, if any."""
    from reinstate.render.changes import render_changes as render

    render(build)


def render_texts(build: CaseBuild) -> None:
    """plan-of-action.txt and, when the case has a letter, escalation-letter.txt."""
    from reinstate.render.textstep import render_texts as render

    render(build)


def render_bundle(build: CaseBuild) -> None:
    """`<slug>-bundle.pdf`: the print HTML through WeasyPrint, the exhibits merged."""
    from reinstate.render.pdf import harfbuzz_note

    make_bundle = _bundle_module().make_bundle
    note = harfbuzz_note()
    if note:
        build.notes.append(note)
    make_bundle(build)


def warm_up_bundle(config: Config, theme: Theme) -> None:
    """Import WeasyPrint and pypdf, parse the stylesheets and render one small bundle page."""
    _bundle_module().warm_up_render(config, theme)


def _bundle_module() -> Any:
    """reinstate.render.bundle, which imports WeasyPrint (and with it Pango and HarfBuzz)."""
    try:
        return importlib.import_module("reinstate.render.bundle")
    except (ImportError, OSError) as exc:
        raise ReinstateError(
            f"the PDF bundle cannot be made: WeasyPrint or a library it needs is missing "
            f"({exc}). On Debian or Ubuntu: apt-get install libpango-1.0-0 "
            "libpangoft2-1.0-0 libharfbuzz-subset0; or build with --no-pdf"
        ) from None


def render_email_with_bundle(build: CaseBuild) -> None:
    """The e-mail that attaches the bundle of the same build (a slow step)."""
    from reinstate.render.email import render_email_with_bundle as render

    render(build)


def render_email_alone(build: CaseBuild) -> None:
    """The e-mail without the bundle (`email.attach_bundle: false`)."""
    from reinstate.render.email import render_email_alone as render

    render(build)


def render_letter(build: CaseBuild) -> None:
    """The escalation letter page."""
    from reinstate.render.letter import render_letter as render

    render(build)


BUILTIN_STEPS: tuple[Step, ...] = (
    Step("site", render_site),
    Step("changes", render_changes),
    Step("text", render_texts),
    Step("pdf", render_bundle, slow=True, warm_up=warm_up_bundle),
    Step("email-bundle", render_email_with_bundle, slow=True),
    Step("email", render_email_alone),
    Step("letter", render_letter),
)
"""The render steps, in order; the dashboard is rendered after all of them.

The e-mail that attaches the bundle is a slow step right after the bundle's, so it always
attaches the bundle of the same build (`email.attach_bundle: false` makes it the fast
`email` step instead). The letter page shows the case's status, so it comes after every
step that can report a problem: steps added by extensions run before it (`with_outputs`)."""

LAST_STEPS = ("letter",)
"""The steps that read the case's status; added steps go before them."""


def with_outputs(steps: tuple[Step, ...], added: tuple[Step, ...]) -> tuple[Step, ...]:
    """`steps` with `added` inserted, in their order, before the steps that show the status."""
    if not added:
        return steps
    at = next((n for n, step in enumerate(steps) if step.name in LAST_STEPS), len(steps))
    return (*steps[:at], *added, *steps[at:])
